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
      out += "\n" + ReportFormat.compilers(reports, markdown: self == .markdown)
      out += ReportFormat.assumptions(settings, markdown: self == .markdown)
      out += ReportFormat.measuredSection(reports, markdown: self == .markdown, breakdown: breakdown)
      for (report, label) in zip(reports, ReportFormat.labels(reports)) {
        let lines = ReportFormat.notes(report, breakdown: breakdown)
        if !lines.isEmpty {
          out += "\n" + (self == .markdown ? "### \(label)\n\n" : "\(label):\n")
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

  /// What names each report in the sections below the table: the target, or "target · isr"
  /// where a target has several ISRs (one report each).
  static func labels(_ reports: [TargetReport]) -> [String] {
    var count: [String: Int] = [:]
    for report in reports { count[report.target, default: 0] += 1 }
    return reports.map { report in
      guard count[report.target, default: 0] > 1, let isr = report.isr else { return report.target }
      return "\(report.target) · \(isr)"
    }
  }

  static func range(_ min: Int, _ max: Int) -> String { min == max ? "\(min)" : "\(min)–\(max)" }

  static func stack(_ cost: VariantCost) -> String {
    var text = "\(cost.softwareStackBytes)"
    if cost.realignPadBytes > 0 { text += "+\(cost.realignPadBytes)" }
    if cost.stackIsLowerBound { text += "≥" }
    return text
  }

  static func percent(_ saving: Comparison.Saving) -> String {
    saving.text()
  }

  static func row(_ report: TargetReport) -> [String] {
    // A wrapper isrx wrote is never shown as a compiler's convention.
    let convention = report.synthesized == true ? SynthesizedISR.label : report.conventionShort
    guard let d = report.direct, let b = report.baseline, let c = report.comparison else {
      if report.error == nil, let d = report.direct {
        // Figures without savings (no baseline, or no working ISR to compare): "—".
        let b = report.baseline
        return [report.target, convention, report.isr ?? "-", d.instructionsCompact, b?.instructionsCompact ?? "—", "—",
                stack(d), b.map(stack) ?? "—", "—", "\(d.hardwareFrameBytes)", "\(d.codeBytes)",
                b.map { "\($0.codeBytes)" } ?? "—", "—", "\(d.registersSaved.count)", b.map { "\($0.registersSaved.count)" } ?? "—",
                "—", "—"]
      }
      return [report.target, convention, report.isr ?? "-", report.error ?? "-"]
        + Array(repeating: "", count: headers.count - 4)
    }
    return [
      report.target, convention,
      report.isr ?? "-",
      d.instructionsCompact, b.instructionsCompact,
      percent(c.instructionsMax),
      stack(d), stack(b), percent(c.softwareStack),
      "\(d.hardwareFrameBytes)",
      "\(d.codeBytes)", "\(b.codeBytes)", percent(c.codeBytes),
      "\(d.registersSaved.count)", "\(b.registersSaved.count)",
      Comparison.CPUShare.percentText(c.cpu.directPercent), Comparison.CPUShare.percentText(c.cpu.baselinePercent),
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
    let labels = labels(reports)
    for (n, (report, row)) in zip(reports, rows).enumerated() {
      if report.comparison == nil, report.direct == nil || report.error != nil {
        // Several ISRs on the target: say which one the error is about.
        let isr = labels[n] == report.target ? "" : "\(report.isr ?? ""): "
        out += "\(report.target.padding(toLength: widths[0], withPad: " ", startingAt: 0))  \(isr)\(report.error ?? "no result")\n"
      } else {
        out += line(row) + "\n"
      }
    }
    return out
  }

  /// Which compilers made the listings: "Compiled by gcc: avr-gcc (GCC) 5.4.0, ...".
  static func compilers(_ reports: [TargetReport], markdown: Bool) -> String {
    var versions: [String] = []
    for version in reports.compactMap(\.compilerVersion) where !versions.contains(version) { versions.append(version) }
    let families = Set(reports.map(\.compiler)).sorted().joined(separator: " and ")
    guard !versions.isEmpty else { return "" }
    return (markdown ? "\n" : "") + "Compiled by \(families): \(versions.joined(separator: "; ")).\n"
  }

  static func assumptions(_ settings: CostSettings, markdown: Bool) -> String {
    var clock = settings.clockMHz.map { String(format: "%g MHz", $0) } ?? "each target's typical clock"
    if !settings.clockMHzByTarget.isEmpty {
      clock += " (" + settings.clockMHzByTarget.sorted { $0.key < $1.key }.map { String(format: "%@ %g MHz", $0.key, $0.value) }.joined(separator: ", ") + ")"
    }
    return (markdown ? "\n" : "")
      + "Instructions: per interrupt, first instruction to return-from-interrupt (min–max over acyclic paths). "
      + "Stack: software bytes below the interrupted SP (+N = worst-case realignment pad). "
      + "Code: a system of N = \(settings.vectors) vectors (fewer where the target has fewer) on both sides — direct = N ISRs; baseline = N stubs at their real sizes (one where the stub is shared) + unified handler + dispatch table (N pointers) + N handlers; the hardware's vector table is the same on both sides. Saved columns: positive = the direct ISR needs less; \"+N more\" = it needs more. "
      + "CPU share at \(Int(settings.rateHz)) interrupts/s, \(clock), from each target's cycles (its line below names the source; a target with no timing source assumes \(settings.cyclesPerInstruction) cycle(s) per instruction).\n"
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
      lines.append("\(check.compiler) -fstack-usage for \(check.function): \(check.compilerBytes) B, isrx: \(check.isrxBytes) B — \(check.explanation)")
    }
    guard breakdown else { return lines }
    for (name, cost) in [("direct", report.direct), ("baseline", report.baseline)] {
      guard let cost else { continue }
      let saved = cost.registersSaved.map { "\($0.register) (\($0.reason.rawValue))" }.joined(separator: ", ")
      lines.append("\(name) registers saved: \(saved.isEmpty ? "none" : saved)")
      let roles = InstructionRole.allCases.compactMap { role in cost.roleCounts[role].map { "\(role.rawValue) \($0)" } }
      lines.append("\(name) instructions by role (longest path): \(roles.joined(separator: ", "))")
      if let cycles = cost.cycles?.breakdownText { lines.append("\(name) cycles (longest path): \(cycles)") }
      lines.append("\(name) code: " + cost.codeParts.map { "\($0.name) \($0.bytesEach) B × \($0.copies)" }.joined(separator: " + ") + " = \(cost.codeBytes) B")
      for event in cost.stackEvents {
        lines.append("  \(name) stack \(event.bytes >= 0 ? "+" : "")\(event.bytes) → \(event.depthAfter) B  [\(event.role.rawValue)] \(event.function): \(event.text)")
      }
    }
    return lines
  }

  static func csv(_ reports: [TargetReport]) -> String {
    func escape(_ s: String) -> String { s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
    let measured = reports.contains { $0.measured != nil }
    var out = headers.joined(separator: ",") + ",error" + (measured ? "," + measuredHeaders.joined(separator: ",") : "") + "\n"
    for report in reports {
      var row = row(report)
      if report.comparison == nil { row = [report.target, report.conventionShort, report.isr ?? ""] + Array(repeating: "", count: headers.count - 3) }
      out += (row + [report.error ?? ""] + (measured ? measuredCells(report) : [])).map(escape).joined(separator: ",") + "\n"
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

// MARK: measured figures (filled by ISREmulator; absent when not measured)

extension ReportFormat {
  static let measuredHeaders = [
    "measured direct instr", "measured direct stack", "measured baseline instr", "measured baseline stack",
    "plain clobbers", "measured check",
  ]

  /// "19" for a returned run, "budget hit" / "fault" / "-" otherwise.
  static func measuredInstructions(_ run: MeasuredRun?) -> String {
    guard let run else { return "-" }
    switch run.stoppedBy {
    case .returned: return "\(run.instructions)"
    case .budget: return "budget hit"
    case .timeout: return "timeout"
    case .fault: return "fault"
    }
  }

  static func measuredCells(_ report: TargetReport) -> [String] {
    guard let m = report.measured, m.notMeasured == nil else {
      return ["", "", "", "", "", report.measured?.notMeasured ?? "not measured"]
    }
    return [
      measuredInstructions(m.direct), m.direct.map { "\($0.deepestStackBytes)" } ?? "-",
      measuredInstructions(m.baseline), m.baseline.map { "\($0.deepestStackBytes)" } ?? "-",
      m.plain.map { $0.returned ? ($0.clobberedRegisters.isEmpty ? "none" : $0.clobberedRegisters.joined(separator: " ")) : "\($0.stoppedBy)" } ?? "-",
      m.disagreements.isEmpty && m.errors.isEmpty ? "agrees" : "explain",
    ]
  }

  /// "Unicorn 2.0.1", or "Unicorn 2.0.1; simavr (atmega328p) for avr" when targets differ.
  static func emulatorsText(_ reports: [TargetReport]) -> String? {
    let names = reports.compactMap { $0.measured?.emulator }
    guard let common = names.first else { return nil }
    var byName: [String: [String]] = [:]
    for report in reports {
      // A target with several ISRs (one report each) is named once.
      if let name = report.measured?.emulator, byName[name]?.contains(report.target) != true {
        byName[name, default: []].append(report.target)
      }
    }
    guard byName.count > 1 else { return common }
    let main = byName.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.first!.key
    let others = byName.filter { $0.key != main }.sorted { $0.key < $1.key }
      .map { "\($0.key) for \($0.value.joined(separator: ", "))" }
    return ([main] + others).joined(separator: "; ")
  }

  /// A second table: measured instructions and stack beside the static ones, the plain
  /// variant's clobbered registers, and every disagreement as something to explain.
  static func measuredSection(_ reports: [TargetReport], markdown: Bool, breakdown: Bool) -> String {
    let measured = reports.filter { $0.measured != nil }
    guard let emulator = emulatorsText(measured) else { return "" }
    let headers = ["target", "instr direct", "measured", "stack direct", "measured", "instr baseline", "measured",
                   "stack baseline", "measured", "plain fn clobbers", "check"]
    var rows: [[String]] = []
    var notes: [String] = []
    for (report, label) in zip(measured, labels(measured)) {
      guard let m = report.measured else { continue }
      if let why = m.notMeasured {
        rows.append([label, why] + Array(repeating: "", count: headers.count - 2))
        continue
      }
      let cells = measuredCells(report)
      rows.append([
        label,
        report.direct.map(\.instructionsCompact) ?? "-", cells[0],
        report.direct.map(stack) ?? "-", cells[1],
        report.baseline.map(\.instructionsCompact) ?? "-", cells[2],
        report.baseline.map(stack) ?? "-", cells[3],
        cells[4], cells[5],
      ])
      for (variant, error) in m.errors.sorted(by: { $0.key < $1.key }) {
        notes.append("\(label): \(variant) not measured: \(error)")
      }
      for line in m.disagreements { notes.append("\(label): explain: \(line)") }
      if let direct = m.direct?.cycles {
        // The simulator's own cycle count beside the cited table's.
        let counted = [("direct", m.direct, report.direct), ("baseline", m.baseline, report.baseline)].compactMap { name, run, cost -> String? in
          guard let cycles = run?.cycles else { return nil }
          return "\(name) \(cycles) (static \(cost?.cycles.map { $0.min == $0.max ? "\($0.max ?? 0)" : "\($0.min ?? 0)–\($0.max ?? 0)" } ?? "unknown"))"
        }
        let jump = m.direct?.vectorJumpCycles.map { ", vector jmp \($0)" } ?? ""
        notes.append("\(label): cycles counted by \(m.emulator): " + (counted.isEmpty ? "direct \(direct)" : counted.joined(separator: ", ")) + jump)
      }
      for variant in MeasuredCost.Variant.allCases {
        guard let run = m[variant] else { continue }
        if !run.returned { notes.append("\(label): \(variant.rawValue): \(run.stoppedBy)") }
        guard breakdown else { continue }
        var parts = ["\(run.instructions) instructions (+\(run.stubInstructions) in stubs for \(run.stubbedCalls.isEmpty ? "nothing" : run.stubbedCalls.joined(separator: ", ")))",
                     "stack \(run.deepestStackBytes) B", "exit: \(run.exit)"]
        if !run.comparedRegisters.isEmpty {
          parts.append("compared \(run.comparedRegisters.joined(separator: " ")); changed: \(run.clobberedRegisters.isEmpty ? "none" : run.clobberedRegisters.joined(separator: " "))")
        }
        let writes = run.writesOutsideStack.map { w in "0x\(String(w.address, radix: 16))\(w.symbol.map { " (\($0))" } ?? "") \(w.bytes) B" }
        parts.append("writes outside the stack: \(writes.isEmpty ? "none" : writes.joined(separator: ", "))")
        if !run.mappedOnDemand.isEmpty {
          parts.append("mapped as plain RAM on first touch: " + run.mappedOnDemand.map { "0x\(String($0, radix: 16))" }.joined(separator: ", "))
        }
        notes.append("\(label): measured \(variant.rawValue): " + parts.joined(separator: "; ") + (run.notes.isEmpty ? "" : " — " + run.notes.joined(separator: "; ")))
      }
    }
    var out = "\n" + (markdown ? "### measured (\(emulator))\n\n" : "Measured by executing the linked code in \(emulator):\n")
    if markdown {
      out += "| " + headers.joined(separator: " | ") + " |\n|" + headers.map { _ in "---" }.joined(separator: "|") + "|\n"
      for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
    } else {
      var widths = headers.map(\.count)
      for row in rows where !row[2].isEmpty {
        for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
      }
      func line(_ cells: [String]) -> String {
        cells.enumerated().map { i, cell in
          i == 0 || i >= headers.count - 2 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            : String(repeating: " ", count: max(0, widths[i] - cell.count)) + cell
        }.joined(separator: "  ")
      }
      out += line(headers) + "\n"
      for row in rows {
        out += row[2].isEmpty
          ? row[0] + String(repeating: " ", count: max(0, widths[0] - row[0].count)) + "  " + row[1] + "\n"
          : line(row) + "\n"
      }
    }
    if !notes.isEmpty {
      out += (markdown ? "\n" : "") + notes.map { (markdown ? "- " : "  ") + $0 }.joined(separator: "\n") + "\n"
    }
    return out
  }
}
