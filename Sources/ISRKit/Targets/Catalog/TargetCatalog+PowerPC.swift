// 32-bit PowerPC: no compiler interrupt convention; isrx synthesizes the wrapper.
extension TargetCatalog {
  static let powerpc: Target = {
    var t = Target(
      id: .powerpc, architecture: .powerpc, displayName: "PowerPC (32-bit)", compiler: .clang,
      triple: "powerpc-unknown-eabi",
      // Full register names (r3 instead of 3) make the listing readable and analysable.
      flags: common + ["-msoft-float", "-mllvm", "-ppc-asm-full-reg-names"],
      dialect: .powerpc,
      convention: powerpcConvention,
      returnMnemonics: ["rfi"],
      hardwareFrameBytes: 0,
      hardwareFrameNote: "nothing on the stack: SRR0 = return address, SRR1 = MSR",
      registers: RegisterFile(
        widthBits: 32,
        names: (0...31).map { "r\($0)" },
        callerSaved: ["r0"] + (3...12).map { "r\($0)" },
        stackPointer: "r1",
        aliases: [:]),
      defaultClockMHz: 400,
      tabLabel: "ppc", llvmBackend: "ppc32", baselineTemplate: "powerpc",
      rust: RustTarget(
        triple: "powerpc-unknown-linux-gnu",
        codegenOptions: ["-C", "llvm-args=-ppc-asm-full-reg-names"], interruptABI: nil,
        convention: powerpcConvention),
      simulator: .unicorn(cpu: nil), plainReturn: "blr")
    t.cycleModel = .unknown(why: "llvm-mca 14 has no scheduling model for 32-bit PowerPC (e500, 440, 750 tried)")
    t.hardwareLatency = .unknown("not published as a fixed figure for \(t.displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    // -mregnames: `%r3` rather than a bare `3`, as the clang listing names registers.
    t.gcc = GCCTarget(driver: "powerpc-linux-gnu-gcc", flags: gccCommon + ["-msoft-float", "-mregnames", "-fno-pic", "-fno-pie"], package: "gcc-powerpc-linux-gnu")
    return t
  }()
}
