/// Turns an instruction into its `InstructionEffect` for one target.
public struct InstructionDecoder: Sendable {
  public let target: Target
  /// Labels defined inside the function being decoded (jumps to them stay local).
  public let localLabels: Set<String>

  public init(target: Target, localLabels: Set<String>) {
    self.target = target
    self.localLabels = localLabels
  }

  public func effect(of instruction: AsmInstruction) -> InstructionEffect {
    var effect: InstructionEffect
    let mnemonic = instruction.mnemonic.lowercased()
    let operands = instruction.operands
    switch target.dialect {
    case .x86: effect = decodeX86(mnemonic, operands)
    case .arm: effect = decodeARM(mnemonic, operands)
    case .aarch64: effect = decodeAArch64(mnemonic, operands)
    case .mips: effect = decodeMIPS(mnemonic, operands)
    case .powerpc: effect = decodePowerPC(mnemonic, operands)
    case .riscv: effect = decodeRISCV(mnemonic, operands)
    case .avr: effect = decodeAVR(mnemonic, operands)
    case .msp430: effect = decodeMSP430(mnemonic, operands)
    }
    if Codegen.isInterruptReturn(instruction, on: target) {
      let conditional = effect.flow == .conditionalReturn || effect.flow == .conditionalInterruptReturn
      effect.flow = conditional ? .conditionalInterruptReturn : .interruptReturn
    }
    effect.registers = operands.flatMap { registers(in: $0) }
    effect.written = writtenRegisters(mnemonic, operands, effect)
    if !effect.saves.isEmpty, effect.stack == .none {
      effect.storeOffset = operands.first(where: isStackSlot).flatMap(InstructionDecoder.slotOffset)
    }
    return effect
  }

  /// The registers `mnemonic` may write: the destination operand (last in AT&T x86 and
  /// MSP430, first elsewhere), the registers a pop reloads, every caller-saved register for a
  /// call. Stores, compares and branches write none. Approximate by design: it only decides
  /// whether a save stores the interrupted code's value.
  func writtenRegisters(_ mnemonic: String, _ operands: [String], _ effect: InstructionEffect) -> [String] {
    if effect.flow.isCall { return target.registers.callerSaved }
    if !effect.restores.isEmpty { return effect.restores }
    if !effect.saves.isEmpty || effect.flow != .next || operands.isEmpty { return [] }
    let m = mnemonic
    let readOnly = ["cmp", "tst", "teq", "cmn", "bit", "cp", "cpc", "cpi", "push", "out", "sts", "cld", "std", "cli", "sti"]
    if readOnly.contains(where: { m == $0 || (m.hasPrefix($0) && $0.count >= 3) }) { return [] }
    switch target.dialect {
    case .x86, .msp430:
      let last = operands.last ?? ""
      return last.contains("(") ? [] : registers(in: last)
    case .arm, .aarch64, .powerpc, .avr:
      if m.hasPrefix("st") || m.hasPrefix("vst") { return [] }
    case .mips, .riscv:
      if ["sb", "sh", "sw", "sd", "swc1", "sdc1", "fsw", "fsd", "swl", "swr"].contains(m) { return [] }
    }
    let first = operands[0]
    if first.contains("[") || first.contains("(") { return [] }
    return registers(in: first)
  }

  /// The displacement of an SP-relative operand: `24($sp)`, `60(sp)`, `[sp, #8]`, `8(%rsp)`.
  static func slotOffset(_ operand: String) -> Int? {
    let text = operand.trimmingCharacters(in: " ")
    if text.hasPrefix("[") {
      guard let comma = text.firstIndex(of: ",") else { return 0 }
      let rest = text[text.index(after: comma)...].prefix { $0 != "]" }
      return immediate(String(rest).trimmingCharacters(in: " "))
    }
    let displacement = text.prefix { $0 != "(" }
    return displacement.isEmpty ? 0 : immediate(String(displacement))
  }

  /// Canonical registers named in one operand (`{r4-r7, lr}`, `16(%rsp)`, `8($sp)`, ...).
  func registers(in operand: String) -> [String] {
    var result: [String] = []
    var token = ""
    func flush() {
      if !token.isEmpty, let name = target.registers.canonical(token), !result.contains(name) {
        result.append(name)
      }
      token = ""
    }
    let chars = Array(operand)
    var index = 0
    while index < chars.count {
      let c = chars[index]
      if c.isLetter || c.isNumber || c == "_" || (c == "$" && token.isEmpty) {
        token.append(c)
      } else if c == "-", target.dialect == .arm, let first = target.registers.canonical(token),
                first.hasPrefix("r"), let low = Int(first.dropFirst()) {
        // ARM register range r4-r11.
        var rest = ""
        var j = index + 1
        while j < chars.count, chars[j].isLetter || chars[j].isNumber { rest.append(chars[j]); j += 1 }
        if let last = target.registers.canonical(rest), last.hasPrefix("r"), let high = Int(last.dropFirst()), high >= low {
          for n in low...high where !result.contains("r\(n)") { result.append("r\(n)") }
          token = ""
          index = j
          continue
        }
        flush()
      } else {
        flush()
      }
      index += 1
    }
    flush()
    return result
  }

  /// Whether `operand` is a memory reference based on the stack pointer.
  func isStackSlot(_ operand: String) -> Bool {
    let sp = target.registers.stackPointer
    if target.dialect == .x86 { return operand.contains("(%\(sp))") || operand.contains("(%\(sp),") }
    return registers(in: operand).contains(sp) && (operand.contains("(") || operand.contains("["))
  }

  /// A local label, or nil when `operand` names something outside the function.
  func localLabel(_ operand: String?) -> String? {
    guard let operand else { return nil }
    let name = operand.trimmingCharacters(in: " \t")
    if localLabels.contains(name) { return name }
    // GNU as's numeric labels (`1b`, `2f`) and, on AVR, branches by byte offset (`.+2`):
    // FunctionFlow resolves them to the step they reach.
    if LocalReference(name) != nil { return name }
    return nil
  }

  func symbol(_ operand: String?) -> String? {
    guard var name = operand?.trimmingCharacters(in: " \t"), !name.isEmpty else { return nil }
    if name.hasPrefix("#") { name.removeFirst() }  // msp430 `call #f`
    if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }  // `f@PLT`
    let isSymbol = name.first.map { $0.isLetter || $0 == "_" || $0 == "." } ?? false
    return isSymbol && target.registers.canonical(name) == nil ? name : nil
  }

  /// Integer value of an immediate such as `$16`, `#-8`, `-64`, `0x10`.
  static func immediate(_ operand: String) -> Int? {
    var text = operand.trimmingCharacters(in: " \t")
    if text.hasPrefix("$") || text.hasPrefix("#") { text.removeFirst() }
    var negative = false
    if text.hasPrefix("-") { negative = true; text.removeFirst() }
    let value: Int?
    if text.lowercased().hasPrefix("0x") { value = Int(text.dropFirst(2), radix: 16) } else { value = Int(text) }
    return value.map { negative ? -$0 : $0 }
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var scalars = Substring(self)
    while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, set.contains(last) { scalars.removeLast() }
    return String(scalars)
  }
}
