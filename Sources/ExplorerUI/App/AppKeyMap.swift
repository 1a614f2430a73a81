/// The explorer's key bindings: one table drives dispatch, the key bar and the help overlay.
public enum AppKeyMap {
  /// A binding of the explorer.
  public typealias Binding = KeyBinding<Action, AppState>

  /// The table, in priority order.
  public static let map: KeyMap<Action, AppState> = {
    let explore: @Sendable (AppState) -> Bool = {
      $0.mode == .explore && !$0.isAsking && !$0.showsHelp && $0.overview == nil && $0.searchPrompt == nil
        && $0.settingsPanel == nil
    }
    // The settings panel takes the keys while it is open; typing a value takes the characters.
    let settings: @Sendable (AppState) -> Bool = { $0.settingsPanel != nil && !$0.isAsking && !$0.showsHelp }
    let settingsBrowsing: @Sendable (AppState) -> Bool = { settings($0) && $0.settingsPanel?.editing == nil }
    let settingsTyping: @Sendable (AppState) -> Bool = { settings($0) && $0.settingsPanel?.editing != nil }
    let searching: @Sendable (AppState) -> Bool = { $0.searchPrompt != nil && !$0.isAsking }
    // The overview takes the keys while it is open: only its own (and quit, help) act.
    let overview: @Sendable (AppState) -> Bool = {
      $0.mode == .explore && !$0.isAsking && !$0.showsHelp && $0.overview != nil
    }
    let edit: @Sendable (AppState) -> Bool = {
      $0.mode == .edit && !$0.isAsking && !$0.showsHelp
    }
    let recovering: @Sendable (AppState) -> Bool = { $0.recoveryOffer != nil }
    let overwriting: @Sendable (AppState) -> Bool = {
      $0.isConfirmingOverwrite && $0.recoveryOffer == nil
    }
    let confirming: @Sendable (AppState) -> Bool = {
      $0.isConfirmingQuit && !$0.isConfirmingOverwrite && $0.recoveryOffer == nil
    }
    let help: @Sendable (AppState) -> Bool = { $0.showsHelp && !$0.isAsking }
    let onTabs: @Sendable (AppState) -> Bool = { explore($0) && $0.focus == .tabs }
    let onSource: @Sendable (AppState) -> Bool = { explore($0) && $0.focus == .source }
    var bindings: [Binding] = [
      Binding([.char("r"), .char("R")], .recover(.restore), help: "restore the edits",
        label: "r", group: "Recover?", showsInBar: true, when: recovering),
      Binding([.char("d"), .char("D")], .recover(.discard),
        help: "discard the copy", label: "d", group: "Recover?",
        showsInBar: true, when: recovering),
      Binding([.char("k"), .char("K"), .escape], .recover(.keep),
        help: "keep the file", label: "k", group: "Recover?",
        showsInBar: true, when: recovering),

      Binding([.char("o"), .char("O")], .resolveConflict(.overwrite),
        help: "overwrite", label: "o", group: "Save?", showsInBar: true,
        when: overwriting),
      Binding([.char("r"), .char("R")], .resolveConflict(.reload),
        help: "reload (lose edits)", label: "r", group: "Save?", showsInBar: true,
        when: overwriting),
      Binding([.char("c"), .char("C"), .char("n"), .escape, .ctrl("c")], .resolveConflict(.cancel),
        help: "cancel", label: "c/Esc", group: "Save?", showsInBar: true, when: overwriting),

      Binding([.char("y"), .char("Y")], .confirmQuit(true), help: "quit, discarding edits",
        label: "y", group: "Quit?", showsInBar: true, when: confirming),
      Binding([.char("s"), .char("S")], .saveAndQuit, help: "save, then quit",
        label: "s", group: "Quit?", showsInBar: true, when: confirming),
      Binding([.char("n"), .char("N"), .escape], .confirmQuit(false), help: "keep editing",
        label: "n/Esc", group: "Quit?", showsInBar: true, when: confirming),

      Binding([.char("?"), .escape, .char("q"), .function(1)], .toggleHelp, help: "close help",
        label: "?/Esc", group: "Help", showsInBar: true, when: help),
      Binding([.up, .char("k")], .move(-1), help: "scroll help", label: "↑/↓", group: "Help",
        showsInBar: true, when: help),
      Binding([.down, .char("j")], .move(1), help: "scroll help", label: "↑/↓", group: "Help",
        when: help),
      Binding(.pageUp, .page(-1), help: "page help", label: "PgUp/PgDn", group: "Help",
        when: help),
      Binding(.pageDown, .page(1), help: "page help", label: "PgUp/PgDn", group: "Help",
        when: help),

      // The settings panel.
      Binding(.enter, .settingsEnter, help: "type / apply", label: "Enter",
        group: "Settings", showsInBar: true, when: settings),
      Binding(.escape, .settingsEscape, help: "stop typing", label: "Esc",
        group: "Settings", showsInBar: true, when: settingsTyping),
      Binding(.backspace, .settingsBackspace, help: "delete a character", label: "Backspace",
        group: "Settings", when: settingsTyping),
      Binding([.up, .char("k")], .settingsMove(-1), help: "row", label: "↑/↓",
        group: "Settings", showsInBar: true, when: settingsBrowsing),
      Binding([.down, .char("j")], .settingsMove(1), help: "row", label: "↑/↓",
        group: "Settings", when: settingsBrowsing),
      Binding([.left, .char("h")], .settingsCycle(-1), help: "change", label: "←/→",
        group: "Settings", showsInBar: true, when: settingsBrowsing),
      Binding([.right, .char("l")], .settingsCycle(1), help: "change", label: "←/→",
        group: "Settings", when: settingsBrowsing),
      Binding([.char("S"), .escape], .toggleSettings, help: "close", label: "S/Esc",
        group: "Settings", showsInBar: true, when: settingsBrowsing),
      Binding([.char("q"), .ctrl("c")], .quit, help: "quit", label: "q", group: "Settings", when: settingsBrowsing),

      // The overview of every target.
      Binding([.char("o"), .char("O"), .escape], .toggleOverview, help: "close",
        label: "o/Esc", group: "Overview", showsInBar: true, when: overview),
      Binding(.enter, .overviewChoose, help: "select target", label: "Enter",
        group: "Overview", showsInBar: true, when: overview),
      Binding([.up, .char("k")], .overviewMove(-1), help: "move the row cursor", label: "↑/↓",
        group: "Overview", when: overview),
      Binding([.down, .char("j")], .overviewMove(1), help: "move the row cursor", label: "↑/↓",
        group: "Overview", when: overview),
      Binding(.pageUp, .overviewMove(-10), help: "move the row cursor by a page",
        label: "PgUp/PgDn", group: "Overview", when: overview),
      Binding(.pageDown, .overviewMove(10), help: "move the row cursor by a page",
        label: "PgUp/PgDn", group: "Overview", when: overview),
      Binding([.char(">"), .right], .overviewSort(1), help: "sort column",
        label: "</>", group: "Overview", showsInBar: true, when: overview),
      Binding([.char("<"), .left], .overviewSort(-1), help: "sort column",
        label: "</>", group: "Overview", when: overview),
      Binding(.char("r"), .overviewReverse, help: "reverse the sort", group: "Overview",
        showsInBar: true, when: overview),
      Binding(.char("f"), .overviewFilter, help: "filter: with convention / all",
        group: "Overview", showsInBar: true, when: overview),
      Binding(.char("q"), .quit, help: "quit", group: "Overview", when: overview),
      Binding([.char("?"), .function(1)], .toggleHelp, help: "help", label: "?",
        group: "Overview", when: overview),
      Binding(.ctrl("c"), .quit, help: "quit", label: "q", group: "Overview", when: overview),

      // Explore mode.
      Binding(.char("q"), .quit, help: "quit", group: "Explore", showsInBar: true, when: explore),
      Binding([.char("?"), .function(1)], .toggleHelp, help: "help", label: "?",
        group: "Explore", showsInBar: true, when: explore),
      Binding(.enter, .enterEdit, help: "edit the source", label: "i/Enter", group: "Explore",
        when: onSource),
      Binding(.char("i"), .enterEdit, help: "edit the source", label: "i/Enter",
        group: "Explore", showsInBar: true, when: explore),
      Binding(.tab, .cycleTarget(1), help: "next target", label: "Tab",
        group: "Targets", showsInBar: true, when: explore),
      Binding(.backTab, .cycleTarget(-1), help: "previous target", group: "Targets",
        when: explore),
    ]
    for n in 1...10 {
      let key: Character = n == 10 ? "0" : Character(String(n))
      bindings.append(
        Binding(.char(key), .selectTarget(n - 1), help: "choose target by number",
          label: "1-9,0", group: "Targets", when: explore))
    }
    bindings += [
      Binding(.left, .left, help: "previous/next target (tab row focused)", label: "←/→",
        group: "Targets", when: onTabs),
      Binding(.right, .right, help: "previous/next target (tab row focused)", label: "←/→",
        group: "Targets", when: onTabs),
      Binding(.left, .left, help: "focus the source / asm pane", label: "←/→", group: "Panes",
        when: explore),
      Binding(.right, .right, help: "focus the source / asm pane", label: "←/→",
        group: "Panes", when: explore),
      Binding(.char("f"), .cycleFocus, help: "focus tabs / source / asm / the second pane (compare)", group: "Panes",
        showsInBar: false, when: explore),
      Binding([.up, .char("k")], .move(-1), help: "move in the focused pane", label: "↑/↓",
        group: "Panes", when: explore),
      Binding([.down, .char("j")], .move(1), help: "move in the focused pane", label: "↑/↓",
        group: "Panes", when: explore),
      Binding(.pageUp, .page(-1), help: "page in the focused pane", label: "PgUp/PgDn",
        group: "Panes", when: explore),
      Binding(.pageDown, .page(1), help: "page in the focused pane", label: "PgUp/PgDn",
        group: "Panes", when: explore),
      Binding(.char("H"), .scrollAsm(-AppUpdate.asmScrollStep),
        help: "scroll the asm pane left/right", label: "H/L", group: "Panes", when: explore),
      Binding(.char("L"), .scrollAsm(AppUpdate.asmScrollStep),
        help: "scroll the asm pane left/right", label: "H/L", group: "Panes", when: explore),
      Binding(.char("c"), .cycleCompare, help: "compare: 2 targets / clang vs gcc / baseline / off",
        group: "Views", showsInBar: true, when: explore),
      Binding(.char("g"), .toggleCompiler, help: "compiler: clang / gcc",
        group: "Views", showsInBar: true, when: explore),
      Binding(.char("s"), .cycleSecondTarget, help: "second target in compare mode",
        group: "Views", when: explore),
      Binding(.char("C"), .toggleCostPanel, help: "fold the cost panel to one line, or unfold it",
        group: "Views", when: explore),
      Binding(.char("E"), .toggleExplainExpanded, help: "explanation in full (several lines), or one line",
        group: "Views", when: explore),
      Binding(.char("#"), .toggleCompilerComments, help: "compiler comments (# 4-byte Folded Spill) on/off",
        group: "Views", when: explore),
      Binding(.char("y"), .yank(.listing), help: "copy the listing to the clipboard (OSC 52)",
        group: "Output", when: explore),
      Binding(.char("Y"), .yank(.cost), help: "copy the cost table (Markdown) to the clipboard",
        group: "Output", when: explore),
      Binding(.char("M"), .exportMarkdown, help: "export the view (listing + cost) as a Markdown file",
        group: "Output", when: explore),
      Binding(.char("/"), .startSearch, help: "search the focused pane (source or asm)", label: "/",
        group: "Search", when: explore),
      Binding(.char("n"), .searchNext(1), help: "next/previous match", label: "n/N", group: "Search",
        when: explore),
      Binding(.char("N"), .searchNext(-1), help: "next/previous match", label: "n/N", group: "Search",
        when: explore),
      Binding(.enter, .searchConfirm, help: "search", label: "Enter", group: "Search", showsInBar: true,
        when: searching),
      Binding([.escape, .ctrl("c")], .searchCancel, help: "cancel the search", label: "Esc", group: "Search",
        showsInBar: true, when: searching),
      Binding(.backspace, .searchBackspace, help: "delete a character", label: "Backspace", group: "Search",
        when: searching),
      Binding(.char("a"), .toggleAlign, help: "compare two targets or compilers aligned by source line, or not",
        group: "Views", when: explore),
      Binding(.char("b"), .toggleBaseline, help: "baseline asm (stub, dispatcher, handler)",
        group: "Views", showsInBar: true, when: explore),
      Binding(.char("x"), .toggleBreakdown, help: "cost breakdown", group: "Views",
        showsInBar: true, when: explore),
      Binding(.char("o"), .toggleOverview, help: "overview: every target in one table",
        group: "Views", showsInBar: true, when: explore),
      Binding(.char("e"), .toggleExplain, help: "explain bar on/off", group: "Views",
        when: explore),
      Binding(.char("t"), .cycleTheme, help: "next theme", group: "Views", when: explore),
      Binding(.char("S"), .toggleSettings, help: "settings: optimisation, defines, vectors, rate, clock, CPU, compiler (remembered)",
        group: "Views", when: explore),
      Binding(.char("I"), .nextISR, help: "next ISR (the cost panel follows the cursor)",
        group: "Cost", when: explore),
      Binding([.char("+"), .char("=")], .adjustRate(1), help: "interrupt rate up/down",
        label: "+/-", group: "Cost", when: explore),
      Binding(.char("-"), .adjustRate(-1), help: "interrupt rate up/down", label: "+/-",
        group: "Cost", when: explore),
      Binding(.char("]"), .adjustClock(1), help: "clock down/up", label: "[/]", group: "Cost",
        when: explore),
      Binding(.char("["), .adjustClock(-1), help: "clock down/up", label: "[/]", group: "Cost",
        when: explore),
      Binding(.escape, .leaveEdit, help: "close the breakdown", label: "x/Esc", group: "Views",
        when: { explore($0) && $0.showsBreakdown }),
      Binding(.ctrl("s"), .save, help: "save", group: "Explore", when: explore),
      Binding(.ctrl("c"), .quit, help: "quit", label: "q", group: "Explore", when: explore),

      // Edit mode.
      Binding(.escape, .leaveEdit, help: "back to explore", group: "Edit", showsInBar: true,
        when: edit),
      Binding(.ctrl("s"), .save, help: "save", group: "Edit", showsInBar: true, when: edit),
      Binding(.ctrl("z"), .undo, help: "undo", group: "Edit", showsInBar: true, when: edit),
      Binding(.ctrl("y"), .redo, help: "redo", group: "Edit", showsInBar: true, when: edit),
      Binding(.function(2), .cycleTarget(-1), help: "previous/next target", label: "F2/F3",
        group: "Edit", showsInBar: true, when: edit),
      Binding(.function(3), .cycleTarget(1), help: "previous/next target", label: "F2/F3",
        group: "Edit", when: edit),
      Binding(.enter, .newline, help: "new line", group: "Edit", when: edit),
      Binding(.backspace, .backspace, help: "delete before/after the cursor", label: "Bksp/Del",
        group: "Edit", when: edit),
      Binding(.delete, .deleteForward, help: "delete before/after the cursor",
        label: "Bksp/Del", group: "Edit", when: edit),
      Binding(.left, .cursor(.left), help: "move the cursor", label: "arrows", group: "Edit",
        when: edit),
      Binding(.right, .cursor(.right), help: "move the cursor", label: "arrows", group: "Edit",
        when: edit),
      Binding(.up, .cursor(.up), help: "move the cursor", label: "arrows", group: "Edit",
        when: edit),
      Binding(.down, .cursor(.down), help: "move the cursor", label: "arrows", group: "Edit",
        when: edit),
      Binding(.home, .cursor(.home), help: "line start/end", label: "Home/End", group: "Edit",
        when: edit),
      Binding(.end, .cursor(.end), help: "line start/end", label: "Home/End", group: "Edit",
        when: edit),
      Binding(.pageUp, .cursor(.pageUp), help: "page up/down", label: "PgUp/PgDn",
        group: "Edit", when: edit),
      Binding(.pageDown, .cursor(.pageDown), help: "page up/down", label: "PgUp/PgDn",
        group: "Edit", when: edit),
      Binding(.ctrl("c"), .leaveEdit, help: "back to explore", label: "Esc", group: "Edit",
        when: edit),
    ]
    return KeyMap(bindings)
  }()

