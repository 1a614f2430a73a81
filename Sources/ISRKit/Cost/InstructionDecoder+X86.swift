// x86 and x86-64 in AT&T syntax: the destination is the last operand.
extension InstructionDecoder {
  func decodeX86(_ mnemonic: String, _ operands: [String]) -> InstructionEffect {
    var effect = InstructionEffect()
    let w = target.wordBytes
    let sp = target.registers.stackPointer
    let last = operands.last ?? ""
    switch mnemonic {
    case "pushal", "pushad", "pusha":
      effect.stack = .bytes(32)
      effect.saves = target.registers.names
    case "popal", "popad", "popa":
      effect.stack = .bytes(-32)
      effect.restores = target.registers.names.filter { $0 != sp }
    case "pushfl", "pushfq", "pushf":
      effect.stack = .bytes(w)
    case "popfl", "popfq", "popf":
      effect.stack = .bytes(-w)
    case _ where mnemonic.hasPrefix("push"):
      effect.stack = .bytes(mnemonic.hasSuffix("w") ? 2 : w)
      let regs = registers(in: operands.first ?? "")
      if operands.first?.hasPrefix("%") == true { effect.saves = regs } else { effect.pushesArgument = true }
    case _ where mnemonic.hasPrefix("pop"):
      effect.stack = .bytes(mnemonic.hasSuffix("w") ? -2 : -w)
      effect.restores = registers(in: operands.first ?? "")
    case _ where ["subl", "subq", "sub"].contains(mnemonic) && last == "%\(sp)":
      effect.stack = InstructionDecoder.immediate(operands.first ?? "").map { .bytes($0) } ?? .unknown
    case _ where ["addl", "addq", "add"].contains(mnemonic) && last == "%\(sp)":
      effect.stack = InstructionDecoder.immediate(operands.first ?? "").map { .bytes(-$0) } ?? .unknown
    case _ where ["andl", "andq", "and"].contains(mnemonic) && last == "%\(sp)":
      let mask = InstructionDecoder.immediate(operands.first ?? "") ?? -16
      effect.stack = .realign(alignment: -mask)
    case "movl", "movq", "mov":
      if operands.first == "%\(sp)", last == "%ebp" || last == "%rbp" {
        effect.stack = .setFramePointer(offset: 0)
      } else if last == "%\(sp)", operands.first == "%ebp" || operands.first == "%rbp" {
        effect.stack = .restoreFromFramePointer(offset: 0)
      } else if last.hasPrefix("%"), isStackSlot(operands.first ?? "") {
        // Reload from a stack slot; only counts as a restore in an epilogue.
        effect.restores = registers(in: last)
      } else if isStackSlot(last), operands.first?.hasPrefix("%") == true {
        effect.saves = registers(in: operands.first ?? "")
      } else if last.hasPrefix("%"), isFrameSlot(operands.first ?? "") {
        effect.restores = registers(in: last)
      } else if isFrameSlot(last), operands.first?.hasPrefix("%") == true {
        // GCC's i386 interrupt prologue saves into its frame: movl %eax, -12(%ebp).
        effect.saves = registers(in: operands.first ?? "")
      }
    case "leal", "leaq", "lea":
      if last == "%\(sp)" {
        // leal -12(%ebp), %esp: SP = frame pointer - 12 (restoring after a realignment).
        let source = operands.first ?? ""
        if source.hasSuffix("(%ebp)") || source.hasSuffix("(%rbp)"),
           let offset = InstructionDecoder.immediate(String(source.prefix { $0 != "(" })) {
          effect.stack = .restoreFromFramePointer(offset: -offset)
        } else {
          effect.stack = .unknown
        }
      }
    case "cld", "std", "cli", "sti":
      effect.isHousekeeping = true
    case "call", "calll", "callq":
      effect.returnAddressBytes = w
      effect.flow = .call(target: operands.first?.hasPrefix("*") == true ? nil : symbol(operands.first))
    case "jmp", "jmpl", "jmpq":
      if let label = localLabel(operands.first) { effect.flow = .jump(label: label) } else {
        effect.flow = .tailJump(target: operands.first?.hasPrefix("*") == true ? nil : symbol(operands.first))
      }
    case "ret", "retl", "retq":
      effect.flow = .return
    case "iret", "iretl", "iretq", "iretd":
      effect.flow = .interruptReturn
    default:
      if mnemonic.hasPrefix("j"), let label = localLabel(operands.first) {
        effect.flow = .conditional(label: label)
      } else if mnemonic.hasPrefix("j") {
        effect.flow = .conditionalTailJump(target: symbol(operands.first))
      }
    }
    return effect
  }

  /// A slot of this function's frame below the frame pointer: `-12(%ebp)`, `-8(%rbp)`.
  func isFrameSlot(_ operand: String) -> Bool {
    (operand.hasSuffix("(%ebp)") || operand.hasSuffix("(%rbp)")) && operand.hasPrefix("-")
  }
}
