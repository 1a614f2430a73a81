import ISRKit

extension AppView {
  /// The cost panel: direct ISR vs the double-dispatch baseline, per figure, as numbers and
  /// bars, with the savings and the CPU share at the chosen rate and clock.
  static func drawCost(_ state: AppState, area: Rect, into grid: inout CellGrid) {
    if state.compare == .twoCompilers || state.compare == .twoTargets { return drawCompilerCost(state, area: area, into: &grid) }
    let theme = state.theme
    guard let info = state.selectedTarget else { return }
    let result = state.selectedResult
    let stale = result.map { state.isReportStale($0) } ?? true
    let costed = state.costedReport
    let hasReport = costed != nil
    // The ISR the figures are for: the one under the source cursor (or the first).
    let isr = costed?.isr.map { " · \($0)" } ?? ""
    let trailing = hasReport && stale ? " stale: recomputing… " : " x: breakdown "
    let title = " cost · \(info.target.name)\(isr): direct ISR vs double-dispatch baseline · \(state.compilerName) "
    Box(
      // Shorter where the whole title would push the key hint out.
      title: CharacterWidth.of(title + trailing) + 3 <= area.width
        ? title : " cost · \(info.target.name)\(isr): direct vs baseline · \(state.compilerName) ",
      trailingTitle: trailing, isFocused: false
    ).render(in: area, into: &grid, theme: theme)
    let inner = Box.inner(of: area).inset(left: 1, right: 1)
    guard let report = costed?.report else {
      var rect = inner
      drawWrapped(
        info.missing(with: state.compiler) ?? "measuring the direct ISR and the baseline…",
        in: &rect, role: .dim, maxLines: inner.height, state: state, grid: &grid)
      return
    }
    if let error = report.error {
      var rect = inner
      drawWrapped(error, in: &rect, role: .error, maxLines: inner.height, state: state, grid: &grid)
      return
    }
    guard let direct = report.direct, let baseline = report.baseline else {
      grid.put("no ISR found in the source", x: inner.x, y: inner.y, style: theme.style(.dim))
      return
    }
    let comparison = Comparison(
      direct: direct, baseline: baseline, target: info.target, settings: state.settings)
    if state.costCollapsed {
      // Folded: the savings on one line (C unfolds).
      let text = "instructions \(direct.instructionsCompact) vs \(baseline.instructionsCompact)"
        + " · stack \(direct.worstCaseStackBytes) vs \(baseline.worstCaseStackBytes) B"
        + " · code \(direct.codeBytes) vs \(baseline.codeBytes) B"
        + " · CPU \(comparison.cpu.text)  (C: unfold)"
      grid.put(Truncation.fit(text, width: inner.width), x: inner.x, y: inner.y,
        style: theme.style(stale ? .stale : .text), maxWidth: inner.width)
      return
    }
    let labelWidth = 17
    let valueWidth = 12  // "15–30 +10/it"
    let savedWidth = 18
    let barWidth = max(4, (inner.width - labelWidth - 2 * (valueWidth + 2) - savedWidth) / 2)
    let directX = inner.x + labelWidth
    let baselineX = directX + valueWidth + 1 + barWidth + 1
    let savedX = baselineX + valueWidth + 1 + barWidth + 1
    let valueRole: StyleRole = stale ? .stale : .text
    let header = theme.style(.dim)
    grid.put(report.synthesized == true ? "synthesized ISR" : "direct ISR", x: directX, y: inner.y, style: header)
    grid.put("baseline", x: baselineX, y: inner.y, style: header)
    grid.put("saved", x: savedX, y: inner.y, style: header)

    func instructionsText(_ cost: VariantCost) -> String {
      cost.instructionsCompact
    }
    struct Figure {
      var label: String
      var direct: String
      var baseline: String
      var directValue: Double
      var baselineValue: Double
      var saving: Comparison.Saving?
      var unit: String
    }
    let figures = [
      Figure(label: "instructions", direct: instructionsText(direct),
        baseline: instructionsText(baseline), directValue: Double(direct.instructionsMax),
        baselineValue: Double(baseline.instructionsMax), saving: comparison.instructionsMax,
        unit: ""),
      Figure(label: "software stack", direct: direct.stackText,
        baseline: baseline.stackText,
        directValue: Double(direct.worstCaseStackBytes),
        baselineValue: Double(baseline.worstCaseStackBytes), saving: comparison.softwareStack,
        unit: " B"),
      Figure(label: "hardware frame", direct: "\(direct.hardwareFrameBytes) B",
        baseline: "\(baseline.hardwareFrameBytes) B",
        directValue: Double(direct.hardwareFrameBytes),
        baselineValue: Double(baseline.hardwareFrameBytes), saving: nil, unit: " B"),
      Figure(label: "code bytes", direct: "\(direct.codeBytes) B",
        baseline: "\(baseline.codeBytes) B", directValue: Double(direct.codeBytes),
        baselineValue: Double(baseline.codeBytes), saving: comparison.codeBytes, unit: " B"),
      Figure(label: "registers saved", direct: "\(direct.registersSaved.count)",
        baseline: "\(baseline.registersSaved.count)",
        directValue: Double(direct.registersSaved.count),
        baselineValue: Double(baseline.registersSaved.count), saving: comparison.registersSaved,
        unit: ""),
      // Worst case per interrupt: hardware entry + longest path + hardware exit where the
      // source gives them; "≈" marks an llvm-mca estimate, "?" no source.
      Figure(label: cyclesLabel(comparison.cpu, direct), direct: cyclesText(comparison.cpu.directCycles, direct),
        baseline: cyclesText(comparison.cpu.baselineCycles, baseline),
        directValue: comparison.cpu.directCycles, baselineValue: comparison.cpu.baselineCycles,
        saving: direct.cycles?.max == nil ? nil
          : Comparison.Saving(direct: Int(comparison.cpu.directCycles), baseline: Int(comparison.cpu.baselineCycles)),
        unit: ""),
    ]
    // A body that is not an ISR (rustc on arm/mips) has figures but nothing to save.
    let noSavings = report.comparison == nil
    for (i, figure) in figures.enumerated() {
      let y = inner.y + 1 + i
      guard y < inner.maxY else { break }
      grid.put(figure.label, x: inner.x, y: y, style: theme.style(.text))
      let maximum = max(figure.directValue, figure.baselineValue, 1)
      drawValue(figure.direct, x: directX, width: valueWidth, y: y, role: valueRole, grid: &grid, theme: theme)
      HBar(value: figure.directValue, maximum: maximum, role: stale ? .stale : .barDirect)
        .render(in: Rect(x: directX + valueWidth + 1, y: y, width: barWidth, height: 1),
          into: &grid, theme: theme)
      drawValue(figure.baseline, x: baselineX, width: valueWidth, y: y, role: valueRole, grid: &grid, theme: theme)
      HBar(value: figure.baselineValue, maximum: maximum, role: stale ? .stale : .barBaseline)
        .render(in: Rect(x: baselineX + valueWidth + 1, y: y, width: barWidth, height: 1),
          into: &grid, theme: theme)
      let savedText: String
      if noSavings {
        savedText = "— not an ISR"
      } else if let saving = figure.saving {
        savedText = savingText(saving, unit: figure.unit)
      } else {
        savedText = figure.directValue == figure.baselineValue ? "same (CPU)" : ""
      }
      grid.put(savedText, x: savedX, y: y, style: theme.style(stale ? .stale : .savings),
        maxWidth: inner.maxX - savedX)
    }
    let y = inner.y + 1 + figures.count
    if y < inner.maxY {
      let cpu = comparison.cpu
      var text =
        "CPU share at \(rateText(cpu.rateHz)), \(clockText(cpu.clockMHz)), \(basisText(direct)): \(cpu.text)"
      let hint = "  (+/- rate, [/] clock)"
      if CharacterWidth.of(text + hint) <= inner.width { text += hint }
      grid.put(Truncation.fit(text, width: inner.width), x: inner.x, y: y,
        style: theme.style(stale ? .stale : .text), maxWidth: inner.width)
    }
    if y + 1 < inner.maxY {
      // Wrapped over the rows left, so a warning is never cut to a few characters.
      let (text, role) = measuredLine(report.measured)
      let rows = inner.maxY - (y + 1)
      var lines = TooSmall.wrap(text, width: max(1, inner.width))
      if lines.count > rows {
        lines = Array(lines.prefix(rows))
        lines[rows - 1] = Truncation.fit(lines[rows - 1] + " …", width: inner.width)
      }
      for (n, line) in lines.enumerated() {
        grid.put(line, x: inner.x, y: y + 1 + n, style: theme.style(stale ? .stale : role), maxWidth: inner.width)
      }
    }
  }

