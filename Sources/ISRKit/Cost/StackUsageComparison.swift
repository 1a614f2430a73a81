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
    // What isrx counts that a frame size may leave out (isrx counts more)...
    var extra: [Part] = []
    let calls = path.map { flow.steps[$0] }.filter { $0.effect.flow.isCall && $0.effect.returnAddressBytes > 0 }
    if !calls.isEmpty {
      let names = calls.map { $0.instruction.text }.joined(separator: "; ")
      extra.append(Part(what: "return addresses pushed by the ISR's calls (\(names))", bytes: calls.reduce(0) { $0 + $1.effect.returnAddressBytes }))
    }
    let argumentIndices = argumentPushes(flow, path: path)
    let arguments = argumentIndices.map { flow.steps[$0] }
    if !arguments.isEmpty {
      extra.append(Part(what: "arguments pushed for calls (\(arguments.map(\.instruction.text).joined(separator: "; ")))",
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

  /// Pushes that pass a call's arguments: an immediate or memory push, or a register push
  /// followed by a call before the stack moves again (`pushl %eax; calll work`).
  private static func argumentPushes(_ flow: FunctionFlow, path: [Int]) -> [Int] {
    var result: [Int] = []
    for (k, index) in path.enumerated() {
      let step = flow.steps[index]
      guard case .bytes(let n) = step.effect.stack, n > 0, step.instruction.mnemonic.hasPrefix("push") else { continue }
      if step.effect.pushesArgument { result.append(index); continue }
      for later in path[(k + 1)...] {
        let next = flow.steps[later]
        if next.effect.flow.isCall { result.append(index); break }
        if next.effect.stack != .none || next.effect.flow != .next { break }
      }
    }
    return result
  }

  /// Entry pushes of a register beyond the number of times it is popped again: x86-64's
  /// `pushq %rax` that only realigns the stack and is dropped by `addq`.
  static func paddingPushes(_ flow: FunctionFlow, path: [Int]) -> [FunctionFlow.Step] {
    var restored: [String: Int] = [:]
    for index in path where !flow.steps[index].effect.restores.isEmpty {
      for register in flow.steps[index].effect.restores { restored[register, default: 0] += 1 }
    }
    var result: [FunctionFlow.Step] = []
    for index in path {
      let step = flow.steps[index]
      guard step.instruction.mnemonic.hasPrefix("push"), step.effect.saves.count == 1 else { continue }
      let register = step.effect.saves[0]
      if restored[register, default: 0] > 0 { restored[register, default: 0] -= 1 } else { result.append(step) }
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
