import ExplorerUI
import ISRKit
import Testing

/// Horizontal scrolling: the source pane follows the cursor sideways (the cursor always in
/// view, `‹`/`›` marking cut lines), `H`/`L` scroll the asm pane, and a resize re-clamps both.
@Suite struct AppHorizontalScrollTests {
  static let size = Size(width: 80, height: 24)
  /// 112 characters, every tenth column numbered so a screen row says where it is.
  static let long = (0..<112).map { i in i % 10 == 0 ? Character(String(i / 10 % 10)) : "." }
    .map(String.init).joined()
  static let text = "ISR(timer) {\n\(long)\n}\n"

  /// The source pane's text area (right of the gutter) at 80×24 for a file of fewer than ten
  /// lines: the pane is 32 wide, its inside 30, the gutter two.
  static let textX = 3
  static let textMaxX = 31

  /// The cells drawn as the edit cursor (selection style) in the source pane.
  static func cursorCells(_ state: AppState, _ grid: CellGrid) -> [(x: Int, y: Int)] {
    let style = state.theme.style(.selection).layered(over: state.theme.style(.text))
    var cells: [(x: Int, y: Int)] = []
    for y in 2..<11 {
      for x in 1..<31 where grid[x, y].style == style && !grid[x, y].isContinuation {
        cells.append((x, y))
      }
    }
    return cells
  }

  /// Whether every continuation cell of `grid` follows the left half of a wide character.
  static func noSplitWideCharacters(_ grid: CellGrid) -> Bool {
    for y in 0..<grid.height {
      for x in 0..<grid.width where grid[x, y].isContinuation {
        if x == 0 || grid[x - 1, y].isContinuation || grid[x - 1, y].width != 2 { return false }
      }
    }
    return true
  }

  static func editingLongLine() -> AppState {
    var state = makeState(text, size: size)
    press([.char("i"), .down], &state)
    return state
  }

  @Test func endOnALongLineKeepsTheCursorInView() {
    var state = Self.editingLongLine()
    #expect(state.sourceHScroll == 0)
    press([.end], &state)
    #expect(state.buffer.cursor == TextPosition(line: 1, column: 112))
    // 28 text columns: the cursor (past the end) in the last one, 85 columns scrolled off.
    #expect(state.sourceHScroll == 112 + 1 - 28)
    let grid = AppView.render(state, size: state.size)
    let cursor = Self.cursorCells(state, grid)
    #expect(cursor.count == 1)
    #expect(cursor.first.map { $0.x == Self.textMaxX - 1 && $0.y == 3 } == true, "\(cursor)")
    let row = grid.line(at: 3)
    // Columns 85…111 of the line: "‹" over column 85, then 86…89, 90 is "9", …, 110 is "1".
    #expect(row.hasPrefix("│2 ‹....9.........0.........1. │"), "\(row)")
    // The title still says where the cursor is, in characters.
    #expect(grid.line(at: 1).contains(" 2:113 "))
    // The other lines are scrolled with it: "ISR(timer) {" and "}" are entirely off to the
    // left, so only their `‹` shows.
    #expect(grid.line(at: 2).hasPrefix("│1 ‹                           │"))
    // Home brings the line start back, unmarked.
    press([.home], &state)
    #expect(state.sourceHScroll == 0)
    #expect(AppView.render(state, size: state.size).line(at: 3).hasPrefix("│2 0.........1"))
  }

  @Test func movingRightPastTheEdgeScrollsOneColumnAtATimeAndLeavesRoomForTheMarker() {
    var state = Self.editingLongLine()
    // 26 steps right: the cursor on column 26, the last before the `›` column.
    press(Array(repeating: .right, count: 26), &state)
    #expect(state.sourceHScroll == 0)
    press([.right], &state)
    #expect(state.sourceHScroll == 1)
    let grid = AppView.render(state, size: state.size)
    #expect(Self.cursorCells(state, grid).first.map { $0.x } == Self.textMaxX - 2)
    #expect(grid.line(at: 3).hasPrefix("│2 ‹........1.........2.......›│"), "\(grid.line(at: 3))")
    // Back left: the cursor never sits under the `‹`.
    press(Array(repeating: .left, count: 26), &state)
    #expect(state.buffer.cursor.column == 1)
    #expect(state.sourceHScroll == 0)
  }

