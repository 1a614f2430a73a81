/// Computes the static costs of the direct ISR and of the double-dispatch baseline for one
/// target, from the real compiler output of both.
public enum CostAnalysis {
  public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
    case toolchain(ToolchainError)
    case compileFailed(target: String, piece: String, diagnostics: [Diagnostic])
    case noISR(target: String)
    case functionMissing(target: String, piece: String, name: String)
    case handWrittenAttribute(name: String)
    case neverReturns(target: String, name: String)

    public var description: String {
      switch self {
      case .toolchain(let error): return error.description
      case .compileFailed(let target, let piece, let diagnostics):
        let first = diagnostics.first { $0.severity == .error }
        let at = first?.line.map { "line \($0): " } ?? ""
        return "\(target): the \(piece) did not compile: \(at)\(first?.message ?? "unknown error")"
      case .noISR(let target):
        return "\(target): no ISR found (use ISR(name) { ... } or name one with --function)"
      case .functionMissing(let target, let piece, let name):
        return "\(target): '\(name)' is not in the \(piece)'s listing"
      case .neverReturns(let target, let name):
        return "\(target): '\(name)' never returns (no path from its first instruction reaches a return): per-interrupt costs do not exist for it"
      case .handWrittenAttribute(let name):
        return "'\(name)' carries a hand-written interrupt attribute, so it cannot also be compiled as the baseline's plain handler; use the portable ISR(\(name)) form"
      }
    }
  }

  /// Analyses the direct ISR named `function` (default: the first ISR in the file).
  public static func direct(
    _ codegen: Codegen, function: String? = nil, analyses: [String: FunctionAnalysis] = [:]
  ) throws(Failure) -> (name: String, cost: VariantCost) {
    let target = codegen.target
    guard codegen.output.succeeded else {
      throw .compileFailed(target: target.name, piece: "source", diagnostics: codegen.output.diagnostics)
    }
    guard let name = function ?? codegen.isrNames.first else { throw .noISR(target: target.name) }
    guard let fn = codegen.listing.function(named: name) else {
      throw .functionMissing(target: target.name, piece: "source", name: name)
    }
    // Made once per build (CompiledTarget); analysed here only when called on its own.
    let analysis = analyses[name] ?? FunctionAnalysis(flow: FunctionFlow(
      listing: codegen.listing, function: fn, target: target, machineCode: codegen.output.machineCode))
    let flow = analysis.flow
    guard flow.returns else { throw .neverReturns(target: target.name, name: name) }
    let roles = analysis.roles
    let paths = flow.extremePaths()
    var shortest = PathWalk()
    shortest.walk(flow, path: paths.shortest, roles: roles, base: 0, wordBytes: target.wordBytes)
    var longest = PathWalk()
    longest.walk(flow, path: paths.longest, roles: roles, base: 0, wordBytes: target.wordBytes)
    let deepestPath = flow.deepestPath()
    var deepest = PathWalk()
    deepest.walk(flow, path: deepestPath, roles: roles, base: 0, wordBytes: target.wordBytes)

    let size = (try? ELFObject(codegen.output.object))?.functionSize(name) ?? 0
    let saved = savedRegisters(flow: flow, roles: roles, target: target)
    let software = max(shortest.maxDepth, longest.maxDepth, deepest.maxDepth)
    let check = codegen.output.reportedStackUsage(of: name).map {
      StackUsageComparison.check(function: name, clang: $0, isrx: software, pad: deepest.realignPadMax,
                                 flow: flow, path: deepestPath, target: target)
    }
    var cost = VariantCost(
      instructionsMin: shortest.instructions, instructionsMax: longest.instructions,
      loopsCountedOnce: flow.hasLoops, loops: flow.loops.map { LoopCost(function: name, loop: $0) },
      softwareStackBytes: software, realignPadBytes: max(shortest.realignPadMax, longest.realignPadMax, deepest.realignPadMax),
      stackIsLowerBound: shortest.hasUnknownStackChange || longest.hasUnknownStackChange || deepest.hasUnknownStackChange,
      hardwareFrameBytes: target.hardwareFrameBytes + (codegen.errorCodeISRs.contains(name) ? target.errorCodeBytes ?? 0 : 0),
      codeBytes: size, codeParts: [CodePart(name: name, bytesEach: size, copies: 1)],
      registersSaved: saved,
      externalCalls: unique(shortest.externalCalls + longest.externalCalls),
      stackEvents: deepest.events, roleCounts: longest.roleCounts, stackUsageCheck: check,
      storesAboveEntrySP: longest.storesAboveEntrySP)
    cost.stackBytesOnLongestPath = longest.maxDepth
    if codegen.roles[name] == .isr { cost.plainReturns = PlainReturnCheck.find(in: flow, listing: codegen.listing, target: target) }
    let cyclePaths = CycleAnalysis.cyclePaths(flow, target: target) ?? paths
    cost.cycles = CycleAnalysis.cost(
      target: target, shortest: [.init(flow: flow, path: cyclePaths.shortest, roles: roles)],
      longest: [.init(flow: flow, path: cyclePaths.longest, roles: roles)],
      loops: flow.loops, loopFlow: flow)
    return (name, cost)
  }

  /// Analyses the baseline: stub → unified handler → handler, for `vectors` vectors.
  public static func baseline(
    _ build: BaselineBuild, handler name: String, target: Target, vectors: Int,
    plainDispatcher: BaselineBuild? = nil
  ) throws(Failure) -> (cost: VariantCost, stub: StubFigures, overhead: DispatchOverhead) {
    let hardwareFrame = target.hardwareFrameBytes + (build.errorCode ? target.errorCodeBytes ?? 0 : 0)
    for (piece, output) in [("stub template", build.stub), ("dispatcher", build.dispatcher), ("handler", build.handler)]
    where !output.succeeded {
      throw .compileFailed(target: target.name, piece: piece, diagnostics: output.diagnostics)
    }
    let stub = try flow(of: BaselineBuild.stubSymbol, in: build.stub, piece: "stub template", target: target)
    let dispatcher = try flow(of: BaselineBuild.dispatcherSymbol, in: build.dispatcher, piece: "dispatcher", target: target)
    let handler = try flow(of: name, in: build.handler, piece: "handler", target: target)
    // Only a compiler convention turns a function into an ISR; on Cortex-M `bx lr` is both.
    if target.convention.kind == .attribute, handler.steps.contains(where: { $0.effect.flow == .interruptReturn || $0.effect.flow == .conditionalInterruptReturn }) {
      throw .handWrittenAttribute(name: name)
    }

    let stubPath = stub.extremePaths().longest
    let dispatchPaths = dispatcher.extremePaths()
    let handlerPaths = handler.extremePaths()
    let stubRoles = [InstructionRole](repeating: .stub, count: stub.steps.count)
    let dispatchRoles = [InstructionRole](repeating: .dispatch, count: dispatcher.steps.count)
    let handlerRoles = [InstructionRole](repeating: .handler, count: handler.steps.count)
    let w = target.wordBytes

    // Composes one pass through the three pieces.
    func compose(dispatchPath: [Int], handlerPath: [Int]) -> (walk: PathWalk, stubDepthAtCall: Int, overhead: DispatchOverhead, segments: [CycleAnalysis.Segment]) {
      var walk = PathWalk()
      var segments: [CycleAnalysis.Segment] = []
      let call = stubPath.firstIndex { stub.steps[$0].effect.flow.isCall } ?? (stubPath.count - 1)
      let stubDepth = walk.walk(stub, path: stubPath[...call], roles: stubRoles, base: 0, wordBytes: w,
                                analysed: [BaselineBuild.dispatcherSymbol])
      segments.append(.init(flow: stub, path: stubPath[...call], roles: stubRoles))
      let stubRA = stub.steps[stubPath[call]].effect.returnAddressBytes
      let transfer = dispatchPath.firstIndex { i in
        switch dispatcher.steps[i].effect.flow {
        case .call(nil), .tailJump(nil): return true
        default: return false
        }
      } ?? (dispatchPath.count - 1)
      let dispatchBase = stubDepth + stubRA
      let dispatchDepth = walk.walk(dispatcher, path: dispatchPath[...transfer], roles: dispatchRoles,
                                    base: dispatchBase, wordBytes: w, indirectIsAnalysed: true)
      segments.append(.init(flow: dispatcher, path: dispatchPath[...transfer], roles: dispatchRoles))
      let transferStep = dispatcher.steps[dispatchPath[transfer]]
      let isTail: Bool
      if case .tailJump = transferStep.effect.flow { isTail = true } else { isTail = false }
      let dispatchRA = isTail ? 0 : transferStep.effect.returnAddressBytes
      walk.walk(handler, path: handlerPath, roles: handlerRoles, base: dispatchDepth + dispatchRA, wordBytes: w)
      segments.append(.init(flow: handler, path: handlerPath, roles: handlerRoles))
      if !isTail, transfer + 1 < dispatchPath.count {
        walk.walk(dispatcher, path: dispatchPath[(transfer + 1)...], roles: dispatchRoles, base: dispatchDepth, wordBytes: w)
        segments.append(.init(flow: dispatcher, path: dispatchPath[(transfer + 1)...], roles: dispatchRoles))
      }
      if call + 1 < stubPath.count {
        walk.walk(stub, path: stubPath[(call + 1)...], roles: stubRoles, base: stubDepth, wordBytes: w)
        segments.append(.init(flow: stub, path: stubPath[(call + 1)...], roles: stubRoles))
      }
      // What exists only because of the indirection (vs. the stub calling the handler).
      var items: [DispatchOverhead.Item] = []
      let argumentBytes = stubPath[...call].reduce(0) { sum, i in
        let e = stub.steps[i].effect
        if e.pushesArgument, case .bytes(let n) = e.stack { return sum + n }
        return sum
      }
      if argumentBytes > 0 {
        let what = build.errorCode ? "vector number and error code pushed as the arguments" : "vector number pushed as the argument"
        items.append(.init(what: what, bytes: argumentBytes))
      }
      if stubRA > 0 { items.append(.init(what: "return address of the stub's call into the unified handler", bytes: stubRA)) }
      let ownDispatch = dispatchDepth - dispatchBase
      if ownDispatch > 0 { items.append(.init(what: "the unified handler's own frame (saves, locals)", bytes: ownDispatch)) }
      if dispatchRA > 0 {
        items.append(.init(what: "return address of the unified handler's call into the handler", bytes: dispatchRA))
      } else if isTail {
        items.append(.init(what: "the unified handler tail-jumps to the handler: no second return address", bytes: 0))
      }
      return (walk, stubDepth + stubRA, DispatchOverhead(items: items, dispatcherTailJumps: isTail), segments)
    }

    let short = compose(dispatchPath: dispatchPaths.shortest, handlerPath: handlerPaths.shortest)
    let long = compose(dispatchPath: dispatchPaths.longest, handlerPath: handlerPaths.longest)
    let deep = compose(dispatchPath: dispatcher.deepestPath(), handlerPath: handler.deepestPath())

    let stubSize = (try? ELFObject(build.stub.object))?.functionSize(BaselineBuild.stubSymbol) ?? 0
    let dispatchSize = (try? ELFObject(build.dispatcher.object))?.functionSize(BaselineBuild.dispatcherSymbol) ?? 0
    let handlerSize = (try? ELFObject(build.handler.object))?.functionSize(name) ?? 0
    let copies = build.stubCopies == .perVector ? vectors : 1
    let parts = [
      CodePart(name: "stub (\(build.stubCopies.rawValue))", bytesEach: stubSize, copies: copies),
      CodePart(name: "unified handler", bytesEach: dispatchSize, copies: 1),
      CodePart(name: "handler \(name)", bytesEach: handlerSize, copies: 1),
    ]

    var saved: [SavedRegister] = []
    for step in stub.steps where !step.effect.saves.isEmpty {
      for register in step.effect.saves where register != target.registers.stackPointer && !saved.contains(where: { $0.register == register }) {
        saved.append(SavedRegister(
          register: register,
          reason: target.registers.callerSaved.contains(register) ? .neededByHandler : .blind))
      }
    }
    for (flow, roles) in [(dispatcher, dispatchRoles), (handler, handlerRoles)] {
      _ = roles
      for register in prologueSaves(flow, target: target) where !saved.contains(where: { $0.register == register }) {
        saved.append(SavedRegister(register: register, reason: .calleeSavedByHandler))
      }
    }

    var cost = VariantCost(
      instructionsMin: short.walk.instructions, instructionsMax: long.walk.instructions,
      loopsCountedOnce: handler.hasLoops || dispatcher.hasLoops,
      loops: handler.loops.map { LoopCost(function: name, loop: $0) }
        + dispatcher.loops.map { LoopCost(function: BaselineBuild.dispatcherSymbol, loop: $0) },
      softwareStackBytes: max(short.walk.maxDepth, long.walk.maxDepth, deep.walk.maxDepth),
      realignPadBytes: max(short.walk.realignPadMax, long.walk.realignPadMax, deep.walk.realignPadMax),
      stackIsLowerBound: short.walk.hasUnknownStackChange || long.walk.hasUnknownStackChange || deep.walk.hasUnknownStackChange,
      hardwareFrameBytes: hardwareFrame,
      codeBytes: parts.reduce(0) { $0 + $1.bytes }, codeParts: parts,
      registersSaved: saved,
      externalCalls: unique(short.walk.externalCalls + long.walk.externalCalls),
      stackEvents: deep.walk.events, roleCounts: long.walk.roleCounts, stackUsageCheck: nil)
    cost.stackBytesOnLongestPath = long.walk.maxDepth
    // Cycles follow the paths with the fewest and most cycles through each piece.
    let dispatchCycles = CycleAnalysis.cyclePaths(dispatcher, target: target) ?? dispatchPaths
    let handlerCycles = CycleAnalysis.cyclePaths(handler, target: target) ?? handlerPaths
    cost.cycles = CycleAnalysis.cost(
      target: target,
      shortest: compose(dispatchPath: dispatchCycles.shortest, handlerPath: handlerCycles.shortest).segments,
      longest: compose(dispatchPath: dispatchCycles.longest, handlerPath: handlerCycles.longest).segments,
      loops: handler.loops, loopFlow: handler)
    let stubInstructions = stubPath.count
    let figures = StubFigures(bytes: stubSize, instructions: stubInstructions,
                              stackAtUnifiedHandler: long.stubDepthAtCall, copies: build.stubCopies)
    return (cost, figures, long.overhead)
  }

  // MARK: - Pieces

  static func flow(of name: String, in output: BuildOutput, piece: String, target: Target) throws(Failure) -> FunctionFlow {
    let listing = output.listing
    guard let fn = listing.function(named: name) else {
      throw .functionMissing(target: target.name, piece: piece, name: name)
    }
    return FunctionFlow(listing: listing, function: fn, target: target, machineCode: output.machineCode)
  }

  /// Registers a plain function saves in its own prologue (before its first non-save).
  static func prologueSaves(_ flow: FunctionFlow, target: Target) -> [String] {
    var result: [String] = []
    for step in flow.steps {
      let effect = step.effect
      let isSetup = !effect.saves.isEmpty || effect.stack != .none || effect.isHousekeeping
      guard isSetup, effect.flow == .next else { break }
      result += effect.saves.filter { $0 != target.registers.stackPointer && !result.contains($0) }
    }
    return result
  }

  /// Registers the convention's entry saves, each with why.
  static func savedRegisters(flow: FunctionFlow, roles: [InstructionRole], target: Target) -> [SavedRegister] {
    var bodyRegisters: Set<String> = []
    var bodyCalls = false
    for (i, step) in flow.steps.enumerated() where roles[i] == .body {
      bodyRegisters.formUnion(step.effect.registers)
      if step.effect.flow.isCall { bodyCalls = true }
      if case .tailJump = step.effect.flow { bodyCalls = true }
      if case .conditionalTailJump = step.effect.flow { bodyCalls = true }
    }
    // MIPS k0/k1 only carry EPC/Status through the prologue; they are not the interruptee's.
    let scratch = Set(target.registers.reservedForHandler)
    // Registers that become frame pointers (for realignment) are saved for the frame.
    var framePointers: Set<String> = []
    for (i, step) in flow.steps.enumerated() where roles[i] == .entry {
      if case .setFramePointer = step.effect.stack {
        framePointers.formUnion(step.effect.registers.filter { $0 != target.registers.stackPointer })
      }
    }
    var result: [SavedRegister] = []
    for (i, step) in flow.steps.enumerated() where roles[i] == .entry {
      for register in step.effect.saves
      where register != target.registers.stackPointer && !scratch.contains(register)
        && !result.contains(where: { $0.register == register }) {
        let reason: SavedRegister.Reason
        if framePointers.contains(register) {
          reason = .frame
        } else if bodyCalls && target.registers.callerSaved.contains(register) {
          reason = .callerSavedAcrossCall
        } else if bodyRegisters.contains(register) {
          reason = .usedByBody
        } else {
          reason = .frame
        }
        result.append(SavedRegister(register: register, reason: reason))
      }
    }
    return result
  }

  static func unique(_ names: [String]) -> [String] {
    var seen: [String] = []
    for name in names where !seen.contains(name) { seen.append(name) }
    return seen
  }
}
