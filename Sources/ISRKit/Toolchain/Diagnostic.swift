/// One compiler message, tied to a line of the user's source where it has one.
public struct Diagnostic: Sendable, Hashable, Codable {
  public enum Severity: String, Sendable, Hashable, Codable {
    case error, warning, note, remark
  }
  /// The file clang named (`isr.c` is the user's source; other names are isrx's own files).
  public var file: String?
  /// 1-based line in `file`, nil for messages without a location.
  public var line: Int?
  public var column: Int?
  public var severity: Severity
  public var message: String

  /// Whether the message points into the user's source (as opposed to isrx's prelude,
  /// a template, or the driver itself).
  public var isInUserSource: Bool { file == Diagnostic.userSourceName || file == Diagnostic.rustSourceName }

  /// The name under which the user's source is compiled, so diagnostics can be recognised.
  public static let userSourceName = "isr.c"
  /// The same for Rust sources.
  public static let rustSourceName = "isr.rs"
  /// The name rustc messages about isrx's appended Rust prelude are filed under.
  public static let rustPreludeName = "isrx_prelude.rs"

  /// Parses clang's stderr: `file:line:col: severity: message` and `clang: error: message`.
  /// Source excerpts and caret lines that follow each message are skipped.
  public static func parse(_ stderr: String) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for rawLine in stderr.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = Substring(rawLine)
      if let diagnostic = parseLocated(line) ?? parseUnlocated(line) {
        result.append(diagnostic)
      }
    }
    return result
  }

  private static let severities: [(String, Severity)] = [
    ("fatal error: ", .error), ("error: ", .error), ("warning: ", .warning),
    ("note: ", .note), ("remark: ", .remark),
  ]

  private static func parseLocated(_ line: Substring) -> Diagnostic? {
    // file:line:col: severity: message  (file names never contain ': ' here)
    let parts = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count == 4, let lineNumber = Int(parts[1]), let column = Int(parts[2]) else {
      return nil
    }
    let rest = parts[3].drop(while: { $0 == " " })
    for (prefix, severity) in severities where rest.hasPrefix(prefix) {
      return Diagnostic(
        file: String(parts[0]), line: lineNumber, column: column, severity: severity,
        message: String(rest.dropFirst(prefix.count)))
    }
    return nil
  }

  private static func parseUnlocated(_ line: Substring) -> Diagnostic? {
    // "clang: error: ..." from the driver, or "error: ..." from the backend.
    var rest = line
    if let colon = rest.firstIndex(of: ":"), rest[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }),
       !severities.contains(where: { rest.hasPrefix($0.0) }) {
      rest = rest[rest.index(after: colon)...].drop(while: { $0 == " " })
    }
    for (prefix, severity) in severities where rest.hasPrefix(prefix) {
      return Diagnostic(
        file: nil, line: nil, column: nil, severity: severity,
        message: String(rest.dropFirst(prefix.count)))
    }
    return nil
  }

  /// Parses rustc's human-readable stderr:
  ///
  ///     error[E0570]: "riscv-interrupt-m" is not a supported ABI for the current target
  ///      --> isr.rs:3:5
  ///       = note: ...
  ///
  /// The first ` --> file:line:col` after a message is its location; `= note:`/`= help:`
  /// lines become notes without a location (filed under `rustc`, like unlocated messages). Source excerpts and the closing summary
  /// ("aborting due to ...", "For more information ...") are skipped.
  public static func parseRustc(_ stderr: String) -> [Diagnostic] {
    var result: [Diagnostic] = []
    var awaitingLocation = false
    for rawLine in stderr.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = Substring(rawLine)
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("--> "), awaitingLocation, var last = result.popLast() {
        let place = trimmed.dropFirst(4).split(separator: ":")
        if place.count >= 3, let number = Int(place[place.count - 2]), let column = Int(place[place.count - 1]) {
          last.file = place.dropLast(2).joined(separator: ":")
          last.line = number
          last.column = column
        }
        result.append(last)
        awaitingLocation = false
        continue
      }
      if trimmed.hasPrefix("= note: ") || trimmed.hasPrefix("= help: ") {
        let isHelp = trimmed.hasPrefix("= help: ")
        result.append(Diagnostic(
          file: "rustc", line: nil, column: nil, severity: .note,
          message: (isHelp ? "help: " : "") + String(trimmed.dropFirst(8))))
        continue
      }
      guard line.first?.isLetter == true else { continue }
      var head = line.prefix { $0 != ":" }
      var code = ""
      if let open = head.firstIndex(of: "["), head.hasSuffix("]") {
        code = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
        head = head[..<open]
      }
      let severity: Severity
      switch head {
      case "error": severity = .error
      case "warning": severity = .warning
      case "note", "help": severity = .note
      default: continue
      }
      var message = line.dropFirst(line.prefix { $0 != ":" }.count).dropFirst().drop { $0 == " " }
      if head == "help" { message = "help: " + message }
      if message.hasPrefix("aborting due to") || message.hasPrefix("For more information")
        || message.hasSuffix("warnings emitted") || message.hasSuffix("warning emitted") {
        continue
      }
      result.append(Diagnostic(
        file: "rustc", line: nil, column: nil, severity: severity,
        message: code.isEmpty ? String(message) : "\(message) [\(code)]"))
      awaitingLocation = true
    }
    return result
  }
}
