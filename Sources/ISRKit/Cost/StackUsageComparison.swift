/// Compares isrx's stack figure with the compiler's `-fstack-usage` (clang's or GCC's) by what
/// each counts. isrx counts every byte the path pushes; the compiler reports the function's frame as its frame lowering saw
/// it. The difference is explained only when a set of named pushes on the path adds up to it
/// exactly; otherwise it is reported as unexplained, with the pushes listed.
enum StackUsageComparison {
  struct Part {
    var what: String
    var bytes: Int
  }

  static func check(
    function: String, clang: Int, isrx: Int, pad: Int, flow: FunctionFlow, path: [Int], target: Target
  ) -> StackUsageCheck {
    let difference = isrx - clang
    guard difference != 0 else {
      return StackUsageCheck(function: function, compiler: target.compilerFamily.rawValue, compilerBytes: clang, isrxBytes: isrx, explanation: "agrees")
    }
    // What isrx counts that a frame size may leave out (isrx counts more), at the path's
    // deepest point: only the call in progress there, with the arguments pushed for it.
    var extra: [Part] = []
    let call = deepestCall(flow, path: path)
    if let call {
      let step = flow.steps[path[call]]
      extra.append(Part(what: "the return address pushed by the ISR's call (\(step.instruction.text))", bytes: step.effect.returnAddressBytes))
    }
    let argumentIndices = call.map { argumentPushes(flow, path: path, for: $0) } ?? []
    let arguments = argumentIndices.map { flow.steps[$0] }
    if !arguments.isEmpty {
      extra.append(Part(what: "arguments pushed for that call (\(arguments.map(\.instruction.text).joined(separator: "; ")))",
                        bytes: arguments.reduce(0) { $0 + bytes($1) }))
    }
    let padding = paddingPushes(flow, path: path.filter { !argumentIndices.contains($0) })
    if !padding.isEmpty {
      extra.append(Part(what: "alignment pushes released without a pop (\(padding.map(\.instruction.text).joined(separator: "; ")))",
                        bytes: padding.reduce(0) { $0 + bytes($1) }))
    }
    let bookkeeping = interruptProloguePushes(flow, path: path, target: target)
    if !bookkeeping.isEmpty {
      extra.append(Part(what: "the interrupt prologue's own pushes (\(bookkeeping.map(\.instruction.text).joined(separator: "; ")))",
                        bytes: bookkeeping.reduce(0) { $0 + bytes($1) }))
    }
    // ... and what the compiler's figure may include that the path does not push (clang more).
    var missing: [Part] = []
    if pad > 0 { missing.append(Part(what: "the worst-case realignment pad", bytes: pad)) }
    if target.dialect == .x86 {
      missing.append(Part(what: "the return-address slot of an ordinary call (an ISR is entered by the CPU, which pushed its own frame)", bytes: target.wordBytes))
    }
    if target.dialect == .avr, target.compilerFamily == .gcc {
      // avr-gcc's frame includes INCOMING_FRAME_SP_OFFSET: the return address the CPU pushed (2 or 3 B).
      missing.append(Part(what: "the return address the CPU pushed on entry (avr-gcc counts it in every frame)", bytes: target.hardwareFrameBytes))
    }
    let candidates = difference > 0 ? extra : missing
    if let parts = subset(of: candidates, summingTo: abs(difference)) {
      let list = parts.map { "\($0.what) \($0.bytes) B" }.joined(separator: " + ")
      let who = difference > 0 ? "isrx counts \(difference) B more" : "\(target.compilerFamily) counts \(-difference) B more"
      return StackUsageCheck(function: function, compiler: target.compilerFamily.rawValue, compilerBytes: clang, isrxBytes: isrx, explanation: "\(who): \(list)")
    }
    let who = difference > 0 ? "isrx counts \(difference) B more" : "\(target.compilerFamily) counts \(-difference) B more"
    return StackUsageCheck(function: function, compiler: target.compilerFamily.rawValue, compilerBytes: clang, isrxBytes: isrx,
                           explanation: "\(who), not explained by the pushes on the path (unexplained: please report)")
  }

