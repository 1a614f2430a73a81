// RISC-V (RV32/RV64) with clang's pseudo-instructions (call, tail, ret, j, bnez, ...).
extension InstructionDecoder {
  func decodeRISCV(_ mnemonic: String, _ operands: [String]) -> InstructionEffect {
    var effect = InstructionEffect()
    let first = operands.first ?? ""
    switch mnemonic {
    case "addi" where operands.count == 3 && first == "sp" && operands[1] == "sp":
      effect.stack = InstructionDecoder.immediate(operands[2]).map { .bytes(-$0) } ?? .unknown
    case _ where ["sw", "sd"].contains(mnemonic) && isStackSlot(operands.last ?? ""):
      effect.saves = registers(in: first)
    case _ where ["lw", "ld"].contains(mnemonic) && isStackSlot(operands.last ?? ""):
      effect.restores = registers(in: first)
    case "mv" where first == "s0" && operands.last == "sp":
      effect.stack = .setFramePointer(offset: 0)
    case "csrr", "csrw", "csrrw", "csrs", "csrc", "csrsi", "csrci", "csrrs", "csrrc":
      effect.isHousekeeping = true
    case "call", "jal":
      effect.flow = .call(target: symbol(operands.last))
    case "jalr":
      effect.flow = .call(target: nil)
    case "tail":
      effect.flow = .tailJump(target: symbol(first))
    case "jr":
      effect.flow = first == "ra" ? .return : .tailJump(target: nil)
    case "j":
      if let label = localLabel(first) { effect.flow = .jump(label: label) } else { effect.flow = .tailJump(target: symbol(first)) }
    case "ret":
      effect.flow = .return
    case "mret", "sret", "mnret":
      effect.flow = .interruptReturn
    default:
      if mnemonic.hasPrefix("b"), let label = localLabel(operands.last) {
        effect.flow = .conditional(label: label)
      }
    }
    return effect
  }
}
