import Testing

import ExplorerUI

@Suite struct FrameworkCellGridTests {
  let red = TextStyle(fg: .ansi(1))

  @Test func putWritesTextAndReturnsColumnsUsed() {
    var grid = CellGrid(width: 8, height: 2)
    #expect(grid.put("hello", x: 1, y: 0, style: red) == 5)
    #expect(grid.lines == [" hello  ", "        "])
    #expect(grid[1, 0].style == red)
    #expect(grid[6, 0].style == .plain)
  }

  @Test func putClipsAtTheGridEdgeAndMaxWidth() {
    var grid = CellGrid(width: 6, height: 1)
    #expect(grid.put("abcdefgh", x: 2, y: 0, style: .plain) == 4)
    #expect(grid.lines == ["  abcd"])
    var narrow = CellGrid(width: 6, height: 1)
    #expect(narrow.put("abcdefgh", x: 0, y: 0, style: .plain, maxWidth: 3) == 3)
    #expect(narrow.lines == ["abc   "])
    #expect(narrow.put("zz", x: 0, y: 5, style: .plain) == 0)
    #expect(narrow.put("zz", x: 9, y: 0, style: .plain) == 0)
  }

  @Test func putWithNegativeXShowsOnlyTheVisiblePart() {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("abcdef", x: -2, y: 0, style: .plain)
    #expect(grid.lines == ["cdef"])
  }

  @Test func wideCharactersTakeTwoCellsAndAreNotSplit() {
    var grid = CellGrid(width: 5, height: 1)
    #expect(grid.put("漢字x", x: 0, y: 0, style: .plain) == 5)
    #expect(grid.lines == ["漢字x"])
    #expect(grid[1, 0].isContinuation && !grid[0, 0].isContinuation)
    var clipped = CellGrid(width: 4, height: 1)
    #expect(clipped.put("a漢字", x: 0, y: 0, style: .plain) == 3)
    #expect(clipped.lines == ["a漢 "])
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = CellGrid(width: 6, height: 1)
    grid.put("漢字漢", x: 0, y: 0, style: .plain)
    grid.put("a", x: 1, y: 0, style: .plain)
    #expect(grid.lines == [" a字漢"])
    grid.put("b", x: 2, y: 0, style: .plain)
    #expect(grid.lines == [" ab 漢"])
    #expect(!grid[3, 0].isContinuation)
    grid.put("字", x: 3, y: 0, style: .plain)
    #expect(grid.lines == [" ab字 "])
  }

  @Test func tabsExpandToFourColumnStops() {
    var grid = CellGrid(width: 12, height: 2)
    #expect(grid.put("a\tb\tc", x: 0, y: 0, style: .plain) == 9)
    #expect(grid.lines[0] == "a   b   c   ")
    grid.put("\tx", x: 2, y: 1, style: .plain, tabOrigin: 0)
    #expect(grid.lines[1] == "    x       ")
  }

  @Test func controlCharactersAreShownAsTheirPictures() {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("a\u{1}b", x: 0, y: 0, style: .plain)
    #expect(grid.lines == ["a\u{2401}b "])
  }

  /// ESC sequences (window title, OSC 52 clipboard), C1 controls and an ESC hidden under a
  /// combining mark: every one is a visible picture, none reaches a cell raw.
  @Test func noControlScalarReachesACell() {
    let hostile = "x\u{1b}]0;owned\u{7}y\u{1b}]52;c;aGk=\u{1b}\\z\u{9b}31m\u{1b}\u{301}é\u{7f}\r"
    for x in 0..<3 {
      var grid = CellGrid(width: 40, height: 1)
      grid.put(hostile, x: x, y: 0, style: .plain)
      var grid2 = CellGrid(width: 40, height: 1)
      for (i, c) in hostile.enumerated() where i + x < 40 { grid2.put(c, x: i + x, y: 0, style: .plain) }
      for g in [grid, grid2] {
        let values = (0..<g.width).flatMap { col in
          (0..<g[col, 0].scalarCount).map { g[col, 0].scalarValue(at: $0) }
        }
        #expect(!values.contains { $0 < 0x20 || (0x7F...0x9F).contains($0) }, "\(values)")
        #expect(g.lines[0].contains("\u{241B}]0;owned\u{2407}"))
      }
    }
  }

  @Test func combiningMarksStayWithTheirBase() {
    var grid = CellGrid(width: 4, height: 1)
    #expect(grid.put("e\u{301}x", x: 0, y: 0, style: .plain) == 2)
    #expect(grid[0, 0].character == "e\u{301}")
    #expect(grid.lines == ["e\u{301}x  "])
  }

  @Test func fillClipsAndSetsStyle() {
    var grid = CellGrid(width: 4, height: 3, fill: Cell("."))
    grid.fill(Rect(x: 2, y: 1, width: 5, height: 5), style: red)
    #expect(grid.lines == ["....", "..  ", "..  "])
    #expect(grid[3, 2].style == red)
    #expect(grid[1, 2].style == .plain)
  }

  @Test func fillOverHalfAWideCharacterBlanksIt() {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("漢字", x: 0, y: 0, style: .plain)
    grid.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: Cell("-"))
    #expect(grid.lines == [" -- "])
  }

  @Test func diffListsChangedCellsRowMajor() {
    var a = CellGrid(width: 3, height: 2)
    a.put("abc", x: 0, y: 0, style: .plain)
    var b = a
    b.put("X", x: 2, y: 0, style: .plain)
    b.put("Y", x: 0, y: 1, style: red)
    let changes = b.diff(from: a)
    #expect(changes.map { [$0.x, $0.y] } == [[2, 0], [0, 1]])
    #expect(changes.map(\.cell.character) == ["X", "Y"])
    #expect(a.diff(from: a).isEmpty)
  }

  @Test func diffAgainstADifferentSizeListsEveryCell() {
    let a = CellGrid(width: 3, height: 2)
    let changes = a.diff(from: CellGrid(width: 2, height: 2))
    #expect(changes.count == 6)
    #expect(changes.last.map { [$0.x, $0.y] } == [2, 1])
  }

  @Test func cellsKeepUpToFiveScalars() {
    let family: Character = "👨‍👩‍👧"
    let cell = Cell(family)
    #expect(cell.scalarCount == 5)
    #expect(Cell("a").scalarCount == 1 && Cell("a").isASCII)
  }
}
