import Testing

import ExplorerUI

@Suite struct FrameworkTooSmallTests {
  let theme = Theme.builtInDark

  @Test func messageNamesBothSizes() {
    let view = TooSmall(minimum: Size(width: 80, height: 24), actual: Size(width: 60, height: 20))
    #expect(view.message == "Terminal too small: need at least 80×24, have 60×20")
  }

  @Test func wrapsAndCentersOnANarrowScreen() {
    var grid = CellGrid(width: 20, height: 5)
    TooSmall(minimum: Size(width: 80, height: 24), actual: grid.size).render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [
      "                    ",
      "Terminal too small: ",
      "need at least 80×24,",
      "     have 20×5      ",
      "                    ",
    ])
    #expect(grid[1, 1].style == theme.style(.warning))
  }

  @Test func fitsOnOneLineWhenWideEnough() {
    var grid = CellGrid(width: 60, height: 1)
    TooSmall(minimum: Size(width: 80, height: 24), actual: grid.size).render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["     Terminal too small: need at least 80×24, have 60×1     "])
  }
}
