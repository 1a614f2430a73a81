import Testing

import ExplorerUI

@Suite struct FrameworkColorTests {
  @Test func rgbMapsToTheNearestCubeOrGreyEntry() {
    #expect(Color.rgb(0, 0, 0).index256 == 16)
    #expect(Color.rgb(255, 255, 255).index256 == 231)
    #expect(Color.rgb(0x5F, 0xAF, 0xFF).index256 == 75)
    #expect(Color.rgb(0x30, 0x30, 0x30).index256 == 236)
    #expect(Color.rgb(0x80, 0x80, 0x80).index256 == 244)
    #expect(Color.default.index256 == nil)
  }

  @Test func paletteIndexDependsOnTheTerminal() {
    let blue = Color.rgb(0x5F, 0xAF, 0xFF)
    #expect(blue.paletteIndex(colorCount: 256) == 75)
    #expect(blue.paletteIndex(colorCount: 16) == 12)
    #expect(blue.paletteIndex(colorCount: 8) == 6)
    #expect(blue.paletteIndex(colorCount: 2) == nil)
    #expect(Color.ansi(9).paletteIndex(colorCount: 8) == 1)
    #expect(Color.indexed(196).paletteIndex(colorCount: 16) == 9)
    #expect(Color.default.paletteIndex(colorCount: 256) == nil)
  }

  @Test func midGreysStayVisibleOnEightColourTerminals() {
    #expect(Color.rgb(0x62, 0x62, 0x62).paletteIndex(colorCount: 8) == 7)
    #expect(Color.rgb(0x62, 0x62, 0x62).paletteIndex(colorCount: 16) == 8)
    #expect(Color.rgb(0x30, 0x30, 0x30).paletteIndex(colorCount: 8) == 0)
    #expect(Color.rgb(0, 0, 0).paletteIndex(colorCount: 8) == 0)
  }

  @Test(arguments: [
    ("default", Color.default), ("#ff8000", .rgb(255, 128, 0)), ("#FF8000", .rgb(255, 128, 0)),
    ("red", .ansi(1)), ("bright-blue", .ansi(12)), ("brightBlue", .ansi(12)),
    ("bright_white", .ansi(15)), ("grey", .ansi(8)),
  ])
  func parsesColorNames(text: String, expected: Color) {
    #expect(Color(parsing: text) == expected)
  }

  @Test(arguments: ["#12345", "#gggggg", "purple", "", "0x102030"])
  func rejectsBadColors(text: String) {
    #expect(Color(parsing: text) == nil)
  }

  @Test func layeringKeepsTheBaseWhereTheTopIsDefault() {
    let base = TextStyle(fg: .ansi(7), bg: .ansi(4), reverse: true)
    let top = TextStyle(fg: .ansi(1), bold: true)
    #expect(top.layered(over: base) == TextStyle(fg: .ansi(1), bg: .ansi(4), bold: true, reverse: true))
  }
}

@Suite struct PaletteChromaTests {
  /// On a 256-colour terminal the cursor line (#262626) and the partner highlight (#3a3a00)
  /// must stay different colours.
  @Test func aColouredHighlightDoesNotCollapseIntoTheGreyOfTheCursorLine() {
    let grey = Color.rgb(0x26, 0x26, 0x26).paletteIndex(colorCount: 256)
    let olive = Color.rgb(0x3a, 0x3a, 0x00).paletteIndex(colorCount: 256)
    #expect(grey != olive, "both \(grey ?? -1)")
    #expect(Color.rgb(0x80, 0x80, 0x80).paletteIndex(colorCount: 256).map { $0 >= 232 } == true, "greys stay greys")
  }
}
