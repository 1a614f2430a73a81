/// Figures measured by executing the linked machine code in an emulator (the `ISREmulator`
/// module fills these; ISRKit only defines them, so it never depends on the emulator).

/// One emulated interrupt: from the first instruction after the simulated hardware entry to
/// the return-from-interrupt (or the return to a sentinel address, for plain functions).
public struct MeasuredRun: Sendable, Hashable, Codable {
  /// Why the emulation stopped.
  public enum Stop: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The return-from-interrupt instruction (or a plain return) was reached.
    case returned
    /// The instruction budget ran out: the code loops, or never returns.
    case budget(Int)
    /// The wall-clock limit ran out first.
    case timeout(Double)
    /// The CPU faulted (an invalid instruction, a fetch outside the code, ...).
    case fault(String)

    public var description: String {
      switch self {
      case .returned: return "returned"
      case .budget(let n): return "budget hit: no return within \(n) instructions"
      case .timeout(let s): return "timeout: no return within \(s) s"
      case .fault(let why): return "fault: \(why)"
      }
    }
  }

  /// A write outside the stack region.
  public struct Write: Sendable, Hashable, Codable {
    public var address: UInt64
    public var bytes: Int
    /// The symbol the address belongs to, when the linked image names it.
    public var symbol: String?

    public init(address: UInt64, bytes: Int, symbol: String? = nil) {
      self.address = address
      self.bytes = bytes
      self.symbol = symbol
    }
  }

  /// Instructions executed, counting the return instruction, not counting the instructions
  /// of the stubs isrx provides for external functions (those are in `stubInstructions`).
  public var instructions: Int
  /// Instructions executed inside the provided external-function stubs (e.g. `ret`).
  public var stubInstructions: Int
  /// Cycles of the same instructions (first ISR instruction to the return, included), where
  /// the simulator counts them (simavr); nil elsewhere (Unicorn counts no cycles).
  public var cycles: Int?
  /// Cycles of the vector table's jump to the ISR, counted apart (simavr on AVR).
  public var vectorJumpCycles: Int?
  /// Deepest software stack: bytes between the SP at the first instruction and the lowest
  /// of (lowest SP seen, lowest stack address written).
  public var deepestStackBytes: Int
  /// The lowest SP seen, relative to the SP at the first instruction (≤ 0).
  public var lowestStackPointerOffset: Int
  /// Stack addresses written *above* the SP at the first instruction (into the hardware
  /// frame or the interrupted code's stack), as offsets from that SP.
  public var writesAboveEntrySP: [Int]
  /// Memory written outside the stack region (globals, memory-mapped registers).
  public var writesOutsideStack: [Write]
  /// Pages that were not part of the image and were mapped as plain RAM on first touch
  /// (memory-mapped registers), page base addresses.
  public var mappedOnDemand: [UInt64]
  /// The registers compared at the return (what the interrupted code could observe).
  public var comparedRegisters: [String]
  /// Those that differ from their value at entry.
  public var clobberedRegisters: [String]
  /// Functions isrx replaced by a stub that returns at once (`scheduler_tick`).
  public var stubbedCalls: [String]
  public var stoppedBy: Stop
  /// How the end was detected ("iretl reached", "ret to the sentinel", ...).
  public var exit: String
  /// Anything a reader needs to interpret the figures.
  public var notes: [String]

  public init(
    instructions: Int = 0, stubInstructions: Int = 0, deepestStackBytes: Int = 0,
    lowestStackPointerOffset: Int = 0, writesAboveEntrySP: [Int] = [],
    writesOutsideStack: [Write] = [], mappedOnDemand: [UInt64] = [], comparedRegisters: [String] = [],
    clobberedRegisters: [String] = [], stubbedCalls: [String] = [], stoppedBy: Stop = .returned,
    exit: String = "", notes: [String] = []
  ) {
    self.instructions = instructions
    self.stubInstructions = stubInstructions
    self.deepestStackBytes = deepestStackBytes
    self.lowestStackPointerOffset = lowestStackPointerOffset
    self.writesAboveEntrySP = writesAboveEntrySP
    self.writesOutsideStack = writesOutsideStack
    self.mappedOnDemand = mappedOnDemand
    self.comparedRegisters = comparedRegisters
    self.clobberedRegisters = clobberedRegisters
    self.stubbedCalls = stubbedCalls
    self.stoppedBy = stoppedBy
    self.exit = exit
    self.notes = notes
  }

  public var returned: Bool { stoppedBy == .returned }
}

