import Foundation

extension CostAnalysis {
  /// The figures of a synthesized ISR: the wrapper's path into the body, the body's own
  /// path, and the wrapper's path back out to `eret`/`rfi`. Code bytes are wrapper + body.
  public static func synthesized(_ synth: SynthesizedISR, codegen: Codegen, body bodyFlow: FunctionFlow? = nil) throws(Failure) -> VariantCost {
    let target = synth.target
    guard synth.wrapper.succeeded else {
      throw .compileFailed(target: target.name, piece: "synthesized wrapper", diagnostics: synth.wrapper.diagnostics)
    }
    let wrapper = try flow(of: synth.symbol, in: synth.wrapper, piece: "synthesized wrapper", target: target)
    let body: FunctionFlow
    if let bodyFlow { body = bodyFlow } else { body = try flow(of: synth.body, in: codegen.output, piece: "source", target: target) }
    let wrapperPath = wrapper.extremePaths().longest
    let call = wrapperPath.firstIndex { wrapper.steps[$0].effect.flow.isCall } ?? (wrapperPath.count - 1)
    let wrapperRoles = wrapperPath.indices.map { i -> InstructionRole in
      i < call ? .entry : (i == call ? .entry : (i == wrapperPath.count - 1 ? .return : .exit))
    }
    var roleOfStep = [InstructionRole](repeating: .exit, count: wrapper.steps.count)
    for (i, step) in wrapperPath.enumerated() { roleOfStep[step] = wrapperRoles[i] }
    let bodyRoles = [InstructionRole](repeating: .body, count: body.steps.count)
    let w = target.wordBytes

    func segments(_ bodyPath: [Int]) -> [CycleAnalysis.Segment] {
      var out: [CycleAnalysis.Segment] = [.init(flow: wrapper, path: wrapperPath[...call]), .init(flow: body, path: bodyPath)]
      if call + 1 < wrapperPath.count { out.append(.init(flow: wrapper, path: wrapperPath[(call + 1)...])) }
      return out
    }
    func compose(_ bodyPath: [Int]) -> PathWalk {
      var walk = PathWalk()
      let depth = walk.walk(wrapper, path: wrapperPath[...call], roles: roleOfStep, base: 0, wordBytes: w,
                            analysed: [synth.body])
      let pushed = wrapper.steps[wrapperPath[call]].effect.returnAddressBytes
      walk.walk(body, path: bodyPath, roles: bodyRoles, base: depth + pushed, wordBytes: w)
      if call + 1 < wrapperPath.count {
        walk.walk(wrapper, path: wrapperPath[(call + 1)...], roles: roleOfStep, base: depth, wordBytes: w)
      }
      return walk
    }
    let paths = body.extremePaths()
    let short = compose(paths.shortest)
    let long = compose(paths.longest)
    let deep = compose(body.deepestPath())

    let wrapperSize = (try? ELFObject(synth.wrapper.object))?.functionSize(synth.symbol) ?? 0
    let bodySize = (try? ELFObject(codegen.output.object))?.functionSize(synth.body) ?? 0
    var saved: [SavedRegister] = synth.saves.map { save in
      let reason: SavedRegister.Reason
      switch save.reason {
      case .writtenByBody: reason = .usedByBody
      case .bodyCallsOut: reason = .callerSavedAcrossCall
      case .linkRegister, .scratch: reason = .frame
      }
      return SavedRegister(register: save.register, reason: reason)
    }
    for register in prologueSaves(body, target: target) where !saved.contains(where: { $0.register == register }) {
      saved.append(SavedRegister(register: register, reason: .calleeSavedByHandler))
    }
    var cost = VariantCost(
      instructionsMin: short.instructions, instructionsMax: long.instructions,
      loopsCountedOnce: body.hasLoops, loops: body.loops.map { LoopCost(function: body.name, loop: $0) },
      softwareStackBytes: max(short.maxDepth, long.maxDepth, deep.maxDepth),
      realignPadBytes: max(short.realignPadMax, long.realignPadMax, deep.realignPadMax),
      stackIsLowerBound: short.hasUnknownStackChange || long.hasUnknownStackChange || deep.hasUnknownStackChange,
      hardwareFrameBytes: target.hardwareFrameBytes,
      codeBytes: wrapperSize + bodySize,
      codeParts: [
        CodePart(name: "\(synth.symbol) (\(SynthesizedISR.label))", bytesEach: wrapperSize, copies: 1),
        CodePart(name: "body \(synth.body)", bytesEach: bodySize, copies: 1),
      ],
      registersSaved: saved,
      externalCalls: unique(short.externalCalls + long.externalCalls),
      stackEvents: deep.events, roleCounts: long.roleCounts, stackUsageCheck: nil)
    cost.stackBytesOnLongestPath = long.maxDepth
    cost.cycles = CycleAnalysis.cost(target: target, shortest: segments(paths.shortest), longest: segments(paths.longest),
                                     loops: body.loops, loopFlow: body)
    return cost
  }
}
