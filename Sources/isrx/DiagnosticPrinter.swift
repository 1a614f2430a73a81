import ISRKit

/// Formats compiler diagnostics as `file:line:col: severity: message` followed by the
/// user's source line and a caret, so an error is shown next to the line it is about.
enum DiagnosticPrinter {
  static func format(_ diagnostics: [Diagnostic], source: String, path: String) -> String {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for diagnostic in diagnostics {
      let file = diagnostic.isInUserSource ? path : (diagnostic.file ?? "clang")
      var location = file
      if let line = diagnostic.line { location += ":\(line)" }
      if let column = diagnostic.column { location += ":\(column)" }
      out.append("\(location): \(diagnostic.severity.rawValue): \(diagnostic.message)")
      if diagnostic.isInUserSource, let line = diagnostic.line, line >= 1, line <= lines.count {
        let text = String(lines[line - 1])
        out.append("  \(String(line).leftPadded(4)) | \(text)")
        if let column = diagnostic.column, column >= 1 {
          out.append("       | " + String(repeating: " ", count: column - 1) + "^")
        }
      }
    }
    return out.joined(separator: "\n")
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
  func rightPadded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
