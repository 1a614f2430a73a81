/// MSP430 (not MSP430X) timings by addressing mode, from the MSP430x2xx Family User's Guide
/// (TI SLAU144), §3.4.4 "Instruction Cycles and Lengths": Table 3-16 (format I, two
/// operands), Table 3-15 (format II, one operand), jumps 2 cycles taken or not, RETI 5.
/// clang prints emulated instructions (`pop`, `ret`, `clr`, `inc`, `tst`, ...); each is
/// costed as the real instruction it stands for.
public struct MSP430Timing: TimingTable {
  public let source = "MSP430x2xx Family User's Guide (TI SLAU144), §3.4.4 Instruction Cycles and Lengths, Tables 3-15 and 3-16"

  public init() {}

  enum Mode { case register, indirect, autoincrement, immediate, indexed }

  public func cycles(of instruction: AsmInstruction) -> InstructionCycles? {
    var m = instruction.mnemonic.lowercased()
    if m.hasSuffix(".b") || m.hasSuffix(".w") || m.hasSuffix(".a") { m.removeLast(2) }
    let ops = instruction.operands
    func mode(_ operand: String) -> Mode { MSP430Timing.mode(of: operand) }
    func toPC(_ operand: String) -> Bool { ["pc", "r0"].contains(operand.lowercased()) }
    switch m {
    case "reti": return .exactly(5)
    case "jmp", "jne", "jnz", "jeq", "jz", "jnc", "jlo", "jc", "jhs", "jn", "jge", "jl": return .exactly(2)
    // Emulated: mov @sp+, dst / mov @sp+, pc / mov src, pc.
    case "pop": return ops.first.map { formatI(.autoincrement, $0) }
    case "ret": return .exactly(3)
    case "br": return ops.first.map { InstructionCycles.exactly(MSP430Timing.formatICycles(mode($0), toPC: true, toMemory: false)) }
    // Emulated with a constant-generator source (register speed).
    case "clr", "inc", "incd", "dec", "decd", "tst", "inv", "adc", "sbc", "dadc":
      return ops.first.map { formatI(.register, $0) }
    case "rla", "rlc": return ops.first.map { formatI(mode($0), $0) }
    case "clrc", "setc", "clrz", "setz", "clrn", "setn", "dint", "eint", "nop": return .exactly(1)
    case "rra", "rrc", "swpb", "sxt":
      guard let op = ops.first else { return nil }
      switch mode(op) {
      case .register: return .exactly(1)
      case .indirect, .autoincrement: return .exactly(3)
      case .immediate, .indexed: return .exactly(4)
      }
    case "push":
      guard let op = ops.first else { return nil }
      switch mode(op) {
      case .register: return .exactly(3)
      case .indirect, .immediate: return .exactly(4)
      case .autoincrement, .indexed: return .exactly(5)
      }
    case "call":
      guard let op = ops.first else { return nil }
      switch mode(op) {
      case .register, .indirect: return .exactly(4)
      case .autoincrement, .immediate, .indexed: return .exactly(5)
      }
    case "mov", "add", "addc", "sub", "subc", "cmp", "dadd", "bit", "bic", "bis", "xor", "and":
      guard ops.count == 2 else { return nil }
      return formatI(mode(ops[0]), ops[1])
    default:
      return nil
    }
    func formatI(_ source: Mode, _ destination: String) -> InstructionCycles {
      .exactly(MSP430Timing.formatICycles(source, toPC: toPC(destination), toMemory: mode(destination) != .register))
    }
  }

  /// Table 3-16: source mode × destination (register, PC, memory).
  static func formatICycles(_ source: Mode, toPC: Bool, toMemory: Bool) -> Int {
    switch source {
    case .register: return toMemory ? 4 : (toPC ? 2 : 1)
    case .indirect: return toMemory ? 5 : 2
    case .autoincrement, .immediate: return toMemory ? 5 : (toPC ? 3 : 2)
    case .indexed: return toMemory ? 6 : 3
    }
  }

  /// The addressing mode of one operand as clang prints it: `r12`, `@r12`, `@r12+`, `#5`,
  /// `2(r12)`, `&4096`, `label`. The constant generator's #0, #1, #2, #4, #8, #-1 cost what
  /// a register does.
  static func mode(of operand: String) -> Mode {
    let text = operand.trimmingCharacters(in: " \t").lowercased()
    if text.hasPrefix("@") { return text.hasSuffix("+") ? .autoincrement : .indirect }
    if text.hasPrefix("#") {
      let constants: Set<String> = ["0", "1", "2", "4", "8", "-1", "0x0", "0x1", "0x2", "0x4", "0x8"]
      return constants.contains(String(text.dropFirst())) ? .register : .immediate
    }
    if ["pc", "sp", "sr", "cg"].contains(text) { return .register }
    if text.hasPrefix("r"), Int(text.dropFirst()) != nil { return .register }
    return .indexed  // x(Rn), &absolute, symbolic
  }
}
