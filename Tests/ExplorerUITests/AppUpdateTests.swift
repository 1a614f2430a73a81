@testable import ExplorerUI
import ISRKit
import Testing

@Suite struct AppUpdateTests {
  @Test func startsInExploreModeAndSwitchesToEditAndBack() {
    var state = makeState()
    #expect(state.mode == .explore)
    press([.char("i")], &state)
    #expect(state.mode == .edit)
    press([.escape], &state)
    #expect(state.mode == .explore)
    press([.enter], &state)
    #expect(state.mode == .edit)
  }

  @Test func tabCyclesTargetsAndShiftTabGoesBack() {
    var state = makeState()
    #expect(state.selectedTarget?.target.name == "x86")
    press([.tab], &state)
    #expect(state.selectedTarget?.target.name == "x86_64")
    press([.tab, .tab], &state)
    #expect(state.selectedTarget?.target.name == "cortex-m")
    press([.backTab], &state)
    #expect(state.selectedTarget?.target.name == "arm")
    // Wraps around.
    press([.char("1"), .backTab], &state)
    #expect(state.selectedTarget?.target.name == "msp430")
  }

  @Test func tabSkipsUnavailableTargets() {
    var state = AppState(
      text: "", filePath: nil,
      targets: TargetCatalog.all.map { TargetInfo(target: $0, missing: $0.name == "x86_64" ? "install it" : nil) })
    press([.tab], &state)
    #expect(state.selectedTarget?.target.name == "arm")
    press([.char("2")], &state)
    #expect(state.selectedTarget?.target.name == "arm")
    #expect(state.status?.contains("install it") == true)
  }

  @Test func numberKeysAndArrowsOnTheTabRowChooseTargets() {
    var state = makeState()
    press([.char("8")], &state)
    #expect(state.selectedTarget?.target.name == "mips")
    press([.char("0")], &state)
    #expect(state.selectedTarget?.target.name == "riscv32")
    press([.char("f"), .char("f"), .char("f")], &state)
    #expect(state.focus == .source)
    press([.char("f"), .char("f")], &state)
    #expect(state.focus == .tabs)
    press([.right], &state)
    #expect(state.selectedTarget?.target.name == "riscv32e")
    press([.left, .left], &state)
    #expect(state.selectedTarget?.target.name == "powerpc")
  }

  @Test func keysInEditModeInsertTextAndDoNotTriggerCommands() {
    var state = makeState("")
    press([.char("i")], &state)
    let before = state.selected
    let effects = press(typing("q?cbx1\t"), &state)
    #expect(state.buffer.text == "q?cbx1\t")
    #expect(state.mode == .edit)
    #expect(state.selected == before)
    #expect(!state.isQuitting && !state.showsHelp && !state.showsBreakdown)
    #expect(state.compare == .off)
    #expect(!effects.contains(.quit))
  }

  @Test func editingAdvancesTheVersionAndRequestsACompile() {
    var state = makeState("")
    press([.char("i")], &state)
    let effects = press([.char("x")], &state)
    #expect(state.sourceVersion == 1)
    guard case .compile(let source, let jobs, let version)? = effects.first else {
      Issue.record("expected a compile effect, got \(effects)")
      return
    }
    #expect(source == "x")
    #expect(version == 1)
    #expect(jobs.first == CompileJob("x86", .clang))
    #expect(jobs.count == TargetCatalog.all.count)
  }

  @Test func visibleTargetsCompileFirst() {
    var state = makeState("")
    press([.char("3"), .char("c")], &state)
    #expect(state.compare == .twoTargets)
    #expect(Array(state.compileOrder.prefix(2)) == [CompileJob("arm"), CompileJob("x86_64")])
  }

  @Test func undoAndRedo() {
    var state = makeState("int x;")
    press([.char("i"), .end], &state)
    press(typing(" int y;"), &state)
    #expect(state.buffer.text == "int x; int y;")
    press([.ctrl("z")], &state)
    #expect(state.buffer.text == "int x;")
    press([.ctrl("y")], &state)
    #expect(state.buffer.text == "int x; int y;")
    press([.backspace, .backspace], &state)
    #expect(state.buffer.text == "int x; int ")
  }

