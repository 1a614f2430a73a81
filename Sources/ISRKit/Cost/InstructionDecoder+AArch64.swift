// AArch64: pre-index `[sp, #-16]!` and post-index `[sp], #16` move the stack pointer.
extension InstructionDecoder {
  func decodeAArch64(_ mnemonic: String, _ operands: [String]) -> InstructionEffect {
    var effect = InstructionEffect()
    let first = operands.first ?? ""
    let isStore = ["stp", "str", "stur"].contains(mnemonic)
    let isLoad = ["ldp", "ldr", "ldur"].contains(mnemonic)
    if isStore || isLoad, let address = operands.first(where: { $0.hasPrefix("[") }) {
      let data = operands.prefix { !$0.hasPrefix("[") }.flatMap { registers(in: $0) }
      if registers(in: address).first == "sp" {
        if isStore { effect.saves = data } else { effect.restores = data }
        if address.hasSuffix("!"), let imm = InstructionDecoder.immediate(immediateIn(address)) {
          effect.stack = .bytes(-imm)  // pre-index writeback: [sp, #-16]!
        } else if let post = operands.last, !post.hasPrefix("["), let imm = InstructionDecoder.immediate(post) {
          effect.stack = .bytes(-imm)  // post-index: [sp], #16
        }
      }
      return effect
    }
    switch mnemonic {
    case "sub" where first == "sp" && operands.count >= 3 && operands[1] == "sp":
      effect.stack = InstructionDecoder.immediate(operands[2]).map { .bytes($0) } ?? .unknown
    case "add" where first == "sp" && operands.count >= 3 && operands[1] == "sp":
      effect.stack = InstructionDecoder.immediate(operands[2]).map { .bytes(-$0) } ?? .unknown
    case "mov" where first == "x29" && operands.last == "sp":
      effect.stack = .setFramePointer(offset: 0)
    case "mov" where first == "sp" && operands.last == "x29":
      effect.stack = .restoreFromFramePointer(offset: 0)
    case "mrs", "msr":
      effect.isHousekeeping = true
    case "bl":
      effect.flow = .call(target: symbol(first))
    case "blr":
      effect.flow = .call(target: nil)
    case "br":
      effect.flow = .tailJump(target: nil)
    case "b":
      if let label = localLabel(first) { effect.flow = .jump(label: label) } else { effect.flow = .tailJump(target: symbol(first)) }
    case "ret":
      effect.flow = .return
    case "eret":
      effect.flow = .interruptReturn
    case "cbz", "cbnz", "tbz", "tbnz":
      if let label = localLabel(operands.last) { effect.flow = .conditional(label: label) }
    default:
      // clang writes `b.eq`, GCC `beq`: the same conditional branch.
      if mnemonic.hasPrefix("b."), let label = localLabel(first) { effect.flow = .conditional(label: label) }
      if InstructionDecoder.aarch64Conditions.contains(String(mnemonic.dropFirst())), mnemonic.hasPrefix("b"),
         let label = localLabel(first) {
        effect.flow = .conditional(label: label)
      }
    }
    return effect
  }

  private func immediateIn(_ address: String) -> String {
    // "[sp, #-16]!" → "#-16"
    let inner = address.drop { $0 != "," }.dropFirst()
    return String(inner.prefix { $0 != "]" }).trimmingCharacters(in: " ")
  }

  /// Condition codes of `b.cond` (GNU as also takes them without the dot).
  static let aarch64Conditions: Set<String> = [
    "eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv",
  ]
}
