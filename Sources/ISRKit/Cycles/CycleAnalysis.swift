/// Cycles along analysed paths, from the target's cycle model.
public enum CycleAnalysis {
  /// One stretch of a path inside one function (the baseline's path runs through three).
  public struct Segment {
    public var flow: FunctionFlow
    public var path: [Int]
    /// Each step's role (per step of `flow`), for the breakdown of where the cycles go.
    public var roles: [InstructionRole]?
    public init(flow: FunctionFlow, path: some Collection<Int>, roles: [InstructionRole]? = nil) {
      self.flow = flow
      self.path = Array(path)
      self.roles = roles
    }
  }

  /// The cost of the shortest and the longest path (each a list of segments).
  public static func cost(target: Target, shortest: [Segment], longest: [Segment], loops: [FunctionFlow.Loop] = [], loopFlow: FunctionFlow? = nil) -> CycleCost {
    let latency = target.hardwareLatency
    var cost = CycleCost(
      hardwareEntry: latency.entry, hardwareExit: latency.exit, vectorJump: latency.vectorJump,
      source: "", hardwareSource: latency.source, isEstimate: false, excluded: [])
    cost.tailChain = latency.tailChain
    // Lazy FP stacking is paid only by a handler that touches the FPU (VFP mnemonics start
    // with "v"): the worst case, interrupted code with FP context, is charged.
    if let extra = latency.lazyFPExtra, target.dialect == .arm,
       let fp = longest.lazy.flatMap({ s in s.path.lazy.map { s.flow.steps[$0].instruction } }).first(where: { $0.mnemonic.lowercased().hasPrefix("v") }) {
      cost.hardwareEntry = cost.hardwareEntry.map { $0 + extra }
      cost.hardwareExit = cost.hardwareExit.map { $0 + extra }
      cost.hardwareSource += "; this path uses the FPU (\(fp.text)), so +\(extra) in and out for the lazily stacked FP context"
    }
    switch target.cycleModel {
    case .table(let table):
      let low = tableCycles(table, shortest)
      let high = tableCycles(table, longest)
      cost.min = low.low
      cost.max = high.high
      cost.byRole = high.byRole
      cost.excluded = unique(low.unknown + high.unknown)
      cost.source = table.source
      if let loopFlow {
        cost.perIteration = loops.map { loop in
          // One trip: header → latch on the longest such path, the back edge taken.
          let trip = loopFlow.stepsOfLongestTrip(loop, weight: stepCycles(table, loopFlow, high: true))
          return tableCycles(table, [Segment(flow: loopFlow, path: trip + [loop.headerStep])]).high
            - (table.cycles(of: loopFlow.steps[loop.headerStep].instruction)?.high ?? 0)
        }
      }
    case .mca(let triple, let cpu):
      let low = MCAEstimate.cycles(of: lines(shortest, target: target), triple: triple, cpu: cpu)
      let high = MCAEstimate.cycles(of: lines(longest, target: target), triple: triple, cpu: cpu)
      cost.min = low.cycles
      cost.max = high.cycles
      cost.isEstimate = true
      cost.excluded = unique(rejected(shortest + longest, target: target) + low.excluded + high.excluded)
      let problem = high.problem ?? low.problem
      cost.source = problem.map { "unknown: \($0)" } ?? "estimate (llvm-mca 14, model \(cpu))"
    case .unknown(let why):
      cost.source = "unknown: \(why)"
    }
    return cost
  }

  /// For a table-timed core, the paths with the fewest and the most cycles, which need not be
  /// those with the fewest and the most instructions (a taken branch costs more than the
  /// instruction it skips); nil for other models (llvm-mca's estimates follow the
  /// instruction paths).
  public static func cyclePaths(_ flow: FunctionFlow, target: Target) -> (shortest: [Int], longest: [Int])? {
    guard case .table(let table) = target.cycleModel else { return nil }
    let low = flow.extremePaths(by: stepCycles(table, flow, high: false)).shortest
    let high = flow.extremePaths(by: stepCycles(table, flow, high: true)).longest
    return (low, high)
  }

  /// One step's table cycles given the step that follows (unknown instructions weigh 0 and
  /// are named by `tableCycles`).
  static func stepCycles(_ table: any TimingTable, _ flow: FunctionFlow, high: Bool) -> FunctionFlow.StepWeight {
    { index, next in
      let range = cycles(table, flow, index: index, next: next) ?? 0...0
      return high ? range.upperBound : range.lowerBound
    }
  }

