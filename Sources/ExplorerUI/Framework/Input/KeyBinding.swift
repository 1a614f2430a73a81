/// One entry of a `KeyMap`: the keys that trigger an action, when, and how it is described.
///
/// `Context` is whatever the app needs to decide whether a binding applies (typically the
/// mode and focused pane, or the whole app state).
public struct KeyBinding<Action: Sendable, Context>: Sendable {
  /// The keys that trigger the action; the first one is shown in help unless `label` is set.
  public var keys: [Key]
  /// What the binding does.
  public var action: Action
  /// A short description for the key bar and help ("save", "next arch").
  public var help: String
  /// The key text to show instead of the keys' own names (e.g. "↑/k").
  public var label: String?
  /// A heading under which the help overlay lists the binding.
  public var group: String
  /// Whether the binding appears in the bottom key bar (it always appears in full help).
  public var showsInBar: Bool
  /// Whether the binding applies in a context: bindings that do not apply are skipped by both
  /// dispatch and help.
  public var isActive: @Sendable (Context) -> Bool

  /// Creates a binding.
  public init(
    _ keys: [Key], _ action: Action, help: String, label: String? = nil, group: String = "",
    showsInBar: Bool = false, when isActive: @escaping @Sendable (Context) -> Bool = { _ in true }
  ) {
    self.keys = keys
    self.action = action
    self.help = help
    self.label = label
    self.group = group
    self.showsInBar = showsInBar
    self.isActive = isActive
  }

  /// Creates a binding for a single key.
  public init(
    _ key: Key, _ action: Action, help: String, label: String? = nil, group: String = "",
    showsInBar: Bool = false, when isActive: @escaping @Sendable (Context) -> Bool = { _ in true }
  ) {
    self.init(
      [key], action, help: help, label: label, group: group, showsInBar: showsInBar,
      when: isActive)
  }

  /// The key text shown in help: `label`, or the keys' display names joined by "/".
  public var keyLabel: String {
    label ?? keys.map(\.display).joined(separator: "/")
  }

  /// The binding's entry for the key bar and help overlay.
  public var keyHelp: KeyHelp {
    KeyHelp(key: keyLabel, description: help, group: group)
  }
}

/// A key and its description, as shown in the key bar and the help overlay.
public struct KeyHelp: Hashable, Sendable {
  /// The key text ("C-s", "↑/k").
  public var key: String
  /// What it does.
  public var description: String
  /// The help heading it belongs to.
  public var group: String

  /// Creates a help entry.
  public init(key: String, description: String, group: String = "") {
    self.key = key
    self.description = description
    self.group = group
  }
}
