import Foundation

/// Everything isrx knows about one target for one source: the direct ISR, the baseline,
/// the comparison, and why a figure is missing when one is.
public struct TargetReport: Sendable, Hashable, Encodable {
  public var target: String
  public var displayName: String
  /// Which compiler family built it ("clang", "gcc").
  public var compiler: String = "clang"
  /// The first line of that compiler's `--version` (nil: it did not run).
  public var compilerVersion: String? = nil
  /// The compiler's ISR convention, nil where none exists.
  public var convention: String?
  public var conventionKind: Convention.Kind
  /// The attribute alone, e.g. `interrupt("IRQ")`; "none" where no convention exists.
  public var conventionShort: String
  public var isr: String?
  public var direct: VariantCost?
  public var baseline: VariantCost?
  public var stub: StubFigures?
  public var dispatchOverhead: DispatchOverhead?
  /// The same overhead with a unified handler that calls instead of tail-jumping (as RustOS,
  /// whose EOI follows the call): the dispatcher compiled with -fno-optimize-sibling-calls.
  public var dispatchOverheadWithoutTailCall: DispatchOverhead?
  public var comparison: Comparison?
  /// Plain sentences a reader needs (no convention, external calls, lower bounds, errors).
  public var notes: [String]
  /// Set when the target could not be analysed at all.
  public var error: String?
  /// Figures measured by running the code in an emulator (nil: not measured; filled by
  /// the `ISREmulator` module, which the CLI and UI call after `make`).
  public var measured: MeasuredCost?
  /// True when `direct` is an ISR synthesized by isrx (no compiler convention exists):
  /// wrapper + body, never compiler output. Nil otherwise.
  public var synthesized: Bool?
  /// The synthesized wrapper (symbol, saved registers, source), when `synthesized`.
  public var synthesizedWrapper: SynthesizedWrapperInfo?

  /// Analyses `source` for `target`. Never throws: problems become `error` and `notes`.
  public static func make(
    source: String, target: Target, toolchain: Toolchain, settings: CostSettings,
    function: String? = nil, extraFlags: [String] = [], language: SourceLanguage = .c
  ) -> TargetReport {
    TargetBuild.make(
      source: source, target: target, toolchain: toolchain, settings: settings, function: function,
      extraFlags: extraFlags, language: language).report
  }

  /// The report of an already compiled and analysed target, and the baseline it built.
  static func make(
    _ compiled: CompiledTarget, source: String, toolchain: Toolchain, settings: CostSettings, function: String?
  ) -> (TargetReport, BaselineBuild?) {
    let target = compiled.target, language = compiled.language, extraFlags = compiled.extraFlags
    let convention = target.convention(for: language)
    var report = TargetReport(
      target: target.name, displayName: target.displayName, convention: convention.reportName,
      conventionKind: convention.kind, conventionShort: convention.shortName, notes: [])
    report.compiler = target.compilerFamily.rawValue
    report.compilerVersion = compiled.codegen?.output.compilerVersion
    var baselineBuild: BaselineBuild?
    if let error = compiled.error {
      report.error = error
      return (report, nil)
    }
    do {
      guard let codegen = compiled.codegen else { return (report, nil) }
      let direct = try CostAnalysis.direct(codegen, function: function, analyses: compiled.analyses)
      report.isr = direct.name
      report.direct = direct.cost
      let build = try BaselineBuild.build(
        source: source, target: target, vector: settings.vector, toolchain: toolchain, extraFlags: extraFlags,
        language: language, handler: direct.name)
      baselineBuild = build
      let baseline: (cost: VariantCost, stub: StubFigures, overhead: DispatchOverhead)
      do {
        baseline = try CostAnalysis.baseline(build, handler: direct.name, target: target, vectors: settings.vectors(for: target))
      } catch {
        // A hand-written interrupt function (blog_os's `extern "x86-interrupt" fn`) is costed
        // as it is; it cannot also be the plain handler the baseline calls.
        guard case .handWrittenAttribute = error else { throw error }
        report.notes = notes(for: report, target: target) + [error.description + ": no baseline, so no savings"]
        return (report, baselineBuild)
      }
      report.baseline = baseline.cost
      report.stub = baseline.stub
      report.dispatchOverhead = baseline.overhead
      if baseline.overhead.dispatcherTailJumps {
        let noTail = try BaselineBuild.build(
          source: source, target: target, vector: settings.vector, toolchain: toolchain,
          extraFlags: extraFlags, dispatcherFlags: ["-fno-optimize-sibling-calls"], language: language,
          handler: direct.name)
        report.dispatchOverheadWithoutTailCall =
          try CostAnalysis.baseline(noTail, handler: direct.name, target: target, vectors: settings.vectors(for: target)).overhead
      }
      if convention.kind == .none, SynthesizedISR.supports(target) {
        // No compiler convention: the direct ISR is the wrapper isrx synthesizes + the body.
        let synth = try compiled.synthesized.flatMap { $0.body == direct.name ? $0 : nil }
          ?? SynthesizedISR.build(codegen, function: direct.name, toolchain: toolchain)
        report.direct = try CostAnalysis.synthesized(synth, codegen: codegen, body: compiled.analyses[direct.name]?.flow)
        report.synthesized = true
        report.synthesizedWrapper = SynthesizedWrapperInfo(synth)
      }
      // Code size for the same N vectors on both sides.
      if var directCost = report.direct, let build = baselineBuild {
        var baselineCost = baseline.cost
        SystemCodeSize.apply(direct: &directCost, baseline: &baselineCost, build: build, target: target,
                             vectors: settings.vectors(for: target), toolchain: toolchain)
        report.direct = directCost
        report.baseline = baselineCost
      }
      if codegen.roles[direct.name] == .plainBodyNoConvention, report.synthesized != true {
        // rustc on arm/mips: the "direct" body is a plain function that corrupts the
        // interrupted code's registers, not an ISR: there is nothing to claim savings for.
        report.notes = notes(for: report, target: target)
          + ["no savings: \(codegen.label(for: direct.name)); a comparison needs two working ISRs"]
        return (report, baselineBuild)
      }
      report.comparison = Comparison(direct: report.direct ?? direct.cost, baseline: report.baseline ?? baseline.cost, target: target, settings: settings)
      report.notes = notes(for: report, target: target)
    } catch let error as CostAnalysis.Failure {
      report.error = error.description
    } catch let error as ToolchainError {
      report.error = error.description
    } catch {
      report.error = "\(error)"
    }
    return (report, baselineBuild)
  }

