import ISRKit

/// The explorer's current view as text a user can paste or keep: the listing as the asm pane
/// shows it (source line, role, instruction) and the cost table `isrx report --format
/// markdown` prints for the same ISR.
public enum ViewExport {
  /// The listing as plain text, one row per line, in `isrx asm`'s layout.
  public static func listingText(_ document: AsmDocument) -> String {
    var lines: [String] = []
    if let summary = document.summary { lines.append("; \(summary)") }
    for row in document.rows {
      let text = row.text.replacingOccurrences(of: "\t", with: " ").trimmingTrailingSpaces()
      switch row.kind {
      case .heading, .label, .other:
        lines.append(text)
      case .instruction:
        let line = row.sourceLine.map { String($0).leftPadded(to: 4) } ?? "    "
        let role = (row.role?.rawValue ?? "").padding(toLength: 6, withPad: " ", startingAt: 0)
        lines.append("\(line) \(role) |  \(text.trimmingLeadingSpaces())")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The cost table of `report` as Markdown (the report command's renderer).
  public static func costMarkdown(_ report: TargetReport, settings: CostSettings) -> String {
    ReportFormat.markdown.render([report], settings: settings)
  }

  /// The whole view as one Markdown document: a heading naming the file, target and
  /// compiler, the listing in a fenced block, then the cost table and its notes.
  public static func markdown(
    file: String?, target: Target, compilerVersion: String?, document: AsmDocument?,
    report: TargetReport?, settings: CostSettings
  ) -> String {
    var out = "# \(file ?? "built-in sample") on \(target.displayName)\n\n"
    out += "Compiled by \(compilerVersion ?? target.compilerName)"
    out += " with `\(target.compilerArguments.joined(separator: " "))`.\n\n"
    if let document {
      out += "## Listing\n\n```asm\n" + listingText(document) + "```\n\n"
    }
    out += "## Cost\n\n"
    out += report.map { costMarkdown($0, settings: settings) } ?? "Not computed yet when this was exported.\n"

    return out
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
  fileprivate func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
