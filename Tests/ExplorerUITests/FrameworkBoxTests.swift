import Testing

import ExplorerUI

@Suite struct FrameworkBoxTests {
  let theme = Theme.builtInDark

  @Test func drawsBorderAndTitle() {
    var grid = CellGrid(width: 12, height: 4)
    Box(title: "Source").render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [
      "┌Source────┐",
      "│          │",
      "│          │",
      "└──────────┘",
    ])
    #expect(grid[0, 0].style == theme.style(.border))
    #expect(grid[1, 0].style.bold)
  }

  @Test func focusedBoxUsesTheFocusedBorder() {
    var grid = CellGrid(width: 6, height: 3)
    Box(isFocused: true).render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid[0, 0].style == theme.style(.borderFocused))
    #expect(grid.lines == ["┌────┐", "│    │", "└────┘"])
  }

  @Test func longTitlesAreTruncatedAndTrailingTitlesRightAligned() {
    var grid = CellGrid(width: 10, height: 2)
    Box(title: "Assembly output").render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines[0] == "┌Assembl…┐")
    var both = CellGrid(width: 20, height: 2)
    Box(title: "Asm", trailingTitle: "x86-64").render(in: both.bounds, into: &both, theme: theme)
    #expect(both.lines == ["┌Asm─────────x86-64┐", "└──────────────────┘"])
  }

  @Test func rendersOnlyInsideItsArea() {
    var grid = CellGrid(width: 8, height: 4, fill: Cell("."))
    Box(title: "T", fill: .text).render(
      in: Rect(x: 1, y: 1, width: 5, height: 3), into: &grid, theme: theme)
    #expect(grid.lines == ["........", ".┌T──┐..", ".│   │..", ".└───┘.."])
    #expect(Box.inner(of: Rect(x: 1, y: 1, width: 5, height: 3)) == Rect(x: 2, y: 2, width: 3, height: 1))
  }

  @Test func tooSmallAreasDrawNothing() {
    var grid = CellGrid(width: 3, height: 3)
    Box(title: "x").render(in: Rect(x: 0, y: 0, width: 1, height: 3), into: &grid, theme: theme)
    #expect(grid.lines == ["   ", "   ", "   "])
  }
}
