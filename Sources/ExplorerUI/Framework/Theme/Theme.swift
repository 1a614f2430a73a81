/// A named mapping from style roles to styles.
///
/// A theme is a value passed to every `render` call; there is no global theme state.
public struct Theme: Hashable, Sendable {
  /// The theme's display name.
  public var name: String
  /// The styles the theme defines. Roles missing here fall back along `StyleRole.fallback`.
  public var styles: [StyleRole: TextStyle]

  /// Creates a theme.
  public init(name: String, styles: [StyleRole: TextStyle]) {
    self.name = name
    self.styles = styles
  }

  /// The style for `role`: the theme's own, else that of the nearest defined fallback role,
  /// else plain text.
  public func style(_ role: StyleRole) -> TextStyle {
    var current: StyleRole? = role
    while let r = current {
      if let style = styles[r] { return style }
      current = r.fallback
    }
    return .plain
  }

  /// Whether the theme uses any colour at all.
  public var usesColor: Bool {
    styles.values.contains { $0.fg != .default || $0.bg != .default }
  }

  /// This theme with every colour removed, keeping bold/underline/reverse/dim.
  ///
  /// Prefer `Theme.monochrome`, which is designed to stay readable without colour; this is for
  /// user themes that should still be honoured as far as possible.
  public func strippingColors() -> Theme {
    Theme(name: name, styles: styles.mapValues(\.withoutColors))
  }
}
