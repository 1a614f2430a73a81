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
  public var isInUserSource: Bool { file == Diagnostic.userSourceName }

  /// The name under which the user's source is compiled, so diagnostics can be recognised.
  public static let userSourceName = "isr.c"

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
}
