import Foundation

// ARM (A32) and Thumb-2 in unified syntax, as clang prints them.
extension InstructionDecoder {
  func decodeARM(_ mnemonic: String, _ operands: [String]) -> InstructionEffect {
    var effect = InstructionEffect()
    let base = stripCondition(mnemonic)
    let first = operands.first ?? ""
    switch base {
    case _ where base == "push" || (["stmdb", "stmfd"].contains(base) && first.hasPrefix("sp!")):
      let list = base == "push" ? first : (operands.dropFirst().first ?? "")
      let regs = registers(in: list)
      effect.stack = .bytes(4 * regs.count)
      effect.saves = regs
    case _ where base == "pop" || (["ldm", "ldmia", "ldmfd"].contains(base) && first.hasPrefix("sp!")):
      let list = base == "pop" ? first : (operands.dropFirst().first ?? "")
      var regs = registers(in: list.replacingOccurrences(of: "^", with: ""))
      let hasPC = list.contains("pc")
      effect.stack = .bytes(-4 * (regs.count + (hasPC ? 1 : 0)))
      regs.removeAll { $0 == "pc" }
      effect.restores = regs
      if hasPC {
        // popeq {r7, pc} (Thumb IT block, or A32 condition) returns only when the condition holds.
        let conditional = isConditional(mnemonic, base: base)
        if list.hasSuffix("^") {
          effect.flow = conditional ? .conditionalInterruptReturn : .interruptReturn
        } else {
          effect.flow = conditional ? .conditionalReturn : .return
        }
      }
    case "sub" where first == "lr" && operands.count == 3 && operands[1] == "lr":
      // GCC's IRQ/FIQ entry: lr = the interrupted instruction's address (its exit is `ldm …^`).
      effect.isHousekeeping = true
    case "vpush", "vpop":
      // vpush {d8-d15}: 8 B per d register, 4 per s register (the FPU callee-saved bank).
      let regs = floatingPointRegisters(in: first)
      let size = regs.reduce(0) { $0 + ($1.hasPrefix("d") ? 8 : 4) }
      effect.stack = size > 0 ? .bytes(base == "vpush" ? size : -size) : .unknown
      if base == "vpush" { effect.saves = regs } else { effect.restores = regs }
    case _ where ["sub", "subs", "sub.w", "subw", "add", "adds", "add.w", "addw"].contains(base) && first == "sp" && operands.count == 2:
      // Thumb's two-operand form: sub sp, #16 / add sp, #16.
      let sign = base.hasPrefix("sub") ? 1 : -1
      effect.stack = InstructionDecoder.immediate(operands[1]).map { .bytes(sign * $0) } ?? .unknown
    case _ where ["sub", "subs", "sub.w", "subw"].contains(base) && first == "sp" && operands.count >= 3:
      if operands[1] == "sp" {
        effect.stack = InstructionDecoder.immediate(operands[2]).map { .bytes($0) } ?? .unknown
      } else if let offset = InstructionDecoder.immediate(operands[2]) {
        effect.stack = .restoreFromFramePointer(offset: offset)
      }
    case _ where ["add", "add.w", "addw"].contains(base) && first == "sp" && operands.count >= 3 && operands[1] == "sp":
      effect.stack = InstructionDecoder.immediate(operands[2]).map { .bytes(-$0) } ?? .unknown
    case _ where ["add", "add.w", "addw"].contains(base) && operands.count >= 3 && operands[1] == "sp" && (first == "r11" || first == "r7"):
      effect.stack = .setFramePointer(offset: InstructionDecoder.immediate(operands[2]) ?? 0)
    case _ where ["mov", "mov.w"].contains(base) && operands.count == 2 && (first == "r11" || first == "r7") && operands[1] == "sp":
      effect.stack = .setFramePointer(offset: 0)
    case _ where ["bfc"].contains(base) && first == "sp":
      effect.stack = .realign(alignment: 1 << (InstructionDecoder.immediate(operands.last ?? "") ?? 3))
    case _ where ["mov", "mov.w"].contains(base) && first == "sp" && ["r11", "r7"].contains(operands.last ?? ""):
      // mov sp, r11: SP back from the frame pointer, an exact restore.
      effect.stack = .restoreFromFramePointer(offset: 0)
    case _ where ["mov", "mov.w"].contains(base) && first == "sp":
      // Thumb realignment: mov r4, sp ; bfc r4, #0, #3 ; mov sp, r4 (or the restore).
      effect.stack = .unknown
    case _ where ["str", "str.w"].contains(base) && isStackSlot(operands.dropFirst().first ?? ""):
      effect.saves = registers(in: first)
      // `str lr, [sp, #-4]!`: a one-register push (pre-indexed, written back).
      if operands.count == 2, operands[1].hasSuffix("!"), let n = InstructionDecoder.immediate(immediateOf(operands[1])), n < 0 {
        effect.stack = .bytes(-n)
      }
    case _ where ["ldr", "ldr.w"].contains(base) && isStackSlot(operands.dropFirst().first ?? ""):
      effect.restores = registers(in: first).filter { $0 != "pc" }
      // `ldr pc, [sp], #4`: a one-register pop (post-indexed); into pc it is the return.
      if operands.count == 3, operands[1].replacingOccurrences(of: " ", with: "") == "[sp]",
         let n = InstructionDecoder.immediate(operands[2]), n > 0 {
        effect.stack = .bytes(-n)
      }
      if first == "pc" { effect.flow = .return }
    case "mrs", "msr", "cpsid", "cpsie", "srsdb", "rfeia":
      effect.isHousekeeping = true
    case "bl", "blx":
      effect.flow = .call(target: symbol(first))
    case "b", "b.w":
      if let label = localLabel(first) { effect.flow = .jump(label: label) } else { effect.flow = .tailJump(target: symbol(first)) }
    case "bx":
      effect.flow = first == "lr" ? .return : .tailJump(target: nil)
    case _ where base.hasPrefix("bx") && base.count == 4 && first == "lr":
      effect.flow = .conditionalReturn  // bxne lr
    case "tbb", "tbh":
      // Table branch: the targets are read from the jump table that follows it.
      effect.flow = .tailJump(target: nil)
    case "cbz", "cbnz":
      if let label = localLabel(operands.last) { effect.flow = .conditional(label: label) }
    default:
      if mnemonic.hasPrefix("b"), mnemonic.count <= 4, let label = localLabel(first) {
        effect.flow = .conditional(label: label)  // bne, beq, bhi, ...
      } else if mnemonic.hasPrefix("b"), mnemonic.count <= 4, operands.count == 1, let name = symbol(first) {
        effect.flow = .conditionalTailJump(target: name)  // bne scheduler_tick: a conditional tail call
      }
      if first == "pc" { effect.flow = mnemonic.hasPrefix("subs") ? .interruptReturn : .tailJump(target: nil) }
    }
    if base == "ldr", first == "pc", effect.flow != .return { effect.flow = .tailJump(target: nil) }
    // GCC's A32 jump table: `ldrls pc, [pc, r3, lsl #2]` jumps only when the index is in range.
    if base != "ldr", mnemonic.hasPrefix("ldr"), first == "pc", isConditional(mnemonic, base: "ldr") {
      effect.flow = .conditionalTailJump(target: nil)
    }
    return effect
  }

