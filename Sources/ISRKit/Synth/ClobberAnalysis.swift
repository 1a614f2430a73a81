/// Which caller-saved registers a function may change, found from its real compiled code:
/// every register an instruction writes, followed transitively into the functions of the
/// same listing it calls. A call out of the file (or through a pointer) may change every
/// caller-saved register, so then the answer is all of them.
///
/// Callee-saved registers are left out: the compiled body saves and restores those itself.
public enum ClobberAnalysis {
  public struct Result: Sendable, Hashable, Codable {
    /// Caller-saved general-purpose registers the code may change, in register-file order.
    public var registers: [String]
    /// Special registers the code may change that an interrupt must preserve too
    /// (PowerPC: `cr`, `ctr`, `xer`), in a fixed order.
    public var special: [String]
    /// Calls that leave the file or go through a pointer (`(indirect)`): the reason the
    /// result is every caller-saved register. Empty when the analysis saw all the code.
    public var callsOut: [String]
    /// The functions whose code was read (the body first, then its callees in the file).
    public var functionsRead: [String]
  }

  /// Special registers a call out may change (and that must survive an interrupt).
  public static func callerSavedSpecial(_ target: Target) -> [String] {
    target.dialect == .powerpc ? ["cr", "ctr", "xer"] : []
  }

  /// The link register where it is a general-purpose register (AArch64 x30).
  static func linkRegister(_ target: Target) -> String? { target.dialect == .aarch64 ? "x30" : nil }

  public static func analyse(listing: AsmListing, function name: String, target: Target) -> Result {
    var written: Set<String> = []
    var special: Set<String> = []
    var callsOut: [String] = []
    var read: [String] = []
    var queue = [name]
    while let next = queue.first {
      queue.removeFirst()
      guard !read.contains(next), let function = listing.function(named: next) else { continue }
      read.append(next)
      let flow = FunctionFlow(listing: listing, function: function, target: target)
      let decoder = InstructionDecoder(target: target, localLabels: [])
      for step in flow.steps {
        let effects = writes(step.instruction, decoder: decoder, target: target)
        written.formUnion(effects.registers)
        special.formUnion(effects.special)
        switch step.effect.flow {
        case .call(let callee), .tailJump(let callee), .conditionalTailJump(let callee):
          if let callee, listing.function(named: callee) != nil {
            queue.append(callee)
          } else if !callsOut.contains(callee ?? "(indirect)") {
            callsOut.append(callee ?? "(indirect)")
          }
        default: break
        }
      }
    }
    // The link register is left out: the wrapper's own call overwrites it, so it saves it anyway.
    let callerSaved = target.registers.callerSaved.filter { $0 != linkRegister(target) }
    let registers: [String]
    let specials: [String]
    if callsOut.isEmpty {
      registers = callerSaved.filter { written.contains($0) }
      specials = callerSavedSpecial(target).filter { special.contains($0) }
    } else {
      registers = callerSaved
      specials = callerSavedSpecial(target)
    }
    return Result(registers: registers, special: specials, callsOut: callsOut, functionsRead: read)
  }

  /// Registers one instruction writes (general-purpose, canonical) and special registers.
  static func writes(
    _ instruction: AsmInstruction, decoder: InstructionDecoder, target: Target
  ) -> (registers: [String], special: [String]) {
    let mnemonic = instruction.mnemonic.lowercased()
    let operands = instruction.operands.map { $0.replacingOccurrences(of: "%", with: "") }
    func regs(_ operand: String?) -> [String] { operand.map { decoder.registers(in: $0) } ?? [] }
    switch target.dialect {
    case .aarch64:
      // Writeback addressing changes the base register: `[x8, #8]!` or `[x8], #8`.
      var result: [String] = []
      if let index = operands.firstIndex(where: { $0.hasPrefix("[") }) {
        let address = operands[index]
        if address.hasSuffix("!") || index + 1 < operands.count { result += regs(address).prefix(1) }
      }
      if ["stxr", "stlxr", "stxp", "stlxp", "stxrb", "stlxrb", "stxrh", "stlxrh"].contains(mnemonic) {
        return (result + regs(operands.first), [])
      }
      if mnemonic.hasPrefix("st") || ["cmp", "cmn", "tst", "ccmp", "ccmn", "fcmp", "b", "bl", "blr", "br", "ret",
                                      "cbz", "cbnz", "tbz", "tbnz", "eret", "nop", "msr", "dmb", "dsb", "isb",
                                      "hint", "prfm", "wfi", "wfe", "sev", "svc", "brk"].contains(mnemonic)
        || mnemonic.hasPrefix("b.") {
        // `bl`/`blr` change x30; the wrapper saves x30 in any case.
        return (result, [])
      }
      if ["ldp", "ldnp", "ldpsw", "ldxp", "ldaxp"].contains(mnemonic) {
        return (result + regs(operands.first) + regs(operands.dropFirst().first), [])
      }
      return (result + regs(operands.first), [])
    case .powerpc:
      var specials: [String] = []
      let base = mnemonic.hasSuffix(".") ? String(mnemonic.dropLast()) : mnemonic
      if mnemonic.hasSuffix(".") { specials.append("cr") }  // record form: sets CR0
      let carry = ["addc", "adde", "addic", "addme", "addze", "subfc", "subfe", "subfic", "subfme", "subfze", "sraw", "srawi"]
      if carry.contains(base) || (base.hasSuffix("o") && ["addo", "subfo", "mullwo", "divwo", "divwuo", "nego", "addeo", "subfeo"].contains(base)) {
        specials.append("xer")
      }
      if base.hasPrefix("cmp") { return ([], specials + ["cr"]) }
      if base == "mtctr" { return ([], specials + ["ctr"]) }
      if base == "mtxer" { return ([], specials + ["xer"]) }
      if base == "mtcr" || base == "mtcrf" || base.hasPrefix("cr") || base == "mcrf" { return ([], specials + ["cr"]) }
      if base.hasPrefix("b") {
        // bdnz/bdz decrement CTR; bl/blrl/bctrl change LR (saved in any case).
        return ([], specials + (base.hasPrefix("bd") ? ["ctr"] : []))
      }
      if base == "mtlr" || base == "mtmsr" || base == "mtspr" || base == "rfi" || base == "sync" || base == "isync"
        || base == "eieio" || base == "nop" || base == "tw" || base == "twi" || base == "sc" {
        return ([], specials)
      }
      if base.hasPrefix("st") {
        // stwu/stbu/...: the update forms write the base register; stwcx. sets CR0.
        let update = base.hasSuffix("u") || base.hasSuffix("ux")
        guard update, let address = operands.last else { return ([], specials) }
        let inner = address.contains("(") ? String(address.drop { $0 != "(" }) : (operands.count > 2 ? operands[1] : address)
        return (regs(inner).prefix(1).map { $0 }, specials)
      }
      if base == "lmw", let first = regs(operands.first).first, let low = Int(first.dropFirst()) {
        return ((low...31).map { "r\($0)" }, specials)
      }
      if base.hasPrefix("l"), base.hasSuffix("u") || base.hasSuffix("ux"), let address = operands.last {
        let inner = String(address.drop { $0 != "(" })
        return (regs(operands.first) + regs(inner).prefix(1), specials)
      }
      return (regs(operands.first), specials)
    default:
      // Other targets have a compiler convention; report every register mentioned.
      return (operands.flatMap { decoder.registers(in: $0) }, [])
    }
  }
}
