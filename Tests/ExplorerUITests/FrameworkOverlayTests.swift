import Testing

import ExplorerUI

@Suite struct FrameworkOverlayTests {
  let theme = Theme.builtInDark

  @Test func drawsACenteredBoxOverWhatIsBelow() {
    var grid = CellGrid(width: 16, height: 6, fill: Cell("."))
    Overlay(title: "Help", lines: ["a  one", "漢 two"]).render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == [
      "................",
      "...┌Help────┐...",
      "...│ a  one │...",
      "...│ 漢 two │...",
      "...└────────┘...",
      "................",
    ])
    #expect(grid[4, 2].style == theme.style(.overlay))
  }

  @Test func clampsToTheAreaAndScrolls() {
    var grid = CellGrid(width: 10, height: 4)
    Overlay(title: "Keys", lines: ["one", "two", "three", "four"], scrollOffset: 1).render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["┌Keys───┐ ", "│ two   │ ", "│ three │ ", "└───────┘ "])
  }

  @Test func footerSitsInTheBottomBorder() {
    var grid = CellGrid(width: 14, height: 3)
    Overlay(title: "Q", lines: ["Quit?"], footer: "Esc").render(
      in: grid.bounds, into: &grid, theme: theme)
    #expect(grid.lines == ["  ┌Q──────┐   ", "  │ Quit? │   ", "  └───Esc─┘   "])
  }

  @Test func helpLinesComeFromKeyHelp() {
    let lines = Overlay.helpLines([
      KeyHelp(key: "C-s", description: "save", group: "File"),
      KeyHelp(key: "q", description: "quit", group: "File"),
      KeyHelp(key: "Tab", description: "focus", group: "Panes"),
    ])
    #expect(lines.map(\.plainText) == ["File", "C-s  save", "q    quit", "", "Panes", "Tab  focus"])
    #expect(lines[1].spans[0].role == .keyBarKey)
  }
}
