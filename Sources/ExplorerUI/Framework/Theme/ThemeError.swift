/// Why a theme file could not be loaded. Every case names the file's key at fault.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(path: String)
  /// No theme of that name exists in the directory searched.
  case notFound(name: String, directory: String)
  /// The file is not valid TOML.
  case syntax(message: String, line: Int, column: Int)
  /// The file has no `version` key.
  case missingVersion
  /// The file's `version` is not one this program understands.
  case unsupportedVersion(Int)
  /// A key in `[styles]` is not a `StyleRole`.
  case unknownRole(String)
  /// A key is not allowed where it appears (e.g. `styles.text.blink`, or a top-level typo).
  case unknownKey(String)
  /// A colour value could not be parsed.
  case invalidColor(key: String, value: String)
  /// A key holds a value of the wrong type.
  case invalidValue(key: String, expected: String)

  public var description: String {
    switch self {
    case .unreadable(let path):
      return "cannot read theme file \(path)"
    case .notFound(let name, let directory):
      return "no theme named \"\(name)\" in \(directory)"
    case .syntax(let message, let line, let column):
      return "theme file is not valid TOML (line \(line), column \(column)): \(message)"
    case .missingVersion:
      return "theme file has no `version` key (expected `version = 1`)"
    case .unsupportedVersion(let v):
      return "theme file version \(v) is not supported (this program reads version 1)"
    case .unknownRole(let key):
      return "unknown style role `\(key)` in [styles]; known roles: "
        + StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
    case .unknownKey(let key):
      return "unknown key `\(key)` in theme file"
    case .invalidColor(let key, let value):
      return "invalid colour \(value) for `\(key)`: use \"#rrggbb\", a colour name such as "
        + "\"red\" or \"bright-blue\", a palette index 0-255, or \"default\""
    case .invalidValue(let key, let expected):
      return "`\(key)` must be \(expected)"
    }
  }
}
