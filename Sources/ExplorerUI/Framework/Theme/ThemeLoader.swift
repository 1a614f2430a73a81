import Foundation
import TOMLKit

/// Reads theme files (TOML) over a base theme.
///
/// File format, version 1:
///
/// ```toml
/// version = 1
/// name = "dark"
///
/// [styles]
/// text   = { fg = "#d0d0d0" }
/// title  = { fg = "white", bold = true }
/// status = { fg = 252, bg = "default", reverse = true }
/// ```
///
/// A role listed in `[styles]` replaces the base theme's style for that role entirely
/// (omitted fields mean the terminal default colour and no emphasis); roles not listed keep the
/// base theme's style. Colours are `"#rrggbb"`, an ANSI colour name, a palette index 0-255, or
/// `"default"`; emphasis keys are `bold`, `underline`, `reverse` and `dim`.
public enum ThemeLoader {
  /// The theme file format version this loader reads.
  public static let supportedVersion = 1

  /// The file extension of theme files.
  public static let fileExtension = "toml"

  /// Decodes the TOML text of a theme file over `base`.
  public static func decode(_ toml: String, base: Theme = .builtInDark) throws(ThemeError)
    -> Theme
  {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: toml)
    } catch let error as TOMLParseError {
      throw .syntax(
        message: error.description, line: error.source.begin.line,
        column: error.source.begin.column)
    } catch {
      throw .syntax(message: "\(error)", line: 0, column: 0)
    }

    guard let versionValue = table["version"] else { throw .missingVersion }
    guard let version = versionValue.int else {
      throw .invalidValue(key: "version", expected: "an integer")
    }
    guard version == supportedVersion else { throw .unsupportedVersion(version) }

    var theme = base
    for key in table.keys.sorted() where !["version", "name", "styles"].contains(key) {
      throw .unknownKey(key)
    }
    if let nameValue = table["name"] {
      guard let name = nameValue.string else {
        throw .invalidValue(key: "name", expected: "a string")
      }
      theme.name = name
    }
    if let stylesValue = table["styles"] {
      guard let styles = stylesValue.table else {
        throw .invalidValue(key: "styles", expected: "a table")
      }
      for key in styles.keys.sorted() {
        guard let role = StyleRole(rawValue: key) else { throw .unknownRole(key) }
        guard let entry = styles[key]?.table else {
          throw .invalidValue(
            key: "styles.\(key)", expected: "a table such as { fg = \"#ffffff\", bold = true }")
        }
        theme.styles[role] = try decodeStyle(entry, key: "styles.\(key)")
      }
    }
    return theme
  }

  /// Loads the theme file at `path` over `base`.
  public static func load(path: String, base: Theme = .builtInDark) throws(ThemeError) -> Theme {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw .unreadable(path: path) }
    return try decode(text, base: base)
  }

  /// Loads the theme called `name` (file `<name>.toml`) from `directory` over `base`.
  public static func load(named name: String, in directory: String, base: Theme = .builtInDark)
    throws(ThemeError) -> Theme
  {
    let path = (directory as NSString).appendingPathComponent("\(name).\(fileExtension)")
    guard FileManager.default.fileExists(atPath: path) else {
      throw .notFound(name: name, directory: directory)
    }
    return try load(path: path, base: base)
  }

  /// The names of the theme files in `directory` (without extension), sorted; empty when the
  /// directory does not exist.
  public static func available(in directory: String) -> [String] {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return []
    }
    let suffix = ".\(fileExtension)"
    return entries.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }
      .map { String($0.dropLast(suffix.count)) }
      .sorted()
  }

  private static func decodeStyle(_ table: TOMLTable, key: String) throws(ThemeError)
    -> TextStyle
  {
    var style = TextStyle.plain
    for field in table.keys.sorted() {
      let fieldKey = "\(key).\(field)"
      guard let value = table[field] else { continue }
      switch field {
      case "fg": style.fg = try decodeColor(value, key: fieldKey)
      case "bg": style.bg = try decodeColor(value, key: fieldKey)
      case "bold": style.bold = try decodeBool(value, key: fieldKey)
      case "underline": style.underline = try decodeBool(value, key: fieldKey)
      case "reverse": style.reverse = try decodeBool(value, key: fieldKey)
      case "dim": style.dim = try decodeBool(value, key: fieldKey)
      default: throw .unknownKey(fieldKey)
      }
    }
    return style
  }

  private static func decodeColor(_ value: any TOMLValueConvertible, key: String)
    throws(ThemeError) -> Color
  {
    if let index = value.int {
      guard let color = Color(paletteIndex: index) else {
        throw .invalidColor(key: key, value: String(index))
      }
      return color
    }
    if let text = value.string {
      guard let color = Color(parsing: text) else {
        throw .invalidColor(key: key, value: "\"\(text)\"")
      }
      return color
    }
    throw .invalidColor(key: key, value: value.debugDescription)
  }

  private static func decodeBool(_ value: any TOMLValueConvertible, key: String)
    throws(ThemeError) -> Bool
  {
    guard value.type == .bool, let flag = value.bool else {
      throw .invalidValue(key: key, expected: "true or false")
    }
    return flag
  }

  /// The theme written as a version-1 theme file naming every role, in `StyleRole` order.
  public static func encode(_ theme: Theme) -> String {
    var out = "version = \(supportedVersion)\nname = \"\(theme.name)\"\n\n[styles]\n"
    let width = StyleRole.allCases.map(\.rawValue.count).max() ?? 0
    for role in StyleRole.allCases {
      let style = theme.style(role)
      var fields: [String] = []
      if style.fg != .default { fields.append("fg = \(encode(style.fg))") }
      if style.bg != .default { fields.append("bg = \(encode(style.bg))") }
      if style.bold { fields.append("bold = true") }
      if style.underline { fields.append("underline = true") }
      if style.reverse { fields.append("reverse = true") }
      if style.dim { fields.append("dim = true") }
      let padded = role.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
      out += fields.isEmpty ? "\(padded) = {}\n" : "\(padded) = { \(fields.joined(separator: ", ")) }\n"
    }
    return out
  }

  private static func encode(_ color: Color) -> String {
    switch color {
    case .default: return "\"default\""
    case .ansi(let n): return "\"\(Color.ansiNames[Int(n & 15)])\""
    case .indexed(let n): return String(n)
    case .rgb(let r, let g, let b):
      return "\"#" + [r, g, b].map { byte in
        let h = String(byte, radix: 16)
        return h.count == 1 ? "0" + h : h
      }.joined() + "\""
    }
  }
}
