// AArch64: no compiler interrupt convention; isrx synthesizes the wrapper.
extension TargetCatalog {
  static let aarch64: Target = {
    var t = Target(
      id: .aarch64, architecture: .aarch64, displayName: "AArch64", compiler: .clang,
      triple: "aarch64-none-elf",
      flags: common + ["-mgeneral-regs-only"],
      dialect: .aarch64,
      convention: aarch64Convention,
      returnMnemonics: ["eret"],
      hardwareFrameBytes: 0,
      hardwareFrameNote: "nothing on the stack: ELR_ELx, SPSR_ELx, ESR_ELx are written instead",
      registers: RegisterFile(
        widthBits: 64,
        names: (0...30).map { "x\($0)" } + ["sp"],
        callerSaved: (0...18).map { "x\($0)" } + ["x30"],
        stackPointer: "sp",
        aliases: aarch64Aliases),
      defaultClockMHz: 1000,
      tabLabel: "a64", llvmBackend: "aarch64", baselineTemplate: "aarch64",
      rust: RustTarget(triple: "aarch64-unknown-none-softfloat", codegenOptions: [], interruptABI: nil,
                       convention: aarch64Convention),
      simulator: .unicorn(cpu: nil), plainReturn: "ret")
    t.cycleModel = .mca(triple: "aarch64-none-elf", cpu: "cortex-a53")
    t.hardwareLatency = .unknown("not published as a fixed figure for \(t.displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    t.gcc = GCCTarget(driver: "aarch64-linux-gnu-gcc", flags: gccCommon + ["-mgeneral-regs-only", "-fno-pic", "-fno-pie"], package: "gcc-aarch64-linux-gnu")
    return t
  }()
}
