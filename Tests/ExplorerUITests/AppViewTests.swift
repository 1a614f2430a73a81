@testable import ExplorerUI
import ISRKit
import Testing

@Suite struct AppViewTests {
  @Test func tabRowShowsEveryTarget() {
    let grid = AppView.render(makeState(), size: Size(width: 160, height: 48))
    for target in TargetCatalog.all {
      #expect(grid.lines[0].contains(target.name), "missing \(target.name)")
    }
  }

  @Test func unavailableTargetsAreMarked() {
    var state = AppState(
      text: "", filePath: nil,
      targets: TargetCatalog.all.map { TargetInfo(target: $0, missing: $0.name == "msp430" ? "no" : nil) })
    state.size = Size(width: 160, height: 48)
    let grid = AppView.render(state, size: state.size)
    #expect(grid.lines[0].contains("msp430✗"))
  }

  @Test func modeBadgeFollowsTheMode() {
    var state = makeState()
    var grid = AppView.render(state, size: state.size)
    #expect(grid.lines[47].contains("EXPLORE"))
    press([.char("i")], &state)
    grid = AppView.render(state, size: state.size)
    #expect(grid.lines[47].contains("EDIT"))
    #expect(!grid.lines[47].contains("EXPLORE"))
  }

  @Test func tooSmallTerminalSaysSo() {
    let grid = AppView.render(makeState(size: Size(width: 40, height: 10)), size: Size(width: 40, height: 10))
    let text = grid.lines.joined(separator: " ")
    #expect(text.contains("Terminal too small"))
    #expect(text.contains("80×24"))
  }

  @Test func minimumSizeDrawsEveryPart() {
    let size = Size(width: 80, height: 24)
    let grid = AppView.render(makeState(size: size), size: size)
    #expect(grid.lines[0].contains("x86"))
    // Fifteen targets do not fit 80 columns: the row scrolls, and says so.
    #expect(grid.lines[0].contains("›"))
    #expect(grid.lines.contains { $0.contains("cost") })
    #expect(grid.lines[23].contains("EXPLORE"))
  }

  @Test func compareModeShowsTwoPanes() {
    var state = makeState()
    press([.char("c")], &state)
    let grid = AppView.render(state, size: state.size)
    #expect(grid.lines[1].contains("x86 · direct ISR"))
    #expect(grid.lines[1].contains("x86_64 · direct ISR"))
    // Then clang and GCC on the selected target, each pane titled with its compiler.
    press([.char("c")], &state)
    let compilers = AppView.render(state, size: state.size)
    #expect(compilers.lines[1].contains("┌ clang · x86 · direct ISR"))
    #expect(compilers.lines[1].contains("┌ gcc · x86 · direct ISR"))
    press([.char("c")], &state)
    let second = AppView.render(state, size: state.size)
    #expect(second.lines[1].contains("x86 · direct ISR"))
    #expect(second.lines[1].contains("x86 · baseline"))
  }

  @Test func helpOverlayListsKeysFromTheKeyMap() {
    var state = makeState()
    press([.char("?")], &state)
    let text = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(text.contains("isrx keys"))
    #expect(text.contains("next target"))
    #expect(text.contains("compiler: clang / gcc"))
    // The edit keys further down.
    press([.pageDown], &state)
    #expect(AppView.render(state, size: state.size).lines.joined(separator: "\n").contains("undo"))
    press([.escape], &state)
    #expect(!state.showsHelp)
  }

  @Test func staleResultsAreMarked() {
    var state = makeState()
    _ = AppUpdate.update(
      &state,
      .compiled(target: "x86", version: 0, result: TargetResult(
        version: 0, asm: AsmDocument(rows: [AsmRow(text: "x", kind: .heading)]))))
    var text = AppView.render(state, size: state.size).lines[1]
    #expect(!text.contains("stale"))
    press([.char("i"), .char("a")], &state)
    text = AppView.render(state, size: state.size).lines[1]
    #expect(text.contains("stale"))
  }

