// MIPS32 (o32). clang emits `.set noreorder`: the instruction after a branch, jump or call
// is its delay slot and always executes.
extension InstructionDecoder {
  func decodeMIPS(_ mnemonic: String, _ operands: [String]) -> InstructionEffect {
    var effect = InstructionEffect()
    let first = operands.first ?? ""
    let sp = target.registers.stackPointer
    switch mnemonic {
    case _ where ["addiu", "addi"].contains(mnemonic) && operands.count == 3 && registers(in: first) == [sp] && registers(in: operands[1]) == [sp]:
      effect.stack = InstructionDecoder.immediate(operands[2]).map { .bytes(-$0) } ?? .unknown
    case "sw" where isStackSlot(operands.last ?? ""):
      effect.saves = registers(in: first)
    case "lw" where isStackSlot(operands.last ?? ""):
      effect.restores = registers(in: first)
    case "move" where operands.count == 2 && registers(in: first) == ["$30"] && registers(in: operands[1]) == [sp]:
      effect.stack = .setFramePointer(offset: 0)
    case "move" where operands.count == 2 && registers(in: first) == [sp] && registers(in: operands[1]) == ["$30"]:
      effect.stack = .restoreFromFramePointer(offset: 0)
    case "mfc0", "mtc0", "di", "ei", "ehb":
      effect.isHousekeeping = true
    case _ where operands.contains(where: { ["$26", "$27", "$k0", "$k1"].contains($0) }):
      // k0/k1 are reserved for exception code: work on them is interrupt bookkeeping.
      effect.isHousekeeping = true
    case "jal":
      effect.flow = .call(target: symbol(first))
      effect.hasDelaySlot = true
    case "jalr":
      effect.flow = .call(target: nil)
      effect.hasDelaySlot = true
    case "jr", "jr.hb":
      effect.flow = registers(in: first) == ["$31"] ? .return : .tailJump(target: nil)
      effect.hasDelaySlot = true
    case "j", "b":
      if let label = localLabel(operands.last) { effect.flow = .jump(label: label) } else { effect.flow = .tailJump(target: symbol(operands.last)) }
      effect.hasDelaySlot = true
    case "eret", "deret":
      effect.flow = .interruptReturn
    default:
      if mnemonic.hasPrefix("b"), let label = localLabel(operands.last) {
        effect.flow = .conditional(label: label)
        effect.hasDelaySlot = true
      }
    }
    return effect
  }
}
