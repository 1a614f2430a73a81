/// One function's instructions with their decoded effects, as a control-flow graph of basic
/// blocks: conditional returns and tail calls, jump tables (resolved from the table in the
/// listing), loops (back edges, each with its cost per iteration), and the machine code's
/// extra instructions (alignment padding, pseudo-instruction expansion) when known.
///
/// Paths are acyclic: a back edge is cut and reported as a loop, so min/max figures are
/// "each loop body at most once" plus `loops` per iteration.
public struct FunctionFlow: Sendable, Hashable {
  /// One instruction of the listing, with where it is and what it costs in machine code.
  public struct Step: Sendable, Hashable {
    public var lineIndex: Int
    public var instruction: AsmInstruction
    public var effect: InstructionEffect
    /// `.loc ... prologue_end` precedes this instruction.
    public var isPrologueEnd: Bool
    /// `.loc ... epilogue_begin` precedes this instruction.
    public var isEpilogueBegin: Bool
    /// Written by the user in inline assembly (between the compiler's APP/NO_APP markers).
    public var isInlineAssembly = false
    /// Machine instructions beyond the first that this listing instruction became
    /// (RISC-V `call` → `auipc` + `jalr`); 0 when not known or one-to-one.
    public var extraInstructions = 0
    /// Padding instructions (alignment NOPs) the assembler put right before this one: they
    /// execute only when control falls through from the previous instruction.
    public var paddingBefore = 0
    /// A libgcc routine this call runs before it jumps into the table after it (Thumb-1's
    /// `bl __gnu_thumb1_case_uqi`): its instructions, counted in `extraInstructions` too.
    public var routine: [AsmInstruction] = []
    /// The deepest the routine pushes (it pops it all before jumping).
    public var routineStackBytes = 0
  }

  struct Block: Sendable, Hashable {
    var steps: Range<Int>
    var successors: [Int]
    var isExit: Bool
  }

  /// A loop: a back edge from `latchStep` to `headerStep`, and what one more trip costs.
  public struct Loop: Sendable, Hashable, Codable {
    public var headerStep: Int
    public var latchStep: Int
    /// Source line of the loop's first instruction, when the listing maps it.
    public var sourceLine: Int?
    /// Instructions of one more iteration (header → back edge), shortest and longest.
    public var instructionsPerIterationMin: Int
    public var instructionsPerIterationMax: Int
    /// Stack depth change of one iteration (0 in any loop a compiler emits).
    public var stackBytesPerIteration: Int
  }

  public var name: String
  public var steps: [Step]
  var blocks: [Block]
  /// Every back edge found, as a loop (empty for straight-line and branching code).
  public private(set) var loops: [Loop] = []
  /// Indirect jumps whose targets could not be read from a jump table: paths through them
  /// end there (the figures are then incomplete, and say so).
  public private(set) var unresolvedIndirectJumps: [Int] = []
  /// Jump tables resolved: step index → the labels it can jump to.
  public private(set) var jumpTables: [Int: [String]] = [:]

  /// Whether any branch goes backwards.
  public var hasLoops: Bool { !loops.isEmpty }