  /// The action for `key` in `state`: the table first; in edit mode, printable characters and
  /// tabs are typed; mouse and resize events map to their actions.
  public static func action(for key: Key, in state: AppState) -> Action? {
    guard state.size.fits(AppLayout.minimum) else { return tooSmallAction(for: key, in: state) }
    if let action = map.action(for: key, in: state) { return action }
    switch key {
    case .char(let c) where state.settingsPanel?.editing != nil && !state.isAsking && !state.showsHelp:
      return .settingsInput(c)
    case .char(let c) where state.searchPrompt != nil && !state.isAsking:
      return .searchInput(c)
    case .char(let c) where state.mode == .edit && !state.isAsking && !state.showsHelp:
      return .insert(c)
    case .tab where state.mode == .edit && !state.isAsking && !state.showsHelp:
      return .insert("\t")
    case .mouse(let x, let y, let kind) where !state.isAsking && state.overview == nil && state.settingsPanel == nil:
      switch kind {
      case .press: return .click(x: x, y: y)
      case .wheelUp: return .scroll(x: x, y: y, delta: -3)
      case .wheelDown: return .scroll(x: x, y: y, delta: 3)
      case .release: return nil
      }
    default:
      return nil
    }
  }

  /// While the terminal is too small the screen shows only that message, so a key cannot
  /// edit or change what the user cannot see: only quitting (and its question) works.
  private static func tooSmallAction(for key: Key, in state: AppState) -> Action? {
    switch map.action(for: key, in: state) {
    case .quit?: return .quit
    case .confirmQuit(let answer)?: return .confirmQuit(answer)
    default: return nil
    }
  }

