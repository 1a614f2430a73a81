import ISRKit
import Testing
@testable import ExplorerUI

/// Compare mode marks the rows that differ between the two panes: label spellings of two
/// compilers (`.LBB0_2`, `.L3`) are not differences; in every compare mode.
@Suite struct AppCompareDiffTests {
  static func instruction(_ mnemonic: String, _ operands: [String], line: Int) -> AsmRow {
    AsmRow(
      text: "\t\(mnemonic)\t\(operands.joined(separator: ", "))",
      kind: .instruction(AsmInstruction(mnemonic: mnemonic, operands: operands)), sourceLine: line, role: .body)
  }

  static let clang: [AsmRow] = [
    AsmRow(text: "timer:", kind: .heading),
    instruction("cpi", ["r24", "0"], line: 3),
    instruction("brne", [".LBB0_2"], line: 3),
    instruction("call", ["tick"], line: 4),
    AsmRow(text: ".LBB0_2:", kind: .label),
    instruction("reti", [], line: 5),
  ]
  static let gcc: [AsmRow] = [
    AsmRow(text: "timer:", kind: .heading),
    instruction("cpse", ["r24", "__zero_reg__"], line: 3),
    instruction("brne", [".L3"], line: 3),
    instruction("call", ["tick"], line: 4),
    AsmRow(text: ".L3:", kind: .label),
    instruction("pop", ["r0"], line: 5),
    instruction("reti", [], line: 5),
  ]

  @Test func localLabelsOfEitherCompilerAreTheSame() {
    #expect(AsmDiff.key(Self.clang[2]) == AsmDiff.key(Self.gcc[2]))
    #expect(AsmDiff.key(Self.clang[4]) == AsmDiff.key(Self.gcc[4]))
    #expect(AsmDiff.normalizingLabels("b $BB0_2") == AsmDiff.normalizingLabels("b $L4"))
    #expect(AsmDiff.normalizingLabels("ldr r2, .L5+4") == "ldr r2, .L+4")
    // avr-gcc's names for SREG and its fixed registers are clang's numbers.
    #expect(AsmDiff.key(Self.instruction("out", ["__SREG__", "r0"], line: 1)) == AsmDiff.key(Self.instruction("out", ["63", "r0"], line: 1)))
    #expect(AsmDiff.key(Self.clang[1]) != AsmDiff.key(Self.gcc[1]))
    // Spacing is not a difference.
    #expect(AsmDiff.key(Self.instruction("ldr", ["r0", "[sp, #4]"], line: 1))
      == AsmDiff.key(Self.instruction("ldr", ["r0", "[sp,#4]"], line: 1)))
  }

  @Test func alignedRowsThatDifferAreMarkedOnTheirSideOnly() throws {
    let aligned = try #require(AsmAlignment.align(Self.clang, Self.gcc))
    let marks = AsmDiff.changed(alignedLeft: aligned.left, right: aligned.right)
    func texts(_ rows: [AsmRow], _ set: Set<Int>) -> [String] { set.sorted().map { rows[$0].text.trimmingCharacters() } }
    // cpi/cpse differ; brne .LBB0_2 / brne .L3 and the labels do not; gcc's pop faces a
    // blank, the two retis face each other.
    #expect(texts(aligned.left, marks.left) == ["cpi\tr24, 0"])
    #expect(texts(aligned.right, marks.right) == ["cpse\tr24, __zero_reg__", "pop\tr0"])
  }

  @Test func unalignedPanesMarkRowsWithoutACounterpart() {
    let marks = AsmDiff.changed(left: Self.clang, right: Self.gcc)
    #expect(marks.left == [1])
    #expect(marks.right == [1, 5])
  }

  /// Two targets with these listings: the differing rows carry the marker and the tint, the
  /// equal ones neither.
  @Test func theScreenMarksDifferingRowsInTwoTargetCompare() throws {
    var state = makeState(size: Size(width: 160, height: 48))
    state.buffer.moveTo(TextPosition(line: 0, column: 0))  // no pair highlight over the rows
    press([.char("c")], &state)
    #expect(state.compare == .twoTargets)
    let second = state.targets[state.secondTarget].target.name
    for (id, rows) in [("x86", Self.clang), (second, Self.gcc)] {
      _ = AppUpdate.update(&state, .compiled(target: id, version: 0, result: TargetResult(version: 0, asm: AsmDocument(rows: rows))))
    }
    let grid = AppView.render(state, size: state.size)
    let lines = grid.lines
    func row(containing text: String, after column: Int) -> (y: Int, x: Int)? {
      for (y, line) in lines.enumerated() {
        let characters = Array(line)
        guard characters.count > column else { continue }
        if let range = String(characters[column...]).range(of: text) {
          return (y, column + String(characters[column...])[..<range.lowerBound].count)
        }
      }
      return nil
    }
    let split = try #require(Array(lines[1]).firstIndex(of: "┐")) + 1  // the second pane's left edge
    let cpse = try #require(row(containing: "cpse", after: split))
    let brne = try #require(row(containing: "brne", after: split))
    let paneX = split + 1  // inside the border
    #expect(Array(lines[cpse.y])[paneX] == TextView.changeMarker)
    #expect(Array(lines[brne.y])[paneX] == " ", "brne .L3 is brne .LBB0_2")
    let tint = state.theme.style(.changedRow).bg
    #expect(grid[paneX + 3, cpse.y].style.bg == tint)
    #expect(grid[paneX + 3, brne.y].style.bg != tint)
    // The first pane's differing cpi row too; its brne is not marked either.
    let cpi = try #require(row(containing: "cpi", after: 0))
    #expect(lines[cpi.y].contains(String(TextView.changeMarker) + "  3 body  cpi"))
    #expect(lines[brne.y].contains("│   3 body  brne    .LBB0_2"))
  }

  /// The baseline beside the direct ISR is marked too (rows without a counterpart).
  @Test func directVsBaselineIsMarked() {
    var state = makeState(size: Size(width: 160, height: 48))
    state.buffer.moveTo(TextPosition(line: 0, column: 0))
    var result = TargetResult(version: 0, asm: AsmDocument(rows: Self.clang))
    result.baselineAsm = AsmDocument(rows: Self.gcc)
    result.reportVersion = 0  // the baseline is current
    _ = AppUpdate.update(&state, .compiled(target: "x86", version: 0, result: result))
    press([.char("c"), .char("c"), .char("c")], &state)
    #expect(state.compare == .directVsBaseline)
    let screen = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(screen.contains(String(TextView.changeMarker) + "  3 body  cpse"))
    #expect(!screen.contains(String(TextView.changeMarker) + "  5 body  reti"))
  }
}