  /// Reports for several targets, built in parallel, in catalog order. With `eachISR` (and
  /// no `function`), one report per ISR of each target, in listing order, from one compile
  /// per target; otherwise one per target, for `function` or the first ISR.
  public static func make(
    source: String, targets: [Target], toolchain: Toolchain, settings: CostSettings,
    function: String? = nil, extraFlags: [String] = [], language: SourceLanguage = .c, eachISR: Bool = false
  ) -> [TargetReport] {
    let results = Synchronized<[Int: [TargetReport]]>([:])
    DispatchQueue.concurrentPerform(iterations: targets.count) { index in
      let reports = eachISR
        ? TargetBuild.makeEach(source: source, target: targets[index], toolchain: toolchain, settings: settings,
                               function: function, extraFlags: extraFlags, language: language).map(\.report)
        : [make(source: source, target: targets[index], toolchain: toolchain,
                settings: settings, function: function, extraFlags: extraFlags, language: language)]
      results.withLock { $0[index] = reports }
    }
    return results.withLock { dict in targets.indices.flatMap { dict[$0] ?? [] } }
  }

  static func notes(for report: TargetReport, target: Target) -> [String] {
    var notes: [String] = []
    switch report.conventionKind {
    case .none where report.synthesizedWrapper != nil:
      notes.append(report.synthesizedWrapper?.note ?? "")
    case .none:
      notes.append("\(target.displayName) has no compiler interrupt convention: the 'direct' column is the body compiled as a plain function (it ends in \(target.plainReturn), not \(target.returnMnemonics.joined(separator: "/"))); a real vector still needs a hand-written stub")
    case .hardwareStacked:
      notes.append("the CPU stacked r0-r3, r12, lr, pc and xPSR (\(target.hardwareFrameBytes) B) for both variants; a plain function is the direct ISR")
    case .attribute: break
    }
    if let direct = report.direct {
      if let baseline = report.baseline, direct.vectors > 1 {
        notes.append(String(format: "code for %d vectors: direct %d B, baseline %d B; per vector %.1f B vs %.1f B%@", direct.vectors,
                            direct.codeBytes, baseline.codeBytes, direct.codeBytesPerVector, baseline.codeBytesPerVector,
                            report.conventionKind == .hardwareStacked
                              ? " (the hardware's vector table has one entry per vector on both sides; the baseline's entries all point at one shared stub)"
                              : " (the hardware's vector table is the same on both sides)"))
      }
      if let cycles = direct.cycles {
        let excluded = cycles.excluded.isEmpty ? "" : " (not costed: \(cycles.excluded.joined(separator: "; ")))"
        notes.append("cycles: direct \(cycles.text), baseline \(report.baseline?.cycles?.text ?? "unknown") — \(cycles.isEstimate || cycles.source.hasPrefix("unknown") ? cycles.source : "from " + cycles.source)\(excluded)")
        notes.append("hardware entry/exit: \(cycles.hardwareSource)")
        if let chained = cycles.tailChain, let entry = cycles.hardwareEntry, let exit = cycles.hardwareExit {
          notes.append("back to back, the CPU tail-chains: \(chained) cycles instead of \(exit) out + \(entry) in, \(exit + entry - chained) cycles less per chained interrupt on both sides")
        }
      }
      if let share = report.comparison?.cpu {
        notes.append(String(format: "CPU share at %.0f interrupts/s and %g MHz (%.0f vs %.0f cycles per interrupt): ",
                            share.rateHz, share.clockMHz, share.directCycles, share.baselineCycles)
                     + share.text + "; " + share.basis)
      }
      for loop in direct.loops {
        notes.append("loop\(loop.line.map { " at line \($0)" } ?? ""): min–max count its body at most once; each further iteration adds \(loop.instructionsPerIterationMin == loop.instructionsPerIteration ? "\(loop.instructionsPerIteration)" : "\(loop.instructionsPerIterationMin)–\(loop.instructionsPerIteration)") instructions")
      }
      if !direct.externalCalls.isEmpty {
        notes.append("calls \(direct.externalCalls.joined(separator: ", ")): the callee's own instructions and stack are not included (same on both sides)")
      }
      if !direct.plainReturns.isEmpty {
        notes.append("WARNING: a path out of \(report.isr ?? "the ISR") returns with \(direct.plainReturns.joined(separator: "; ")), not \(target.returnMnemonics.joined(separator: "/")): the interrupted code is not resumed as the CPU requires (a miscompile; \(target.compilerName)'s -fno-shrink-wrap may avoid it)")
      }
      if !direct.storesAboveEntrySP.isEmpty {
        notes.append("WARNING: the entry code stores at or above the interrupted SP, overwriting the interrupted code's stack: \(direct.storesAboveEntrySP.joined(separator: "; "))\(target.storesAboveSPNote.map { " (\($0))" } ?? "")")
      }
      if let bytes = target.errorCodeBytes, direct.hardwareFrameBytes == target.hardwareFrameBytes + bytes {
        let baseline = report.baseline == nil ? "" : ", the baseline stub passes it to the handler and drops it too (no dummy code is pushed)"
        notes.append("exception with an error code: the CPU pushed \(bytes) B more (\(direct.hardwareFrameBytes) B frame); the direct ISR drops it before \(target.returnMnemonics[0])\(baseline)")
      }
      if direct.stackIsLowerBound { notes.append("a stack-pointer change could not be sized: stack figures are lower bounds") }
      if direct.realignPadBytes > 0 {
        notes.append("the direct ISR realigns SP: up to \(direct.realignPadBytes) B more stack depending on the interrupted SP")
      }
    }
    return notes
  }
}

