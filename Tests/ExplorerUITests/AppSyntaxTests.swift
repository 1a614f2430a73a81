import ExplorerUI
import ISRKit
import Testing

/// The source pane's colouring, for C and for Rust mode.
@Suite struct AppSyntaxTests {
  /// The role of each word (runs of letters, digits and `_`) in `line`.
  static func roles(_ line: String, _ language: SourceLanguage) -> [String: StyleRole] {
    var comment = false
    var roles: [String: StyleRole] = [:]
    for span in CSyntax.highlight(line: line, inComment: &comment, language: language).spans {
      for word in span.text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }) {
        roles[String(word)] = span.role
      }
    }
    return roles
  }

  @Test func cKeywordsAndTypes() {
    let roles = Self.roles("ISR(timer) { volatile unsigned x = 1; } // fn", .c)
    #expect(roles["ISR"] == .synKeyword && roles["volatile"] == .synKeyword)
    #expect(roles["unsigned"] == .synType)
    #expect(roles["timer"] == .text)
    #expect(roles["fn"] == .synComment)
  }

  @Test func rustKeywordsTypesAndLifetimes() {
    let roles = Self.roles("pub unsafe fn tick<'a>(n: &'a u32) -> u32 { let c = 'z'; n + 1 }", .rust)
    #expect(roles["fn"] == .synKeyword && roles["unsafe"] == .synKeyword && roles["let"] == .synKeyword)
    #expect(roles["u32"] == .synType)
    #expect(roles["z"] == .synString, "a char literal")
    #expect(roles["a"] == .text, "a lifetime is not a char literal")
    #expect(roles["n"] == .text)
    // C words are not Rust keywords.
    #expect(Self.roles("volatile unsigned", .rust)["volatile"] == .text)
    // An attribute line is coloured as a directive.
    #expect(Self.roles("#[cfg(target_arch = \"avr\")]", .rust)["cfg"] == .synPreprocessor)
  }

  /// The explorer starts on the ISR's line, in Rust as in C, so its code is paired at once.
  @Test func startsOnTheISRLineInRust() throws {
    let state = makeState(try Resources.sample(language: .rust))
    #expect(state.buffer.lines[state.buffer.cursor.line].hasPrefix("isr!(timer"))
  }
}
