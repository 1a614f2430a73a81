/// The app's key bindings: one table that drives both dispatch and the generated help, so the
/// help can never disagree with what the keys do.
public struct KeyMap<Action: Sendable, Context>: Sendable {
  /// The bindings, in priority order: when several active bindings claim a key, the first wins.
  public var bindings: [KeyBinding<Action, Context>]

  /// Creates a key map.
  public init(_ bindings: [KeyBinding<Action, Context>]) {
    self.bindings = bindings
  }

  /// The first binding active in `context` that lists `key`.
  public func binding(for key: Key, in context: Context) -> KeyBinding<Action, Context>? {
    bindings.first { $0.keys.contains(key) && $0.isActive(context) }
  }

  /// The action for `key` in `context`, or `nil` when no active binding claims it.
  public func action(for key: Key, in context: Context) -> Action? {
    binding(for: key, in: context)?.action
  }

  /// Help for every binding active in `context`, in table order (for the help overlay).
  ///
  /// A binding whose keys are all claimed by earlier active bindings is left out, since
  /// pressing those keys would never reach it.
  public func helpEntries(for context: Context) -> [KeyHelp] {
    reachableBindings(in: context).map(\.keyHelp)
  }

  /// The subset of `helpEntries(for:)` marked `showsInBar` (for the bottom key bar).
  public func barEntries(for context: Context) -> [KeyHelp] {
    reachableBindings(in: context).filter(\.showsInBar).map(\.keyHelp)
  }

  /// The active bindings that at least one key can still reach, in table order.
  private func reachableBindings(in context: Context) -> [KeyBinding<Action, Context>] {
    var claimed = Set<Key>()
    var result: [KeyBinding<Action, Context>] = []
    for binding in bindings where binding.isActive(context) {
      if binding.keys.contains(where: { !claimed.contains($0) }) { result.append(binding) }
      claimed.formUnion(binding.keys)
    }
    return result
  }

  /// Help entries grouped by `group`, groups in order of first appearance.
  public func helpSections(for context: Context) -> [(group: String, entries: [KeyHelp])] {
    Self.grouped(helpEntries(for: context))
  }

  /// `entries` grouped by `group`, groups in order of first appearance.
  public static func grouped(_ entries: [KeyHelp]) -> [(group: String, entries: [KeyHelp])] {
    var sections: [(group: String, entries: [KeyHelp])] = []
    for entry in entries {
      if let i = sections.firstIndex(where: { $0.group == entry.group }) {
        sections[i].entries.append(entry)
      } else {
        sections.append((entry.group, [entry]))
      }
    }
    return sections
  }
}