  private static func bytes(_ step: FunctionFlow.Step) -> Int {
    if case .bytes(let n) = step.effect.stack { return max(0, n) }
    return 0
  }

  /// Position in `path` of the call at the path's deepest point (nil: the deepest point is
  /// not inside a call).
  private static func deepestCall(_ flow: FunctionFlow, path: [Int]) -> Int? {
    var state = FunctionFlow.StackState()
    var peak = 0
    var at: Int?
    for (k, index) in path.enumerated() {
      let step = flow.steps[index]
      let reached = state.apply(step)
      guard reached > peak else { continue }
      peak = reached
      at = step.effect.flow.isCall && step.effect.returnAddressBytes > 0 ? k : nil
    }
    return at
  }

  /// Pushes that pass the arguments of the call at path position `call`: an immediate or
  /// memory push, or a register push, after the previous call and still on the stack there.
  private static func argumentPushes(_ flow: FunctionFlow, path: [Int], for call: Int) -> [Int] {
    let unmatched = unmatchedPushes(flow, path: path)
    var result: [Int] = []
    var k = call - 1
    while k >= 0 {
      let step = flow.steps[path[k]]
      if step.effect.flow.isCall { break }
      guard case .bytes(let n) = step.effect.stack else {
        if step.effect.stack == .none { k -= 1; continue }
        break
      }
      // Arguments sit right before the call (only instructions that leave SP alone between);
      // a register push that a pop matches is a save, not an argument.
      guard n > 0, step.instruction.mnemonic.hasPrefix("push"),
            step.effect.pushesArgument || unmatched.contains(path[k]) else { break }
      result.append(path[k])
      k -= 1
    }
    return result.reversed()
  }

  /// Entry pushes of a register beyond the number of times it is popped again: x86-64's
  /// `pushq %rax` that only realigns the stack and is dropped by `addq`.
  static func paddingPushes(_ flow: FunctionFlow, path: [Int]) -> [FunctionFlow.Step] {
    let unmatched = unmatchedPushes(flow, path: path)
    return path.filter(unmatched.contains).map { flow.steps[$0] }
  }

  /// Single-register pushes that no pop on the path takes back (the first pushes of a
  /// register are the ones its pops match: saves come first, in the prologue); such a push
  /// is an argument or padding, released by an `add` to SP.
  static func unmatchedPushes(_ flow: FunctionFlow, path: [Int]) -> Set<Int> {
    var restored: [String: Int] = [:]
    for index in path where !flow.steps[index].effect.restores.isEmpty {
      for register in flow.steps[index].effect.restores { restored[register, default: 0] += 1 }
    }
    var result: Set<Int> = []
    for index in path {
      let step = flow.steps[index]
      guard step.instruction.mnemonic.hasPrefix("push"), step.effect.saves.count == 1 else { continue }
      let register = step.effect.saves[0]
      if restored[register, default: 0] > 0 { restored[register, default: 0] -= 1 } else { result.insert(index) }
    }
    return result
  }

  /// AVR's interrupt prologue saves r0, SREG (through r0) and the zero register r1 before
  /// the frame its -fstack-usage describes.
  private static func interruptProloguePushes(_ flow: FunctionFlow, path: [Int], target: Target) -> [FunctionFlow.Step] {
    guard target.dialect == .avr else { return [] }
    return path.map { flow.steps[$0] }.prefix { $0.effect.flow == .next && ($0.effect.stack != .none || $0.effect.isHousekeeping) }
      .filter { $0.instruction.mnemonic == "push" && ["r0", "r1"].contains($0.instruction.operands.first ?? "") }
  }

  /// The first subset of `parts` (in order, smallest first) whose bytes add up to `total`.
  private static func subset(of parts: [Part], summingTo total: Int) -> [Part]? {
    let count = parts.count
    guard count > 0, count < 16 else { return nil }
    let masks = (1..<(1 << count)).sorted { $0.nonzeroBitCount < $1.nonzeroBitCount }
    for mask in masks {
      let chosen = parts.indices.filter { mask & (1 << $0) != 0 }.map { parts[$0] }
      if chosen.reduce(0, { $0 + $1.bytes }) == total { return chosen }
    }
    return nil
  }
}