  /// The asm pane shows the real compiler output with roles, and the explain bar explains it.
  @Test func asmPaneShowsRealCodegen() throws {
    let toolchain = Toolchain.discover()
    let source = try Resources.sample()
    var state = makeState(source)
    press([.tab], &state)  // x86_64
    let target = try #require(TargetCatalog.target(id: "x86_64"))
    let codegen = try Codegen.compile(source, for: target, toolchain: toolchain)
    _ = AppUpdate.update(
      &state,
      .compiled(target: "x86_64", version: 0, result: TargetResult(
        version: 0, asm: AsmDocument.direct(codegen), succeeded: codegen.output.succeeded)))
    let grid = AppView.render(state, size: state.size)
    let text = grid.lines.joined(separator: "\n")
    #expect(text.contains("iretq"))
    #expect(text.contains("entry pushq"))
    #expect(text.contains("ret   iretq"))
    #expect(text.contains("compiler interrupt convention"))
    // The cursor starts on the ISR line (12), which pairs with the entry sequence; the
    // explain bar follows.
    #expect(state.buffer.cursor.line == 11)
    let explained = AppView.render(state, size: state.size).lines[46]
    #expect(explained.contains("saves a register") || explained.contains("cld"))
    // Focus the asm pane and walk to the return instruction.
    press([.right], &state)
    let rows = AppUpdate.primaryRows(state)
    let last = try #require(rows.lastIndex { $0.instruction?.mnemonic == "iretq" })
    press(Array(repeating: .down, count: last), &state)
    let bar = AppView.render(state, size: state.size).lines[46]
    #expect(bar.contains("iretq: returns from the interrupt"))
  }

  /// Spill and reload comments stay on their instruction (x86 `#`, ARM `@`, AVR `;`); other
  /// comments are dropped.
  @Test func spillAndReloadCommentsAreShown() {
    var state = makeState()
    func row(_ text: String, _ mnemonic: String) -> AsmRow {
      AsmRow(text: text, kind: .instruction(AsmInstruction(mnemonic: mnemonic, operands: ["r1"])), sourceLine: 3)
    }
    let document = AsmDocument(rows: [
      row("\tmovl\t%eax, 4(%esp)    # 4-byte Spill", "movl"),
      row("\tldr\tr1, [sp]    @ 4-byte Reload", "ldr"),
      row("\tstd\tY+1, r1 ; 1-byte Folded Spill", "std"),
      row("\tnop\t# just a note", "nop"),
    ])
    _ = AppUpdate.update(&state, .compiled(target: "x86", version: 0, result: TargetResult(version: 0, asm: document)))
    let text = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(text.contains("movl    r1  # 4-byte Spill"))
    #expect(text.contains("ldr     r1  @ 4-byte Reload"))
    #expect(text.contains("std     r1  ; 1-byte Folded Spill"))
    #expect(text.contains("nop     r1") && !text.contains("just a note"))
    // `#` hides them, and shows them again.
    press([.char("#")], &state)
    let hidden = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(hidden.contains("movl    r1") && !hidden.contains("4-byte Spill") && !hidden.contains("Folded Spill"))
    press([.char("#")], &state)
    #expect(AppView.render(state, size: state.size).lines.joined(separator: "\n").contains("@ 4-byte Reload"))
  }

  @Test func noConventionTargetsSayItPlainly() throws {
    let toolchain = Toolchain.discover()
    let source = try Resources.sample()
    var state = makeState(source)
    press([.char("7")], &state)
    let target = try #require(TargetCatalog.target(id: "aarch64"))
    let codegen = try Codegen.compile(source, for: target, toolchain: toolchain)
    _ = AppUpdate.update(
      &state,
      .compiled(target: "aarch64", version: 0, result: TargetResult(version: 0, asm: AsmDocument.direct(codegen))))
    let text = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(text.contains("NOT AN ISR"))
  }

  /// With the wrapper isrx synthesizes, the pane says so in its title and its summary (which
  /// stays in view when the rows follow the cursor), and the wrapper ends in eret.
  @Test(arguments: ["aarch64", "powerpc"])
  func synthesizedWrapperIsLabelledNeverCompilerOutput(_ id: String) throws {
    let toolchain = Toolchain.discover()
    let source = try Resources.sample()
    var state = makeState(source)
    let index = try #require(state.targets.firstIndex { $0.target.name == id })
    _ = AppUpdate.update(&state, .selectTarget(index))
    let target = try #require(TargetCatalog.target(id: id))
    let codegen = try Codegen.compile(source, for: target, toolchain: toolchain)
    let synthesized = try SynthesizedISR.build(codegen, function: "timer", toolchain: toolchain)
    let document = AsmDocument.direct(codegen, synthesized: synthesized)
    #expect(document.isSynthesized)
    _ = AppUpdate.update(
      &state, .compiled(target: id, version: 0, result: TargetResult(version: 0, asm: document)))
    let lines = AppView.render(state, size: state.size).lines
    let text = lines.joined(separator: "\n")
    #expect(text.contains("\(id) · ISR synthesized by isrx"))
    #expect(lines[2].contains("SYNTHESIZED BY ISRX, not compiler output"), "\(lines[2])")
    let returns = document.rows.compactMap(\.instruction).filter { $0.mnemonic == target.returnMnemonics[0] }
    #expect(returns.count == 1, "one \(target.returnMnemonics[0]), in the wrapper")
    #expect(document.rows.contains { $0.text.contains("the body, compiled by clang as a plain function") })
  }

