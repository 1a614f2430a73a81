/// The figures for one way of handling an interrupt (direct ISR, or the baseline).
public struct VariantCost: Sendable, Hashable, Encodable {
  /// Instructions executed per interrupt on the shortest and longest acyclic path.
  public var instructionsMin: Int
  public var instructionsMax: Int
  /// The body branches back: loop bodies were counted once.
  public var loopsCountedOnce: Bool
  /// Each loop on the path and what one more iteration costs ("14–22 + 9/iteration").
  public var loops: [LoopCost] = []
  /// Deepest software stack (pushes, reservations, return addresses) below the SP the
  /// interrupted code had, not counting `realignPadBytes`.
  public var softwareStackBytes: Int
  /// The deepest point of the longest path by instructions (the deepest path may be another:
  /// an early exit that calls out); a run that takes the longest path reaches it.
  public var stackBytesOnLongestPath: Int? = nil
  /// Up to this many more bytes when SP had to be realigned (0 when no realignment).
  public var realignPadBytes: Int
  /// A stack change could not be sized: the stack figure is a lower bound.
  public var stackIsLowerBound: Bool
  /// Bytes the CPU pushed before the first instruction (from the target catalog).
  public var hardwareFrameBytes: Int
  /// Code size, and what it is made of.
  public var codeBytes: Int
  public var codeParts: [CodePart]
  /// Registers saved on the path, each with why.
  public var registersSaved: [SavedRegister]
  /// Functions called that are outside the analysis (their instructions and stack are extra).
  public var externalCalls: [String]
  /// Every instruction on the deepest path that moved the stack, in order.
  public var stackEvents: [PathWalk.StackEvent]
  /// Instructions per role on the longest path.
  public var roleCounts: [InstructionRole: Int]
  /// What clang's `-fstack-usage` says about the same code, and how the figures relate.
  public var stackUsageCheck: StackUsageCheck?
  /// Saves that write at or above the interrupted SP, i.e. into the interrupted code's stack.
  public var storesAboveEntrySP: [String] = []
  /// Returns of a compiler-convention ISR that are not a return from interrupt (`jr $31`
  /// where `eret` belongs): a miscompile, with its source line.
  public var plainReturns: [String] = []
  /// Cycles per interrupt with their source (table, llvm-mca estimate, or unknown).
  public var cycles: CycleCost? = nil
  /// The vectors `codeBytes` is for (the same on both sides).
  public var vectors: Int = 1
  /// Code per vector: `codeBytes` shared out over the vectors.
  public var codeBytesPerVector: Double { Double(codeBytes) / Double(max(1, vectors)) }
}

/// One loop of a variant: min/max count each loop body at most once; each further
/// iteration adds this many instructions.
public struct LoopCost: Sendable, Hashable, Codable {
  /// Which function the loop is in (the ISR, or in the baseline the handler or dispatcher).
  public var function: String
  /// Source line of the loop's first instruction, when the listing maps it.
  public var line: Int?
  public var instructionsPerIteration: Int
  /// The shortest iteration, when paths through the loop differ.
  public var instructionsPerIterationMin: Int

  public init(function: String, loop: FunctionFlow.Loop) {
    self.function = function
    line = loop.sourceLine
    instructionsPerIteration = loop.instructionsPerIterationMax
    instructionsPerIterationMin = loop.instructionsPerIterationMin
  }

  /// `+ 9/iteration (line 12)`.
  public var text: String {
    let count = instructionsPerIterationMin == instructionsPerIteration
      ? "\(instructionsPerIteration)" : "\(instructionsPerIterationMin)–\(instructionsPerIteration)"
    return "+ \(count)/iteration" + (line.map { " (line \($0))" } ?? " (\(function))")
  }
}

extension VariantCost {
  /// `14–22`, or `14–22 +9/it` when the path has loops (for table cells).
  public var instructionsCompact: String {
    let range = instructionsMin == instructionsMax ? "\(instructionsMin)" : "\(instructionsMin)–\(instructionsMax)"
    return ([range] + loops.map { "+\($0.instructionsPerIteration)/it" }).joined(separator: " ")
  }

  /// `14–22`, or `14–22 + 9/iteration (line 12)` when the path has loops.
  public var instructionsText: String {
    let range = instructionsMin == instructionsMax ? "\(instructionsMin)" : "\(instructionsMin)–\(instructionsMax)"
    return ([range] + loops.map(\.text)).joined(separator: " ")
  }
}

/// One piece of a variant's code.
public struct CodePart: Sendable, Hashable, Codable {
  public var name: String
  public var bytesEach: Int
  public var copies: Int
  public var bytes: Int { bytesEach * copies }
}

