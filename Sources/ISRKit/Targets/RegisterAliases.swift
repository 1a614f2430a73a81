// Alternative spellings of registers in clang's assembly, mapped to the catalog's names.

extension TargetCatalog {
  static let x86Aliases32: [String: String] = [
    "ax": "eax", "al": "eax", "ah": "eax", "cx": "ecx", "cl": "ecx", "ch": "ecx",
    "dx": "edx", "dl": "edx", "dh": "edx", "bx": "ebx", "bl": "ebx", "bh": "ebx",
    "si": "esi", "di": "edi", "bp": "ebp", "sp": "esp",
  ]

  static let x86Aliases64: [String: String] = {
    var map: [String: String] = [:]
    for (r64, r32, r16, r8) in [
      ("rax", "eax", "ax", "al"), ("rcx", "ecx", "cx", "cl"), ("rdx", "edx", "dx", "dl"),
      ("rbx", "ebx", "bx", "bl"), ("rsi", "esi", "si", "sil"), ("rdi", "edi", "di", "dil"),
      ("rbp", "ebp", "bp", "bpl"), ("rsp", "esp", "sp", "spl"),
    ] {
      map[r32] = r64; map[r16] = r64; map[r8] = r64
    }
    map["ah"] = "rax"; map["ch"] = "rcx"; map["dh"] = "rdx"; map["bh"] = "rbx"
    for n in 8...15 {
      for suffix in ["d", "w", "b"] { map["r\(n)\(suffix)"] = "r\(n)" }
    }
    return map
  }()

  static let armAliases: [String: String] = [
    "r13": "sp", "r14": "lr", "fp": "r11", "ip": "r12", "sb": "r9", "sl": "r10",
  ]

  static let aarch64Aliases: [String: String] = {
    var map: [String: String] = ["lr": "x30", "fp": "x29", "wsp": "sp"]
    for n in 0...30 { map["w\(n)"] = "x\(n)" }
    return map
  }()

  static let mipsAliases: [String: String] = {
    let abiNames = [
      "zero", "at", "v0", "v1", "a0", "a1", "a2", "a3", "t0", "t1", "t2", "t3", "t4", "t5", "t6",
      "t7", "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "t8", "t9", "k0", "k1", "gp", "sp",
      "fp", "ra",
    ]
    var map: [String: String] = ["$s8": "$30"]
    for (n, name) in abiNames.enumerated() where n > 0 { map["$\(name)"] = "$\(n)" }
    return map
  }()

  /// RV32E / ilp32e: only x1-x15 exist; the caller-saved set shrinks with them.
  static func riscvERegisters() -> RegisterFile {
    var file = riscvRegisters(widthBits: 32)
    file.names = Array(file.names.prefix(15))
    file.callerSaved = file.callerSaved.filter { file.names.contains($0) }
    file.aliases = file.aliases.filter { file.names.contains($0.value) }
    return file
  }

  static func riscvRegisters(widthBits: Int) -> RegisterFile {
    let abi = [
      "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
      "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5",
      "t6",
    ]
    var aliases: [String: String] = ["fp": "s0"]
    for (n, name) in abi.enumerated() { aliases["x\(n + 1)"] = name }
    return RegisterFile(
      widthBits: widthBits,
      names: abi,
      callerSaved: ["ra", "t0", "t1", "t2", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7",
                    "t3", "t4", "t5", "t6"],
      stackPointer: "sp",
      aliases: aliases)
  }
}
