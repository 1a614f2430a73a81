// AVR: push/pop move SP by one byte; I/O 0x3f (63) is SREG, 0x3d/0x3e (61/62) are SP.
extension InstructionDecoder {
  /// A call pushes the PC: 2 bytes, 3 on a part with a 22-bit PC (ATmega2560) — the same
  /// bytes the CPU's own interrupt frame holds.
  var returnAddressBytesAVR: Int { target.hardwareFrameBytes }

  /// Encoded size: two words for the instructions that carry a 16-bit address or constant.
  static func avrBytes(_ instruction: AsmInstruction) -> Int {
    ["call", "jmp", "lds", "sts"].contains(instruction.mnemonic.lowercased()) ? 4 : 2
  }

  func decodeAVR(_ mnemonic: String, _ operands: [String]) -> InstructionEffect {
    var effect = InstructionEffect()
    let first = operands.first ?? ""
    let last = operands.last ?? ""
    switch mnemonic {
    case "push":
      effect.stack = .bytes(1)
      effect.saves = registers(in: first)
    case "pop":
      effect.stack = .bytes(-1)
      effect.restores = registers(in: first)
    case "in" where ["63", "0x3f", "__SREG__"].contains(last):
      effect.isHousekeeping = true
    case "out" where ["63", "0x3f", "__SREG__"].contains(first):
      effect.isHousekeeping = true
    case "out" where ["61", "62", "0x3d", "0x3e", "__SP_L__", "__SP_H__"].contains(first):
      effect.stack = .unknown  // frame set up through the SP I/O registers
    case _ where (mnemonic == "clr" && registers(in: first) == ["r1"])
      || (mnemonic == "eor" && registers(in: first) == ["r1"] && registers(in: last) == ["r1"]):
      effect.isHousekeeping = true  // C code expects r1 == 0 (the zero register)
    case "sei", "cli":
      effect.isHousekeeping = true
    case "rcall" where first == ".":
      // avr-gcc reserves frame bytes with `rcall .`: it pushes the PC and goes on at the next
      // instruction; the bytes stay until popped.
      effect.stack = .bytes(returnAddressBytesAVR)
    case "call", "rcall":
      effect.returnAddressBytes = returnAddressBytesAVR
      effect.flow = .call(target: symbol(first))
    case "icall", "eicall":
      effect.returnAddressBytes = returnAddressBytesAVR
      effect.flow = .call(target: nil)
    case "ijmp", "eijmp":
      effect.flow = .tailJump(target: nil)
    case "rjmp", "jmp":
      if let label = localLabel(first) { effect.flow = .jump(label: label) } else { effect.flow = .tailJump(target: symbol(first)) }
    case "ret":
      effect.flow = .return
    case "reti":
      effect.flow = .interruptReturn
    case "cpse", "sbrc", "sbrs", "sbic", "sbis":
      effect.flow = .skipNext
    default:
      if mnemonic.hasPrefix("br"), let label = localLabel(last) { effect.flow = .conditional(label: label) }
    }
    return effect
  }
}
