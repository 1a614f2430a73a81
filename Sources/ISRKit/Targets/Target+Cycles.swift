/// Where each target's cycle figures come from: a cited per-instruction table for the
/// in-order MCUs, llvm-mca's scheduling model (an estimate) for pipelined cores, and the
/// hardware's own entry/exit latency where a document states it.
extension Target {
  public var cycleModel: CycleModel {
    switch id {
    case .avr: return .table(AVRTiming())
    case .atmega2560: return .table(AVRTiming(wideProgramCounter: true))
    case .cortexM0plus: return .table(CortexM0PlusTiming())
    case .cortexM4F: return .table(CortexMTiming(core: .m4f))
    case .msp430: return .table(MSP430Timing())
    case .cortexM: return .table(CortexMTiming())
    case .x86: return .mca(triple: "i686-unknown-none", cpu: "sandybridge")
    case .x86_64: return .mca(triple: "x86_64-unknown-none", cpu: "x86-64")
    // llvm-mca 14's Cortex-A9 and A15 models cannot schedule push/pop with many registers;
    // the Cortex-A57's AArch32 model can (an estimate for an ARMv7-A core, and labelled so).
    case .arm: return .mca(triple: "armv7a-none-eabi", cpu: "cortex-a57")
    case .aarch64: return .mca(triple: "aarch64-none-elf", cpu: "cortex-a53")
    case .mips: return .mca(triple: "mipsel-unknown-elf", cpu: "mips32r2")
    case .riscv32: return .mca(triple: "riscv32-unknown-elf", cpu: "sifive-e76")
    // RV32E code is RV32I code on fewer registers: the E76's model schedules it (an estimate).
    case .riscv32e: return .mca(triple: "riscv32-unknown-elf", cpu: "sifive-e76")
    case .riscv64: return .mca(triple: "riscv64-unknown-elf", cpu: "sifive-u74")
    case .powerpc: return .unknown(why: "llvm-mca 14 has no scheduling model for 32-bit PowerPC (e500, 440, 750 tried)")
    }
  }

  public var hardwareLatency: HardwareLatency {
    switch id {
    case .cortexM:
      return HardwareLatency(
        entry: 12, exit: 10, tailChain: 6,
        source: "Cortex-M3 Technical Reference Manual (ARM DDI 0337), Exception model, Interrupt latency: 12 cycles to the first handler instruction, 10 to return, 6 when tail-chained (zero-wait-state memory)")
    case .cortexM4F:
      return HardwareLatency(
        entry: 12, exit: 10, tailChain: 6, lazyFPExtra: 17,
        source: "Cortex-M4 Technical Reference Manual (ARM DDI 0439), Exceptions: 12 cycles in, 10 out, 6 tail-chained; with FP context and lazy stacking (AN298), a handler that uses the FPU adds 17 in (s0-s15, FPSCR stacked) and 17 out")
    case .cortexM0plus:
      return HardwareLatency(
        entry: 15, exit: nil,
        source: "Cortex-M0+ Technical Reference Manual (ARM DDI 0484), Interrupt latency: 15 cycles to the first handler instruction (zero wait states); the exception return is not stated as a fixed figure, so it is unknown here")
    case .atmega2560:
      return HardwareLatency(
        entry: 5, exit: 0, vectorJump: 3,
        source: "ATmega2560 datasheet (Microchip DS2549), Interrupt Response Time: 5 cycles with the 3-byte PC, the vector's jmp 3 cycles; reti (5) is on the path")
    case .avr:
      return HardwareLatency(
        entry: 4, exit: 0, vectorJump: 3,
        source: "ATmega328P datasheet (Microchip DS40002061), Interrupt Response Time: 4 cycles to push the PC and reach the vector, the vector's jmp 3 cycles; reti (4) is on the path")
    case .msp430:
      return HardwareLatency(
        entry: 6, exit: 0,
        source: "MSP430x2xx Family User's Guide (TI SLAU144), §2.2.3 Interrupt Processing and Table 3-14: interrupt acceptance 6 cycles; reti (5) is on the path")
    case .x86, .x86_64, .arm, .aarch64, .mips, .powerpc, .riscv32, .riscv32e, .riscv64:
      return .unknown("not published as a fixed figure for \(displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    }
  }
}
