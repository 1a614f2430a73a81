import ISRKit

/// The explorer's state transitions: `update(&state, action)` is the only place state changes.
public enum AppUpdate {
  /// Interrupt rates that `+`/`-` step through, in Hz.
  public static let rates: [Double] = [
    100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000,
    1_000_000,
  ]
  /// Columns that `H`/`L` scroll the assembly pane by.
  public static let asmScrollStep = 8
  /// Clocks that `[`/`]` step through, in MHz.
  public static let clocks: [Double] = [
    1, 2, 4, 8, 16, 20, 24, 48, 72, 100, 168, 200, 400, 480, 800, 1_000, 1_500, 2_000, 3_000,
    4_000,
  ]

  /// Applies `action` to `state` and returns the side effects to perform.
  public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    var effects: [Effect] = []
    let visibleBefore = state.visibleJobs
    switch action {
    case .quit:
      if state.buffer.isModified {
        state.isConfirmingQuit = true
        state.status = "unsaved edits: quit anyway? (y/n)"
      } else {
        state.isQuitting = true
        effects.append(.quit)
      }
    case .confirmQuit(let yes):
      state.isConfirmingQuit = false
      if yes {
        state.isQuitting = true
        effects.append(.quit)
      } else {
        state.status = nil
      }
    case .saveAndQuit:
      state.isConfirmingQuit = false
      if state.filePath == nil || state.readOnlyReason != nil {
        state.status = state.readOnlyReason ?? "built-in sample: nothing to save to (y quits and discards)"
        state.isConfirmingQuit = true
      } else {
        state.quitsAfterSave = true
        effects += save(&state)
        // A save that needs a question first (file changed on disk) waits for its answer.
      }
    case .recover(let choice):
      guard let offer = state.recoveryOffer else { break }
      state.recoveryOffer = nil
      switch choice {
      case .restore:
        state.buffer.replaceAll(with: offer.record.text)
        state.status = "restored the edits from \(offer.timeText): C-s saves them, C-z undoes"
      case .discard:
        effects.append(.discardRecovery)
      case .keep:
        effects.append(.keepRecovery)
      }
    case .resolveConflict(let choice):
      state.isConfirmingOverwrite = false
      let aboutReadOnly = state.readOnlyFileQuestion != nil
      state.readOnlyFileQuestion = nil
      if aboutReadOnly, choice == .overwrite { state.confirmedReadOnlyWrite = true }
      if aboutReadOnly, choice != .overwrite {
        state.status = "not saved"
        break
      }
      switch choice {
      case .overwrite:
        if let path = state.filePath {
          effects.append(.save(text: state.buffer.text, path: path, expecting: state.diskText))
        }
      case .reload:
        state.buffer.replaceAll(with: state.diskText ?? "")
        state.buffer.markSaved()
        state.isChangedOnDisk = false
        state.status = "reloaded from disk (i, then C-z, brings your edits back)"
        state.quitsAfterSave = false
      case .cancel:
        state.status = "not saved"
        state.quitsAfterSave = false
      }
    case .toggleHelp:
      state.showsHelp.toggle()
      state.helpScroll = 0
    case .enterEdit:
      if let reason = state.readOnlyReason {
        state.status = reason
        break
      }
      state.mode = .edit
      state.focus = .source
      state.showsHelp = false
      state.showsBreakdown = false
    case .leaveEdit:
      if state.mode == .edit {
        state.mode = .explore
      } else {
        state.showsBreakdown = false
      }
    case .cycleTarget(let step):
      selectNext(&state, step: step)
    case .selectTarget(let index):
      select(&state, index)
    case .cycleFocus:
      switch state.focus {
      case .tabs: state.focus = .source
      case .source: state.focus = .asm
      case .asm: state.focus = state.compare == .off ? .tabs : .secondAsm
      case .secondAsm: state.focus = .tabs
      }
      if state.focus == .secondAsm { stopSecondFollowing(&state) }
    case .left:
      switch state.focus {
      case .tabs: selectNext(&state, step: -1)
      case .secondAsm: state.focus = .asm
      case .source, .asm: state.focus = .source
      }
    case .right:
      switch state.focus {
      case .tabs: selectNext(&state, step: 1)
      case .asm where state.compare != .off:
        state.focus = .secondAsm
        stopSecondFollowing(&state)
      case .source, .asm, .secondAsm: state.focus = state.focus == .source ? .asm : state.focus
      }
    case .cycleCompare:
      // Rust sources have no GCC to compare with (rustc compiles them).
      let all = CompareMode.allCases.filter { state.language != .rust || $0 != .twoCompilers }
      let i = all.firstIndex(of: state.compare) ?? 0
      state.compare = all[(i + 1) % all.count]
      if state.compare == .twoTargets, state.secondTarget == state.selected {
        state.secondTarget = nextAvailable(state, from: state.selected, step: 1)
      }
      state.status = compareDescription(state)
    case .cycleSecondTarget:
      if state.compare != .twoTargets { state.compare = .twoTargets }
      var next = nextAvailable(state, from: state.secondTarget, step: 1)
      if next == state.selected { next = nextAvailable(state, from: next, step: 1) }
      state.secondTarget = next
    case .toggleCompiler:
      toggleCompiler(&state)
    case .toggleCostPanel:
      state.costCollapsed.toggle()
    case .toggleCompilerComments:
      state.showsCompilerComments.toggle()
      state.status = state.showsCompilerComments ? "compiler comments shown" : "compiler comments hidden"
    case .yank(let part):
      effects += ViewOutput.yank(part, &state)
    case .exportMarkdown:
      effects += ViewOutput.export(&state)
    case .exported(let path, let error):
      state.status = path.map { "exported the view to \($0)" } ?? "export failed: \(error ?? "unknown error")"
    case .toggleExplainExpanded:
      state.explainExpanded.toggle()
      if state.explainExpanded { state.showsExplain = true }
    case .startSearch:
      state.searchPrompt = ""
    case .searchInput(let c):
      state.searchPrompt?.append(c)
    case .searchBackspace:
      if state.searchPrompt?.isEmpty == false { state.searchPrompt?.removeLast() }
    case .searchCancel:
      state.searchPrompt = nil
    case .searchConfirm:
      let query = state.searchPrompt ?? ""
      state.searchPrompt = nil
      if !query.isEmpty {
        state.searchQuery = query
        search(&state, step: 1, includingCurrent: true)
      }
    case .searchNext(let step):
      search(&state, step: step, includingCurrent: false)
    case .toggleAlign:
      state.alignsCompare.toggle()
      state.status = state.alignsCompare ? "compare aligned by source line (scrolls together)" : "compare not aligned"
    case .toggleBaseline:
      state.showsBaseline.toggle()
      state.asmCursor = 0
      state.asmScroll = 0
      state.asmHScroll = 0
    case .toggleBreakdown:
      state.showsBreakdown.toggle()
      state.helpScroll = 0
    case .toggleExplain:
      state.showsExplain.toggle()
    case .toggleOverview, .overviewSort, .overviewReverse, .overviewFilter, .overviewMove,
      .overviewChoose:
      updateOverview(&state, action)
    case .toggleSettings, .settingsMove, .settingsCycle, .settingsEnter, .settingsInput, .settingsBackspace,
      .settingsEscape:
      effects += updateSettings(&state, action)
    case .settingsSaved(let error):
      if let error { state.status = "settings: \(error)" }
    case .adjustRate(let step):
      state.settings.rateHz = stepped(AppUpdate.rates, from: state.settings.rateHz, by: step)
      state.userSettings.rateHz = state.settings.rateHz
      effects += remember(state)
    case .adjustClock(let step):
      // The selected target's clock only: each core keeps a clock it can run at.
      guard let target = state.selectedTarget?.target else { break }
      let current = state.settings.clock(for: target)
      state.settings.clockMHzByTarget[target.name] = stepped(AppUpdate.clocks, from: current, by: step)
      state.userSettings.clockMHzByTarget[target.name] = state.settings.clockMHzByTarget[target.name]
      effects += remember(state)
    case .cycleTheme:
      if state.isColorDisabled {
        state.status = "colour is off (NO_COLOR / --no-color): theme stays monochrome"
      } else if let next = nextTheme(state) {
        effects.append(.loadTheme(next))
      } else {
        state.status = "no theme files found"
      }
    case .nextISR:
      nextISR(&state)
    case .move(let delta):
      if state.showsHelp || state.showsBreakdown {
        state.helpScroll = max(0, state.helpScroll + delta)
      } else {
        move(&state, by: delta)
      }
    case .page(let delta):
      let layout = AppLayout(size: state.size, state: state)
      let pane = state.focus == .secondAsm && layout.asm.count > 1 ? layout.asm[1]
        : state.focus == .asm ? layout.asm[0] : layout.source
      let height = AppLayout.innerHeight(pane)
      if state.showsHelp || state.showsBreakdown {
        state.helpScroll = max(0, state.helpScroll + delta * max(1, state.size.height - 6))
      } else {
        move(&state, by: delta * max(1, height - 1))
      }
    case .click(let x, let y):
      click(&state, x: x, y: y)
    case .scroll(let x, let y, let delta):
      let layout = AppLayout(size: state.size, state: state)
      if layout.source.contains(x: x, y: y) {
        state.sourceScroll = max(
          0, min(state.sourceScroll + delta, state.buffer.lineCount - 1))
        return []
      } else if layout.asm.count > 1, layout.asm[1].contains(x: x, y: y) {
        // The wheel over the second pane scrolls the second pane.
        stopSecondFollowing(&state)
        state.secondScroll = max(0, min(state.secondScroll + delta, max(0, secondRows(state).count - 1)))
        return []
      } else if layout.asm.contains(where: { $0.contains(x: x, y: y) }) {
        state.asmScroll = max(0, min(state.asmScroll + delta, max(0, primaryRows(state).count - 1)))
        return []
      }
    case .scrollAsm(let delta):
      let layout = AppLayout(size: state.size, state: state)
      let limit = AppLayout.asmHScrollLimit(state, layout: layout)
      state.asmHScroll = max(0, min(state.asmHScroll + delta, limit))
    case .insert(let c):
      state.buffer.insert(c)
    case .newline:
      state.buffer.insertNewline()
    case .backspace:
      state.buffer.backspace()
    case .deleteForward:
      state.buffer.deleteForward()
    case .cursor(let move):
      let page = AppLayout.innerHeight(AppLayout(size: state.size, state: state).source) - 1
      switch move {
      case .left: state.buffer.moveLeft()
      case .right: state.buffer.moveRight()
      case .up: state.buffer.moveUp()
      case .down: state.buffer.moveDown()
      case .home: state.buffer.moveHome()
      case .end: state.buffer.moveEnd()
      case .pageUp: state.buffer.pageUp(page)
      case .pageDown: state.buffer.pageDown(page)
      }
    case .undo:
      if !state.buffer.undo() { state.status = "nothing to undo" }
    case .redo:
      if !state.buffer.redo() { state.status = "nothing to redo" }
    case .save:
      effects += save(&state)
    case .resized(let size):
      state.size = size
    case .compiled(let target, let version, let result, let compiler):
      let old = state.resultsByCompiler[compiler]?[target]
      if let old, old.version > version { break }
      var merged = result
      if let old {
        merged.report = old.report
        merged.reports = old.reports
        merged.isrNames = old.isrNames
        merged.reportVersion = old.reportVersion
        merged.baselineAsm = old.baselineAsm
      }
      state.resultsByCompiler[compiler, default: [:]][target] = merged
    case .reported(let target, let version, let report, let baseline, let others, let compiler):
      var result = state.resultsByCompiler[compiler]?[target] ?? TargetResult(version: version)
      if let old = result.reportVersion, old > version { break }
      result.report = report
      let all = [report] + others
      result.isrNames = all.compactMap(\.isr)
      result.reports = Dictionary(all.compactMap { r in r.isr.map { ($0, r) } }, uniquingKeysWith: { first, _ in first })
      result.reportVersion = version
      if let baseline { result.baselineAsm = baseline }
      state.resultsByCompiler[compiler, default: [:]][target] = result
    case .fileChanged(let text):
      guard text != state.diskText else { break }
      state.diskText = text
      if text == state.buffer.text {
        state.buffer.markSaved()
        state.isChangedOnDisk = false
      } else if state.buffer.isModified {
        state.isChangedOnDisk = true
        state.status = "the file changed on disk; your unsaved edits are kept (C-s asks first)"
      } else {
        state.buffer.replaceAll(with: text)
        state.buffer.markSaved()
        state.status = "reloaded: the file changed on disk"
      }
    case .saveNeedsConfirmation(let message):
      state.isConfirmingOverwrite = true
      state.readOnlyFileQuestion = message
      state.status = "\(message): o overwrite / c cancel"
    case .saveFinished(let text, let error):
      if let error {
        state.status = "save failed: \(error)"
        state.quitsAfterSave = false
      } else {
        state.diskText = text
        state.isChangedOnDisk = false
        if state.buffer.text == text { state.buffer.markSaved() }
        state.status = "saved \(state.filePath ?? "")"
        if state.quitsAfterSave, !state.buffer.isModified {
          state.isQuitting = true
          effects.append(.quit)
        }
        state.quitsAfterSave = false
      }
    case .themeLoaded(let theme, let name, let error):
      if let theme {
        state.theme = theme
        state.status = "theme: \(name)"
        if state.userSettings.theme != name {
          state.userSettings.theme = name
          effects += remember(state)
        }
      } else {
        state.status = "theme \(name): \(error ?? "could not be loaded")"
      }
    }
    if state.isChangedOnDisk, !state.buffer.isModified, let text = state.diskText {
      // The edits were undone: nothing of the user's is at stake, so show the file as it is.
      state.isChangedOnDisk = false
      if text != state.buffer.text {
        state.buffer.replaceAll(with: text)
        state.buffer.markSaved()
        state.status = "reloaded: the file changed on disk"
      }
    }
    if state.noteBufferChange() {
      state.requestedJobs = Set(state.compileOrder)
      effects.append(
        .compile(source: state.buffer.text, jobs: state.compileOrder, version: state.sourceVersion))
    } else if state.visibleJobs != visibleBefore, let compile = missingCompile(&state) {
      effects.append(compile)  // another compiler or pane: what it needs and nothing asked for
    }
    keepCursorsVisible(&state)
    return effects
  }

  /// The effects to run at start-up: compile everything for the initial source.
  public static func start(_ state: AppState) -> [Effect] {
    [.compile(source: state.buffer.text, jobs: state.compileOrder, version: state.sourceVersion)]
  }

  /// The start-up compile, noted as asked for (so the first key does not ask again).
  public static func start(_ state: inout AppState) -> [Effect] {
    state.requestedJobs = Set(state.compileOrder)
    return start(state)
  }

  // MARK: - Helpers

  /// The rows of the primary assembly pane.
  public static func primaryRows(_ state: AppState) -> [AsmRow] {
    if let aligned = alignedRows(state) { return aligned.left }
    return unalignedPrimaryRows(state)
  }

  /// Both panes' rows aligned by source line, when comparing two listings of the user's
  /// source (two targets, two compilers) with alignment on.
  static func alignedRows(_ state: AppState) -> (left: [AsmRow], right: [AsmRow])? {
    guard state.isCompareAligned else { return nil }
    return AsmAlignment.align(unalignedPrimaryRows(state), unalignedSecondRows(state))
  }

  static func unalignedPrimaryRows(_ state: AppState) -> [AsmRow] {
    guard let result = state.selectedResult else { return [] }
    let baseline = state.showsBaseline && state.compare != .directVsBaseline
    return (baseline ? result.baselineAsm : result.asm)?.rows ?? []
  }

  static func selectNext(_ state: inout AppState, step: Int) {
    state.selected = nextAvailable(state, from: state.selected, step: step)
    targetChanged(&state)
  }

  /// Moves to the next (or previous) line of the focused pane holding the search text
  /// (case-insensitive), wrapping around; the status says when there is none.
  static func search(_ state: inout AppState, step: Int, includingCurrent: Bool) {
    guard let query = state.searchQuery?.lowercased(), !query.isEmpty else {
      state.status = "no search yet: / to search"
      return
    }
    let inAsm = state.focus == .asm || state.focus == .secondAsm
    let lines: [String]
    let current: Int
    if state.focus == .secondAsm {
      lines = secondRows(state).map(\.text)
      current = state.secondCursor ?? 0
    } else if inAsm {
      lines = primaryRows(state).map(\.text)
      current = state.asmCursor
    } else {
      lines = state.buffer.lines
      current = state.buffer.cursor.line
    }
    guard !lines.isEmpty else { return }
    let count = lines.count
    for offset in (includingCurrent ? 0 : 1)...count {
      let index = ((current + step * offset) % count + count) % count
      guard lines[index].lowercased().contains(query) else { continue }
      if state.focus == .secondAsm {
        stopSecondFollowing(&state)
        state.secondCursor = index
      } else if inAsm {
        state.asmCursor = index
      } else {
        state.buffer.moveTo(TextPosition(line: index, column: 0))
        state.focus = .source
      }
      state.status = "/\(state.searchQuery ?? ""): line \(index + 1) of \(count)\(offset > 0 && (step > 0 ? index < current : index > current) ? " (wrapped)" : "")"
      return
    }
    state.status = "/\(state.searchQuery ?? ""): not found in the \(inAsm ? "asm" : "source") pane"
  }

  /// C-s: the save effect, or the question that must be answered first.
  static func save(_ state: inout AppState) -> [Effect] {
    if let reason = state.readOnlyReason {
      state.status = reason
    } else if state.filePath != nil, state.isChangedOnDisk {
      state.isConfirmingOverwrite = true
      state.status = "file changed on disk since loaded: o overwrite / r reload (lose edits) / c cancel"
    } else if let path = state.filePath {
      return [.save(text: state.buffer.text, path: path, expecting: state.diskText)]
    } else {
      state.status = "built-in sample: start `isrx FILE` to save to a file"
    }
    return []
  }

  /// Selects target `index` when it is available, else says why not.
  static func select(_ state: inout AppState, _ index: Int) {
    guard state.targets.indices.contains(index) else { return }
    if state.isAvailable(index) {
      state.selected = index
      targetChanged(&state)
    } else {
      state.status = "\(state.targets[index].target.name): \(state.missing(index) ?? "unavailable")"
    }
  }

  static func targetChanged(_ state: inout AppState) {
    state.asmCursor = 0
    state.asmScroll = 0
    state.asmHScroll = 0
    if state.compare == .twoTargets, state.secondTarget == state.selected {
      state.secondTarget = nextAvailable(state, from: state.selected, step: 1)
    }
    if let info = state.selectedTarget {
      state.status = "\(info.target.name): \(info.target.displayName)"
    }
  }

  static func nextAvailable(_ state: AppState, from index: Int, step: Int) -> Int {
    let count = state.targets.count
    guard count > 0 else { return 0 }
    var i = index
    for _ in 0..<count {
      i = ((i + step) % count + count) % count
      if state.isAvailable(i) { return i }
    }
    return index
  }

  static func stepped(_ values: [Double], from current: Double, by step: Int) -> Double {
    if step > 0 { return values.first { $0 > current * 1.0001 } ?? values[values.count - 1] }
    return values.last { $0 < current * 0.9999 } ?? values[0]
  }

  static func nextTheme(_ state: AppState) -> String? {
    guard !state.themeNames.isEmpty else { return nil }
    let i = state.themeNames.firstIndex(of: state.theme.name) ?? -1
    return state.themeNames[(i + 1) % state.themeNames.count]
  }

  static func compareDescription(_ state: AppState) -> String {
    switch state.compare {
    case .off: return "compare off"
    case .twoTargets: return "compare two targets (s: choose the second)"
    case .twoCompilers: return "compare \(state.compiler) with \(state.compiler.other) on \(state.selectedTarget?.target.name ?? "this target") (g swaps them)"
    case .directVsBaseline: return "compare the direct ISR with the baseline"
    }
  }

  static func move(_ state: inout AppState, by delta: Int) {
    switch state.focus {
    case .source, .tabs:
      if delta < 0 {
        state.buffer.pageUp(-delta)
      } else {
        state.buffer.pageDown(delta)
      }
      state.focus = .source
    case .asm:
      let count = primaryRows(state).count
      state.asmCursor = max(0, min(count - 1, state.asmCursor + delta))
    case .secondAsm:
      stopSecondFollowing(&state)
      let count = secondRows(state).count
      state.secondCursor = max(0, min(count - 1, (state.secondCursor ?? 0) + delta))
    }
  }

  /// The rows of the second compare pane: the second target's listing, or the baseline.
  public static func secondRows(_ state: AppState) -> [AsmRow] {
    if let aligned = alignedRows(state) { return aligned.right }
    return unalignedSecondRows(state)
  }

  static func unalignedSecondRows(_ state: AppState) -> [AsmRow] {
    switch state.compare {
    case .off: return []
    case .twoTargets, .twoCompilers:
      let result = state.result(state.secondIndex, by: state.secondCompiler)
      return (state.showsBaseline ? result?.baselineAsm : result?.asm)?.rows ?? []
    case .directVsBaseline:
      return state.selectedResult?.baselineAsm?.rows ?? []
    }
  }

  /// The row of the second pane that pairs with the source cursor (where it follows it).
  static func secondFollowRow(_ state: AppState) -> Int {
    let line = state.buffer.cursor.line + 1
    return secondRows(state).firstIndex { $0.sourceLine == line } ?? 0
  }

  /// The second pane keeps its own cursor and scroll from here on (focused or scrolled),
  /// until the source cursor moves to another line.
  static func stopSecondFollowing(_ state: inout AppState) {
    guard state.secondCursor == nil else { return }
    let row = secondFollowRow(state)
    state.secondCursor = row
    state.secondScroll = row
    state.secondAnchorLine = state.buffer.cursor.line
  }

  static func click(_ state: inout AppState, x: Int, y: Int) {
    let layout = AppLayout(size: state.size, state: state)
    if layout.tabs.contains(x: x, y: y) {
      let ranges = AppLayout.tabBar(state).layout(in: AppLayout.tabArea(layout))
      if let index = TabBar.index(atX: x, in: ranges) { select(&state, index) }
      state.focus = .tabs
    } else if layout.source.contains(x: x, y: y) {
      state.focus = .source
      let inner = Box.inner(of: layout.source)
      let line = state.sourceScroll + (y - inner.y)
      if y >= inner.y, y < inner.maxY, line < state.buffer.lineCount {
        // Through the horizontal offset: a click on the gutter lands on the first shown column.
        let gutter = AppLayout.sourceGutterWidth(state)
        let column = max(0, x - inner.x - gutter) + state.sourceHScroll
        let position = state.buffer.position(line: line, displayColumn: column)
        state.buffer.moveTo(position)
      }
    } else if layout.asm.count > 1, layout.asm[1].contains(x: x, y: y) {
      state.focus = .secondAsm
      stopSecondFollowing(&state)
      let inner = Box.inner(of: layout.asm[1])
      let row = state.secondScroll + (y - inner.y)
      if y >= inner.y, row < secondRows(state).count { state.secondCursor = row }
    } else if let pane = layout.asm.first, pane.contains(x: x, y: y) {
      state.focus = .asm
      let inner = Box.inner(of: pane)
      let row = state.asmScroll + (y - inner.y)
      if y >= inner.y, row < primaryRows(state).count { state.asmCursor = row }
    } else if layout.cost.contains(x: x, y: y) {
      state.showsBreakdown.toggle()
    }
  }

  /// Moves the source cursor to the declaration of the ISR after the one it is in (after the
  /// cursor when it is in none), wrapping: the cost panel follows the cursor.
  static func nextISR(_ state: inout AppState) {
    let regions = state.isrRegions
    guard !regions.isEmpty else {
      state.status = "no ISR found in the source"
      return
    }
    let line = state.buffer.cursor.line
    let next: ISRRegion
    if let current = regions.firstIndex(where: { $0.lines.contains(line) }) {
      next = regions[(current + 1) % regions.count]
    } else {
      next = regions.first { $0.lines.lowerBound > line } ?? regions[0]
    }
    state.buffer.moveTo(TextPosition(line: next.lines.lowerBound, column: 0))
    state.focus = .source
    state.status = regions.count == 1 ? "\(next.name) is the only ISR" : "cost: \(next.name)"
  }

  static func keepCursorsVisible(_ state: inout AppState) {
    let layout = AppLayout(size: state.size, state: state)
    if state.compare == .off, state.focus == .secondAsm { state.focus = .asm }
    // The second pane follows the source again once the source cursor moves on.
    if state.focus != .secondAsm, state.secondCursor != nil, state.secondAnchorLine != state.buffer.cursor.line {
      state.secondCursor = nil
    }
    if let cursor = state.secondCursor, layout.asm.count > 1 {
      state.secondScroll = TextView.scrollOffset(
        keeping: cursor, visibleIn: AppLayout.innerHeight(layout.asm[1]), current: state.secondScroll,
        count: secondRows(state).count)
    }
    defer {
      // Aligned panes scroll together: the focused second pane leads.
      if state.focus == .secondAsm, state.secondCursor != nil, state.isCompareAligned {
        state.asmScroll = state.secondScroll
      }
    }
    let sourceHeight = AppLayout.innerHeight(layout.source)
    state.sourceScroll = TextView.scrollOffset(
      keeping: state.buffer.cursor.line, visibleIn: sourceHeight, current: state.sourceScroll,
      count: state.buffer.lineCount)
    keepSourceCursorInColumns(&state, layout: layout)
    if state.asmHScroll > 0 {
      // Re-clamped after a resize or a new listing: never scrolled past the widest row.
      state.asmHScroll = min(state.asmHScroll, AppLayout.asmHScrollLimit(state, layout: layout))
    }
    let rows = primaryRows(state)
    state.asmCursor = max(0, min(state.asmCursor, rows.count - 1))
    var asmHeight = AppLayout.innerHeight(layout.asm[0])
    if !state.showsBaseline || state.compare == .directVsBaseline,
      let document = state.selectedResult?.asm
    {
      asmHeight = max(1, asmHeight - AppLayout.summaryLines(document, in: Box.inner(of: layout.asm[0])).count)
    }
    if state.focus == .asm {
      state.asmScroll = TextView.scrollOffset(
        keeping: state.asmCursor, visibleIn: asmHeight, current: state.asmScroll, count: rows.count)
    } else {
      // Follow the source cursor: bring the paired asm rows into view (the first one wins when
      // they do not all fit).
      let line = state.buffer.cursor.line + 1
      if let first = rows.firstIndex(where: { $0.sourceLine == line }),
        let last = rows.lastIndex(where: { $0.sourceLine == line })
      {
        let end = min(rows.count - 1, last + 1)
        state.asmScroll = TextView.scrollOffset(
          keeping: end, visibleIn: asmHeight, current: state.asmScroll, count: rows.count)
        state.asmScroll = TextView.scrollOffset(
          keeping: first, visibleIn: asmHeight, current: state.asmScroll)
      }
    }
  }

  /// Scrolls the source pane horizontally, as little as possible, so that the cursor's
  /// character is entirely in view and never under a `‹`/`›` cut marker; after a resize (or
  /// when the lines in view got shorter) the offset comes back so that no more blank columns
  /// than needed show after the longest line in view.
  static func keepSourceCursorInColumns(_ state: inout AppState, layout: AppLayout) {
    let inner = Box.inner(of: layout.source)
    let width = inner.width - AppLayout.sourceGutterWidth(state)
    let buffer = state.buffer
    let cursor = buffer.cursor
    let line = buffer.currentLine
    let column = buffer.displayColumn(for: cursor)
    let cursorWidth: Int
    if cursor.column < line.count {
      let character = line[line.index(line.startIndex, offsetBy: cursor.column)]
      cursorWidth = character == "\t" ? 1 : max(1, CharacterWidth.of(character))
    } else {
      cursorWidth = 1
    }
    guard width > 2 else {
      state.sourceHScroll = max(0, column)
      return
    }
    let lineWidth = TextBuffer.displayWidth(of: line)
    // The widest line in view, and a column after it for the cursor past its end (so the
    // view does not shift when the cursor leaves the end of the line).
    var extent = column + cursorWidth
    let first = max(0, state.sourceScroll)
    for index in first..<min(buffer.lineCount, first + max(0, inner.height)) {
      extent = max(extent, TextBuffer.displayWidth(of: buffer.lines[index]) + 1)
    }
    var offset = max(0, min(state.sourceHScroll, extent - width))
    // Right: the cursor's cell in view, left of the `›` when the line goes on.
    let end = column + cursorWidth
    let limit = lineWidth > offset + width ? offset + width - 1 : offset + width
    if end > limit {
      offset = end - width + (lineWidth > end ? 1 : 0)
    }
    // Left: right of the `‹` that a scrolled line starts with.
    if offset > 0, column < offset + 1 {
      offset = max(0, column - 1)
    }
    state.sourceHScroll = offset
  }
}
