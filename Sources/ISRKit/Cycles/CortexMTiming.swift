/// Cortex-M3 timings, from the Cortex-M3 Technical Reference Manual (ARM DDI 0337),
/// "Processor instruction timings": P is the pipeline refill after a branch, 1–3 cycles
/// depending on the target's alignment and width and on speculation, so branch costs are a
/// range; loads and stores take 2 (1 when pipelined behind another), shown as 1–2;
/// LDM/STM/PUSH/POP 1+N, and 1+N+P when they load the PC. Instructions in an IT block are
/// counted as issued (a failed condition still costs its cycle).
public struct CortexMTiming: TimingTable {
  public let source = "Cortex-M3 Technical Reference Manual (ARM DDI 0337), Processor instruction timings (P = 1–3)"

  public init() {}

  public func cycles(of instruction: AsmInstruction) -> InstructionCycles? {
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

  /// `{r4, r5, lr}` → 3, `{r4-r7}` → 4.
  private func registerCount(_ list: String) -> Int {
    guard list.contains("{") else { return 1 }
    var count = 0
    for part in list.trimmingCharacters(in: "{}^ ").split(separator: ",") {
      let bounds = part.split(separator: "-").map { String($0).trimmingCharacters(in: " ").lowercased() }
      if bounds.count == 2, let a = Int(bounds[0].dropFirst()), let b = Int(bounds[1].dropFirst()) {
        count += max(1, b - a + 1)
      } else {
        count += 1
      }
    }
    return count
  }
}
