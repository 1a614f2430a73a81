import ISRKit

/// The settings panel (`S`): which row is selected and the text being typed into it.
public struct SettingsPanel: Hashable, Sendable {
  /// One setting, in the panel's order.
  public enum Row: Int, CaseIterable, Hashable, Sendable {
    case optimization, defines, vectors, rate, clock, cpu, compiler

    /// The label in the panel.
    public var name: String {
      switch self {
      case .optimization: return "optimisation"
      case .defines: return "defines (-D)"
      case .vectors: return "vectors"
      case .rate: return "interrupt rate"
      case .clock: return "clock"
      case .cpu: return "CPU"
      case .compiler: return "compiler"
      }
    }

    /// Rows whose value is typed (Enter starts and applies); the others cycle with ←/→.
    public var isTyped: Bool { [.defines, .vectors, .rate, .clock].contains(self) }
  }

  public var row: Row = .optimization
  /// The text being typed into a typed row (nil: not editing).
  public var editing: String?
  /// The typed text is still the current value: the first character typed replaces it
  /// (Backspace edits it instead), as a selected field does.
  public var replacesOnType = false
  /// Why the last typed value was refused.
  public var error: String?

  public init(row: Row = .optimization) { self.row = row }

  /// Optimisation levels the panel cycles through: the target default first.
  public static let optimizationChoices: [String?] = [nil] + UserSettings.optimizationLevels.filter { $0 != "-O2" }
}

/// Reading typed values: each returns the value or why it is refused.
enum SettingsInput {
  static func defines(_ text: String) -> Result<[String], SettingsError> {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
    for word in words {
      let name = word.prefix { $0 != "=" }
      guard let first = name.first, first.isLetter || first == "_",
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), word.allSatisfy({ $0.isASCII && !$0.isWhitespace })
      else { return .failure(SettingsError("'\(word)': a define is NAME or NAME=VALUE")) }
    }
    return .success(words)
  }

  static func vectors(_ text: String) -> Result<Int?, SettingsError> {
    let trimmed = text.trimmingCharacters()
    if trimmed.isEmpty { return .success(nil) }  // back to the default
    guard let n = Int(trimmed), (1...4096).contains(n) else { return .failure(SettingsError("vectors: a whole number from 1 to 4096")) }
    return .success(n)
  }

  /// A positive number; `k`/`M` suffixes for rates (`10k` = 10000).
  static func positive(_ text: String, what: String) -> Result<Double, SettingsError> {
    var trimmed = Substring(text.trimmingCharacters())
    var scale = 1.0
    if let last = trimmed.last, last == "k" || last == "K" { scale = 1_000; trimmed = trimmed.dropLast() }
    if let last = trimmed.last, last == "M" { scale = 1_000_000; trimmed = trimmed.dropLast() }
    guard let value = Double(trimmed), value > 0, value.isFinite, value * scale <= 1e12 else {
      return .failure(SettingsError("\(what): a positive number"))
    }
    return .success(value * scale)
  }
}

/// Why a typed setting was not applied.
struct SettingsError: Error, Hashable {
  var message: String
  init(_ message: String) { self.message = message }
}
