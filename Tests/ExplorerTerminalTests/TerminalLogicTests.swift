import CNcurses
import ExplorerUI
import Testing
@testable import ExplorerTerminal

/// The terminal layer's pure logic: what keys a terminal's bytes and KEY_* codes become, and
/// how colour pairs are handed out. (Drawing itself is tested through tmux.)
@Suite struct KeyDecoderTests {
  @Test func controlCharactersTerminalsSendForKeysAreThoseKeys() {
    #expect(KeyDecoder.decodeCharacter(9) == .tab)
    #expect(KeyDecoder.decodeCharacter(10) == .enter && KeyDecoder.decodeCharacter(13) == .enter)
    #expect(KeyDecoder.decodeCharacter(27) == .escape)
    #expect(KeyDecoder.decodeCharacter(127) == .backspace && KeyDecoder.decodeCharacter(8) == .backspace)
  }

  @Test func otherControlCharactersAreCtrlLetters() {
    #expect(KeyDecoder.decodeCharacter(19) == .ctrl("s"))
    #expect(KeyDecoder.decodeCharacter(0) == .ctrl(" "))
    #expect(KeyDecoder.decodeCharacter(29) == .ctrl("]"))
  }

  @Test func printableAndWideCharactersPassThrough() {
    #expect(KeyDecoder.decodeCharacter(0x61) == .char("a"))
    #expect(KeyDecoder.decodeCharacter(0x4E2D) == .char("中"))
    #expect(KeyDecoder.decodeCharacter(0xD800) == nil, "a lone surrogate is no character")
  }

  @Test func keyCodes() {
    #expect(KeyDecoder.decodeKeyCode(cnc_key_up(), mouse: { nil }) == .up)
    #expect(KeyDecoder.decodeKeyCode(cnc_key_btab(), mouse: { nil }) == .backTab)
    #expect(KeyDecoder.decodeKeyCode(cnc_key_f(1), mouse: { nil }) == .function(1))
    #expect(KeyDecoder.decodeKeyCode(cnc_key_resize(), mouse: { nil }) == .resize)
    #expect(KeyDecoder.decodeKeyCode(cnc_key_mouse(), mouse: { .escape }) == .escape, "the mouse reader decides")
    #expect(KeyDecoder.decodeKeyCode(cnc_key_f(0) + 64, mouse: { nil }) == nil)
  }
}

@Suite struct ColorPairsTests {
  func style(_ fg: Color, _ bg: Color) -> TextStyle {
    var style = TextStyle()
    style.fg = fg
    style.bg = bg
    return style
  }

  @Test func eachCombinationGetsOnePairReusedAfterwards() {
    var pairs = ColorPairs(colorCount: 256, pairLimit: 256, hasDefaultColors: true)
    var made: [(Int32, Int32, Int32)] = []
    let a = pairs.pair(for: style(.ansi(1), .default)) { made.append(($0, $1, $2)) }
    let b = pairs.pair(for: style(.ansi(2), .ansi(0))) { made.append(($0, $1, $2)) }
    let again = pairs.pair(for: style(.ansi(1), .default)) { made.append(($0, $1, $2)) }
    #expect(a == 1 && b == 2 && again == 1)
    #expect(made.count == 2)
    #expect(made[0].1 == 1 && made[0].2 == -1, "terminal default background")
  }

  @Test func defaultsUsePairZeroAndRunningOutFallsBack() {
    var pairs = ColorPairs(colorCount: 8, pairLimit: 2, hasDefaultColors: true)
    #expect(pairs.pair(for: style(.default, .default)) { _, _, _ in } == 0)
    #expect(pairs.pair(for: style(.ansi(1), .default)) { _, _, _ in } == 1)
    #expect(pairs.pair(for: style(.ansi(2), .default)) { _, _, _ in } == 0, "no pair left")
  }

  @Test func monochromeTerminalsUseNoPairs() {
    var pairs = ColorPairs(colorCount: 2, pairLimit: 64, hasDefaultColors: false)
    #expect(pairs.pair(for: style(.ansi(1), .ansi(4))) { _, _, _ in Issue.record("no pair expected") } == 0)
  }
}
