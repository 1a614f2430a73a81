import Testing

import ExplorerUI

@Suite struct FrameworkHBarTests {
  let theme = Theme.builtInDark

  @Test func drawsEighthBlocksAndARightAlignedLabel() {
    var grid = CellGrid(width: 12, height: 1)
    HBar(value: 45, maximum: 100, label: "45").render(in: grid.bounds, into: &grid, theme: theme)
    // 9 columns of bar: 45% is 4.05 cells -> 32 eighths + 0.4 -> 4 full cells.
    #expect(grid.lines == ["████      45"])
    var partial = CellGrid(width: 12, height: 1)
    HBar(value: 50, maximum: 100, label: "50").render(in: partial.bounds, into: &partial, theme: theme)
    #expect(partial.lines == ["████▌     50"])
    #expect(partial[0, 0].style == theme.style(.barDirect))
  }

  @Test func clampsAndHandlesDegenerateMaximums() {
    #expect(HBar(value: 200, maximum: 100).barText(width: 4) == "████")
    #expect(HBar(value: -1, maximum: 100).barText(width: 4) == "")
    #expect(HBar(value: 1, maximum: 0).barText(width: 4) == "")
    #expect(HBar(value: .nan, maximum: 10).barText(width: 4) == "")
  }

  @Test func asciiFallbackRoundsToWholeCells() {
    var grid = CellGrid(width: 10, height: 1)
    HBar(value: 2, maximum: 3, label: "2/3", role: .barBaseline, usesASCII: true).render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["####   2/3"])
  }

  @Test func labelWinsWhenTheAreaIsTiny() {
    var grid = CellGrid(width: 3, height: 1)
    HBar(value: 1, maximum: 1, label: "100%").render(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["100"])
  }
}
