import Foundation

/// Cortex-M0+ timings, from the Cortex-M0+ Technical Reference Manual (ARM DDI 0484C),
/// Table 3.1 "Cortex-M0+ instruction summary" (zero wait states). The two-stage pipeline
/// makes a taken branch 2 cycles; loads and stores take 2 (1 on the single-cycle I/O port,
/// shown as 1–2); MULS is 1 or 32 by the multiplier the chip was built with.
public struct CortexM0PlusTiming: TimingTable {
  public let source = "Cortex-M0+ Technical Reference Manual (ARM DDI 0484C), Table 3.1 Cortex-M0+ instruction summary"

  public init() {}

  public func cycles(of instruction: AsmInstruction) -> InstructionCycles? {
    let m = instruction.mnemonic.lowercased()
    let ops = instruction.operands
    let list = ops.first.map(ArmRegisterList.count) ?? 1
    let conditions = ["eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"]
    switch m {
    case "push": return .exactly(1 + list)
    case "pop": return (ops.first ?? "").contains("pc") ? .exactly(3 + list) : .exactly(1 + list)
    case "ldm", "ldmia", "ldmfd", "stm", "stmia", "stmea":
      return .exactly(1 + (ops.dropFirst().first.map(ArmRegisterList.count) ?? 1))
    case "ldr", "ldrh", "ldrb", "ldrsh", "ldrsb", "str", "strh", "strb": return .range(1, 2)
    case "b": return .exactly(2)
    case "bl": return .exactly(3)
    case "bx", "blx": return .exactly(2)
    case "muls", "mul": return .range(1, 32)
    case "mrs", "msr", "dmb", "dsb", "isb": return .exactly(3)
    case "wfi", "wfe": return .exactly(2)
    case "cpsid", "cpsie", "nop", "sev", "yield": return .exactly(1)
    default: break
    }
    if m.hasPrefix("b"), m.count == 3, conditions.contains(String(m.dropFirst())) {
      return .branch(notTaken: 1, taken: 2...2)
    }
    if (m == "mov" || m == "add"), ops.first == "pc" { return .exactly(2) }
    let oneCycle = ["movs", "mov", "adds", "add", "adcs", "subs", "sub", "sbcs", "rsbs", "negs", "cmp", "cmn",
                    "ands", "eors", "orrs", "bics", "mvns", "tst", "lsls", "lsrs", "asrs", "rors", "adr",
                    "sxtb", "sxth", "uxtb", "uxth", "rev", "rev16", "revsh"]
    return oneCycle.contains(m) ? .exactly(1) : nil
  }
}

/// `{r4, r5, lr}` → 3, `{r4-r7}` → 4 (a plain register counts 1).
enum ArmRegisterList {
  static func count(_ list: String) -> Int {
    guard list.contains("{") else { return 1 }
    var count = 0
    for part in list.trimmingCharacters(in: CharacterSet(charactersIn: "{}^ ")).split(separator: ",") {
      let bounds = part.split(separator: "-").map { String($0).trimmingCharacters(in: .whitespaces).lowercased() }
      if bounds.count == 2, let a = Int(bounds[0].dropFirst()), let b = Int(bounds[1].dropFirst()) {
        count += max(1, b - a + 1)
      } else {
        count += 1
      }
    }
    return count
  }
}
