import Testing

import ExplorerUI

@Suite struct FrameworkKeyMapTests {
  enum Action: Equatable, Sendable { case save, quit, focus, moveUp, insertMode, help }
  enum Mode: Sendable { case explore, edit }

  static let map = KeyMap<Action, Mode>([
    KeyBinding(.ctrl("s"), .save, help: "save", group: "File", showsInBar: true),
    KeyBinding([.char("q"), .ctrl("c")], .quit, help: "quit", group: "File", showsInBar: true,
      when: { $0 == .explore }),
    KeyBinding(.ctrl("c"), .quit, help: "quit", group: "File", when: { $0 == .edit }),
    KeyBinding(.tab, .focus, help: "focus", group: "Panes", showsInBar: true),
    KeyBinding([.up, .char("k")], .moveUp, help: "up", label: "↑/k", group: "Move",
      when: { $0 == .explore }),
    KeyBinding(.char("i"), .insertMode, help: "edit", group: "Mode", when: { $0 == .explore }),
    // Shadowed by the `q` binding above in explore mode: never reachable there.
    KeyBinding(.char("q"), .help, help: "never shown", when: { $0 == .explore }),
  ])

  @Test func dispatchHonoursContext() {
    #expect(Self.map.action(for: .ctrl("s"), in: .edit) == .save)
    #expect(Self.map.action(for: .char("q"), in: .explore) == .quit)
    #expect(Self.map.action(for: .char("q"), in: .edit) == nil)
    #expect(Self.map.action(for: .char("k"), in: .explore) == .moveUp)
    #expect(Self.map.action(for: .ctrl("c"), in: .edit) == .quit)
  }

  @Test func helpListsExactlyWhatDispatchReaches() {
    for mode in [Mode.explore, .edit] {
      let help = Self.map.helpEntries(for: mode)
      for binding in Self.map.bindings where binding.isActive(mode) {
        let dispatched = binding.keys.contains {
          Self.map.binding(for: $0, in: mode)?.help == binding.help
        }
        #expect(dispatched == help.contains(binding.keyHelp))
      }
    }
    #expect(!Self.map.helpEntries(for: .explore).map(\.description).contains("never shown"))
  }

  @Test func helpAndBarEntries() {
    #expect(Self.map.helpEntries(for: .edit) == [
      KeyHelp(key: "C-s", description: "save", group: "File"),
      KeyHelp(key: "C-c", description: "quit", group: "File"),
      KeyHelp(key: "Tab", description: "focus", group: "Panes"),
    ])
    #expect(Self.map.barEntries(for: .explore).map(\.key) == ["C-s", "q/C-c", "Tab"])
    let sections = Self.map.helpSections(for: .explore)
    #expect(sections.map(\.group) == ["File", "Panes", "Move", "Mode"])
    #expect(sections[2].entries.map(\.key) == ["↑/k"])
  }

  @Test(arguments: [
    (Key.tab, "Tab"), (.backTab, "S-Tab"), (.ctrl("s"), "C-s"), (.function(2), "F2"),
    (.pageUp, "PgUp"), (.pageDown, "PgDn"), (.left, "←"), (.char(" "), "Space"), (.char("x"), "x"),
    (.enter, "Enter"), (.escape, "Esc"), (.backspace, "Bksp"), (.delete, "Del"),
  ])
  func keyDisplayNames(key: Key, name: String) {
    #expect(key.display == name)
  }

  @Test func mouseKeysCompareByPositionAndKind() {
    #expect(Key.mouse(x: 1, y: 2, kind: .press) != .mouse(x: 1, y: 2, kind: .release))
    #expect(Key.mouse(x: 1, y: 2, kind: .wheelUp).isMouse)
    #expect(!Key.enter.isMouse)
  }
}
