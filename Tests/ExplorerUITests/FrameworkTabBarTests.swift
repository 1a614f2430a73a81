import Testing

import ExplorerUI

@Suite struct FrameworkTabBarTests {
  let theme = Theme.builtInDark
  let bar = TabBar([
    TabBar.Item("x86", state: .active), TabBar.Item("arm"), TabBar.Item("rv32", state: .disabled),
  ])

  @Test func drawsTabsAndReturnsTheirRanges() {
    var grid = CellGrid(width: 20, height: 1)
    let ranges = bar.draw(in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [" x86   arm   rv32   "])
    #expect(ranges == [0..<5, 6..<11, 12..<18])
    #expect(grid[1, 0].style == theme.style(.tabActive))
    #expect(grid[7, 0].style == theme.style(.tabInactive))
    #expect(grid[13, 0].style == theme.style(.tabUnavailable))
    #expect(TabBar.index(atX: 8, in: ranges) == 1)
    #expect(TabBar.index(atX: 5, in: ranges) == nil)
  }

  @Test func showsWholeTabsOnlyAndMarksTheRest() {
    var grid = CellGrid(width: 10, height: 1)
    let ranges = bar.draw(in: Rect(x: 1, y: 0, width: 8, height: 1), into: &grid, theme: theme)
    #expect(grid.lines == ["  x86   › "])
    #expect(ranges == [1..<6, 1..<1, 1..<1])
    #expect(TabBar.index(atX: 8, in: ranges) == nil)
  }

  @Test func scrolledRowMarksBothSides() {
    var grid = CellGrid(width: 12, height: 1)
    var scrolled = bar
    scrolled.first = 1
    let ranges = scrolled.draw(in: Rect(x: 0, y: 0, width: 12, height: 1), into: &grid, theme: theme)
    #expect(ranges[0].isEmpty && !ranges[1].isEmpty)
    #expect(grid.lines[0].hasPrefix("‹ "))
    #expect(grid.lines[0].hasSuffix("›"))
  }

  @Test func wideTitlesAreMeasuredInColumns() {
    var grid = CellGrid(width: 12, height: 1)
    let ranges = TabBar([TabBar.Item("漢字"), TabBar.Item("a")]).draw(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [" 漢字   a   "])
    #expect(ranges == [0..<6, 7..<10])
  }
}