  /// Table cycles of step `index` when `next` follows it; nil when the table has no entry.
  static func cycles(_ table: any TimingTable, _ flow: FunctionFlow, index: Int, next: Int?) -> ClosedRange<Int>? {
    let step = flow.steps[index]
    guard let timing = table.cycles(of: step.instruction) else { return nil }
    let isTaken = taken(step, index: index, next: next)
    if !step.routine.isEmpty {
      // The call, then the routine's own instructions, its last one the jump into the table.
      var low = timing.low, high = timing.high
      for (n, instruction) in step.routine.enumerated() {
        guard let cost = table.cycles(of: instruction) else { return nil }
        let range = cost.on(taken: n == step.routine.count - 1)
        low += range.lowerBound
        high += range.upperBound
      }
      return low...high
    }
    if isTaken, step.effect.flow == .skipNext, index + 1 < flow.steps.count,
       let skip = table.skipCycles(skipping: flow.steps[index + 1].instruction) {
      return skip...skip
    }
    return timing.on(taken: isTaken)
  }

  /// A conditional return or tail jump that ends the path was taken; a branch whose next
  /// step is not the following instruction was taken.
  static func taken(_ step: FunctionFlow.Step, index: Int, next: Int?) -> Bool {
    let endsHere: Bool
    switch step.effect.flow {
    case .conditionalReturn, .conditionalTailJump, .conditionalInterruptReturn: endsHere = next == nil
    default: endsHere = false
    }
    return endsHere || (next.map { $0 != index + 1 } ?? false)
  }

  /// Table cycles along segments: a branch is taken when the next step on the path is not
  /// the one after it in the listing.
  private static func tableCycles(_ table: any TimingTable, _ segments: [Segment]) -> (low: Int, high: Int, unknown: [String], byRole: [InstructionRole: Int]) {
    var low = 0, high = 0
    var unknown: [String] = []
    var byRole: [InstructionRole: Int] = [:]
    for segment in segments {
      for (k, index) in segment.path.enumerated() {
        let step = segment.flow.steps[index]
        let next = k + 1 < segment.path.count ? segment.path[k + 1] : nil
        guard let range = cycles(table, segment.flow, index: index, next: next) else {
          unknown.append(step.instruction.text)
          continue
        }
        low += range.lowerBound
        high += range.upperBound
        if let role = segment.roles?[index] { byRole[role, default: 0] += range.upperBound }
      }
    }
    return (low, high, unknown, byRole)
  }

  /// The executed instructions as text for llvm-mca, without the return from interrupt
  /// (llvm-mca has no model for it) and with the padding that runs on a fall-through.
  private static func lines(_ segments: [Segment], target: Target) -> [String] {
    var out: [String] = []
    for segment in segments {
      var previous: Int?
      for index in segment.path {
        let step = segment.flow.steps[index]
        let executed = segment.flow.instructions(at: index, after: previous)
        previous = index
        // Not modelled: the return from interrupt (no llvm-mca model), and calls, which
        // llvm-mca treats as a full barrier (~100 cycles) although the callee is not run.
        if Codegen.isInterruptReturn(step.instruction, on: target) || step.effect.flow.isCall { continue }
        let padding = executed - 1 - step.extraInstructions
        out += Array(repeating: "nop", count: max(0, padding))
        out.append(machineText(step.instruction, target: target))
      }
    }
    return out
  }

  /// RISC-V's `call`/`tail` pseudo-instructions as the linked code has them (`jal`/`j`:
  /// the link relaxes them), since llvm-mca's parser does not take pseudo-instructions.
  private static func machineText(_ instruction: AsmInstruction, target: Target) -> String {
    guard target.dialect == .riscv, let symbol = instruction.operands.last else { return instruction.text }
    switch instruction.mnemonic {
    case "call": return "jal ra, \(symbol)"
    case "tail": return "j \(symbol)"
    default: return instruction.text
    }
  }

  private static func rejected(_ segments: [Segment], target: Target) -> [String] {
    segments.flatMap { segment in
      segment.path.map { segment.flow.steps[$0].instruction }
        .filter { Codegen.isInterruptReturn($0, on: target) }.map(\.text)
        + segment.path.map { segment.flow.steps[$0] }.filter { $0.effect.flow.isCall }.map { $0.instruction.text + " (call, not modelled)" }
    }
  }

  private static func unique(_ values: [String]) -> [String] {
    var seen: [String] = []
    for value in values where !seen.contains(value) { seen.append(value) }
    return seen
  }
}

extension FunctionFlow {
  /// Step indices of the longest path from a loop's header to its latch (one trip).
  func stepsOfLongestTrip(_ loop: Loop, weight: StepWeight? = nil) -> [Int] {
    guard let header = blocks.firstIndex(where: { $0.steps.lowerBound == loop.headerStep }),
          let latch = blocks.firstIndex(where: { $0.steps.contains(loop.latchStep) }) else { return [] }
    return tripPaths(from: header, to: latch, weight: weight)?.long ?? []
  }
}