  public init(listing: AsmListing, function: AsmFunction, target: Target, machineCode: MachineCodeMap? = nil) {
    name = function.name
    var labels: Set<String> = []
    for index in function.lineRange { if let label = listing.lines[index].label { labels.insert(label) } }
    let decoder = InstructionDecoder(target: target, localLabels: labels)

    // Steps, and which step each label points at.
    var steps: [Step] = []
    var labelStep: [String: Int] = [:]
    var numericLabels: [(label: String, step: Int)] = []
    var pendingLabels: [String] = []
    var prologueEnd = false
    var epilogueBegin = false
    var inlineAssembly = false
    for index in function.lineRange {
      let line = listing.lines[index]
      switch line.kind {
      case .label(let name): pendingLabels.append(name)
      case .directive(let name, _) where JumpTable.dataDirectives.contains(name):
        pendingLabels.removeAll()  // those labels name data (a jump table), not the next instruction
      case .directive(let name, let arguments) where name == ".loc":
        if arguments.contains("prologue_end") { prologueEnd = true }
        if arguments.contains("epilogue_begin") { epilogueBegin = true }
      case .commentOnly:
        // clang brackets inline assembly with APP / NO_APP comments on every target.
        let marker = FunctionFlow.inlineAssemblyMarker(line.text)
        if marker == "APP" { inlineAssembly = true } else if marker == "NO_APP" { inlineAssembly = false }
      case .instruction(let instruction):
        for label in pendingLabels {
          labelStep[label] = steps.count
          if label.allSatisfy(\.isNumber) { numericLabels.append((label, steps.count)) }
        }
        pendingLabels.removeAll()
        var step = Step(
          lineIndex: index, instruction: instruction, effect: decoder.effect(of: instruction),
          isPrologueEnd: prologueEnd, isEpilogueBegin: epilogueBegin, isInlineAssembly: inlineAssembly)
        if let entry = machineCode?.entries[index] {
          step.extraInstructions = entry.extraInstructions
          step.paddingBefore = entry.paddingBefore
        }
        steps.append(step)
        prologueEnd = false
        epilogueBegin = false
      default: break
      }
    }
    // A call into libgcc's table dispatch jumps through the table after it, never returns:
    // a multi-way branch whose own instructions run too.
    for i in steps.indices {
      let called: String?
      switch steps[i].effect.flow {
      case .call(let name?), .tailJump(let name?): called = name  // bl __gnu_thumb1_case_uqi / jmp __tablejump2__
      default: called = nil
      }
      guard let name = called, let routine = machineCode?.routines[name] else { continue }
      steps[i].effect.flow = .tailJump(target: nil)
      steps[i].routine = routine
      steps[i].extraInstructions += routine.count
      var depth = 0
      for instruction in routine {
        if case .bytes(let n) = decoder.effect(of: instruction).stack { depth += n }
        steps[i].routineStackBytes = max(steps[i].routineStackBytes, depth)
      }
    }

    // `1b`, `2f`, `.+2`: each such branch gets a label of its own for the step it reaches.
    for i in steps.indices {
      let flow = steps[i].effect.flow
      let label: String
      switch flow {
      case .conditional(let l), .jump(let l): label = l
      default: continue
      }
      guard labelStep[label] == nil, let reference = LocalReference(label) else { continue }
      let bytes: (Int) -> Int? = { target.dialect == .avr ? InstructionDecoder.avrBytes(steps[$0].instruction) : nil }
      guard let reached = reference.target(from: i, steps: steps.count, numericLabels: numericLabels, bytes: bytes) else { continue }
      let unique = "\(label)@\(i)"
      labelStep[unique] = reached
      if case .conditional = flow { steps[i].effect.flow = .conditional(label: unique) } else { steps[i].effect.flow = .jump(label: unique) }
    }
    self.steps = steps

    // Indirect jumps through a jump table become multi-way branches.
    for (i, step) in steps.enumerated() where step.effect.flow == .tailJump(target: nil) || step.effect.flow == .conditionalTailJump(target: nil) {
      if let table = JumpTable.targets(of: i, steps: steps, listing: listing, function: function,
                                       isCodeLabel: { labelStep[$0] != nil }),
         table.contains(where: { labelStep[$0] != nil }) {
        jumpTables[i] = table.filter { labelStep[$0] != nil }
      } else if step.effect.flow == .tailJump(target: nil) {
        unresolvedIndirectJumps.append(i)
      }
    }

    // Leaders: first step, branch targets, and the step after a branch (and its delay slot).
    var leaders: Set<Int> = [0]
    for (i, step) in steps.enumerated() {
      let end = step.effect.hasDelaySlot ? i + 2 : i + 1
      switch step.effect.flow {
      case .conditional(let label), .jump(let label):
        if let target = labelStep[label] { leaders.insert(target) }
        leaders.insert(end)
      case .return, .interruptReturn, .tailJump, .conditionalReturn, .conditionalTailJump, .conditionalInterruptReturn:
        for label in jumpTables[i] ?? [] { if let target = labelStep[label] { leaders.insert(target) } }
        leaders.insert(end)
      case .skipNext:
        leaders.insert(i + 1)
        leaders.insert(i + 2)
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
      func block(_ label: String) -> Int? { labelStep[label].flatMap { blockOf[$0] } }
      switch steps[control].effect.flow {
      case .conditional(let label):
        blocks[n].successors = FunctionFlow.unique([block(label), next].compactMap { $0 })
      case .jump(let label):
        blocks[n].successors = [block(label)].compactMap { $0 }
      case .tailJump where jumpTables[control] != nil:
        blocks[n].successors = FunctionFlow.unique(jumpTables[control, default: []].compactMap(block))
      case .conditionalTailJump where jumpTables[control] != nil:
        // Through the table, or on with the next instruction when the condition fails.
        blocks[n].successors = FunctionFlow.unique(jumpTables[control, default: []].compactMap(block) + [next].compactMap { $0 })
      case .return, .interruptReturn, .tailJump:
        blocks[n].isExit = true
      case .conditionalReturn, .conditionalTailJump, .conditionalInterruptReturn:
        blocks[n].isExit = true
        if let next { blocks[n].successors = [next] }
      case .skipNext:
        // The next instruction is a block of its own: run it, or go on after it.
        let afterSkipped = range.upperBound + 1 < steps.count ? blockOf[range.upperBound + 1] : nil
        blocks[n].successors = FunctionFlow.unique([next, afterSkipped].compactMap { $0 })
        if next == nil { blocks[n].isExit = true }
      case .next, .call:
        if let next { blocks[n].successors = [next] } else { blocks[n].isExit = true }
      }
    }
    self.blocks = blocks
    let backEdges = removeBackEdges()
    loops = backEdges.map { loop(latchBlock: $0.from, headerBlock: $0.to, listing: listing) }
  }

  /// `APP` / `NO_APP` when `text` is one of clang's inline-assembly markers.
  static func inlineAssemblyMarker(_ text: String) -> String? {
    var body = Substring(text).trimmingAsmSpace()
    for marker in ["//", "#", "@", ";"] where body.hasPrefix(marker) {
      body = body.dropFirst(marker.count).trimmingAsmSpace()
      return body == "APP" || body == "NO_APP" ? String(body) : nil
    }
    return nil
  }

  private static func unique(_ values: [Int]) -> [Int] {
    var seen: [Int] = []
    for value in values where !seen.contains(value) { seen.append(value) }
    return seen
  }

  /// Cuts edges that go back to a block on the current DFS path, and returns them.
  private mutating func removeBackEdges() -> [(from: Int, to: Int)] {
    guard !blocks.isEmpty else { return [] }
    var state = [Int](repeating: 0, count: blocks.count)  // 0 new, 1 on path, 2 done
    var found: [(from: Int, to: Int)] = []
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
          found.append((top.block, s))
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

  // MARK: - Weights

  /// Machine instructions executed for step `index` when the step executed before it was
  /// `previous`: alignment padding runs only on a fall-through from the step just before.
  public func instructions(at index: Int, after previous: Int?) -> Int {
    let step = steps[index]
    var count = 1 + step.extraInstructions
    if let previous, previous == index - 1, step.paddingBefore > 0, steps[previous].fallsThrough {
      count += step.paddingBefore
    }
    return count
  }

  /// Machine instructions executed along `path` (step indices in execution order).
  public func instructions(on path: some Collection<Int>) -> Int {
    var total = 0
    var previous: Int?
    for index in path {
      total += instructions(at: index, after: previous)
      previous = index
    }
    return total
  }

  // MARK: - Paths

  /// The weight of one step on a path, given the step that follows it (nil: the path ends
  /// there). Instructions depend on it through padding run on a fall-through; table cycles
  /// through branches taken or not.
  public typealias StepWeight = (_ step: Int, _ next: Int?) -> Int

  /// Executed instructions as a step weight: the step, plus the padding run before `next`
  /// when control falls through into it.
  var instructionWeight: StepWeight {
    { step, next in
      instructions(at: step, after: nil)
        + (next.map { instructions(at: $0, after: step) - instructions(at: $0, after: nil) } ?? 0)
    }
  }

  /// Step indices of the shortest and the longest path from entry to an exit (by executed
  /// instructions). Both are empty when no path reaches an exit (the function never
  /// returns, or has no instructions).
  public func extremePaths() -> (shortest: [Int], longest: [Int]) {
    extremePaths(by: instructionWeight)
  }

  /// The lightest and the heaviest path from entry to an exit under `weight`.
  public func extremePaths(by weight: StepWeight) -> (shortest: [Int], longest: [Int]) {
    guard !blocks.isEmpty, let result = paths(from: 0, to: nil, weight: weight) else { return ([], []) }
    return (result.short, result.long)
  }

  /// Whether some path from the first instruction reaches a return.
  public var returns: Bool { steps.isEmpty || paths(from: 0, to: nil, weight: instructionWeight) != nil }

  /// Lightest and heaviest paths from block `start` to an exit (`end` nil) or to the end of
  /// block `end`; nil when there is none. The graph is acyclic here.
  private func paths(from start: Int, to end: Int?, weight: StepWeight) -> (short: [Int], long: [Int])? {
    typealias Best = (short: [Int], shortWeight: Int, long: [Int], longWeight: Int)
    var memo: [Int: Best?] = [:]
    func solve(_ b: Int) -> Best? {
      if let known = memo[b] { return known }
      let own = Array(blocks[b].steps)
      // The block's steps but its last, whose weight depends on where the path goes next.
      let inner = zip(own, own.dropFirst()).reduce(0) { $0 + weight($1.0, $1.1) }
      var best: Best? = nil
      func consider(_ path: [Int], _ weight: Int) {
        guard var current = best else { best = (path, weight, path, weight); return }
        if weight < current.shortWeight { current.short = path; current.shortWeight = weight }
        if weight > current.longWeight { current.long = path; current.longWeight = weight }
        best = current
      }
      let endsHere = inner + (own.last.map { weight($0, nil) } ?? 0)
      if let end {
        if b == end { consider(own, endsHere) }
      } else if blocks[b].isExit {
        // An exit block may also continue (conditional return): ending here is a path too.
        consider(own, endsHere)
      }
      if end != b {
        for s in blocks[b].successors {
          guard let sub = solve(s) else { continue }
          let link = own.last.map { last in weight(last, sub.short.first ?? blocks[s].steps.lowerBound) } ?? 0
          consider(own + sub.short, inner + link + sub.shortWeight)
          consider(own + sub.long, inner + link + sub.longWeight)
        }
      }
      memo[b] = best
      return best
    }
    return solve(start).map { ($0.short, $0.long) }
  }

  /// Lightest and heaviest paths from block `header` to the end of block `latch`.
  func tripPaths(from header: Int, to latch: Int, weight: StepWeight? = nil) -> (short: [Int], long: [Int])? {
    paths(from: header, to: latch, weight: weight ?? instructionWeight)
  }

  private func loop(latchBlock: Int, headerBlock: Int, listing: AsmListing) -> Loop {
    let header = blocks[headerBlock].steps.lowerBound
    var latch = blocks[latchBlock].steps.upperBound - 1
    if latch > blocks[latchBlock].steps.lowerBound, steps[latch - 1].effect.hasDelaySlot { latch -= 1 }
    let trip = paths(from: headerBlock, to: latchBlock, weight: instructionWeight)
    let short = trip.map { instructions(on: $0.short) } ?? 0
    let long = trip.map { instructions(on: $0.long) } ?? 0
    var depth = 0
    for index in trip?.long ?? [] {
      if case .bytes(let n) = steps[index].effect.stack { depth += n }
    }
    let line = listing.lines[steps[header].lineIndex].sourceLine
    return Loop(headerStep: header, latchStep: latch, sourceLine: line,
                instructionsPerIterationMin: short, instructionsPerIterationMax: long,
                stackBytesPerIteration: depth)
  }
}

extension FunctionFlow.Step {
  /// Whether control can continue with the next instruction in the listing.
  var fallsThrough: Bool {
    switch effect.flow {
    case .next, .call, .conditional, .conditionalReturn, .conditionalTailJump, .conditionalInterruptReturn, .skipNext: return true
    case .jump, .tailJump, .return, .interruptReturn: return false
    }
  }
}
