/// Cycles one instruction takes on an in-order core, from the core's published table: a
/// range where the table gives one (Cortex-M's pipeline refill P = 1–3), and for branches
/// the taken and not-taken cost.
public struct InstructionCycles: Sendable, Hashable {
  public var low: Int
  public var high: Int
  /// Cost when a conditional branch or skip is taken (nil: same as `low...high`).
  public var takenLow: Int?
  public var takenHigh: Int?

  public static func exactly(_ n: Int) -> InstructionCycles { InstructionCycles(low: n, high: n) }
  public static func range(_ low: Int, _ high: Int) -> InstructionCycles { InstructionCycles(low: low, high: high) }
  public static func branch(notTaken: Int, taken: ClosedRange<Int>) -> InstructionCycles {
    InstructionCycles(low: notTaken, high: notTaken, takenLow: taken.lowerBound, takenHigh: taken.upperBound)
  }

  /// The cost on a path: `taken` says whether control went to the branch target.
  func on(taken: Bool) -> ClosedRange<Int> {
    if taken, let takenLow, let takenHigh { return takenLow...takenHigh }
    return low...high
  }
}

/// A core's instruction timing table, with the document it comes from.
public protocol TimingTable: Sendable {
  /// "AVR Instruction Set Manual (DS40002198), Instruction Set Summary" and the like.
  var source: String { get }
  /// The cycles of `instruction`, or nil when the table has no entry for it.
  func cycles(of instruction: AsmInstruction) -> InstructionCycles?
  /// What a skip instruction costs when it skips `skipped` (AVR: 2, or 3 over a 2-word
  /// instruction); nil when the table has no such rule.
  func skipCycles(skipping skipped: AsmInstruction) -> Int?
}

extension TimingTable {
  public func skipCycles(skipping skipped: AsmInstruction) -> Int? { nil }
}

/// Where a target's cycle figures come from.
public enum CycleModel: Sendable {
  /// An in-order core with a published per-instruction table: exact (or a stated range).
  case table(any TimingTable)
  /// A pipelined or out-of-order core: llvm-mca's scheduling model, an estimate.
  case mca(triple: String, cpu: String)
  /// No source: cycles are unknown, never invented.
  case unknown(why: String)
}

/// What the CPU spends getting into and out of the handler, around the first and after the
/// last instruction, from the same kind of published source.
public struct HardwareLatency: Sendable, Hashable, Codable {
  public var entry: Int?
  public var exit: Int?
  /// Cycles of the vector table's own jump, the same on both sides (AVR's `jmp`).
  public var vectorJump: Int?
  /// Entry when the next interrupt is taken straight after this one's exit (Cortex-M).
  public var tailChain: Int?
  /// Added on entry and on exit when the handler uses the FPU while the interrupted code had
  /// FP context (Cortex-M4F lazy stacking writes and reloads s0-s15, FPSCR).
  public var lazyFPExtra: Int? = nil
  public var source: String

  public static func unknown(_ why: String) -> HardwareLatency { HardwareLatency(source: why) }
}
