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
  /// Classifies each step of a direct ISR: entry and exit are the save/restore/bookkeeping
  /// instructions the convention put around the body; clang's scheduler may move body
  /// instructions into the prologue region, so only save-like ones there count as entry.
  public static func classify(_ flow: FunctionFlow) -> [InstructionRole] {
    var roles = [InstructionRole](repeating: .body, count: flow.steps.count)
    // The unbroken run of save-like instructions at the top is entry (clang-14 for MSP430
    // puts prologue_end before its pushes); before prologue_end, any save-like one is too.
    let prologueEnd = flow.steps.firstIndex(where: \.isPrologueEnd) ?? 0
    var inPrefix = true
    for (index, step) in flow.steps.enumerated() {
      let isSetup = isBookkeeping(step.effect, restoring: false)
      if !isSetup { inPrefix = false }
      if isSetup && (inPrefix || index < prologueEnd) { roles[index] = .entry }
      if !inPrefix && index >= prologueEnd { break }
    }
    for (i, step) in flow.steps.enumerated() {
      switch step.effect.flow {
      case .interruptReturn, .return, .conditionalReturn:
        roles[i] = .return
        var j = i - 1
        while j >= 0, roles[j] == .body, isBookkeeping(flow.steps[j].effect, restoring: true) {
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
