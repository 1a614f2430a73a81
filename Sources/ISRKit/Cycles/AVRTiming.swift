/// AVRe+ timings (ATmega328P: 16-bit PC), from the AVR Instruction Set Manual (Microchip
/// DS40002198), "Instruction Set Summary", clock column for AVRe+. Branches: 1 cycle when
/// not taken, 2 when taken; skips 1 when they do not skip, 2 over a one-word and 3 over a
/// two-word instruction.
public struct AVRTiming: TimingTable {
  public let source = "AVR Instruction Set Manual (Microchip DS40002198), Instruction Set Summary, AVRe+ column (ATmega328P, 16-bit PC)"
  /// 22-bit-PC devices (ATmega2560) push 3 bytes: calls and returns take one cycle more.
  public var wideProgramCounter = false

  public init(wideProgramCounter: Bool = false) { self.wideProgramCounter = wideProgramCounter }

  public func cycles(of instruction: AsmInstruction) -> InstructionCycles? {
    let m = instruction.mnemonic.lowercased()
    let wide = wideProgramCounter ? 1 : 0
    switch m {
    case "add", "adc", "sub", "sbc", "subi", "sbci", "and", "andi", "or", "ori", "eor", "com", "neg",
         "sbr", "cbr", "inc", "dec", "tst", "clr", "ser", "cp", "cpc", "cpi", "mov", "movw", "ldi",
         "lsl", "lsr", "rol", "ror", "asr", "swap", "bst", "bld", "in", "out", "nop", "sleep", "wdr",
         "sei", "cli", "sec", "clc", "sen", "cln", "sez", "clz", "ses", "cls", "sev", "clv", "set",
         "clt", "seh", "clh", "bset", "bclr":
      return .exactly(1)
    case "adiw", "sbiw", "mul", "muls", "mulsu", "fmul", "fmuls", "fmulsu", "lds", "sts", "ld", "st",
         "ldd", "std", "push", "pop", "sbi", "cbi", "rjmp", "ijmp":
      return .exactly(2)
    case "jmp", "lpm", "elpm": return .exactly(3)
    case "eijmp": return .exactly(2)
    case "rcall", "icall": return .exactly(3 + wide)
    case "call": return .exactly(4 + wide)
    case "eicall": return .exactly(4)  // exists only with a 22-bit PC
    case "ret", "reti": return .exactly(4 + wide)
    case "cpse", "sbrc", "sbrs", "sbic", "sbis": return .branch(notTaken: 1, taken: 2...3)
    default:
      if m.hasPrefix("br") { return .branch(notTaken: 1, taken: 2...2) }
      return nil
    }
  }

  /// The manual's skip rule: 2 cycles over a one-word instruction, 3 over a two-word one
  /// (`call`, `jmp`, `lds`, `sts` carry a 16-bit address or constant word).
  public func skipCycles(skipping skipped: AsmInstruction) -> Int? {
    ["call", "jmp", "lds", "sts"].contains(skipped.mnemonic.lowercased()) ? 3 : 2
  }
}
