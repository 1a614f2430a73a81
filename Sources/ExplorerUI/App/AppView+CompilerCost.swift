import ISRKit

extension AppView {
  /// The cost panel of a two-sided compare (two compilers on one target, or two targets):
  /// the direct ISR of each side, figure by figure, and the difference (right − left), with
  /// each side's CPU share and what the emulator measured.
  static func drawCompilerCost(_ state: AppState, area: Rect, into grid: inout CellGrid) {
    let theme = state.theme
    guard let info = state.selectedTarget, state.targets.indices.contains(state.secondIndex) else { return }
    let byTarget = state.compare == .twoTargets
    let families = [state.compiler, state.secondCompiler]
    let infos = [info, state.targets[state.secondIndex]]
    let sideTargets = zip(infos, families).map { state.language == .c ? $0.target.compiled(by: $1) : $0.target }
    let results = [state.result(state.selected, by: families[0]), state.result(state.secondIndex, by: families[1])]
    // What tells the sides apart: the compiler (same target) or the target (same compiler).
    let labels = byTarget ? infos.map(\.target.name) : families.map(\.rawValue)
    let names = byTarget ? labels
      : zip(results, families).map { CompilerLabel.short($0?.compilerVersion, fallback: $1.rawValue) }
    let costed = results.map { state.costedReport(of: $0) }
    let stale = results.map { $0.map { state.isReportStale($0) } ?? false }
    let isr = (costed[0] ?? costed[1])?.isr.map { " · \($0)" } ?? ""
    let subject = byTarget ? "\(names[0]) vs \(names[1])\(isr) · \(state.compilerName)" : "\(info.target.name)\(isr): \(names[0]) vs \(names[1])"
    let long = " cost · \(subject), direct ISR "
    let short = byTarget ? " cost · \(labels[0]) vs \(labels[1]) " : " cost · \(info.target.name)\(isr): \(families[0]) vs \(families[1]) "
    let trailing = stale.contains(true) && costed.contains { $0 != nil } ? " stale: recomputing… " : " x: breakdown "
    Box(
      title: CharacterWidth.of(long + trailing) + 3 <= area.width ? long : short,
      trailingTitle: trailing, isFocused: false
    ).render(in: area, into: &grid, theme: theme)
    let inner = Box.inner(of: area).inset(left: 1, right: 1)
    // Each side's direct ISR, or why there is none yet.
    var costs: [VariantCost?] = []
    var problems: [String] = []
    for n in 0..<2 {
      let report = costed[n]?.report
      costs.append(report?.direct)
      if let missing = infos[n].missing(with: families[n]) {
        problems.append("\(labels[n]): \(missing)")
      } else if let error = report?.error {
        problems.append("\(labels[n]): \(error)")
      } else if report == nil {
        problems.append("\(labels[n]): measuring…")
      } else if report?.direct == nil {
        problems.append("\(labels[n]): no ISR found in the source")
      }
    }
    guard costs.contains(where: { $0 != nil }) else {
      var rect = inner
      for problem in problems {
        drawWrapped(problem, in: &rect, role: .dim, maxLines: 2, state: state, grid: &grid)
      }
      return
    }
    // A side without figures (no GCC for the target, still measuring) shows "—" and why.
    let target = sideTargets[0]
    let left = costs[0], right = costs[1]
    // The cycles as the cost panel counts them (hardware entry and exit included). On one
    // target both sides share a basis: right in the "direct" slot, left in the "baseline"
    // slot. Two targets have two clocks and timing sources: each side is costed alone.
    let cycles = byTarget ? nil
      : left.flatMap { l in right.map { r in Comparison(direct: r, baseline: l, target: target, settings: state.settings).cpu } }
    func alone(_ n: Int) -> Comparison.CPUShare? {
      costs[n].map { Comparison(direct: $0, baseline: $0, target: sideTargets[n], settings: state.settings).cpu }
    }
    func cyclesOf(_ n: Int) -> (text: String, value: Int)? {
      guard let cost = costs[n] else { return nil }
      if let cycles {
        let value = n == 0 ? cycles.baselineCycles : cycles.directCycles
        return (cyclesText(value, cost), Int(value))
      }
      guard let share = alone(n) else { return nil }
      return (cyclesText(share.directCycles, cost), Int(share.directCycles))
    }
    let roles = stale.map { $0 ? StyleRole.stale : .text }
    if state.costCollapsed {
      func pair(_ f: (VariantCost) -> String) -> String { "\(left.map(f) ?? "—") vs \(right.map(f) ?? "—")" }
      let text = "\(labels[0]) vs \(labels[1]): instructions \(pair(\.instructionsCompact))"
        + " · stack \(pair { "\($0.worstCaseStackBytes)" }) B · code \(pair { "\($0.codeBytes)" }) B"
        + " · cycles \(cyclesOf(0)?.text ?? "—") vs \(cyclesOf(1)?.text ?? "—")  (C: unfold)"
      grid.put(Truncation.fit(text, width: inner.width), x: inner.x, y: inner.y,
        style: theme.style(stale.contains(true) ? .stale : .text), maxWidth: inner.width)
      return
    }
    struct Figure {
      var label: String
      var texts: [String?]
      var values: [Int?]
      var unit: String
    }
    func figure(_ label: String, unit: String, _ text: (VariantCost) -> String, _ value: (VariantCost) -> Int) -> Figure {
      Figure(label: label, texts: costs.map { $0.map(text) }, values: costs.map { $0.map(value) }, unit: unit)
    }
    let figures = [
      figure("instructions", unit: "", \.instructionsCompact, \.instructionsMax),
      figure("software stack", unit: " B", \.stackText, \.worstCaseStackBytes),
      figure("hardware frame", unit: " B", { "\($0.hardwareFrameBytes) B" }, \.hardwareFrameBytes),
      figure("code bytes", unit: " B", { "\($0.codeBytes) B" }, \.codeBytes),
      figure("registers saved", unit: "", { "\($0.registersSaved.count)" }, \.registersSaved.count),
      Figure(label: cycles.flatMap { c in left.map { cyclesLabel(c, $0) } } ?? "cycles (worst)",
        texts: [cyclesOf(0)?.text, cyclesOf(1)?.text], values: [cyclesOf(0)?.value, cyclesOf(1)?.value], unit: ""),
    ]
    let labelWidth = 17, valueWidth = 12, differenceWidth = 18
    let barWidth = max(4, (inner.width - labelWidth - 2 * (valueWidth + 2) - differenceWidth) / 2)
    let columns = [inner.x + labelWidth, inner.x + labelWidth + valueWidth + 1 + barWidth + 1]
    let differenceX = columns[1] + valueWidth + 1 + barWidth + 1
    let header = theme.style(.dim)
    for n in 0..<2 {
      grid.put(Truncation.fit(names[n], width: valueWidth + barWidth), x: columns[n], y: inner.y, style: header)
    }
    grid.put("\(labels[1]) − \(labels[0])", x: differenceX, y: inner.y, style: header, maxWidth: inner.maxX - differenceX)
    for (i, figure) in figures.enumerated() {
      let y = inner.y + 1 + i
      guard y < inner.maxY else { break }
      grid.put(figure.label, x: inner.x, y: y, style: theme.style(.text))
      let maximum = Double(max(figure.values[0] ?? 0, figure.values[1] ?? 0, 1))
      for n in 0..<2 {
        drawValue(figure.texts[n] ?? "—", x: columns[n], width: valueWidth, y: y, role: roles[n], grid: &grid, theme: theme)
        guard let value = figure.values[n] else { continue }
        HBar(value: Double(value), maximum: maximum, role: stale[n] ? .stale : n == 0 ? .barDirect : .barBaseline)
          .render(in: Rect(x: columns[n] + valueWidth + 1, y: y, width: barWidth, height: 1), into: &grid, theme: theme)
      }
      var difference = "—"
      if let a = figure.values[0], let b = figure.values[1] {
        difference = figure.texts.contains("?") ? "?" : differenceText(b - a, of: a, unit: figure.unit)
      }
      grid.put(difference, x: differenceX, y: y, style: theme.style(stale.contains(true) ? .stale : .text),
        maxWidth: inner.maxX - differenceX)
    }
    var rect = Rect(x: inner.x, y: inner.y + 1 + figures.count, width: inner.width, height: max(0, inner.maxY - (inner.y + 1 + figures.count)))
    if let cycles, let left {
      let text = "CPU share at \(rateText(cycles.rateHz)), \(clockText(cycles.clockMHz)), \(basisText(left)): "
        + "\(labels[0]) \(Comparison.CPUShare.percentText(cycles.baselinePercent)) vs "
        + "\(labels[1]) \(Comparison.CPUShare.percentText(cycles.directPercent))"
      drawWrapped(Truncation.fit(text, width: inner.width - 1), in: &rect, role: stale.contains(true) ? .stale : .text,
        maxLines: 1, state: state, grid: &grid)
    } else if byTarget, let a = alone(0), let b = alone(1), let l = left, let r = right {
      // Each target at its own clock and timing source.
      let text = "CPU share at \(rateText(a.rateHz)): \(labels[0]) \(Comparison.CPUShare.percentText(a.directPercent))"
        + " (\(clockText(a.clockMHz)), \(basisText(l))) vs \(labels[1]) \(Comparison.CPUShare.percentText(b.directPercent))"
        + " (\(clockText(b.clockMHz)), \(basisText(r)))"
      drawWrapped(Truncation.fit(text, width: inner.width - 1), in: &rect, role: stale.contains(true) ? .stale : .text,
        maxLines: 1, state: state, grid: &grid)
    }
    for problem in problems {
      drawWrapped(problem, in: &rect, role: .dim, maxLines: 2, state: state, grid: &grid)
    }
    if rect.height > 0 {
      func measured(_ n: Int) -> String {
        guard let run = costed[n]?.report.measured?.direct else { return "\(labels[n]) not measured" }
        guard run.returned else { return "\(labels[n]) \(run.stoppedBy)" }
        let preserved = run.clobberedRegisters.isEmpty ? "all registers preserved" : "CLOBBERS \(run.clobberedRegisters.joined(separator: " "))"
        return "\(labels[n]) \(run.instructions) instr, \(run.deepestStackBytes) B, \(preserved)"
      }
      let emulator = (costed[0]?.report.measured ?? costed[1]?.report.measured)?.emulator
      let text = "measured" + (emulator.map { " (\($0))" } ?? "") + ": \(measured(0)) · \(measured(1))"
      drawWrapped(Truncation.fit(text, width: inner.width - 1), in: &rect, role: stale.contains(true) ? .stale : .text,
        maxLines: 1, state: state, grid: &grid)
    }
  }

  /// A signed difference with its share of `base`: `−2 B (11%)`, `+4 (8%)`, `same`.
  static func differenceText(_ difference: Int, of base: Int, unit: String) -> String {
    guard difference != 0 else { return "same" }
    let sign = difference > 0 ? "+" : "−"
    let percent = base == 0 ? "" : " (\(Int((Double(abs(difference)) * 100 / Double(base)).rounded()))%)"
    return "\(sign)\(abs(difference))\(unit)\(percent)"
  }
}
