import Testing

import ExplorerUI

@Suite struct FrameworkThemeLoaderTests {
  @Test func decodesStylesOverTheBase() throws {
    let theme = try ThemeLoader.decode(
      """
      version = 1
      name = "custom"
      [styles]
      text = { fg = "#102030", bg = "default" }
      title = { fg = "bright-red", bold = true, underline = true }
      status = { fg = 42, reverse = true, dim = true }
      """)
    #expect(theme.name == "custom")
    #expect(theme.style(.text) == TextStyle(fg: .rgb(0x10, 0x20, 0x30)))
    #expect(theme.style(.title) == TextStyle(fg: .ansi(9), bold: true, underline: true))
    #expect(theme.style(.status) == TextStyle(fg: .indexed(42), reverse: true, dim: true))
    #expect(theme.style(.asmLabel) == Theme.builtInDark.style(.asmLabel))
  }

  @Test func nameIsOptional() throws {
    let theme = try ThemeLoader.decode("version = 1", base: .monochrome)
    #expect(theme == Theme.monochrome)
  }

  @Test(arguments: [
    ("name = \"x\"", ThemeError.missingVersion),
    ("version = 2", .unsupportedVersion(2)),
    ("version = \"1\"", .invalidValue(key: "version", expected: "an integer")),
    ("version = 1\n[styles]\nbanana = { fg = \"red\" }", .unknownRole("banana")),
    ("version = 1\n[styles]\ntext = { fg = \"#12\" }",
     .invalidColor(key: "styles.text.fg", value: "\"#12\"")),
    ("version = 1\n[styles]\ntext = { bg = 300 }", .invalidColor(key: "styles.text.bg", value: "300")),
    ("version = 1\n[styles]\ntext = { blink = true }", .unknownKey("styles.text.blink")),
    ("version = 1\n[styles]\ntext = { bold = \"yes\" }",
     .invalidValue(key: "styles.text.bold", expected: "true or false")),
    ("version = 1\ncolours = 3", .unknownKey("colours")),
    ("version = 1\nstyles = 3", .invalidValue(key: "styles", expected: "a table")),
  ])
  func badFilesNameTheProblem(toml: String, expected: ThemeError) {
    #expect(throws: expected) { try ThemeLoader.decode(toml) }
  }

  @Test func syntaxErrorsCarryAPosition() {
    do {
      _ = try ThemeLoader.decode("version = 1\n[styles\n")
      Issue.record("expected a syntax error")
    } catch {
      guard case .syntax(_, let line, _) = error else {
        Issue.record("expected .syntax, got \(error)")
        return
      }
      #expect(line == 2)
    }
  }

  @Test func errorMessagesNameTheKey() {
    #expect(ThemeError.unknownRole("banana").description.contains("banana"))
    #expect(ThemeError.invalidColor(key: "styles.text.fg", value: "\"x\"").description
      .contains("styles.text.fg"))
    #expect(ThemeError.unsupportedVersion(7).description.contains("7"))
  }

  @Test func encodeRoundTrips() throws {
    for theme in [Theme.builtInDark, .monochrome] {
      let decoded = try ThemeLoader.decode(
        ThemeLoader.encode(theme), base: Theme(name: "", styles: [:]))
      #expect(decoded == theme)
    }
  }

  @Test func missingFilesAreReported() {
    #expect(throws: ThemeError.notFound(name: "nope", directory: "/nonexistent")) {
      try ThemeLoader.load(named: "nope", in: "/nonexistent")
    }
    #expect(ThemeLoader.available(in: "/nonexistent").isEmpty)
  }
}
