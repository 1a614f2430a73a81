import Foundation

/// Renders target reports as a text table, Markdown, CSV or JSON.
public enum ReportFormat: String, Sendable, CaseIterable {
  case table, markdown, csv, json

  public func render(_ reports: [TargetReport], settings: CostSettings, breakdown: Bool = false) -> String {
    switch self {
    case .json: return ReportFormat.json(reports, settings: settings)
    case .csv: return ReportFormat.csv(reports)
    case .table, .markdown:
      var out = ReportFormat.grid(reports, markdown: self == .markdown)
      out += "\n" + ReportFormat.assumptions(settings, markdown: self == .markdown)
      for report in reports {
        let lines = ReportFormat.notes(report, breakdown: breakdown)
        if !lines.isEmpty {
          out += "\n" + (self == .markdown ? "### \(report.target)\n\n" : "\(report.target):\n")
          out += lines.map { (self == .markdown ? "- " : "  ") + $0 }.joined(separator: "\n") + "\n"
        }
      }
      return out
    }
  }

  static let headers = [
    "target", "convention", "isr", "instr direct", "instr baseline", "instr saved",
    "stack direct", "stack baseline", "stack saved", "hw frame", "code direct", "code baseline",
    "code saved", "regs direct", "regs baseline", "cpu% direct", "cpu% baseline",
  ]

  static func range(_ min: Int, _ max: Int) -> String { min == max ? "\(min)" : "\(min)–\(max)" }

  static func stack(_ cost: VariantCost) -> String {
    var text = "\(cost.softwareStackBytes)"
    if cost.realignPadBytes > 0 { text += "+\(cost.realignPadBytes)" }
    if cost.stackIsLowerBound { text += "≥" }
    return text
  }

  static func percent(_ saving: Comparison.Saving) -> String {
    guard let p = saving.percent else { return "\(saving.saved)" }
    return "\(saving.saved) (\(Int(p.rounded()))%)"
  }

  static func row(_ report: TargetReport) -> [String] {
    // A wrapper isrx wrote is never shown as a compiler's convention.
    let convention = report.synthesized == true ? SynthesizedISR.label : report.conventionShort
    guard let d = report.direct, let b = report.baseline, let c = report.comparison else {
      return [report.target, convention, report.isr ?? "-", report.error ?? "-"]
        + Array(repeating: "", count: headers.count - 4)
    }
    return [
      report.target, convention,
      report.isr ?? "-",
      range(d.instructionsMin, d.instructionsMax), range(b.instructionsMin, b.instructionsMax),
      percent(c.instructionsMax),
      stack(d), stack(b), percent(c.softwareStack),
      "\(d.hardwareFrameBytes)",
      "\(d.codeBytes)", "\(b.codeBytes)", percent(c.codeBytes),
      "\(d.registersSaved.count)", "\(b.registersSaved.count)",
      String(format: "%.3f", c.cpu.directPercent), String(format: "%.3f", c.cpu.baselinePercent),
    ]
  }

  static func grid(_ reports: [TargetReport], markdown: Bool) -> String {
    let rows = reports.map(row)
    if markdown {
      var out = "| " + headers.joined(separator: " | ") + " |\n"
      out += "|" + headers.map { _ in "---" }.joined(separator: "|") + "|\n"
      for row in rows { out += "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
      return out
    }
    // Text: errors span the row instead of stretching columns.
    let full = rows.filter { $0.count == headers.count && !$0[4].isEmpty }
    var widths = headers.map(\.count)
    for row in full { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        i < 3 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: max(0, widths[i] - cell.count)) + cell
      }.joined(separator: "  ")
    }
    var out = line(headers) + "\n"
    for (report, row) in zip(reports, rows) {
      if report.comparison == nil {
        out += "\(report.target.padding(toLength: widths[0], withPad: " ", startingAt: 0))  \(report.error ?? "no result")\n"
      } else {
        out += line(row) + "\n"
      }
    }
    return out
  }

  static func assumptions(_ settings: CostSettings, markdown: Bool) -> String {
    let clock = settings.clockMHz.map { String(format: "%.0f MHz", $0) } ?? "each target's typical clock"
    return (markdown ? "\n" : "")
      + "Instructions: per interrupt, first instruction to return-from-interrupt (min–max over acyclic paths). "
      + "Stack: software bytes below the interrupted SP (+N = worst-case realignment pad). "
      + "Baseline: stub × \(settings.vectors) vectors + unified handler + handler. "
      + "CPU share at \(Int(settings.rateHz)) interrupts/s, \(clock), assuming \(settings.cyclesPerInstruction) cycle(s) per instruction (an assumption, not a measurement).\n"
  }

  static func notes(_ report: TargetReport, breakdown: Bool) -> [String] {
    var lines = report.notes
    if let stub = report.stub {
      lines.append("stub: \(stub.bytes) B, \(stub.instructions) instructions, \(stub.stackAtUnifiedHandler) B of software stack when the unified handler starts (\(stub.copies.rawValue))")
    }
    if let overhead = report.dispatchOverhead {
      let parts = overhead.items.map { "\($0.what) \($0.bytes) B" }.joined(separator: " + ")
      lines.append("double dispatch adds \(overhead.totalBytes) B of stack over the stub calling the handler directly: \(parts)")
    }
    if let overhead = report.dispatchOverheadWithoutTailCall {
      let parts = overhead.items.map { "\($0.what) \($0.bytes) B" }.joined(separator: " + ")
      lines.append("with a unified handler that calls instead of tail-jumping (RustOS: the EOI follows the call): \(overhead.totalBytes) B = \(parts)")
    }
    if let check = report.direct?.stackUsageCheck {
      lines.append("clang -fstack-usage for \(check.function): \(check.clangBytes) B, isrx: \(check.isrxBytes) B — \(check.explanation)")
    }
    guard breakdown else { return lines }
    for (name, cost) in [("direct", report.direct), ("baseline", report.baseline)] {
      guard let cost else { continue }
      let saved = cost.registersSaved.map { "\($0.register) (\($0.reason.rawValue))" }.joined(separator: ", ")
      lines.append("\(name) registers saved: \(saved.isEmpty ? "none" : saved)")
      let roles = InstructionRole.allCases.compactMap { role in cost.roleCounts[role].map { "\(role.rawValue) \($0)" } }
      lines.append("\(name) instructions by role (longest path): \(roles.joined(separator: ", "))")
      lines.append("\(name) code: " + cost.codeParts.map { "\($0.name) \($0.bytesEach) B × \($0.copies)" }.joined(separator: " + ") + " = \(cost.codeBytes) B")
      for event in cost.stackEvents {
        lines.append("  \(name) stack \(event.bytes >= 0 ? "+" : "")\(event.bytes) → \(event.depthAfter) B  [\(event.role.rawValue)] \(event.function): \(event.text)")
      }
    }
    return lines
  }

  static func csv(_ reports: [TargetReport]) -> String {
    func escape(_ s: String) -> String { s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
    var out = headers.joined(separator: ",") + ",error\n"
    for report in reports {
      var row = row(report)
      if report.comparison == nil { row = [report.target, report.conventionShort, report.isr ?? ""] + Array(repeating: "", count: headers.count - 3) }
      out += (row + [report.error ?? ""]).map(escape).joined(separator: ",") + "\n"
    }
    return out
  }

  static func json(_ reports: [TargetReport], settings: CostSettings) -> String {
    struct Document: Encodable {
      var settings: CostSettings
      var targets: [TargetReport]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = (try? encoder.encode(Document(settings: settings, targets: reports))) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