  /// Whether `mnemonic` carries a condition code after `base` (`popne`, `popeq.w`).
  private func isConditional(_ mnemonic: String, base: String) -> Bool {
    var suffix = mnemonic.dropFirst(base.count)
    if suffix.hasSuffix(".w") || suffix.hasSuffix(".n") { suffix = suffix.dropLast(2) }
    return ["eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"].contains(String(suffix))
  }

  /// `pushne` → `push`, `addeq` → `add` (condition suffixes; not `bl`/`bls` style names).
  private func stripCondition(_ mnemonic: String) -> String {
    for prefix in ["push", "pop", "stmdb", "stmfd", "ldmia", "ldmfd", "ldm"] where mnemonic.hasPrefix(prefix) {
      return prefix
    }
    return mnemonic
  }

  /// `{d8-d10, d12}` → d8 d9 d10 d12 (s and d registers only; empty when anything else is listed).
  func floatingPointRegisters(in list: String) -> [String] {
    var result: [String] = []
    let items = list.trimmingCharacters(in: CharacterSet(charactersIn: "{} ")).split(separator: ",")
    for item in items {
      let bounds = item.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let kind = bounds.first?.first, kind == "d" || kind == "s",
            let low = Int(bounds[0].dropFirst()), let high = bounds.count == 2 ? Int(bounds[1].dropFirst()) : low,
            bounds.count <= 2, low <= high, high < 64
      else { return [] }
      result += (low...high).map { "\(kind)\($0)" }
    }
    return result
  }

  /// `[sp, #-4]!` → `#-4`.
  func immediateOf(_ address: String) -> String {
    let inner = address.drop { $0 != "," }.dropFirst()
    return String(inner.prefix { $0 != "]" }).trimmingCharacters(in: .whitespaces)
  }
}