  @Test func resultsFromAnOlderSourceAreStale() {
    var state = makeState("")
    _ = AppUpdate.update(
      &state, .compiled(target: "x86", version: 0, result: TargetResult(version: 0, asm: AsmDocument(rows: []))))
    let fresh = try? #require(state.results["x86"])
    #expect(fresh.map { state.isStale($0) } == false)
    press([.char("i"), .char("a")], &state)
    #expect(state.results["x86"].map { state.isStale($0) } == true)
    // An out-of-order older result never replaces a newer one.
    _ = AppUpdate.update(
      &state, .compiled(target: "x86", version: 1, result: TargetResult(version: 1)))
    _ = AppUpdate.update(
      &state, .compiled(target: "x86", version: 0, result: TargetResult(version: 0)))
    #expect(state.results["x86"]?.version == 1)
    #expect(state.results["x86"].map { state.isStale($0) } == false)
  }

  @Test func quitAsksWhenThereAreUnsavedEdits() {
    var state = makeState("")
    #expect(press([.char("i"), .char("a"), .escape, .char("q")], &state).isEmpty == false)
    #expect(state.isConfirmingQuit)
    #expect(!state.isQuitting)
    press([.char("n")], &state)
    #expect(!state.isConfirmingQuit && !state.isQuitting)
    let effects = press([.char("q"), .char("y")], &state)
    #expect(effects.contains(.quit))
    #expect(state.isQuitting)
  }

  @Test func quitWithoutEditsQuitsAtOnce() {
    var state = makeState()
    #expect(press([.char("q")], &state) == [.quit])
  }

  @Test func saveNeedsAFileAndIsAnEffect() {
    var state = makeState("")
    press([.ctrl("s")], &state)
    #expect(state.status?.contains("isrx FILE") == true)
    state.filePath = "/tmp/x.c"
    #expect(press([.ctrl("s")], &state) == [.save(text: "", path: "/tmp/x.c")])
  }

  @Test func fileChangesReloadOnlyAnUnmodifiedBuffer() {
    var state = makeState("old")
    _ = AppUpdate.update(&state, .fileChanged(text: "new"))
    #expect(state.buffer.text == "new")
    #expect(!state.buffer.isModified)
    press([.char("i"), .char("!")], &state)
    _ = AppUpdate.update(&state, .fileChanged(text: "newer"))
    #expect(state.buffer.text == "!new")
    #expect(state.status?.contains("unsaved") == true)
  }

  @Test func rateAndClockStep() throws {
    var state = makeState()
    press([.char("+")], &state)
    #expect(state.settings.rateHz == 20_000)
    press([.char("-"), .char("-")], &state)
    #expect(state.settings.rateHz == 5_000)
    // The clock keys change the selected target's clock only.
    let selected = try #require(state.selectedTarget?.target)
    let other = try #require(TargetCatalog.all.first { $0.name != selected.name })
    press([.char("[")], &state)
    #expect(state.settings.clock(for: selected) < selected.defaultClockMHz)
    #expect(state.settings.clock(for: other) == other.defaultClockMHz)
  }

  @Test func compareCyclesThroughItsModes() {
    var state = makeState()
    press([.char("c")], &state)
    #expect(state.compare == .twoTargets)
    press([.char("c")], &state)
    #expect(state.compare == .twoCompilers)
    press([.char("c")], &state)
    #expect(state.compare == .directVsBaseline)
    press([.char("c")], &state)
    #expect(state.compare == .off)
  }
}

@Suite struct SaveAndQuitTests {
  @Test func theQuitQuestionCanSaveFirstAndQuitsWhenTheSaveSucceeds() {
    var state = makeState("a\n")
    state.filePath = "/tmp/isrx-save-and-quit.c"
    state.diskText = "a\n"
    press([.char("i"), .char("b"), .escape, .char("q")], &state)
    #expect(state.isConfirmingQuit)
    let effects = press([.char("s")], &state)
    #expect(effects.contains { if case .save = $0 { true } else { false } })
    #expect(!state.isQuitting, "not before the save has landed")
    let done = AppUpdate.update(&state, .saveFinished(text: state.buffer.text, error: nil))
    #expect(state.isQuitting && done.contains { if case .quit = $0 { true } else { false } })
  }

