/// Why an instruction is on the interrupt path.
public enum InstructionRole: String, Sendable, Hashable, Codable, CaseIterable {
  /// Added by the ISR convention on entry: saves, stack realignment, `cld`, CSR/SREG work.
  case entry
  /// The user's code.
  case body
  /// Added by the convention on exit: restores and bookkeeping before the return.
  case exit
  /// The return-from-interrupt instruction itself.
  case `return`
  /// Baseline: the per-vector (or shared) assembly stub.
  case stub
  /// Baseline: the unified handler that dispatches through the table.
  case dispatch
  /// Baseline: the user's body compiled as a plain function, called from the table.
  case handler
}

extension InstructionRole {
  /// Classifies each step of a direct ISR by what it does, not where it sits:
  /// - `entry`: what the convention adds before the body: saves of the interrupted code's
  ///   registers (on any path: shrink-wrapped saves after an early `return` count), the stack
  ///   and frame set-up and the bookkeeping (`cld`, EPC/Status, SREG) next to them;
  /// - `exit`: the restores and stack release before each return;
  /// - `return`: the return itself.
  /// The user's inline assembly and argument pushes are body, wherever they are.
  public static func classify(_ flow: FunctionFlow) -> [InstructionRole] {
    var roles = [InstructionRole](repeating: .body, count: flow.steps.count)
    let incoming = IncomingValues(flow)

    // 1. The unbroken run of set-up instructions at the top (clang-14 for MSP430 puts
    //    prologue_end before its pushes; before prologue_end any set-up one is entry too).
    let prologueEnd = flow.steps.firstIndex(where: \.isPrologueEnd) ?? 0
    var inPrefix = true
    for (index, step) in flow.steps.enumerated() {
      let isSetup = isSetUp(step, at: index, incoming: incoming)
      if !isSetup { inPrefix = false }
      if isSetup && (inPrefix || index < prologueEnd) { roles[index] = .entry }
      if !inPrefix && index >= prologueEnd { break }
    }
    // 2. Shrink-wrapped saves: a save of the interrupted code's value anywhere, with the
    //    set-up instructions next to it (frame pointer, realignment, `cld`).
    for (index, step) in flow.steps.enumerated() where roles[index] == .body {
      guard !step.isInlineAssembly, !step.effect.saves.isEmpty, incoming.savesIncoming(index) else { continue }
      roles[index] = .entry
      var j = index + 1
      while j < flow.steps.count, roles[j] == .body, isSetUp(flow.steps[j], at: j, incoming: incoming) {
        roles[j] = .entry
        j += 1
      }
      j = index - 1
      while j >= 0, roles[j] == .body, isSetUp(flow.steps[j], at: j, incoming: incoming), flow.steps[j].fallsThrough {
        roles[j] = .entry
        j -= 1
      }
    }
    // 3. Before each return: the restores and stack release that lead to it.
    for (i, step) in flow.steps.enumerated() {
      switch step.effect.flow {
      case .interruptReturn, .return, .conditionalReturn, .conditionalInterruptReturn:
        roles[i] = .return
        var j = i - 1
        while j >= 0, roles[j] == .body, !flow.steps[j].isInlineAssembly,
              isBookkeeping(flow.steps[j].effect, restoring: true) {
          // Releasing a call's stack arguments (addl $4, %esp after calll) is the body's.
          if case .bytes(let n) = flow.steps[j].effect.stack, n < 0, j > 0,
             flow.steps[j].effect.restores.isEmpty, flow.steps[j - 1].effect.flow.isCall { break }
          roles[j] = .exit
          j -= 1
        }
      default: break
      }
    }
    return roles
  }

  /// A set-up instruction: a save, a stack or frame change that is not a release, or
  /// interrupt bookkeeping; never the user's inline asm or an argument push.
  private static func isSetUp(_ step: FunctionFlow.Step, at index: Int, incoming: IncomingValues) -> Bool {
    if step.isInlineAssembly || step.effect.pushesArgument { return false }
    guard isBookkeeping(step.effect, restoring: false) else { return false }
    // Restoring instructions (a pop, SP from the frame pointer, a release) end the set-up.
    if !step.effect.restores.isEmpty { return false }
    switch step.effect.stack {
    case .restoreFromFramePointer: return false
    case .bytes(let n) where n < 0: return false
    default: return true
    }
  }

  private static func isBookkeeping(_ effect: InstructionEffect, restoring: Bool) -> Bool {
    if effect.flow != .next { return false }
    if effect.isHousekeeping { return true }
    if restoring ? !effect.restores.isEmpty : !effect.saves.isEmpty { return true }
    switch effect.stack {
    case .none: return false
    case .bytes, .realign, .setFramePointer, .restoreFromFramePointer, .unknown: return true
    }
  }
}

extension InstructionRole: CodingKeyRepresentable {}
