/// One-line documentation of the instructions compilers emit in ISR bodies (issue #15): what
/// each mnemonic does, in terms of its operands. The texts are data, one table per
/// architecture (`MnemonicDocs+<Arch>.swift`); this file only turns a listing's spelling
/// (`addl`, `ldrbne`, `add.w`, `b.eq`, `andi.`, `c.addi`, `mov.b`) into a table key and
/// appends what the spelling adds to the key (operand size, condition, flag setting).
public enum MnemonicDocs {
  /// What `mnemonic` does on `architecture`, or nil when it is not documented.
  public static func doc(_ mnemonic: String, on architecture: Architecture) -> String? {
    let m = mnemonic.lowercased()
    switch architecture {
    case .x86, .x86_64: return x86Doc(m)
    case .armA, .cortexM: return armDoc(m)
    case .aarch64: return aarch64Doc(m)
    case .mips: return mips[m]
    case .powerpc: return powerpcDoc(m)
    case .riscv: return riscvDoc(m)
    case .avr: return avr[m]
    case .msp430: return msp430Doc(m)
    }
  }

  // MARK: - Spelling → key

  private static func x86Doc(_ m: String) -> String? {
    // The scanner keeps a prefix with its instruction: `lock incl x` has mnemonic "lock incl".
    if let space = m.firstIndex(of: " ") {
      guard let note = x86Prefixes[String(m[..<space])], let doc = x86Doc(String(m[m.index(after: space)...]))
      else { return nil }
      return doc + "; " + note
    }
    if let doc = x86[m] { return doc }
    // jcc / setcc / cmovcc before size suffixes: `jl` is "jump if less", not `j` + l.
    for (prefix, template) in x86ConditionalForms where m.hasPrefix(prefix) {
      var cc = String(m.dropFirst(prefix.count))
      // cmov takes a size suffix after the condition: `cmovnsl`.
      if x86Conditions[cc] == nil, prefix == "cmov", let last = cc.last, x86SizeBits[last] != nil { cc.removeLast() }
      if let condition = x86Conditions[cc] { return template.replacingOccurrences(of: "%cc", with: condition) }
    }
    // AT&T size suffix: `addl` is `add` on 32-bit operands.
    if let last = m.last, let bits = x86SizeBits[last] {
      let base = String(m.dropLast())
      if let doc = x86[base] { return x86SizeFree.contains(base) ? doc : doc + "; \(bits)-bit operands" }
    }
    return nil
  }

  private static func armDoc(_ mnemonic: String) -> String? {
    // `.w`/`.n` choose a Thumb-2 encoding width and `.f32`/`.32` a data type: same operation.
    let m = mnemonic.split(separator: ".", maxSplits: 1).first.map(String.init) ?? mnemonic
    if let doc = arm[m] { return doc }
    // `it`, `ite`, `ittet`: one If-Then instruction whatever its then/else pattern.
    if m.hasPrefix("it"), (2...5).contains(m.count), m.dropFirst(2).allSatisfy({ $0 == "t" || $0 == "e" }) {
      return arm["it"]
    }
    // A condition suffix before the flag-setting s: `bls` is b + ls, not bl + s.
    if m.count > 2, let condition = armConditions[String(m.suffix(2))] {
      let base = String(m.dropLast(2))
      if base == "b" { return "branches to the label if \(condition)" }
      if let doc = armDoc(base) { return doc + "; executed only if \(condition), otherwise skipped" }
    }
    if m.hasSuffix("s"), let doc = arm[String(m.dropLast())] {
      return doc + "; the s form also updates the condition flags"
    }
    return nil
  }

  private static func aarch64Doc(_ m: String) -> String? {
    if let doc = aarch64[m] { return doc }
    // LLVM writes `b.eq`, GCC `beq`: the same conditional branch.
    let cc = m.hasPrefix("b.") ? String(m.dropFirst(2)) : m.hasPrefix("b") ? String(m.dropFirst()) : ""
    if let condition = armConditions[cc] { return "branches to the label if \(condition)" }
    if m.hasSuffix("s"), let doc = aarch64[String(m.dropLast())] {
      return doc + "; the s form also sets the condition flags (NZCV)"
    }
    return nil
  }

  private static func powerpcDoc(_ mnemonic: String) -> String? {
    // `beq+` / `bne-` carry a static branch-prediction hint.
    var m = mnemonic
    while m.hasSuffix("+") || m.hasSuffix("-") { m.removeLast() }
    if let doc = powerpc[m] { return doc }
    // The record form (`add.`, `rlwinm.`) also compares the result with 0 into CR0.
    if m.hasSuffix("."), let doc = powerpcDoc(String(m.dropLast())) {
      return doc + "; the dot also sets CR0 (lt/gt/eq of the result against 0)"
    }
    if m.hasPrefix("b") {
      let rest = m.dropFirst()
      for (suffix, template) in powerpcConditionalForms where rest.hasSuffix(suffix) {
        if let condition = powerpcConditions[String(rest.dropLast(suffix.count))] {
          return template.replacingOccurrences(of: "%cc", with: condition)
        }
      }
    }
    return nil
  }

  private static func riscvDoc(_ m: String) -> String? {
    if let doc = riscv[m] { return doc }
    // Objdump-style listings spell C-extension encodings `c.addi`; the operation is addi's.
    if m.hasPrefix("c."), let doc = riscvDoc(String(m.dropFirst(2))) {
      return doc + " (compressed: a 16-bit encoding)"
    }
    // A-extension ordering bits: `amoadd.w.aqrl`, `lr.w.aq`.
    for (suffix, note) in riscvOrderings where m.hasSuffix(suffix) {
      if let doc = riscv[String(m.dropLast(suffix.count))] { return doc + "; " + note }
    }
    return nil
  }

  private static func msp430Doc(_ m: String) -> String? {
    if let doc = msp430[m] { return doc }
    // `.w` is the default word size; `.b` and `.a` change the operand width.
    for (suffix, note) in msp430Sizes where m.hasSuffix(suffix) {
      if let doc = msp430[String(m.dropLast(suffix.count))] { return note.isEmpty ? doc : doc + " " + note }
    }
    return nil
  }
}
