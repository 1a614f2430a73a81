// The Cortex-M cores: the hardware stacks the caller-saved registers, so a plain AAPCS function is a handler (docs/REFERENCE.md §2.4); the M0+ and M4F are variants of the M3.
extension TargetCatalog {
  static let cortexM: Target = {
    var t = Target(
      id: .cortexM, architecture: .cortexM, displayName: "ARM Cortex-M3", compiler: .clang,
      triple: "thumbv7m-none-eabi",
      flags: common + ["-mcpu=cortex-m3", "-mfloat-abi=soft"],
      dialect: .arm,
      convention: Convention(
        kind: .hardwareStacked,
        spelling: nil,
        summary: "no attribute needed: the CPU stacks r0-r3, r12, lr, pc, xPSR and an ordinary AAPCS function returns with EXC_RETURN in lr"),
      returnMnemonics: ["bx", "pop"],
      hardwareFrameBytes: 32,
      hardwareFrameNote: "r0-r3, r12, lr, pc, xPSR (8 words; +4 aligner when SP was not 8-aligned)",
      registers: RegisterFile(
        widthBits: 32,
        names: ["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12",
                "sp", "lr"],
        callerSaved: ["r0", "r1", "r2", "r3", "r12", "lr"],
        stackPointer: "sp",
        aliases: armAliases),
      defaultClockMHz: 48,
      maxVectors: 496,  // 16 system exceptions + up to 480 external interrupts (ARMv7-M NVIC)
      tabLabel: "cm", llvmBackend: "thumb", baselineTemplate: "cortex-m",
      rust: RustTarget(
        triple: "thumbv7m-none-eabi", codegenOptions: [], interruptABI: nil,
        convention: RustTarget.hardwareStacked),
      simulator: .unicorn(cpu: "cortex-m3"), plainReturn: "bx lr")
    t.cycleModel = .table(CortexMTiming())
    t.hardwareLatency = HardwareLatency(
      entry: 12, exit: 10, tailChain: 6,
      source: "Cortex-M3 Technical Reference Manual (ARM DDI 0337), Exception model, Interrupt latency: 12 cycles to the first handler instruction, 10 to return, 6 when tail-chained (zero-wait-state memory)")
    t.gcc = GCCTarget(driver: "arm-none-eabi-gcc", flags: gccCommon + ["-mthumb", "-mcpu=cortex-m3", "-mfloat-abi=soft"], package: "gcc-arm-none-eabi")
    return t
  }()

  static let cortexM0plus: Target = {
    var t = cortexM
    t.id = .cortexM0plus
    t.displayName = "ARM Cortex-M0+"
    // ARMv6-M: Thumb-1 plus BL/MRS/MSR/barriers; no IT, no CBZ, push/pop of r0-r7/lr/pc only.
    t.triple = "thumbv6m-none-eabi"
    t.flags = common + ["-mcpu=cortex-m0plus", "-mfloat-abi=soft"]
    t.maxVectors = 48  // 16 system exceptions + up to 32 external interrupts (ARMv6-M NVIC)
    t.tabLabel = "cm0+"
    t.baselineTemplate = "cortex-m0plus"
    t.rust = RustTarget(triple: "thumbv6m-none-eabi", codegenOptions: [], interruptABI: nil,
                        convention: RustTarget.hardwareStacked)
    t.simulator = .unicorn(cpu: "cortex-m0")
    t.cycleModel = .table(CortexM0PlusTiming())
    t.hardwareLatency = HardwareLatency(
      entry: 15, exit: nil,
      source: "Cortex-M0+ Technical Reference Manual (ARM DDI 0484), Interrupt latency: 15 cycles to the first handler instruction (zero wait states); the exception return is not stated as a fixed figure, so it is unknown here")
    t.gcc = GCCTarget(driver: "arm-none-eabi-gcc", flags: gccCommon + ["-mthumb", "-mcpu=cortex-m0plus", "-mfloat-abi=soft"], package: "gcc-arm-none-eabi")
    return t
  }()

  static let cortexM4F: Target = {
    var t = cortexM
    t.id = .cortexM4F
    t.displayName = "ARM Cortex-M4F"
    t.triple = "thumbv7em-none-eabihf"
    t.flags = common + ["-mcpu=cortex-m4", "-mfpu=fpv4-sp-d16", "-mfloat-abi=hard"]
    // The worst case: interrupted code with FP context makes the CPU reserve the extended
    // frame (lazy stacking writes s0-s15 and FPSCR into it only if the handler uses the FPU).
    t.hardwareFrameBytes = 104
    t.hardwareFrameNote = "r0-r3, r12, lr, pc, xPSR (32 B); with FP context in the interrupted code the extended frame: + s0-s15, FPSCR, a reserved word = 104 B, space reserved at entry and filled lazily on the handler's first FP instruction"
    t.maxVectors = 256  // 16 + 240 external interrupts (Cortex-M4 NVIC)
    t.tabLabel = "cm4f"
    t.baselineTemplate = "cortex-m"  // the stub is the M3's: FP state is the hardware's (lazy stacking)
    t.rust = RustTarget(triple: "thumbv7em-none-eabihf", codegenOptions: [], interruptABI: nil,
                        convention: RustTarget.hardwareStacked)
    t.simulator = .unicorn(cpu: "cortex-m4")
    t.cycleModel = .table(CortexMTiming(core: .m4f))
    t.hardwareLatency = HardwareLatency(
      entry: 12, exit: 10, tailChain: 6, lazyFPExtra: 17,
      source: "Cortex-M4 Technical Reference Manual (ARM DDI 0439), Exceptions: 12 cycles in, 10 out, 6 tail-chained; with FP context and lazy stacking (AN298), a handler that uses the FPU adds 17 in (s0-s15, FPSCR stacked) and 17 out")
    t.gcc = GCCTarget(driver: "arm-none-eabi-gcc", flags: gccCommon + ["-mthumb", "-mcpu=cortex-m4", "-mfpu=fpv4-sp-d16", "-mfloat-abi=hard"], package: "gcc-arm-none-eabi")
    return t
  }()
}
