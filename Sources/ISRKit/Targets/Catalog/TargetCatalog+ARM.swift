// ARM A-profile in IRQ mode: banked SP/LR, `subs pc, lr, #4` (docs/REFERENCE.md §2.3).
extension TargetCatalog {
  static let arm: Target = {
    var t = Target(
      id: .arm, architecture: .armA, displayName: "ARM A-profile (IRQ)", compiler: .clang,
      triple: "armv7a-none-eabi",
      flags: common + ["-marm", "-mfloat-abi=soft"],
      dialect: .arm,
      convention: Convention(
        kind: .attribute,
        spelling: "__attribute__((interrupt(\"IRQ\")))",
        summary: "clang `interrupt(\"IRQ\")`: saves used registers, realigns SP to 8, returns with subs pc, lr, #4"),
      returnMnemonics: ["subs", "ldm", "ldmfd", "ldmia"],
      hardwareFrameBytes: 0,
      hardwareFrameNote: "nothing on the stack: LR_irq = return address + 4, SPSR_irq = CPSR (banked)",
      registers: RegisterFile(
        widthBits: 32,
        names: ["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12",
                "sp", "lr"],
        callerSaved: ["r0", "r1", "r2", "r3", "r12", "lr"],
        stackPointer: "sp",
        aliases: armAliases),
      defaultClockMHz: 600,
      tabLabel: "arm", llvmBackend: "arm", baselineTemplate: "arm",
      rust: RustTarget(triple: "armv7a-none-eabi", codegenOptions: [], interruptABI: nil,
                       convention: RustTarget.noABI("ARM A-profile (IRQ)")),
      simulator: .unicorn(cpu: "cortex-a9"), plainReturn: "bx lr")
    // llvm-mca 14's Cortex-A9 and A15 models cannot schedule push/pop with many registers;
    // the Cortex-A57's AArch32 model can (an estimate for an ARMv7-A core, and labelled so).
    t.cycleModel = .mca(triple: "armv7a-none-eabi", cpu: "cortex-a57")
    t.hardwareLatency = .unknown("not published as a fixed figure for \(t.displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    t.gcc = GCCTarget(driver: "arm-none-eabi-gcc", flags: gccCommon + ["-marm", "-march=armv7-a", "-mfloat-abi=soft"], package: "gcc-arm-none-eabi")
    return t
  }()
}