  @Test func aFailedSaveDoesNotQuit() {
    var state = makeState("a\n")
    state.filePath = "/tmp/isrx-save-and-quit.c"
    press([.char("i"), .char("b"), .escape, .char("q"), .char("s")], &state)
    _ = AppUpdate.update(&state, .saveFinished(text: state.buffer.text, error: "disk full"))
    #expect(!state.isQuitting)
    #expect(state.status?.contains("save failed") == true)
  }
}

@Suite struct ResizeClampTests {
  /// 80×24 → 200×60 with the cursor at the end: the lines above come back into view.
  @Test func growingTheTerminalBringsHiddenLinesBack() {
    let text = (1...30).map { "int v\($0);" }.joined(separator: "\n") + "\n"
    var state = makeState(text, size: Size(width: 80, height: 24))
    for _ in 0..<29 { _ = AppUpdate.update(&state, .move(1)) }
    #expect(state.sourceScroll > 0)
    _ = AppUpdate.update(&state, .resized(Size(width: 200, height: 60)))
    #expect(state.sourceScroll == 0, "all 30 lines fit now")
  }
}

@Suite struct ComparePaneTests {
  static func comparing(_ mode: CompareMode) -> AppState {
    var state = makeState("ISR(timer) {\n  ticks++;\n}\n", size: Size(width: 80, height: 24))
    state.compare = mode
    let rows = (0..<60).map { AsmRow(text: "row \($0)", kind: .instruction(AsmInstruction(mnemonic: "mark", operands: ["\($0)"])), sourceLine: $0 == 40 ? 2 : nil, role: .stub) }
    var result = TargetResult(version: 0, asm: AsmDocument(rows: rows))
    result.baselineAsm = AsmDocument(rows: rows)
    state.results[state.selectedTarget!.target.name] = result
    return state
  }

  /// `f` and → reach the second pane; it then keeps its own cursor (↑/↓) and scroll, so a
  /// baseline stub scrolled out of view at 80×24 can be reached.
  @Test func theSecondPaneIsFocusableAndScrollable() {
    var state = Self.comparing(.directVsBaseline)
    #expect(state.focus == .source)
    press([.char("f"), .char("f")], &state)  // source → asm → second
    #expect(state.focus == .secondAsm)
    press([.left], &state)
    #expect(state.focus == .asm)
    press([.right], &state)
    #expect(state.focus == .secondAsm)
    let start = state.secondCursor ?? -1
    press(Array(repeating: Key.down, count: 30), &state)
    #expect(state.secondCursor == start + 30)
    #expect(state.secondScroll > 0, "scrolled to keep the cursor visible")
    let screen = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(screen.contains("mark    \(start + 30)") || screen.contains("mark \(start + 30)"), "the second pane shows its cursor row")
  }

  @Test func theWheelOverTheSecondPaneScrollsIt() {
    var state = Self.comparing(.directVsBaseline)
    let layout = AppLayout(size: state.size, state: state)
    let second = layout.asm[1]
    let before = state.asmScroll
    _ = AppUpdate.update(&state, .scroll(x: second.x + 2, y: second.y + 2, delta: 5))
    #expect(state.asmScroll == before, "the first pane did not move")
    #expect(state.secondCursor != nil)
  }

  @Test func turningCompareOffReturnsFocusToTheFirstPane() {
    var state = Self.comparing(.directVsBaseline)
    press([.char("f"), .char("f")], &state)
    #expect(state.focus == .secondAsm)
    state.compare = .off
    _ = AppUpdate.update(&state, .move(0))
    #expect(state.focus == .asm)
  }
}

@Suite struct AsmAlignmentTests {
  static func row(_ text: String, line: Int?) -> AsmRow {
    AsmRow(text: text, kind: .instruction(AsmInstruction(mnemonic: text, operands: [])), sourceLine: line)
  }