/// The measured figures of one target: the direct ISR, the baseline path, and the body
/// compiled as a plain function entered as if it were the ISR (the teaching case).
public struct MeasuredCost: Sendable, Hashable, Codable {
  public enum Variant: String, Sendable, Hashable, Codable, CaseIterable {
    case direct, baseline, plain
  }

  /// Which emulator measured, e.g. "Unicorn 2.0.1".
  public var emulator: String
  public var direct: MeasuredRun?
  public var baseline: MeasuredRun?
  public var plain: MeasuredRun?
  /// Set when nothing could be measured (target not emulated, link failed, ...).
  public var notMeasured: String?
  /// Per variant, why it could not be measured when the others could.
  public var errors: [String: String]
  /// Where measured and static figures disagree, each a sentence to explain.
  public var disagreements: [String]

  public init(
    emulator: String, direct: MeasuredRun? = nil, baseline: MeasuredRun? = nil, plain: MeasuredRun? = nil,
    notMeasured: String? = nil, errors: [String: String] = [:], disagreements: [String] = []
  ) {
    self.emulator = emulator
    self.direct = direct
    self.baseline = baseline
    self.plain = plain
    self.notMeasured = notMeasured
    self.errors = errors
    self.disagreements = disagreements
  }

  public subscript(variant: Variant) -> MeasuredRun? {
    get {
      switch variant {
      case .direct: return direct
      case .baseline: return baseline
      case .plain: return plain
      }
    }
    set {
      switch variant {
      case .direct: direct = newValue
      case .baseline: baseline = newValue
      case .plain: plain = newValue
      }
    }
  }

  /// Whether `count` executed instructions can be a path of `cost`: within [min, max], or,
  /// when the path has loops, at least min (each further iteration adds to max).
  public static func staticBoundsContain(_ count: Int, _ cost: VariantCost) -> Bool {
    if count < cost.instructionsMin { return false }
    return count <= cost.instructionsMax || !cost.loops.isEmpty
  }

  /// Compares a measured run with the static figures of the same variant. A measurement is
  /// in agreement when its instructions lie within [min, max], its stack depth is at most
  /// software stack + realignment pad (and at least the software stack when it ran the
  /// longest path), and it wrote nothing above the SP it was entered with.
  public static func disagreements(
    variant: Variant, measured: MeasuredRun, static cost: VariantCost
  ) -> [String] {
    guard measured.returned else {
      return ["\(variant.rawValue): \(measured.stoppedBy): static figures assume it returns"]
    }
    var out: [String] = []
    if !staticBoundsContain(measured.instructions, cost) {
      out.append("\(variant.rawValue): measured \(measured.instructions) instructions, static \(cost.instructionsText)")
    }
    // The static stack is the deepest over all paths: a run on another path may use less.
    // More than the static maximum, or less than the longest path reaches when the run took
    // it, needs explaining.
    let low = cost.softwareStackBytes, high = cost.softwareStackBytes + cost.realignPadBytes
    let tookLongestPath = measured.instructions >= cost.instructionsMax
    let longestPathLow = cost.stackBytesOnLongestPath ?? low
    if (measured.deepestStackBytes < longestPathLow && tookLongestPath) || (measured.deepestStackBytes > high && !cost.stackIsLowerBound) {
      out.append("\(variant.rawValue): measured stack \(measured.deepestStackBytes) B, static \(low == high ? "\(low)" : "\(low)–\(high)") B")
    }
    // A simulator that counts cycles (simavr) checks the cited table on the path it took:
    // on straight-line code the two must be equal.
    if let cycles = measured.cycles, let timed = cost.cycles, !timed.isEstimate, let low = timed.min, let high = timed.max,
       cycles < low || (cycles > high && cost.loops.isEmpty) {
      out.append("\(variant.rawValue): measured \(cycles) cycles, static \(low == high ? "\(low)" : "\(low)–\(high)")")
    }
    if let jump = measured.vectorJumpCycles, let timed = cost.cycles?.vectorJump, jump != timed {
      out.append("\(variant.rawValue): the vector's jump took \(jump) cycles, static \(timed)")
    }
    if !measured.clobberedRegisters.isEmpty {
      // An interrupt path must leave every register the interrupted code can see as it was.
      out.append("\(variant.rawValue): the interrupted code would find \(measured.clobberedRegisters.joined(separator: " ")) changed: not a working ISR as compiled")
    }
    if !measured.writesAboveEntrySP.isEmpty {
      let offsets = measured.writesAboveEntrySP.map { "SP+\($0)" }.joined(separator: ", ")
      out.append("\(variant.rawValue): wrote above the entry SP (\(offsets)): into the hardware frame or the interrupted code's stack")
    }
    return out
  }
}