  @Test func typingAtTheEndOfALongLineShowsTheTypedText() {
    var state = Self.editingLongLine()
    press([.end] + typing("XYZ"), &state)
    #expect(state.buffer.lines[1] == Self.long + "XYZ")
    let grid = AppView.render(state, size: state.size)
    let row = grid.line(at: 3)
    #expect(row.contains("XYZ"), "\(row)")
    #expect(row.hasPrefix("│2 ‹.9.........0.........1.XYZ │"), "\(row)")
    let cursor = Self.cursorCells(state, grid)
    #expect(cursor.count == 1)
    // The cursor is right after the Z.
    if let cell = cursor.first {
      #expect(grid[cell.x - 1, cell.y].character == "Z")
    }
  }

  @Test func wideCharactersAreNeverSplit() {
    let wide = "s = \"" + String(repeating: "漢字", count: 30) + "\";"
    var state = makeState("ISR(timer) {\n\(wide)\n}\n", size: Self.size)
    press([.char("i"), .down, .end], &state)
    var seenOffsets = Set<Int>()
    // From the end of the line to its start, one character at a time: each screen keeps
    // whole wide characters and shows the character under the cursor whole.
    for _ in 0..<wide.count {
      let grid = AppView.render(state, size: state.size)
      #expect(Self.noSplitWideCharacters(grid))
      let cursor = Self.cursorCells(state, grid)
      #expect(cursor.count == 1, "column \(state.buffer.cursor.column)")
      if let cell = cursor.first {
        let line = state.buffer.currentLine
        let column = state.buffer.cursor.column
        let expected: Character =
          column < line.count ? line[line.index(line.startIndex, offsetBy: column)] : " "
        #expect(grid[cell.x, cell.y].character == expected)
        #expect(cell.x >= Self.textX + (state.sourceHScroll > 0 ? 1 : 0))
        #expect(cell.x + grid[cell.x, cell.y].width <= Self.textMaxX)
      }
      seenOffsets.insert(state.sourceHScroll)
      press([.left], &state)
    }
    #expect(seenOffsets.count > 10)
    #expect(state.sourceHScroll == 0)
  }

  @Test func aClickOnAScrolledLineLandsOnTheColumnUnderIt() {
    var state = Self.editingLongLine()
    press([.end], &state)
    let offset = state.sourceHScroll
    #expect(offset > 0)
    // Five columns into the text area: display column offset + 5 (ASCII: the same column).
    _ = AppUpdate.update(&state, .click(x: Self.textX + 5, y: 3))
    #expect(state.buffer.cursor == TextPosition(line: 1, column: offset + 5))
    #expect(state.sourceHScroll == offset)
    // The clicked character is where it was, now under the cursor.
    let before = AppView.render(state, size: state.size)
    #expect(Self.cursorCells(state, before).first.map { $0.x } == Self.textX + 5)
    // On the line above ("ISR(timer) {", all of it scrolled off): its end.
    _ = AppUpdate.update(&state, .click(x: Self.textX + 5, y: 2))
    #expect(state.buffer.cursor == TextPosition(line: 0, column: 12))
  }

  @Test func aClickOnAScrolledWideLineLandsOnTheWholeCharacter() {
    let wide = String(repeating: "漢", count: 40)
    var state = makeState("ISR(timer) {\n\(wide)\n}\n", size: Self.size)
    press([.char("i"), .down, .end], &state)
    let offset = state.sourceHScroll
    #expect(offset > 0)
    let grid = AppView.render(state, size: state.size)
    // Find a wide character on screen and click its right half: the cursor lands on it.
    let x = (Self.textX + 1..<Self.textMaxX).first { grid[$0, 3].isContinuation }!
    _ = AppUpdate.update(&state, .click(x: x, y: 3))
    #expect(state.buffer.cursor.line == 1)
    #expect(state.buffer.displayColumn(for: state.buffer.cursor) == offset + x - 1 - Self.textX)
    #expect(state.sourceHScroll == offset)
  }

  @Test func aResizeReclampsTheSourceOffset() {
    var state = Self.editingLongLine()
    press([.end], &state)
    #expect(state.sourceHScroll == 85)
    // 200 columns: the pane is 80 wide, 76 text columns; no more than that is scrolled off.
    _ = AppUpdate.update(&state, .resized(Size(width: 200, height: 50)))
    #expect(state.sourceHScroll == 113 - 76)
    // 300 columns: the whole line fits, nothing is scrolled.
    _ = AppUpdate.update(&state, .resized(Size(width: 300, height: 50)))
    #expect(state.sourceHScroll == 0)
    #expect(!AppView.render(state, size: state.size).lines.contains { $0.contains("‹") })
    // Back to 80 columns: scrolled again so the cursor shows.
    _ = AppUpdate.update(&state, .resized(Self.size))
    #expect(state.sourceHScroll == 85)
  }

