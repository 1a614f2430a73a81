/// Colours and emphasis for a run of cells.
///
/// Widgets never build styles themselves: they ask a `Theme` for a `StyleRole`.
public struct TextStyle: Hashable, Sendable {
  /// The foreground colour.
  public var fg: Color
  /// The background colour.
  public var bg: Color
  /// Bold (or bright) text.
  public var bold: Bool
  /// Underlined text.
  public var underline: Bool
  /// Foreground and background swapped.
  public var reverse: Bool
  /// Dimmed text.
  public var dim: Bool

  /// Creates a style; everything defaults to the terminal's plain text.
  public init(
    fg: Color = .default, bg: Color = .default, bold: Bool = false, underline: Bool = false,
    reverse: Bool = false, dim: Bool = false
  ) {
    self.fg = fg
    self.bg = bg
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }

  /// The terminal's default colours with no emphasis.
  public static let plain = TextStyle()

  /// This style with its colours replaced by the terminal defaults.
  public var withoutColors: TextStyle {
    TextStyle(bold: bold, underline: underline, reverse: reverse, dim: dim)
  }

  /// This style drawn on top of `base`: a `.default` colour here lets `base`'s colour show
  /// through, and emphasis flags of both are combined.
  ///
  /// Used to draw syntax-coloured text on a highlighted line without losing the highlight.
  public func layered(over base: TextStyle) -> TextStyle {
    TextStyle(
      fg: fg == .default ? base.fg : fg,
      bg: bg == .default ? base.bg : bg,
      bold: bold || base.bold,
      underline: underline || base.underline,
      reverse: reverse || base.reverse,
      dim: dim || base.dim)
  }
}
