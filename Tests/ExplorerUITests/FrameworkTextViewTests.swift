import Testing

import ExplorerUI

@Suite struct FrameworkTextViewTests {
  let theme = Theme.builtInDark
  let lines: [StyledLine] = [
    StyledLine([StyledSpan("int", role: .synKeyword), StyledSpan(" f(void) {")]),
    "  return 42;",
    "}",
  ]

  @Test func drawsLinesWithAGutter() {
    var grid = CellGrid(width: 16, height: 4)
    TextView(lines: lines, showsLineNumbers: true).render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [
      "1 int f(void) { ",
      "2   return 42;  ",
      "3 }             ",
      "                ",
    ])
    #expect(grid[0, 0].style.fg == theme.style(.lineNumber).fg)
    #expect(grid[2, 0].style == theme.style(.synKeyword).layered(over: theme.style(.text)))
  }

  @Test func cutLinesEndWithAMarker() {
    var grid = CellGrid(width: 10, height: 2)
    TextView(lines: lines).render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["int f(voi›", "  return ›"])
  }

  @Test func exactFitHasNoMarker() {
    var grid = CellGrid(width: 11, height: 1)
    TextView(lines: ["  return 42;"]).render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["  return 4›"])
    var exact = CellGrid(width: 12, height: 1)
    TextView(lines: ["  return 42;"]).render(in: exact.bounds, into: &exact, theme: theme)
    #expect(exact.lines == ["  return 42;"])
  }

  @Test func scrollsVerticallyAndHorizontally() {
    var grid = CellGrid(width: 8, height: 2)
    TextView(lines: lines, scrollOffset: 1, horizontalOffset: 2).render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["‹eturn ›", "‹       "])
  }

  @Test func horizontalScrollBlanksHalfVisibleWideCharacters() {
    var grid = CellGrid(width: 5, height: 1)
    TextView(lines: ["漢字ab"], horizontalOffset: 1).render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["‹字ab"])
  }

  @Test func markersOverWideCharactersBlankThemWhole() {
    var grid = CellGrid(width: 4, height: 1)
    TextView(lines: ["a漢字b"], horizontalOffset: 1).render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["‹  ›"])
    #expect(!(0..<4).contains { grid[$0, 0].isContinuation })
  }

  @Test func emptyLinesGetNoLeftMarker() {
    var grid = CellGrid(width: 4, height: 2)
    TextView(lines: ["", "abcdef"], horizontalOffset: 2).render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["    ", "‹def"])
  }

  @Test func wideCharactersAreNotSplitAtTheRightEdge() {
    var grid = CellGrid(width: 4, height: 1)
    TextView(lines: ["a漢字"]).render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["a漢›"])
  }

  @Test func tabsExpandFromTheLineStartEvenWhenScrolled() {
    var grid = CellGrid(width: 6, height: 1)
    TextView(lines: ["\tab"], horizontalOffset: 2).render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["‹ ab  "])
  }

  @Test func cursorAndHighlightedLinesGetTheirRowStyles() {
    var grid = CellGrid(width: 6, height: 3)
    TextView(lines: ["a", "b", "c"], highlightedLines: [0, 2], cursorLine: 2).render(
      in: grid.bounds, into: &grid, theme: theme)
    let text = theme.style(.text)
    #expect(grid[5, 0].style == theme.style(.pairHighlight).layered(over: text))
    #expect(grid[5, 1].style == text)
    #expect(grid[5, 2].style == theme.style(.cursorLine).layered(over: text))
  }

  @Test func gutterWidthFollowsTheLargestNumber() {
    let view = TextView(lines: Array(repeating: "x", count: 120), showsLineNumbers: true)
    #expect(view.gutterWidth == 4)
    var grid = CellGrid(width: 6, height: 2)
    TextView(lines: view.lines, scrollOffset: 98, showsLineNumbers: true).render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [" 99 x ", "100 x "])
  }

  @Test func scrollOffsetKeepsALineVisible() {
    #expect(TextView.scrollOffset(keeping: 3, visibleIn: 10, current: 0) == 0)
    #expect(TextView.scrollOffset(keeping: 12, visibleIn: 10, current: 0) == 3)
    #expect(TextView.scrollOffset(keeping: 2, visibleIn: 10, current: 5) == 2)
  }
}
