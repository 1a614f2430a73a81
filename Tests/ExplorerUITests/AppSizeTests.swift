import ExplorerUI
import Foundation
import ISRKit
import Testing

/// Every terminal size from 1×1 to 100×40 (and a few degenerate ones), for states that
/// exercise each part of the screen: drawing and updating never crash, and every frame is
/// exactly the terminal's size.
@Suite struct AppSizeTests {
  /// States worth drawing: plain, editing with long lines, compare modes, baseline, every
  /// overlay and question, results with an error, a scrolled cursor.
  static func states() -> [(String, AppState)] {
    var long = makeState(
      (0..<60).map { "line \($0) " + String(repeating: "漢x\t", count: $0 % 7 * 9) }
        .joined(separator: "\n"))
    long.buffer.moveTo(TextPosition(line: 55, column: 30))
    press([.char("i")], &long)

    var withResults = makeState()
    func instruction(_ m: String, _ ops: [String], line: Int, _ role: InstructionRole) -> AsmRow {
      AsmRow(
        text: "\t\(m)\t\(ops.joined(separator: ", "))  # Spill",
        kind: .instruction(AsmInstruction(mnemonic: m, operands: ops)), sourceLine: line, role: role)
    }
    let rows =
      [AsmRow(text: "timer: the ISR with a long, long plainly worded label", kind: .heading)]
      + (0..<30).map { instruction("pushl", ["%e\($0)", String(repeating: "x", count: $0 * 3)], line: 1 + $0 % 3, .entry) }
      + [AsmRow(text: ".Ltmp0:", kind: .label), AsmRow(text: "\t.p2align 4", kind: .other)]
      + [instruction("iretl", [], line: 3, .return)]
    let document = AsmDocument(
      rows: rows, summary: String(repeating: "no interrupt convention here ", count: 5),
      isPlainFunctionOnly: true)
    _ = AppUpdate.update(
      &withResults,
      .compiled(
        target: "x86", version: 0,
        result: TargetResult(version: 0, asm: document)))
    _ = AppUpdate.update(
      &withResults,
      .compiled(
        target: "x86_64", version: 0,
        result: TargetResult(version: 0, succeeded: false, error: String(repeating: "no compiler ", count: 20))))
    var compare = withResults
    press([.char("c")], &compare)
    var baseline = withResults
    press([.char("c"), .char("c"), .char("b"), .right, .down, .down], &baseline)
    var help = withResults
    press([.char("?")], &help)
    var breakdown = withResults
    press([.char("x")], &breakdown)
    var quit = long
    press([.escape, .char("q")], &quit)
    var recovery = AppRecoveryTests.offering(String(repeating: "recovered\n", count: 40))
    recovery.recoveryOffer?.isOlderThanFile = true
    recovery.recoveryOffer?.record.path = "/" + String(repeating: "very/long/", count: 20) + "x.c"
    var conflict = AppDiskConflictTests.edited()
    _ = AppUpdate.update(&conflict, .fileChanged(text: "theirs\n"))
    press([.ctrl("s")], &conflict)
    var noExplain = withResults
    press([.char("e")], &noExplain)
    return [
      ("plain", makeState()), ("long lines, editing", long), ("results", withResults),
      ("compare", compare), ("baseline", baseline), ("help", help), ("breakdown", breakdown),
      ("quit?", quit), ("recover?", recovery), ("overwrite?", conflict),
      ("no explain bar", noExplain),
    ]
  }

  @Test func everySizeFrom1x1To100x40Draws() {
    for (name, base) in Self.states() {
      for width in 1...100 {
        for height in 1...40 {
          var state = base
          let size = Size(width: width, height: height)
          _ = AppUpdate.update(&state, .resized(size))
          let grid = AppView.render(state, size: size)
          guard grid.size == size else {
            Issue.record("\(name) at \(width)×\(height): frame is \(grid.size)")
            return
          }
        }
      }
    }
  }

  @Test func degenerateSizesDoNotCrash() {
    for (_, base) in Self.states() {
      for size in [Size(width: 0, height: 0), Size(width: 0, height: 30), Size(width: 200, height: 0),
        Size(width: 1, height: 200), Size(width: 400, height: 1), Size(width: 300, height: 120)]
      {
        var state = base
        _ = AppUpdate.update(&state, .resized(size))
        #expect(AppView.render(state, size: size).size == size)
      }
    }
  }

  @Test func keysAndClicksAtSmallSizesDoNotCrash() {
    // Rapid resizes between key presses, including clicks and wheel steps off-screen.
    var state = makeState()
    let keys: [Key] = [
      .char("i"), .down, .pageDown, .end, .escape, .char("f"), .right, .pageDown, .down,
      .char("c"), .char("b"), .char("x"), .pageUp, .escape, .char("?"), .pageDown, .escape,
      .mouse(x: 5, y: 5, kind: .press), .mouse(x: 90, y: 30, kind: .wheelDown),
      .mouse(x: 500, y: 500, kind: .press),
    ]
    var width = 1
    var height = 1
    for round in 0..<400 {
      width = (width * 7 + round) % 130 + 1
      height = (height * 5 + round) % 50 + 1
      _ = AppUpdate.update(&state, .resized(Size(width: width, height: height)))
      press([keys[round % keys.count]], &state)
      #expect(AppView.render(state, size: state.size).size == state.size)
    }
  }
}

/// A terminal below the minimum shows only "too small": keys typed then change nothing.
@Suite struct AppTooSmallKeyTests {
  @Test func keysTypedWhileTheTerminalIsTooSmallDoNotEditTheBuffer() {
    var state = makeState("int a;\n", size: Size(width: 160, height: 48))
    press([.char("i")], &state)
    #expect(state.mode == .edit)
    _ = AppUpdate.update(&state, .resized(Size(width: 60, height: 20)))
    let effects = press(typing("xyz") + [.backspace, .enter, .ctrl("z")], &state)
    #expect(state.buffer.text == "int a;\n")
    #expect(!state.buffer.isModified)
    #expect(effects.isEmpty)
    _ = AppUpdate.update(&state, .resized(Size(width: 100, height: 30)))
    press(typing("b"), &state)
    #expect(state.buffer.text != "int a;\n", "editing works again once it fits")
  }

  @Test func quittingStillWorksWhenTooSmall() {
    var state = makeState("int a;\n", size: Size(width: 40, height: 10))
    let effects = press([.char("q")], &state)
    #expect(effects.contains { if case .quit = $0 { true } else { false } })
  }
}
