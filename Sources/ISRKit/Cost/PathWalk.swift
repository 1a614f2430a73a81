/// Walks one path of a function and measures it: instructions, stack depth, calls.
public struct PathWalk: Sendable, Hashable {
  /// One instruction that moved the stack, for the breakdown view.
  public struct StackEvent: Sendable, Hashable, Codable {
    public var role: InstructionRole
    public var function: String
    public var text: String
    /// Bytes added (positive) or released (negative); return addresses pushed by calls too.
    public var bytes: Int
    /// Depth below the interrupted SP after this instruction, not counting realignment pad.
    public var depthAfter: Int
  }

  public var instructions: Int = 0
  /// Deepest software stack reached, relative to the SP at the first instruction.
  public var maxDepth: Int = 0
  /// Extra bytes a dynamic realignment may add (0 when SP is already aligned).
  public var realignPadMax: Int = 0
  /// Whether the decoder met an SP change it cannot size (the figure is then a lower bound).
  public var hasUnknownStackChange = false
  /// Symbols called that are not part of the analysed path (their own stack is not counted).
  public var externalCalls: [String] = []
  public var events: [StackEvent] = []
  /// Instructions per role.
  public var roleCounts: [InstructionRole: Int] = [:]
  /// Saves that store at or above the SP the interrupted code had: they overwrite the
  /// interrupted code's stack (LLVM's MIPS interrupt prologue does this, docs/REFERENCE.md §2.5).
  public var storesAboveEntrySP: [String] = []

  /// Walks `path` (indices into `flow.steps`) starting at depth `base`; `roles` gives each
  /// step's role. Calls to symbols in `analysed` (and indirect calls when
  /// `indirectIsAnalysed`) are walked separately by the caller of this method; all other
  /// calls are recorded as external. Returns the depth at the end of the path.
  @discardableResult
  public mutating func walk(
    _ flow: FunctionFlow, path: some Collection<Int>, roles: [InstructionRole], base: Int,
    wordBytes: Int, analysed: Set<String> = [], indirectIsAnalysed: Bool = false
  ) -> Int {
    var depth = base
    var framePointerDepth = base
    var previous: Int?
    for index in path {
      let step = flow.steps[index]
      let role = roles[index]
      // Machine instructions: padding on a fall-through and pseudo-instruction expansion too.
      let executed = flow.instructions(at: index, after: previous)
      previous = index
      instructions += executed
      roleCounts[role, default: 0] += executed
      switch step.effect.stack {
      case .none: break
      case .bytes(let n):
        depth += n
        events.append(StackEvent(role: role, function: flow.name, text: step.instruction.text, bytes: n, depthAfter: depth))
      case .realign(let alignment):
        realignPadMax += max(0, alignment - wordBytes)
        events.append(StackEvent(role: role, function: flow.name, text: step.instruction.text, bytes: 0, depthAfter: depth))
      case .setFramePointer(let offset):
        framePointerDepth = depth - offset
      case .restoreFromFramePointer(let offset):
        let before = depth
        depth = framePointerDepth + offset
        if depth != before {
          events.append(StackEvent(role: role, function: flow.name, text: step.instruction.text, bytes: depth - before, depthAfter: depth))
        }
      case .unknown:
        hasUnknownStackChange = true
      }
      maxDepth = max(maxDepth, depth + step.routineStackBytes)
      if let offset = step.effect.storeOffset, offset >= depth, !storesAboveEntrySP.contains(step.instruction.text) {
        storesAboveEntrySP.append(step.instruction.text)
      }
      switch step.effect.flow {
      case .call(let target), .tailJump(let target), .conditionalTailJump(let target):
        let isCall: Bool
        if case .call = step.effect.flow { isCall = true } else { isCall = false }
        let pushed = isCall ? step.effect.returnAddressBytes : 0
        if pushed > 0 {
          events.append(StackEvent(role: role, function: flow.name, text: step.instruction.text + "  (return address)", bytes: pushed, depthAfter: depth + pushed))
        }
        maxDepth = max(maxDepth, depth + pushed)
        let isAnalysed = target.map { analysed.contains($0) } ?? indirectIsAnalysed
        if !isAnalysed { externalCalls.append(target ?? "(indirect)") }
      default: break
      }
    }
    return depth
  }
}

extension InstructionEffect.Flow {
  var isCall: Bool { if case .call = self { return true } else { return false } }
}