  static func cyclesLabel(_ cpu: Comparison.CPUShare, _ direct: VariantCost) -> String {
    direct.cycles?.max == nil ? "cycles (CPI \(format(cpu.cyclesPerInstruction)))" : "cycles (worst)"
  }

  static func cyclesText(_ cycles: Double, _ cost: VariantCost) -> String {
    guard let source = cost.cycles, source.max != nil else { return "?" }
    return (source.isEstimate ? "≈" : "") + "\(Int(cycles))"
  }

  /// What the cycles rest on, in a few words.
  static func basisText(_ direct: VariantCost) -> String {
    guard let cycles = direct.cycles, cycles.max != nil else { return "CPI assumed" }
    return cycles.isEstimate ? "llvm-mca estimate" : "cycles from the core's table"
  }

  /// One line of what the emulator measured, or why nothing was.
  static func measuredLine(_ measured: MeasuredCost?) -> (String, StyleRole) {
    guard let measured else { return ("measured: running the code in the emulator…", .dim) }
    if let why = measured.notMeasured { return ("measured: \(why)", .dim) }
    func run(_ name: String, _ run: MeasuredRun?) -> String {
      guard let run else { return "\(name) not run" }
      guard run.returned else { return "\(name) \(run.stoppedBy)" }
      let preserved = run.clobberedRegisters.isEmpty ? "all registers preserved" : "CLOBBERS \(run.clobberedRegisters.joined(separator: " "))"
      return "\(name) \(run.instructions) instr, \(run.deepestStackBytes) B, \(preserved)"
    }
    var text = "measured (\(measured.emulator)): " + run("direct", measured.direct) + " · " + run("baseline", measured.baseline)
    if let plain = measured.plain, !plain.clobberedRegisters.isEmpty {
      text += " · as a plain function it would clobber \(plain.clobberedRegisters.joined(separator: " "))"
    }
    if let cycles = measured.direct?.cycles { text += " · \(cycles) cycles counted" }
    // A disagreement leads, in full: it is what the reader must see.
    guard measured.disagreements.isEmpty else {
      return ("DIFFERS FROM STATIC: " + measured.disagreements.joined(separator: "; ") + " (x: details) · " + text, .warning)
    }
    return (text, .text)
  }