  /// The rows of each source line face each other; a line one side lacks faces blanks.
  @Test func rowsOfEachSourceLineFaceEachOther() throws {
    let left = [AsmRow(text: "timer:", kind: .heading), Self.row("a1", line: 2), Self.row("a2", line: 2),
                Self.row("b1", line: 3), Self.row("ret", line: nil)]
    let right = [AsmRow(text: "timer:", kind: .heading), Self.row("x1", line: 2),
                 Self.row("y1", line: 4), Self.row("b9", line: 3)]
    let (l, r) = try #require(AsmAlignment.align(left, right))
    #expect(l.count == r.count)
    for (a, b) in zip(l, r) where a.sourceLine != nil && b.sourceLine != nil {
      #expect(a.sourceLine == b.sourceLine, "\(a.text) faces \(b.text)")
    }
    let a2 = try #require(l.firstIndex { $0.text == "a2" })
    #expect(r[a2].text.isEmpty, "the shorter group is padded")
  }

  @Test func comparingTwoTargetsAlignsAndTogglesOff() {
    var state = makeState("ISR(timer) {\n  ticks++;\n}\n", size: Size(width: 120, height: 40))
    state.compare = .twoTargets
    state.secondTarget = 1
    state.results[state.targets[0].target.name] = TargetResult(version: 0, asm: AsmDocument(rows: [
      Self.row("p", line: 1), Self.row("q", line: 2), Self.row("q2", line: 2)]))
    state.results[state.targets[1].target.name] = TargetResult(version: 0, asm: AsmDocument(rows: [
      Self.row("x", line: 2)]))
    #expect(AppUpdate.primaryRows(state).count == AppUpdate.secondRows(state).count)
    #expect(AppUpdate.secondRows(state)[1].text == "x", "line 2's rows face each other")
    press([.char("a")], &state)
    #expect(AppUpdate.secondRows(state).count == 1)
  }
}

@Suite struct SearchTests {
  static let text = "int a;\nvolatile int ticks;\nISR(timer) {\n  ticks++;\n}\n"

  @Test func slashSearchesTheSourceAndNWrapsAround() {
    var state = makeState(Self.text, size: Size(width: 120, height: 40))
    state.buffer.moveTo(TextPosition(line: 0, column: 0))
    press([.char("/"), .char("t"), .char("i"), .char("c"), .char("k")], &state)
    #expect(state.searchPrompt == "tick")
    let bar = AppView.render(state, size: state.size).lines.last ?? ""
    #expect(bar.contains("SEARCH") && bar.contains("/tick"), "\(bar)")
    press([.enter], &state)
    #expect(state.searchPrompt == nil)
    #expect(state.buffer.cursor.line == 1)
    press([.char("n")], &state)
    #expect(state.buffer.cursor.line == 3)
    press([.char("n")], &state)
    #expect(state.buffer.cursor.line == 1, "wrapped")
    #expect(state.status?.contains("wrapped") == true)
    press([.char("N")], &state)
    #expect(state.buffer.cursor.line == 3)
  }

  @Test func searchInTheAsmPaneMovesItsCursorAndMissesAreSaid() {
    var state = makeState(Self.text, size: Size(width: 120, height: 40))
    let rows = ["pushl %eax", "incl ticks", "popl %eax", "iretl"].map {
      AsmRow(text: $0, kind: .instruction(AsmInstruction(mnemonic: String($0.split(separator: " ")[0]), operands: [])))
    }
    state.results[state.selectedTarget!.target.name] = TargetResult(version: 0, asm: AsmDocument(rows: rows))
    state.focus = .asm
    press([.char("/"), .char("I"), .char("R"), .char("E"), .char("T"), .enter], &state)
    #expect(state.asmCursor == 3, "case-insensitive")
    press([.char("/"), .char("z"), .char("z"), .enter], &state)
    #expect(state.asmCursor == 3)
    #expect(state.status?.contains("not found") == true)
    press([.char("/"), .char("x"), .escape], &state)
    #expect(state.searchPrompt == nil && state.searchQuery == "zz")
  }
}
