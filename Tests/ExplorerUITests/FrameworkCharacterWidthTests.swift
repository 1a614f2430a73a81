import Testing

import ExplorerUI

@Suite struct FrameworkCharacterWidthTests {
  @Test(arguments: [
    ("a", 1), ("é", 1), ("e\u{301}", 1), ("漢", 2), ("ｱ", 1), ("Ａ", 2), ("한", 2),
    ("🙂", 2), ("❤️", 2), ("…", 1), ("─", 1), ("›", 1), ("\u{200B}", 0), ("\u{301}", 0),
  ])
  func widths(text: String, width: Int) throws {
    let character = try #require(text.first)
    #expect(CharacterWidth.of(character) == width)
  }

  @Test func stringWidthSumsCharacters() {
    #expect(CharacterWidth.of("ab漢字") == 6)
  }
}