  /// Help for every key in both modes, for the help overlay (generated from the table).
  public static func helpEntries(for state: AppState) -> [KeyHelp] {
    var exploreState = state
    exploreState.mode = .explore
    exploreState.showsHelp = false
    exploreState.isConfirmingQuit = false
    exploreState.isConfirmingOverwrite = false
    exploreState.recoveryOffer = nil
    exploreState.overview = nil
    exploreState.settingsPanel = nil
    var overviewState = exploreState
    overviewState.overview = OverviewState(cursor: 0)
    var editState = exploreState
    editState.mode = .edit
    var settingsState = exploreState
    settingsState.settingsPanel = SettingsPanel()
    var typingState = settingsState
    typingState.settingsPanel?.editing = ""
    var tabsState = exploreState
    tabsState.focus = .tabs
    var seen = Set<KeyHelp>()
    var result: [KeyHelp] = []
    for entry in map.helpEntries(for: tabsState) + map.helpEntries(for: exploreState)
      + map.helpEntries(for: editState) + map.helpEntries(for: overviewState)
      + map.helpEntries(for: settingsState) + map.helpEntries(for: typingState) where !seen.contains(entry)
    {
      seen.insert(entry)
      result.append(entry)
    }
    // Keep groups together, in order of first appearance.
    return KeyMap<Action, AppState>.grouped(result).flatMap(\.entries)
  }
}
