import Foundation
import Testing

import ExplorerUI

/// Checks every shipped theme in `themes/` (found relative to this file).
@Suite struct FrameworkThemeFilesTests {
  static let directory: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("themes").path
  }()

  static let names = ThemeLoader.available(in: directory)

  @Test func theExpectedThemesShip() {
    #expect(Set(["dark", "light", "high-contrast", "mono"]).isSubset(of: Set(Self.names)))
  }

  @Test(arguments: names)
  func decodesAndNamesEveryRole(name: String) throws {
    let empty = Theme(name: "", styles: [:])
    let theme = try ThemeLoader.load(named: name, in: Self.directory, base: empty)
    #expect(theme.name == name)
    let missing = Set(StyleRole.allCases).subtracting(theme.styles.keys)
    #expect(missing.isEmpty, "\(name).toml does not name \(missing.map(\.rawValue).sorted())")
  }

  @Test(arguments: names)
  func coloursMapOnEveryKindOfTerminal(name: String) throws {
    let theme = try ThemeLoader.load(named: name, in: Self.directory)
    for style in theme.styles.values {
      for color in [style.fg, style.bg] where color != .default {
        for count in [8, 16, 256] {
          let index = try #require(color.paletteIndex(colorCount: count))
          #expect((0..<count).contains(index))
        }
      }
    }
  }

  @Test func darkAndMonoMatchTheCompiledInThemes() throws {
    let empty = Theme(name: "", styles: [:])
    #expect(try ThemeLoader.load(named: "dark", in: Self.directory, base: empty) == .builtInDark)
    #expect(try ThemeLoader.load(named: "mono", in: Self.directory, base: empty) == .monochrome)
  }

  @Test func monoUsesNoColour() throws {
    #expect(try !ThemeLoader.load(named: "mono", in: Self.directory).usesColor)
  }
}
