/// The path that goes deepest into the stack. The shortest and longest paths by instructions
/// need not be it: an early exit that calls out with pushed arguments is often neither, and
/// taking the stack figure from those two alone undercounts it (seen on x86, x86-64 and
/// Cortex-M, where the emulator measured the call's frame below the static figure).
extension FunctionFlow {
  /// Stack depth along a path as `PathWalk` counts it: pushes and pops, the frame pointer
  /// set and restored, and the return address a call pushes while the callee runs.
  struct StackState: Hashable {
    var depth = 0
    var framePointerDepth = 0

    /// Applies `step`; returns the deepest point reached during it.
    mutating func apply(_ step: Step) -> Int {
      switch step.effect.stack {
      case .none, .realign, .unknown: break
      case .bytes(let n): depth += n
      case .setFramePointer(let offset): framePointerDepth = depth - offset
      case .restoreFromFramePointer(let offset): depth = framePointerDepth + offset
      }
      if case .call = step.effect.flow { return depth + step.effect.returnAddressBytes }
      return depth + step.routineStackBytes
    }
  }

  /// An entry-to-exit path whose deepest point is the deepest of all paths (loop bodies once,
  /// as elsewhere). Empty when no path reaches an exit.
  public func deepestPath() -> [Int] {
    guard !blocks.isEmpty else { return [] }
    struct Key: Hashable { var block: Int; var state: StackState }
    var memo: [Key: (peak: Int, path: [Int])?] = [:]
    // Depth at a block's start can differ between the paths into it, so it is part of the key;
    // compiled code is balanced, so a block sees one or two states at most.
    func solve(_ b: Int, _ entry: StackState) -> (peak: Int, path: [Int])? {
      let key = Key(block: b, state: entry)
      if let known = memo[key] { return known }
      var state = entry
      var peak = entry.depth
      for index in blocks[b].steps { peak = max(peak, state.apply(steps[index])) }
      let own = Array(blocks[b].steps)
      var best: (peak: Int, path: [Int])? = blocks[b].isExit ? (peak, own) : nil
      for s in blocks[b].successors {
        guard let sub = solve(s, state) else { continue }
        let total = max(peak, sub.peak)
        if best == nil || total > best!.peak { best = (total, own + sub.path) }
      }
      memo[key] = best
      return best
    }
    return solve(0, StackState())?.path ?? []
  }
}
