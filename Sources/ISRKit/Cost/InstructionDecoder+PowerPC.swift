// 32-bit PowerPC (full register names via -ppc-asm-full-reg-names): r1 is the stack pointer.
extension InstructionDecoder {
  func decodePowerPC(_ mnemonic: String, _ rawOperands: [String]) -> InstructionEffect {
    var effect = InstructionEffect()
    // Hand-written assembly spells registers %r1; clang's listing (full names) spells r1.
    let operands = rawOperands.map { $0.replacingOccurrences(of: "%", with: "") }
    let first = operands.first ?? ""
    let address = operands.last ?? ""
    let onStack = address.hasSuffix("(r1)")
    switch mnemonic {
    case "stwu" where first == "r1" && onStack:
      effect.stack = InstructionDecoder.immediate(String(address.prefix { $0 != "(" })).map { .bytes(-$0) } ?? .unknown
    case _ where ["stw", "stmw"].contains(mnemonic) && onStack:
      effect.saves = mnemonic == "stmw" ? registersFrom(first) : registers(in: first)
    case _ where ["lwz", "lmw"].contains(mnemonic) && onStack:
      effect.restores = mnemonic == "lmw" ? registersFrom(first) : registers(in: first)
    case "addi" where first == "r1" && operands.count == 3 && operands[1] == "r1":
      effect.stack = InstructionDecoder.immediate(operands[2]).map { .bytes(-$0) } ?? .unknown
    case "mr" where first == "r31" && operands.last == "r1":
      effect.stack = .setFramePointer(offset: 0)
    case "mr" where first == "r1" && operands.last == "r31":
      effect.stack = .restoreFromFramePointer(offset: 0)
    case "mflr", "mtlr", "mfcr", "mtcr", "mtcrf", "mfctr", "mtctr", "mfxer", "mtxer", "mfspr", "mtspr", "mfmsr", "mtmsr":
      effect.isHousekeeping = true
    case "bl":
      effect.flow = .call(target: symbol(first))
    case "bctrl", "blrl":
      effect.flow = .call(target: nil)
    case "bctr":
      effect.flow = .tailJump(target: nil)
    case "b":
      if let label = localLabel(first) { effect.flow = .jump(label: label) } else { effect.flow = .tailJump(target: symbol(first)) }
    case "blr":
      effect.flow = .return
    case "rfi", "rfid", "rfci", "rfmci", "rfdi":
      effect.flow = .interruptReturn
    case _ where isConditionalReturn(mnemonic):
      // beqlr, bnelr+, bgelr- cr1: return to LR only when the condition holds.
      effect.flow = .conditionalReturn
    default:
      if mnemonic.hasPrefix("b"), let label = localLabel(operands.last) {
        effect.flow = .conditional(label: label)
      }
    }
    return effect
  }

  /// `b<cond>lr` with an optional branch hint: `beqlr`, `bnelr+`, `bdnzlr`.
  private func isConditionalReturn(_ mnemonic: String) -> Bool {
    var m = Substring(mnemonic)
    if m.hasSuffix("+") || m.hasSuffix("-") { m = m.dropLast() }
    guard m.hasPrefix("b"), m.hasSuffix("lr"), m.count > 3, m != "blr", !m.hasSuffix("lrl") else { return false }
    return true
  }

  /// `stmw r28, ...` stores r28 through r31.
  private func registersFrom(_ operand: String) -> [String] {
    guard let name = registers(in: operand).first, let low = Int(name.dropFirst()) else { return [] }
    return (low...31).map { "r\($0)" }
  }
}