  static func drawValue(
    _ text: String, x: Int, width: Int, y: Int, role: StyleRole, grid: inout CellGrid,
    theme: Theme
  ) {
    let w = CharacterWidth.of(text)
    grid.put(text, x: x + max(0, width - w), y: y, style: theme.style(role), maxWidth: width)
  }

  static func savingText(_ saving: Comparison.Saving, unit: String) -> String {
    saving.text(unit: unit)
  }

  static func rateText(_ hz: Double) -> String {
    if hz >= 1_000_000 { return "\(format(hz / 1_000_000)) MHz" }
    if hz >= 1_000 { return "\(format(hz / 1_000)) kHz" }
    return "\(format(hz)) Hz"
  }

  static func clockText(_ mhz: Double) -> String {
    mhz >= 1_000 ? "\(format(mhz / 1_000)) GHz" : "\(format(mhz)) MHz"
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
  }


  /// The breakdown overlay: where each figure comes from.
  static func drawBreakdown(_ state: AppState, area: Rect, into grid: inout CellGrid) {
    var lines: [StyledLine] = []
    if let report = state.costedReport?.report {
      if let error = report.error { lines.append(StyledLine(error, role: .error)) }
      for (name, cost) in [("direct ISR", report.direct), ("baseline", report.baseline)] {
        guard let cost else { continue }
        if !lines.isEmpty { lines.append("") }
        lines.append(StyledLine("\(name): stack, in path order", role: .title))
        for event in cost.stackEvents {
          let (tag, role) = roleTag(event.role)
          let sign = event.bytes >= 0 ? "+" : "−"
          lines.append(
            StyledLine([
              StyledSpan("  \(tag) ", role: role),
              StyledSpan(
                "\(sign)\(abs(event.bytes)) B → \(event.depthAfter) B  \(event.function): \(event.text.trimmingCharacters())"),
            ]))
        }
        if cost.realignPadBytes > 0 {
          lines.append(StyledLine("  + up to \(cost.realignPadBytes) B realignment pad"))
        }
        lines.append(StyledLine("  hardware frame \(cost.hardwareFrameBytes) B"))
        if let cycles = cost.cycles {
          // Where the cycles go, so the saving can be put in proportion to the hardware's part.
          let split = cycles.breakdownText.map { ": \($0)" } ?? ""
          lines.append(StyledLine("  cycles \(cycles.text)\(split) (\(cycles.isEstimate ? cycles.source : "cited table"))"))
          if let chained = cycles.tailChain, let exit = cycles.hardwareExit, let entry = cycles.hardwareEntry {
            lines.append(StyledLine("  back to back the CPU tail-chains: \(chained) cycles instead of \(exit) out + \(entry) in"))
          }
        }
        lines.append(
          StyledLine(
            "  code: " + cost.codeParts.map { part in
              part.copies == 1 ? "\(part.name) \(part.bytes) B"
                : "\(part.name) \(part.bytesEach) B × \(part.copies) = \(part.bytes) B"
            }.joined(separator: ", ")))
        let registers = Dictionary(grouping: cost.registersSaved, by: \.reason.rawValue)
        for (reason, saved) in registers.sorted(by: { $0.key < $1.key }) {
          lines.append(
            StyledLine("  saved (\(reason)): " + saved.map(\.register).joined(separator: " ")))
        }
      }
      if let measured = report.measured {
        lines.append("")
        lines.append(StyledLine("measured by executing the linked code (\(measured.emulator))", role: .title))
        if let why = measured.notMeasured { lines.append(StyledLine("  " + why, role: .dim)) }
        for (name, run) in [("direct", measured.direct), ("baseline", measured.baseline), ("plain function", measured.plain)] {
          guard let run else { continue }
          lines.append(StyledLine(
            "  \(name): \(run.stoppedBy), \(run.instructions) instructions, deepest stack \(run.deepestStackBytes) B"
              + (run.cycles.map { ", \($0) cycles counted" } ?? "")))
          if !run.writesOutsideStack.isEmpty {
            lines.append(StyledLine("    writes outside the stack: " + run.writesOutsideStack.map { w in
              w.symbol ?? String(w.address, radix: 16) }.joined(separator: ", ")))
          }
          lines.append(StyledLine(
            run.clobberedRegisters.isEmpty
              ? "    preserved: \(run.comparedRegisters.joined(separator: " "))"
              : "    CLOBBERED: \(run.clobberedRegisters.joined(separator: " "))",
            role: run.clobberedRegisters.isEmpty ? .text : .warning))
        }
        for disagreement in measured.disagreements {
          lines.append(StyledLine("  explain: " + disagreement, role: .warning))
        }
      }
      if !report.notes.isEmpty {
        lines.append("")
        lines.append(StyledLine("notes", role: .title))
        for note in report.notes {
          for piece in TooSmall.wrap(note, width: max(20, area.width - 12)) {
            lines.append(StyledLine("  " + piece, role: .dim))
          }
        }
      }
    } else {
      lines.append(StyledLine("the cost report is still being computed", role: .dim))
    }
    let maxWidth = area.width - 8
    lines = lines.map { line in
      line.displayWidth > maxWidth
        ? StyledLine(Truncation.fit(line.plainText, width: maxWidth)) : line
    }
    let visible = max(1, area.height - 4)
    Overlay(
      title: " breakdown · \(state.selectedTarget?.target.name ?? "") · \(state.compilerName)\(state.costedReport?.isr.map { " · \($0)" } ?? "") ", lines: lines,
      footer: "x/Esc close · ↑/↓ scroll",
      scrollOffset: min(state.helpScroll, max(0, lines.count - visible))
    ).render(in: area.inset(horizontal: 2, vertical: 1), into: &grid, theme: state.theme)
  }
}
