/// Which registers may have been written before each instruction, on any path from the
/// first one (a forward may-analysis over the control-flow graph, loops included). A save
/// of a register nothing has written yet stores the interrupted code's value: that is the
/// convention's save, wherever shrink-wrapping put it.
struct IncomingValues {
  private let flow: FunctionFlow
  /// Per step: registers some path may have written before it executes.
  private(set) var writtenBefore: [Set<String>]

  init(_ flow: FunctionFlow) {
    self.flow = flow
    let successors = flow.stepSuccessors()
    var before = [Set<String>](repeating: [], count: flow.steps.count)
    var pending = Array(flow.steps.indices.reversed())
    var queued = Set(flow.steps.indices)
    while let index = pending.popLast() {
      queued.remove(index)
      let after = before[index].union(flow.steps[index].effect.written)
      for next in successors[index] where !after.isSubset(of: before[next]) {
        before[next].formUnion(after)
        if queued.insert(next).inserted { pending.append(next) }
      }
    }
    writtenBefore = before
  }

  /// Whether the step at `index` stores only registers that still hold the interrupted
  /// code's values.
  func savesIncoming(_ index: Int) -> Bool {
    let saves = flow.steps[index].effect.saves
    return !saves.isEmpty && saves.allSatisfy { !writtenBefore[index].contains($0) }
  }
}

extension FunctionFlow {
  /// For each step, the steps that can execute right after it (back edges included).
  func stepSuccessors() -> [[Int]] {
    var result = [[Int]](repeating: [], count: steps.count)
    var headersByLatchBlock: [Int: [Int]] = [:]
    for loop in loops {
      if let block = blocks.firstIndex(where: { $0.steps.contains(loop.latchStep) }) {
        headersByLatchBlock[block, default: []].append(loop.headerStep)
      }
    }
    for (n, block) in blocks.enumerated() {
      for index in block.steps where index + 1 < block.steps.upperBound { result[index].append(index + 1) }
      guard let last = block.steps.last else { continue }
      result[last] = block.successors.map { blocks[$0].steps.lowerBound } + headersByLatchBlock[n, default: []]
    }
    return result
  }
}