/// A register saved on the interrupt path, and why.
public struct SavedRegister: Sendable, Hashable, Codable {
  public enum Reason: String, Sendable, Hashable, Codable {
    /// The body itself uses the register.
    case usedByBody = "used by the body"
    /// The body calls out, and the callee may clobber this caller-saved register.
    case callerSavedAcrossCall = "caller-saved, the body calls out"
    /// Saved for frame set-up or stack realignment, not for the body.
    case frame = "frame pointer / realignment"
    /// Saved by the baseline stub and the C handler may clobber it.
    case neededByHandler = "needed: a C handler may clobber it"
    /// Saved by the baseline stub although the C ABI already preserves it.
    case blind = "blind: the C ABI already preserves it"
    /// Saved by the handler's or dispatcher's own prologue (callee-saved use).
    case calleeSavedByHandler = "saved by the C function itself"
  }
  public var register: String
  public var reason: Reason
}

/// The compiler's `-fstack-usage` figure next to isrx's, with the difference explained.
public struct StackUsageCheck: Sendable, Hashable, Codable {
  public var function: String
  /// Whose figure it is: "clang" or "gcc".
  public var compiler: String
  public var compilerBytes: Int
  public var isrxBytes: Int
  public var explanation: String
}

/// Stack the double dispatch needs beyond what calling the handler directly from the stub
/// would need: the seed RFC's "a minimum of 12 additional bytes on the stack".
public struct DispatchOverhead: Sendable, Hashable, Codable {
  public struct Item: Sendable, Hashable, Codable {
    public var what: String
    public var bytes: Int
  }
  public var items: [Item]
  public var totalBytes: Int { items.reduce(0) { $0 + $1.bytes } }
  /// Whether the unified handler reached the handler with a tail jump instead of a call.
  public var dispatcherTailJumps: Bool
}

/// The stub's own figures (RustOS: 13 bytes, 6 instructions, 40 bytes before the call).
public struct StubFigures: Sendable, Hashable, Codable {
  public var bytes: Int
  public var instructions: Int
  /// Software stack in use when the unified handler starts (including the return address).
  public var stackAtUnifiedHandler: Int
  public var copies: BaselineBuild.StubCopies
}

// The report's JSON names the figures as the cost-model issue specifies
// (`instructions: {min, max}`, `savedRegisters`), alongside the detail fields.
extension VariantCost {
  private enum CodingKeys: String, CodingKey {
    case instructions, loopsCountedOnce, softwareStackBytes, realignPadBytes, stackIsLowerBound
    case hardwareFrameBytes, codeBytes, codeParts, savedRegisters, externalCalls, stackEvents
    case roleCounts, stackUsageCheck, storesAboveEntrySP, plainReturns, cycles, vectors, codeBytesPerVector
  }

  private struct Range: Encodable {
    var min: Int
    var max: Int
    var loops: [Loop]
    struct Loop: Encodable { var function: String; var line: Int?; var instructionsPerIteration: Int; var instructionsPerIterationMin: Int }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    let loops = self.loops.map {
      Range.Loop(function: $0.function, line: $0.line, instructionsPerIteration: $0.instructionsPerIteration,
                 instructionsPerIterationMin: $0.instructionsPerIterationMin)
    }
    try c.encode(Range(min: instructionsMin, max: instructionsMax, loops: loops), forKey: .instructions)
    try c.encode(loopsCountedOnce, forKey: .loopsCountedOnce)
    try c.encode(softwareStackBytes, forKey: .softwareStackBytes)
    try c.encode(realignPadBytes, forKey: .realignPadBytes)
    try c.encode(stackIsLowerBound, forKey: .stackIsLowerBound)
    try c.encode(hardwareFrameBytes, forKey: .hardwareFrameBytes)
    try c.encode(codeBytes, forKey: .codeBytes)
    try c.encode(codeParts, forKey: .codeParts)
    try c.encode(registersSaved, forKey: .savedRegisters)
    try c.encode(externalCalls, forKey: .externalCalls)
    try c.encode(stackEvents, forKey: .stackEvents)
    try c.encode(roleCounts, forKey: .roleCounts)
    try c.encodeIfPresent(stackUsageCheck, forKey: .stackUsageCheck)
    try c.encode(storesAboveEntrySP, forKey: .storesAboveEntrySP)
    try c.encode(plainReturns, forKey: .plainReturns)
    try c.encodeIfPresent(cycles, forKey: .cycles)
    try c.encode(vectors, forKey: .vectors)
    try c.encode(codeBytesPerVector, forKey: .codeBytesPerVector)
  }
}

extension VariantCost {
  /// Software stack in the worst case: the realignment pad included (the figure compared).
  public var worstCaseStackBytes: Int { softwareStackBytes + realignPadBytes }

  /// `80 B`, or `24+12 B` when a realignment may add a pad.
  public var stackText: String {
    realignPadBytes > 0 ? "\(softwareStackBytes)+\(realignPadBytes) B" : "\(softwareStackBytes) B"
  }
}
