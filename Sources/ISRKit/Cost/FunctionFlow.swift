/// One function's instructions with their decoded effects, split into basic blocks, and
/// its shortest and longest acyclic paths from the first instruction to an exit.
///
/// Loops are cut at their back edges, so a loop body counts once; `hasLoops` says so.
public struct FunctionFlow: Sendable, Hashable {
  /// One instruction on the path, with where it is in the listing.
  public struct Step: Sendable, Hashable {
    public var lineIndex: Int
    public var instruction: AsmInstruction
    public var effect: InstructionEffect
    /// `.loc ... prologue_end` precedes this instruction.
    public var isPrologueEnd: Bool
    /// `.loc ... epilogue_begin` precedes this instruction.
    public var isEpilogueBegin: Bool
  }

  struct Block: Sendable, Hashable {
    var steps: Range<Int>
    var successors: [Int]
    var isExit: Bool
  }

  public var name: String
  public var steps: [Step]
  var blocks: [Block]
  /// Whether any branch goes backwards (a loop was counted once).
  public private(set) var hasLoops = false

  public init(listing: AsmListing, function: AsmFunction, target: Target) {
    name = function.name
    var labels: Set<String> = []
    for index in function.lineRange { if let label = listing.lines[index].label { labels.insert(label) } }
    let decoder = InstructionDecoder(target: target, localLabels: labels)

    // Steps, and which step each label points at.
    var steps: [Step] = []
    var labelStep: [String: Int] = [:]
    var pendingLabels: [String] = []
    var prologueEnd = false
    var epilogueBegin = false
    for index in function.lineRange {
      let line = listing.lines[index]
      switch line.kind {
      case .label(let name): pendingLabels.append(name)
      case .directive(let name, let arguments) where name == ".loc":
        if arguments.contains("prologue_end") { prologueEnd = true }
        if arguments.contains("epilogue_begin") { epilogueBegin = true }
      case .instruction(let instruction):
        for label in pendingLabels { labelStep[label] = steps.count }
        pendingLabels.removeAll()
        steps.append(Step(
          lineIndex: index, instruction: instruction, effect: decoder.effect(of: instruction),
          isPrologueEnd: prologueEnd, isEpilogueBegin: epilogueBegin))
        prologueEnd = false
        epilogueBegin = false
      default: break
      }
    }
    self.steps = steps

    // Leaders: first step, branch targets, and the step after a branch (and its delay slot).
    var leaders: Set<Int> = [0]
    for (i, step) in steps.enumerated() {
      let end = step.effect.hasDelaySlot ? i + 2 : i + 1
      switch step.effect.flow {
      case .conditional(let label), .jump(let label):
        if let target = labelStep[label] { leaders.insert(target) }
        leaders.insert(end)
      case .return, .interruptReturn, .tailJump, .conditionalReturn, .conditionalTailJump:
        leaders.insert(end)
      case .next, .call: break
      }
    }
    let starts = leaders.filter { $0 < steps.count }.sorted()
    var blockOf: [Int: Int] = [:]
    var blocks: [Block] = []
    for (n, start) in starts.enumerated() {
      let end = n + 1 < starts.count ? starts[n + 1] : steps.count
      blockOf[start] = n
      blocks.append(Block(steps: start..<end, successors: [], isExit: false))
    }
    for n in blocks.indices {
      let range = blocks[n].steps
      // The control instruction is the last one, or the one before a delay slot.
      var control = range.upperBound - 1
      if control > range.lowerBound, steps[control - 1].effect.hasDelaySlot { control -= 1 }
      let next = range.upperBound < steps.count ? blockOf[range.upperBound] : nil
      switch steps[control].effect.flow {
      case .conditional(let label):
        blocks[n].successors = [labelStep[label].flatMap { blockOf[$0] }, next].compactMap { $0 }
      case .jump(let label):
        blocks[n].successors = [labelStep[label].flatMap { blockOf[$0] }].compactMap { $0 }
      case .return, .interruptReturn, .tailJump:
        blocks[n].isExit = true
      case .conditionalReturn, .conditionalTailJump:
        blocks[n].isExit = true
        if let next { blocks[n].successors = [next] }
      case .next, .call:
        if let next { blocks[n].successors = [next] } else { blocks[n].isExit = true }
      }
    }
    self.blocks = blocks
    hasLoops = removeBackEdges()
  }

  /// Cuts edges that go back to a block on the current DFS path. Returns whether any did.
  private mutating func removeBackEdges() -> Bool {
    guard !blocks.isEmpty else { return false }
    var state = [Int](repeating: 0, count: blocks.count)  // 0 new, 1 on path, 2 done
    var found = false
    var stack: [(block: Int, next: Int)] = [(0, 0)]
    state[0] = 1
    while let top = stack.last {
      let successors = blocks[top.block].successors
      if top.next < successors.count {
        stack[stack.count - 1].next += 1
        let s = successors[top.next]
        if state[s] == 1 {
          blocks[top.block].successors.removeAll { $0 == s }
          stack[stack.count - 1].next -= 1
          found = true
        } else if state[s] == 0 {
          state[s] = 1
          stack.append((s, 0))
        }
      } else {
        state[top.block] = 2
        stack.removeLast()
      }
    }
    return found
  }

  /// Step indices of the shortest and the longest path from entry to an exit (by
  /// instruction count). Empty when the function has no instructions.
  public func extremePaths() -> (shortest: [Int], longest: [Int]) {
    guard !blocks.isEmpty else { return ([], []) }
    // Memoised best path from each block to an exit (the graph is acyclic now).
    var best: [Int: (short: [Int], long: [Int])] = [:]
    func solve(_ b: Int) -> (short: [Int], long: [Int]) {
      if let known = best[b] { return known }
      let own = Array(blocks[b].steps)
      var short: [Int]? = nil
      var long: [Int]? = nil
      for s in blocks[b].successors {
        let sub = solve(s)
        if short == nil || sub.short.count < short?.count ?? 0 { short = sub.short }
        if long == nil || sub.long.count > long?.count ?? 0 { long = sub.long }
      }
      // An exit block may also continue (conditional return): ending here is a path too.
      if blocks[b].isExit { short = []; if long == nil { long = [] } }
      let result = (own + (short ?? []), own + (long ?? []))
      best[b] = result
      return result
    }
    // Deep recursion is bounded by the number of blocks of one function.
    let result = solve(0)
    return (result.short, result.long)
  }
}
