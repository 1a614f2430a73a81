// MSP430: push/pop move SP by one word (2 bytes); `call` pushes a 2-byte return address.
extension InstructionDecoder {
  func decodeMSP430(_ mnemonic: String, _ operands: [String]) -> InstructionEffect {
    var effect = InstructionEffect()
    let first = operands.first ?? ""
    let last = operands.last ?? ""
    let isSP = ["sp", "r1"].contains(last)
    switch mnemonic {
    case "push", "push.w":
      effect.stack = .bytes(2)
      if let reg = registers(in: first).first { effect.saves = [reg] } else { effect.pushesArgument = true }
    case "pop", "pop.w":
      effect.stack = .bytes(-2)
      effect.restores = registers(in: first)
    case _ where ["sub", "sub.w"].contains(mnemonic) && isSP:
      effect.stack = InstructionDecoder.immediate(first).map { .bytes($0) } ?? .unknown
    case _ where ["add", "add.w"].contains(mnemonic) && isSP:
      effect.stack = InstructionDecoder.immediate(first).map { .bytes(-$0) } ?? .unknown
    case "call":
      effect.returnAddressBytes = 2
      effect.flow = .call(target: first.hasPrefix("#") ? symbol(first) : nil)
    case "br":
      effect.flow = .tailJump(target: first.hasPrefix("#") ? symbol(first) : nil)
    case "jmp":
      if let label = localLabel(first) { effect.flow = .jump(label: label) } else { effect.flow = .tailJump(target: symbol(first)) }
    case "ret":
      effect.flow = .return
    case "reti":
      effect.flow = .interruptReturn
    case "dint", "eint":
      effect.isHousekeeping = true
    default:
      if mnemonic.hasPrefix("j"), let label = localLabel(first) { effect.flow = .conditional(label: label) }
    }
    return effect
  }
}
