/// One function's control-flow graph and the role of each of its instructions, made once.
public struct FunctionAnalysis: Sendable, Hashable {
  public var flow: FunctionFlow
  /// Per step of `flow`.
  public var roles: [InstructionRole]

  public init(flow: FunctionFlow) {
    self.flow = flow
    roles = InstructionRole.classify(flow)
  }

  /// Listing line index → role, for views that walk the listing.
  public var roleOfLine: [Int: InstructionRole] {
    var result: [Int: InstructionRole] = [:]
    for (step, role) in zip(flow.steps, roles) { result[step.lineIndex] = role }
    return result
  }

  /// Listing line indices of pushes that only pad the stack (released without a pop, as
  /// x86-64's `pushq %rax` … `addq $8, %rsp`): not a saved register, whatever they push.
  public var alignmentPushLines: Set<Int> {
    let path = flow.extremePaths().longest
    return Set(StackUsageComparison.paddingPushes(flow, path: path).map(\.lineIndex))
  }
}

/// One target's compile of one source version, analysed once: the listing (parsed when the
/// build was made), each ISR function's control-flow graph and roles, and the wrapper isrx
/// synthesizes where no compiler convention exists. `isrx asm`, the explorer's asm pane and
/// the cost analysis all read it; nothing downstream parses or analyses the listing again.
public struct CompiledTarget: Sendable {
  public var target: Target
  public var language: SourceLanguage
  public var extraFlags: [String]
  /// Nil when the compile could not run (missing compiler, refused flag): `error` says why.
  public var codegen: Codegen?
  public var error: String?
  /// Analyses of the ISR functions (every function whose role is not `.function`), by name.
  public var analyses: [String: FunctionAnalysis] = [:]
  /// The synthesized wrapper (AArch64, PowerPC) and its analysis.
  public var synthesized: SynthesizedISR?
  public var wrapperAnalysis: FunctionAnalysis?

  public static func make(
    source: String, target: Target, toolchain: Toolchain, extraFlags: [String] = [],
    language: SourceLanguage = .c, function: String? = nil
  ) -> CompiledTarget {
    var compiled = CompiledTarget(target: target, language: language, extraFlags: extraFlags)
    if case .missing(let why) = toolchain.availability(target, language: language) {
      compiled.error = "not analysed: \(why)"
      return compiled
    }
    let codegen: Codegen
    do {
      codegen = try Codegen.compile(source, for: target, toolchain: toolchain, extraFlags: extraFlags, language: language)
    } catch {
      compiled.error = error.description
      return compiled
    }
    compiled.codegen = codegen
    guard codegen.output.succeeded else { return compiled }
    for fn in codegen.listing.functions where (codegen.roles[fn.name] ?? .function) != .function {
      let flow = FunctionFlow(listing: codegen.listing, function: fn, target: target, machineCode: codegen.output.machineCode)
      compiled.analyses[fn.name] = FunctionAnalysis(flow: flow)
    }
    if let name = function ?? codegen.isrNames.first {
      compiled.synthesize(for: name, toolchain: toolchain)
    }
    return compiled
  }

  /// Makes the synthesized wrapper (and its analysis) the one around `name`, where the target
  /// has no compiler convention and isrx synthesizes one.
  mutating func synthesize(for name: String, toolchain: Toolchain) {
    guard let codegen, target.convention(for: language).kind == .none, SynthesizedISR.supports(target) else { return }
    synthesized = nil
    wrapperAnalysis = nil
    guard let synth = try? SynthesizedISR.build(codegen, function: name, toolchain: toolchain) else { return }
    synthesized = synth
    let listing = synth.wrapper.listing
    if let fn = listing.function(named: synth.symbol) {
      wrapperAnalysis = FunctionAnalysis(flow: FunctionFlow(
        listing: listing, function: fn, target: target, machineCode: synth.wrapper.machineCode))
    }
  }

  /// The same compile with its synthesized wrapper around `name` (the wrapper is per ISR; the
  /// compile, listing and analyses are shared): itself when it already is, or has none.
  public func focused(on name: String?, toolchain: Toolchain) -> CompiledTarget {
    guard let name, let synthesized, synthesized.body != name else { return self }
    var copy = self
    copy.synthesize(for: name, toolchain: toolchain)
    return copy
  }

  /// The ISRs a report covers, in listing order: `function` alone when given, else every ISR
  /// the target's compile produced (one compiled out on this target is simply absent). Nil
  /// stands for "the default", where there is nothing to list (no compile, no ISR): the
  /// report then says why.
  public func isrsToReport(function: String? = nil) -> [String?] {
    if let function { return [function] }
    guard let codegen, codegen.output.succeeded, !codegen.isrNames.isEmpty else { return [nil] }
    return codegen.isrNames
  }
}

/// Everything isrx derives from one source version for one target, made once: the compiled
/// and analysed target, the baseline build, and the static report. The CLI's report, the
/// measurement and the explorer's panes consume this one value.
public struct TargetBuild: Sendable {
  public var compiled: CompiledTarget
  public var baseline: BaselineBuild?
  public var report: TargetReport

  public static func make(
    source: String, target: Target, toolchain: Toolchain, settings: CostSettings,
    function: String? = nil, extraFlags: [String] = [], language: SourceLanguage = .c
  ) -> TargetBuild {
    let compiled = CompiledTarget.make(
      source: source, target: target, toolchain: toolchain, extraFlags: extraFlags, language: language, function: function)
    return make(compiled, source: source, toolchain: toolchain, settings: settings, function: function)
  }

  /// Costs an already compiled target (the explorer shows its listing first, then this).
  public static func make(
    _ compiled: CompiledTarget, source: String, toolchain: Toolchain, settings: CostSettings, function: String? = nil
  ) -> TargetBuild {
    let compiled = compiled.focused(on: function, toolchain: toolchain)
    let (report, baseline) = TargetReport.make(
      compiled, source: source, toolchain: toolchain, settings: settings, function: function)
    return TargetBuild(compiled: compiled, baseline: baseline, report: report)
  }

  /// One build per ISR of the target (`function` alone when given), from one compile: each
  /// has its own baseline (the baseline's handler is that ISR) and, where isrx synthesizes
  /// the convention, its own wrapper.
  public static func makeEach(
    source: String, target: Target, toolchain: Toolchain, settings: CostSettings,
    function: String? = nil, extraFlags: [String] = [], language: SourceLanguage = .c
  ) -> [TargetBuild] {
    let compiled = CompiledTarget.make(
      source: source, target: target, toolchain: toolchain, extraFlags: extraFlags, language: language, function: function)
    return makeEach(compiled, source: source, toolchain: toolchain, settings: settings, function: function)
  }

  /// One build per ISR of an already compiled target (`function` alone when given).
  public static func makeEach(
    _ compiled: CompiledTarget, source: String, toolchain: Toolchain, settings: CostSettings, function: String? = nil
  ) -> [TargetBuild] {
    compiled.isrsToReport(function: function).map {
      make(compiled, source: source, toolchain: toolchain, settings: settings, function: $0)
    }
  }
}
