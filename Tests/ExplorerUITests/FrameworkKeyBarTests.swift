import Testing

import ExplorerUI

@Suite struct FrameworkKeyBarTests {
  let theme = Theme.builtInDark
  let entries = [
    KeyHelp(key: "C-s", description: "save"), KeyHelp(key: "Tab", description: "focus"),
    KeyHelp(key: "?", description: "help"),
  ]

  @Test func drawsBadgeAndHints() {
    var grid = CellGrid(width: 36, height: 1)
    KeyBar(mode: "EXPLORE", modeRole: .modeExplore, entries: entries).render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [" EXPLORE  C-s save Tab focus ? help "])
    #expect(grid[1, 0].style == theme.style(.modeExplore))
    #expect(grid[10, 0].style == theme.style(.keyBarKey))
    #expect(grid[14, 0].style == theme.style(.keyBarText))
    #expect(grid[35, 0].style == theme.style(.keyBarText))
  }

  @Test func dropsHintsThatDoNotFit() {
    var grid = CellGrid(width: 24, height: 1)
    KeyBar(mode: "EDIT", modeRole: .modeEdit, entries: entries).render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [" EDIT  C-s save         "])
  }

  @Test func trailingTextIsKeptAtTheRight() {
    var grid = CellGrid(width: 30, height: 1)
    KeyBar(mode: "EDIT", modeRole: .modeEdit, entries: entries, trailing: "3:14").render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [" EDIT  C-s save Tab focus 3:14"])
  }
}
