/// Cortex-M3 timings, from the Cortex-M3 Technical Reference Manual (ARM DDI 0337),
/// "Processor instruction timings": P is the pipeline refill after a branch, 1–3 cycles
/// depending on the target's alignment and width and on speculation, so branch costs are a
/// range; loads and stores take 2 (1 when pipelined behind another), shown as 1–2;
/// LDM/STM/PUSH/POP 1+N, and 1+N+P when they load the PC. Instructions in an IT block are
/// counted as issued (a failed condition still costs its cycle).
///
/// The Cortex-M4 has the same integer timings (its TRM, ARM DDI 0439, Table 3-1, uses the
/// same P notation); the M4F adds the FPU's (Table 7-1, FPU instruction set).
public struct CortexMTiming: TimingTable {
  public enum Core: Sendable { case m3, m4f }
  public let core: Core
  public var source: String {
    switch core {
    case .m3: return "Cortex-M3 Technical Reference Manual (ARM DDI 0337), Processor instruction timings (P = 1–3)"
    case .m4f: return "Cortex-M4 Technical Reference Manual (ARM DDI 0439), Table 3-1 Processor instruction timings (P = 1–3) and Table 7-1 FPU instruction set"
    }
  }

  public init(core: Core = .m3) { self.core = core }

  public func cycles(of instruction: AsmInstruction) -> InstructionCycles? {
    if core == .m4f, instruction.mnemonic.lowercased().hasPrefix("v") { return fpCycles(instruction) }
    var m = instruction.mnemonic.lowercased()
    if m.hasSuffix(".w") || m.hasSuffix(".n") { m.removeLast(2) }
    let ops = instruction.operands
    let listCount = ops.first.map { registerCount($0) } ?? 0
    let loadsPC = (ops.first ?? "").contains("pc")
    let conditions = ["eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"]
    func base(_ m: String, _ prefix: String) -> Bool {
      m == prefix || (m.hasPrefix(prefix) && conditions.contains(String(m.dropFirst(prefix.count))))
    }
    if base(m, "push") { return .exactly(1 + listCount) }
    if base(m, "pop") { return loadsPC ? .range(1 + listCount + 1, 1 + listCount + 3) : .exactly(1 + listCount) }
    if m.hasPrefix("ldm") || m.hasPrefix("stm") {
      let list = ops.dropFirst().first.map { registerCount($0) } ?? 1
      return .exactly(1 + list)
    }
    if m.hasPrefix("ldr") || m.hasPrefix("str") {
      if m.hasPrefix("ldr"), ops.first == "pc" { return .range(4, 6) }
      if m.hasPrefix("ldrd") || m.hasPrefix("strd") { return .exactly(3) }
      return .range(1, 2)
    }
    switch m {
    case "b", "bl", "blx": return .range(2, 4)
    case "bx": return .range(2, 4)
    case "cbz", "cbnz": return .branch(notTaken: 1, taken: 2...4)
    case "tbb", "tbh": return .range(3, 5)
    case "it", "ite", "itt", "itee", "itet", "itte", "ittt", "iteee", "iteet", "itete", "itett", "ittee", "ittet", "ittte", "itttt":
      return .range(0, 1)  // folded into the previous instruction when it can be
    case "mla", "mls": return .exactly(2)
    case "umull", "smull", "umlal", "smlal": return .range(3, 5)
    case "udiv", "sdiv": return .range(2, 12)
    case "mrs", "msr": return .range(1, 2)
    case "cpsid", "cpsie", "nop", "dmb", "dsb", "isb": return .range(1, 4)
    default: break
    }
    if m.hasPrefix("bx"), conditions.contains(String(m.dropFirst(2))) {
      return .branch(notTaken: 1, taken: 2...4)  // bxne lr in an IT block
    }
    if m.hasPrefix("b"), m.count <= 3, conditions.contains(String(m.dropFirst())) {
      return .branch(notTaken: 1, taken: 2...4)
    }
    // Data processing, moves, shifts, compares, bit fields, MUL: one cycle.
    let oneCycle = ["add", "adc", "sub", "sbc", "rsb", "and", "orr", "orn", "eor", "bic", "mov", "mvn", "cmp",
                    "cmn", "tst", "teq", "lsl", "lsr", "asr", "ror", "rrx", "mul", "uxtb", "uxth", "sxtb", "sxth",
                    "bfc", "bfi", "ubfx", "sbfx", "clz", "rbit", "rev", "rev16", "revsh", "movw", "movt", "adr",
                    "neg", "ssat", "usat"]
    for op in oneCycle where m == op || m == op + "s" || conditions.contains(where: { m == op + $0 || m == op + "s" + $0 }) {
      return .exactly(1)
    }
    return nil
  }
  private func registerCount(_ list: String) -> Int { ArmRegisterList.count(list) }

  /// Cortex-M4 TRM Table 7-1: the FPU's cycles (a D register in a list counts as two).
  private func fpCycles(_ instruction: AsmInstruction) -> InstructionCycles? {
    let m = instruction.mnemonic.lowercased().split(separator: ".").first.map(String.init) ?? ""
    let ops = instruction.operands
    func listSize(_ list: String?) -> Int {
      guard let list else { return 1 }
      return ArmRegisterList.count(list) * (list.lowercased().contains("d") ? 2 : 1)
    }
    switch m {
    case "vpush", "vpop": return .exactly(1 + listSize(ops.first))
    case "vldm", "vldmia", "vldmdb", "vstm", "vstmia", "vstmdb": return .exactly(1 + listSize(ops.dropFirst().first))
    case "vldr", "vstr": return .exactly(2)
    case "vdiv", "vsqrt": return .exactly(14)
    case "vmla", "vmls", "vnmla", "vnmls", "vfma", "vfms", "vfnma", "vfnms": return .exactly(3)
    case "vmov": return ops.count == 3 ? .exactly(2) : .exactly(1)  // two core registers: 2
    case "vabs", "vadd", "vsub", "vmul", "vnmul", "vneg", "vcmp", "vcmpe", "vcvt", "vmrs", "vmsr": return .exactly(1)
    default: return nil
    }
  }
}