// JSON: the comparison is published as `savings`, and `convention` is always present
// (null where the target has no compiler convention), as the report's consumers expect.
extension TargetReport {
  private enum CodingKeys: String, CodingKey {
    case target, displayName, compiler, compilerVersion, convention, conventionKind, conventionShort, isr, direct, baseline
    case stub, dispatchOverhead, dispatchOverheadWithoutTailCall, savings, notes, error
    case measured, synthesized, synthesizedWrapper
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(target, forKey: .target)
    try c.encode(displayName, forKey: .displayName)
    try c.encode(compiler, forKey: .compiler)
    try c.encodeIfPresent(compilerVersion, forKey: .compilerVersion)
    if let convention { try c.encode(convention, forKey: .convention) } else { try c.encodeNil(forKey: .convention) }
    try c.encode(conventionKind, forKey: .conventionKind)
    try c.encode(conventionShort, forKey: .conventionShort)
    try c.encodeIfPresent(isr, forKey: .isr)
    try c.encodeIfPresent(direct, forKey: .direct)
    try c.encodeIfPresent(baseline, forKey: .baseline)
    try c.encodeIfPresent(stub, forKey: .stub)
    try c.encodeIfPresent(dispatchOverhead, forKey: .dispatchOverhead)
    try c.encodeIfPresent(dispatchOverheadWithoutTailCall, forKey: .dispatchOverheadWithoutTailCall)
    try c.encodeIfPresent(comparison, forKey: .savings)
    try c.encode(notes, forKey: .notes)
    try c.encodeIfPresent(error, forKey: .error)
    try c.encodeIfPresent(measured, forKey: .measured)
    try c.encodeIfPresent(synthesized, forKey: .synthesized)
    try c.encodeIfPresent(synthesizedWrapper, forKey: .synthesizedWrapper)
  }
}
