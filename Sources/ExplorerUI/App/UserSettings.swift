import Foundation
import ISRKit
import TOMLKit

/// What the explorer remembers per user between sessions: the compile and cost settings a
/// user changes in the settings panel. Stored as TOML in `$XDG_CONFIG_HOME/isrx/config.toml`
/// (else `~/.config/isrx/config.toml`).
///
/// ```toml
/// version = 1
/// optimization = "-Os"          # -O0 -O1 -O2 -O3 -Os -Oz -Og
/// defines = ["HZ=100", "UART"]  # each one -D
/// vectors = 51
/// rate_hz = 10000
/// clock_mhz = 48                # every target; [clock_mhz_by_target] for one
/// cpu = "cortex-m0"             # a core, as --cpu takes it (variant id or -mcpu/-mmcu)
/// compiler = "gcc"              # clang or gcc
/// theme = "light"
///
/// [clock_mhz_by_target]
/// avr = 20
/// ```
///
/// Every key is optional: a missing key keeps isrx's default. An unknown key or a wrong value
/// is an error naming it (the file is then ignored, never half-read).
public struct UserSettings: Hashable, Sendable {
  public static let version = 1
  public static let optimizationLevels = ["-O0", "-O1", "-O2", "-O3", "-Os", "-Oz", "-Og"]

  public var optimization: String?
  public var defines: [String] = []
  public var vectors: Int?
  public var rateHz: Double?
  public var clockMHz: Double?
  public var clockMHzByTarget: [String: Double] = [:]
  public var cpu: String?
  public var compiler: CompilerFamily?
  public var theme: String?

  public init() {}

  /// The extra compiler flags these settings add (optimisation last wins over the target's
  /// `-O2`; each define becomes `-D`).
  public var compilerFlags: [String] {
    defines.map { "-D" + $0 } + (optimization.map { [$0] } ?? [])
  }

  /// These settings applied over `base` (what the command line or defaults gave).
  public func applied(to base: CostSettings) -> CostSettings {
    var settings = base
    if let vectors { settings.vectors = vectors }
    if let rateHz { settings.rateHz = rateHz }
    if let clockMHz { settings.clockMHz = clockMHz }
    settings.clockMHzByTarget.merge(clockMHzByTarget) { _, mine in mine }
    return settings
  }
}

/// Why a settings file could not be used.
public struct UserSettingsError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

extension UserSettings {
  /// Decodes a settings file's text.
  public static func decode(_ toml: String) throws(UserSettingsError) -> UserSettings {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: toml)
    } catch let error as TOMLParseError {
      throw UserSettingsError(message: "line \(error.source.begin.line): \(error.description)")
    } catch {
      throw UserSettingsError(message: "\(error)")
    }
    var settings = UserSettings()
    func fail(_ key: String, _ expected: String) -> UserSettingsError {
      UserSettingsError(message: "\(key): expected \(expected)")
    }
    func number(_ key: String, _ value: any TOMLValueConvertible) throws(UserSettingsError) -> Double {
      if let d = value.double, d > 0, d.isFinite { return d }
      if let i = value.int, i > 0 { return Double(i) }
      throw fail(key, "a positive number")
    }
    for key in table.keys.sorted() {
      guard let value = table[key] else { continue }
      switch key {
      case "version":
        guard value.int == version else { throw fail(key, "\(version)") }
      case "optimization":
        guard let level = value.string, optimizationLevels.contains(level) else {
          throw fail(key, "one of \(optimizationLevels.joined(separator: " "))")
        }
        settings.optimization = level
      case "defines":
        guard let array = value.array else { throw fail(key, "an array of strings such as [\"HZ=100\"]") }
        var defines: [String] = []
        for item in array {
          // One token each: a define may not smuggle another flag.
          guard let text = item.string, !text.isEmpty, !text.contains(where: { $0.isWhitespace }) else {
            throw fail(key, "names or NAME=VALUE without spaces")
          }
          defines.append(text)
        }
        settings.defines = defines
      case "vectors":
        guard let n = value.int, n >= 1, n <= 4096 else { throw fail(key, "a vector count from 1 to 4096") }
        settings.vectors = n
      case "rate_hz": settings.rateHz = try number(key, value)
      case "clock_mhz": settings.clockMHz = try number(key, value)
      case "clock_mhz_by_target":
        guard let clocks = value.table else { throw fail(key, "a table such as { avr = 20 }") }
        for id in clocks.keys.sorted() {
          guard TargetCatalog.target(id: id) != nil else { throw fail("\(key).\(id)", "a target id (\(TargetCatalog.ids.joined(separator: ", ")))") }
          settings.clockMHzByTarget[id] = try number("\(key).\(id)", clocks[id]!)
        }
      case "cpu":
        guard let cpu = value.string, !cpu.isEmpty else { throw fail(key, "a core name such as \"cortex-m0plus\"") }
        settings.cpu = cpu
      case "compiler":
        guard let name = value.string, let family = CompilerFamily(rawValue: name) else { throw fail(key, "\"clang\" or \"gcc\"") }
        settings.compiler = family
      case "theme":
        guard let name = value.string, !name.isEmpty else { throw fail(key, "a theme name") }
        settings.theme = name
      default:
        throw UserSettingsError(message: "unknown key '\(key)'")
      }
    }
    return settings
  }

  /// The settings as a version-1 file (only the keys that are set).
  public func encode() -> String {
    func quoted(_ s: String) -> String {
      "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    func number(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) }
    var lines = ["# isrx explorer settings (written by isrx; edit freely)", "version = \(Self.version)"]
    if let optimization { lines.append("optimization = \(quoted(optimization))") }
    if !defines.isEmpty { lines.append("defines = [\(defines.map(quoted).joined(separator: ", "))]") }
    if let vectors { lines.append("vectors = \(vectors)") }
    if let rateHz { lines.append("rate_hz = \(number(rateHz))") }
    if let clockMHz { lines.append("clock_mhz = \(number(clockMHz))") }
    if let cpu { lines.append("cpu = \(quoted(cpu))") }
    if let compiler { lines.append("compiler = \(quoted(compiler.rawValue))") }
    if let theme { lines.append("theme = \(quoted(theme))") }
    if !clockMHzByTarget.isEmpty {
      lines.append("")
      lines.append("[clock_mhz_by_target]")
      for (id, mhz) in clockMHzByTarget.sorted(by: { $0.key < $1.key }) { lines.append("\(id) = \(number(mhz))") }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
