// RISC-V RV32, RV32E and RV64: `interrupt("machine")`, returning with mret.
extension TargetCatalog {
  static let riscv32: Target = {
    var t = riscv(
      bits: 32, flags: ["-march=rv32imac", "-mabi=ilp32"], clockMHz: 100, rustOptions: [])
    t.cycleModel = .mca(triple: "riscv32-unknown-elf", cpu: "sifive-e76")
    t.hardwareLatency = .unknown("not published as a fixed figure for \(t.displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    t.gcc = GCCTarget(driver: "riscv64-unknown-elf-gcc", flags: gccCommon + ["-march=rv32imac_zicsr", "-mabi=ilp32"], package: "gcc-riscv64-unknown-elf")
    return t
  }()

  static let riscv64: Target = {
    var t = riscv(
      bits: 64, flags: ["-march=rv64imac", "-mabi=lp64", "-mcmodel=medany"], clockMHz: 1000,
      rustOptions: ["-C", "code-model=medium"])
    t.cycleModel = .mca(triple: "riscv64-unknown-elf", cpu: "sifive-u74")
    t.hardwareLatency = .unknown("not published as a fixed figure for \(t.displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    t.gcc = GCCTarget(driver: "riscv64-unknown-elf-gcc", flags: gccCommon + ["-march=rv64imac_zicsr", "-mabi=lp64", "-mcmodel=medany"], package: "gcc-riscv64-unknown-elf")
    return t
  }()

  static let riscv32e: Target = {
    var t = riscv32
    t.id = .riscv32e
    t.displayName = "RISC-V RV32E"
    t.flags = common + ["-march=rv32ec", "-mabi=ilp32e"]
    t.registers = riscvERegisters()
    t.tabLabel = "rv32e"
    t.baselineTemplate = "riscv32e"
    t.rust = RustTarget(
      triple: "riscv32e-unknown-none-elf", codegenOptions: [], interruptABI: "riscv-interrupt-m",
      convention: RustTarget.abi("riscv-interrupt-m", "extern \"riscv-interrupt-m\" fn name()", "saves the used registers, returns with mret"))
    // RV32E code is RV32I code on fewer registers: the E76's model schedules it (an estimate).
    t.cycleModel = .mca(triple: "riscv32-unknown-elf", cpu: "sifive-e76")
    t.hardwareLatency = .unknown("not published as a fixed figure for \(t.displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    t.gcc = GCCTarget(driver: "riscv64-unknown-elf-gcc", flags: gccCommon + ["-march=rv32ec_zicsr", "-mabi=ilp32e"], package: "gcc-riscv64-unknown-elf")
    return t
  }()

  /// RV32 and RV64 differ only in register width, ABI flags and typical clock.
  static func riscv(bits: Int, flags: [String], clockMHz: Double, rustOptions: [String]) -> Target {
    Target(
      id: bits == 32 ? .riscv32 : .riscv64, architecture: .riscv, displayName: "RISC-V RV\(bits)", compiler: .clang,
      triple: "riscv\(bits)-unknown-elf",
      flags: common + flags,
      dialect: .riscv,
      convention: Convention(
        kind: .attribute,
        spelling: "__attribute__((interrupt(\"machine\")))",
        summary: "clang/GCC `interrupt(\"machine\")`: saves the used registers, returns with mret"),
      returnMnemonics: ["mret"],
      hardwareFrameBytes: 0,
      hardwareFrameNote: "nothing on the stack: mepc, mcause, mtval, mstatus.MPIE/MPP are written",
      registers: riscvRegisters(widthBits: bits),
      defaultClockMHz: clockMHz,
      tabLabel: "rv\(bits)", llvmBackend: "riscv\(bits)", baselineTemplate: "riscv\(bits)",
      rust: RustTarget(
        triple: "riscv\(bits)imac-unknown-none-elf", codegenOptions: rustOptions, interruptABI: "riscv-interrupt-m",
        convention: RustTarget.abi("riscv-interrupt-m", "extern \"riscv-interrupt-m\" fn name()", "saves the used registers, returns with mret")),
      simulator: .unicorn(cpu: nil), plainReturn: "ret")
  }
}