  // MARK: - Assembly pane

  static func withWideAsm(_ size: Size = AppHorizontalScrollTests.size) -> (AppState, Int) {
    var state = makeState(size: size)
    let operand = String(repeating: "x", count: 90)
    let rows = [
      AsmRow(text: "timer:", kind: .heading),
      AsmRow(
        text: "\tmovl\t\(operand), %eax",
        kind: .instruction(AsmInstruction(mnemonic: "movl", operands: [operand, "%eax"])),
        sourceLine: 2, role: .body),
      AsmRow(
        text: "\tiretl", kind: .instruction(AsmInstruction(mnemonic: "iretl", operands: [])),
        sourceLine: 3, role: .return),
    ]
    _ = AppUpdate.update(
      &state,
      .compiled(
        target: state.targets[state.selected].target.name, version: 0,
        result: TargetResult(version: 0, asm: AsmDocument(rows: rows))))
    // "  2 body  movl    " is 18 columns, then the operands.
    let widest = 18 + operand.count + 6
    return (state, widest)
  }

  @Test func asmKeysScrollByEightAndClampToTheWidestRow() {
    var (state, widest) = Self.withWideAsm()
    press([.right], &state)
    #expect(state.focus == .asm)
    // The asm pane at 80×24 is 48 wide, 46 inside.
    let limit = widest - 46
    press([.char("L")], &state)
    #expect(state.asmHScroll == 8)
    #expect(state.focus == .asm)
    var grid = AppView.render(state, size: state.size)
    let row = grid.line(at: 3)
    let pane = String(row.dropFirst(32))
    #expect(pane.hasPrefix("│‹ movl    xxx"), "\(pane)")
    #expect(pane.hasSuffix("x›│"), "\(pane)")
    press(Array(repeating: .char("L"), count: 20), &state)
    #expect(state.asmHScroll == limit)
    grid = AppView.render(state, size: state.size)
    // The end of the widest row at the right edge, no `›`.
    #expect(String(grid.line(at: 3).dropFirst(32)).hasSuffix("xxx, %eax│"))
    press([.char("H")], &state)
    #expect(state.asmHScroll == limit - 8)
    press(Array(repeating: .char("H"), count: 20), &state)
    #expect(state.asmHScroll == 0)
    // ←/→ still move the focus.
    press([.left], &state)
    #expect(state.focus == .source)
    #expect(state.asmHScroll == 0)
  }

  @Test func asmKeysAreInTheHelpAndDoNotTypeInEditMode() {
    var (state, _) = Self.withWideAsm()
    let help = AppKeyMap.helpEntries(for: state)
    #expect(help.contains { $0.key == "H/L" && $0.group == "Panes" })
    press([.char("i"), .char("L")], &state)
    #expect(state.asmHScroll == 0)
    #expect(state.buffer.lines[0].hasPrefix("LISR("))
  }

  @Test func aNewTargetOrTheBaselineStartsTheAsmPaneAtColumnZero() {
    var (state, _) = Self.withWideAsm()
    press([.right, .char("L"), .char("L")], &state)
    #expect(state.asmHScroll == 16)
    press([.char("b")], &state)
    #expect(state.asmHScroll == 0)
    press([.char("b"), .char("L")], &state)
    #expect(state.asmHScroll == 8)
    press([.tab], &state)
    #expect(state.asmHScroll == 0)
    // A target with nothing compiled yet has nothing to scroll.
    press([.char("L")], &state)
    #expect(state.asmHScroll == 0)
  }

  @Test func aResizeReclampsTheAsmOffset() {
    var (state, widest) = Self.withWideAsm()
    press(Array(repeating: .char("L"), count: 20), &state)
    #expect(state.asmHScroll == widest - 46)
    // 160 columns: the pane is 96 wide, 94 inside.
    _ = AppUpdate.update(&state, .resized(Size(width: 160, height: 48)))
    #expect(state.asmHScroll == widest - 94)
    _ = AppUpdate.update(&state, .resized(Size(width: 250, height: 48)))
    #expect(state.asmHScroll == 0)
  }

  @Test func unscrolledScreensAreUnchanged() {
    // A file whose lines fit: no offset, no marker, whatever the cursor does.
    var state = makeState("ISR(timer) {\n  ticks++;\n}\n", size: Self.size)
    press([.char("i"), .down, .end, .down, .end], &state)
    #expect(state.sourceHScroll == 0)
    #expect(!AppView.render(state, size: state.size).lines.contains { $0.contains("‹") })
  }
}