  @Test func costPanelShowsFiguresAndSavings() throws {
    let toolchain = Toolchain.discover()
    let source = try Resources.sample()
    var state = makeState(source)
    let target = try #require(TargetCatalog.target(id: "x86"))
    let report = TargetReport.make(source: source, target: target, toolchain: toolchain, settings: CostSettings())
    _ = AppUpdate.update(&state, .reported(target: "x86", version: 0, report: report, baseline: nil))
    let text = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(text.contains("software stack"))
    #expect(text.contains("registers saved"))
    #expect(text.contains("CPU share at 10 kHz"))
    #expect(text.contains("%)"))
    press([.char("x")], &state)
    let breakdown = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(breakdown.contains("breakdown"))
    #expect(breakdown.contains("stack, in path order"))
  }
}

@Suite struct TabRowScrollTests {
  /// At 80 columns every target stays reachable: the selected tab is always in view, with
  /// markers for the tabs scrolled out on either side.
  @Test func theSelectedTabIsAlwaysVisibleAt80Columns() {
    let size = Size(width: 80, height: 24)
    for index in TargetCatalog.all.indices {
      var state = makeState(size: size)
      state.selected = index
      let bar = AppLayout.tabBar(state)
      let ranges = bar.layout(in: AppLayout.tabArea(AppLayout(size: size, state: state)))
      #expect(!ranges[index].isEmpty, "\(TargetCatalog.all[index].name) not visible")
      let row = AppView.render(state, size: size).lines[0]
      #expect(row.contains(" \(TargetCatalog.all[index].tabLabel)"), "\(row)")
      if bar.first > 0 { #expect(row.contains("‹")) }
    }
  }
}

@Suite struct MeasuredWarningTests {
  /// A disagreement leads the measured line, in full (it used to be cut to "differs from static: x").
  @Test func disagreementsLeadAndAreNotCut() {
    let warning = "direct: wrote above the entry SP (SP+20, SP+24): into the hardware frame or the interrupted code's stack"
    let cost = MeasuredCost(emulator: "Unicorn 2.0.1", direct: MeasuredRun(instructions: 12), baseline: MeasuredRun(instructions: 40),
                            disagreements: [warning])
    let (text, role) = AppView.measuredLine(cost)
    #expect(text.hasPrefix("DIFFERS FROM STATIC: " + warning))
    #expect(role == .warning)
  }
}

@Suite struct KeyBarContextTests {
  @Test func theBreakdownsBarSaysHowToCloseIt() {
    var state = makeState(size: Size(width: 120, height: 40))
    press([.char("x")], &state)
    let bar = AppView.render(state, size: state.size).lines.last ?? ""
    #expect(bar.contains("BREAKDOWN") && bar.contains("close the breakdown"), "\(bar)")
    #expect(!bar.contains("edit the source"), "explore keys are behind the overlay")
  }

  @Test func editModeDoesNotPromiseArrowFocus() {
    var state = makeState("int x;\nISR(t) {}\n", size: Size(width: 120, height: 40))
    press([.char("i")], &state)
    let screen = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(!screen.contains("→ focuses the asm pane"))
  }
}

@Suite struct RoleLegendTests {
  @Test func theHelpExplainsEveryRoleTag() {
    let text = AppView.roleLegend.map(\.plainText).joined(separator: "\n")
    for tag in ["entry", "body", "exit", "ret", "stub", "disp", "hndlr"] {
      #expect(text.contains(tag), "\(tag) missing from the legend")
    }
  }
}

@Suite struct FoldingTests {
  /// C folds the cost panel to one line (the panes get the rows); E opens the explanation
  /// in full, wrapped, so no explanation is ever cut.
  @Test func foldingTheCostPanelGivesThePanesItsRows() {
    var state = makeState(size: Size(width: 80, height: 24))
    let before = AppLayout(size: state.size, state: state)
    press([.char("C")], &state)
    let after = AppLayout(size: state.size, state: state)
    #expect(after.cost.height == AppLayout.foldedCostHeight)
    #expect(after.source.height == before.source.height + AppLayout.costHeight - AppLayout.foldedCostHeight)
    press([.char("C")], &state)
    #expect(AppLayout(size: state.size, state: state).cost.height == AppLayout.costHeight)
  }

  @Test func theExplanationOpensInFull() {
    var state = makeState("int x;\nISR(t) {}\n", size: Size(width: 80, height: 24))
    press([.char("E")], &state)
    let layout = AppLayout(size: state.size, state: state)
    #expect(layout.explain.height == AppLayout.expandedExplainHeight)
    let rows = AppView.render(state, size: state.size).lines[layout.explain.y..<layout.explain.maxY].joined()
    #expect(rows.contains("focuses the asm pane"), "the whole sentence, wrapped: \(rows)")
  }
}
