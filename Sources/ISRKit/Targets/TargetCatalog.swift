/// Every target isrx knows, in the order the UI shows them.
///
/// Facts come from docs/REFERENCE.md: §1 (spellings, return instructions),
/// §2 (per-architecture details) and §5 (what the CPU pushes).
public enum TargetCatalog {
  /// All targets, in display order.
  public static let all: [Target] = [
    x86, x86_64, arm, cortexM, cortexM0plus, cortexM4F, aarch64, mips, powerpc, riscv32, riscv32e, riscv64,
    avr, atmega2560, msp430,
  ]

  /// The target with this id, if any.
  public static func target(id: String) -> Target? {
    all.first { $0.name == id.lowercased() }
  }

  public static func target(_ id: TargetID) -> Target {
    all.first { $0.id == id }!
  }

  /// All ids, for help texts and error messages.
  public static var ids: [String] { all.map(\.name) }

  // Shared by every target: freestanding code, optimized like firmware is, with line info.
  static let common = ["-O2", "-ffreestanding", "-fomit-frame-pointer", "-fno-asynchronous-unwind-tables"]

  static let x86 = Target(
    id: .x86, architecture: .x86, displayName: "x86 (i386)", compiler: .clang,
    triple: "i686-unknown-none",
    // General-regs-only: clang would otherwise save SSE state; GCC refuses SIMD in ISRs.
    flags: common + ["-mgeneral-regs-only"],
    dialect: .x86,
    convention: Convention(
      kind: .attribute,
      spelling: "__attribute__((interrupt)) void name(struct interrupt_frame *)",
      summary: "clang/GCC `interrupt`: saves only the registers the body uses, returns with iret"),
    returnMnemonics: ["iretl", "iret"],
    hardwareFrameBytes: 12,
    hardwareFrameNote: "EFLAGS, CS, EIP (same privilege; +8 SS:ESP on a ring change, +4 error code)",
    registers: RegisterFile(
      widthBits: 32,
      names: ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"],
      callerSaved: ["eax", "ecx", "edx"],
      stackPointer: "esp",
      aliases: x86Aliases32),
    defaultClockMHz: 1000, mcaCPU: "i686", errorCodeBytes: 4,
    maxVectors: 256,  // the IDT has 256 entries
    tabLabel: "x86", llvmBackend: "x86", baselineTemplate: "x86",
    rust: RustTarget(
      // i586: x87 but no SSE, so a calling ISR does not spill XMM registers
      // (the counterpart of C mode's -mgeneral-regs-only).
      triple: "i586-unknown-linux-gnu", codegenOptions: [], interruptABI: "x86-interrupt",
      convention: RustTarget.abi("x86-interrupt", "extern \"x86-interrupt\" fn name(frame: InterruptStackFrame) (frame by value)", "saves only the registers the body uses, returns with iret")),
    simulator: .unicorn(cpu: nil), plainReturn: "ret")

  static let x86_64 = Target(
    id: .x86_64, architecture: .x86_64, displayName: "x86-64", compiler: .clang,
    triple: "x86_64-unknown-none",
    // No red zone: an interrupt would overwrite it (docs/REFERENCE.md §2.1 "Red zone").
    flags: common + ["-mno-red-zone", "-mgeneral-regs-only"],
    dialect: .x86,
    convention: Convention(
      kind: .attribute,
      spelling: "__attribute__((interrupt)) void name(struct interrupt_frame *)",
      summary: "clang/GCC `interrupt`: saves only the registers the body uses, returns with iretq"),
    returnMnemonics: ["iretq"],
    hardwareFrameBytes: 40,
    hardwareFrameNote: "SS, RSP, RFLAGS, CS, RIP, always (RSP aligned to 16 first; +8 error code)",
    registers: RegisterFile(
      widthBits: 64,
      names: ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
              "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"],
      callerSaved: ["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"],
      stackPointer: "rsp",
      aliases: x86Aliases64),
    defaultClockMHz: 2000, mcaCPU: "x86-64", errorCodeBytes: 8,
    maxVectors: 256,  // the IDT has 256 entries
    tabLabel: "x64", llvmBackend: "x86-64", baselineTemplate: "x86_64",
    rust: RustTarget(
      triple: "x86_64-unknown-none", codegenOptions: [], interruptABI: "x86-interrupt",
      convention: RustTarget.abi("x86-interrupt", "extern \"x86-interrupt\" fn name(frame: InterruptStackFrame) (frame by value)", "saves only the registers the body uses, returns with iretq")),
    simulator: .unicorn(cpu: nil), plainReturn: "ret")

  static let arm = Target(
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
    defaultClockMHz: 600, mcaCPU: "cortex-a9",
    tabLabel: "arm", llvmBackend: "arm", baselineTemplate: "arm",
    rust: RustTarget(triple: "armv7a-none-eabi", codegenOptions: [], interruptABI: nil,
                     convention: RustTarget.noABI("ARM A-profile (IRQ)")),
    simulator: .unicorn(cpu: "cortex-a9"), plainReturn: "bx lr")

  static let cortexM = Target(
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
    defaultClockMHz: 48, mcaCPU: "cortex-m3",
    maxVectors: 496,  // 16 system exceptions + up to 480 external interrupts (ARMv7-M NVIC)
    tabLabel: "cm", llvmBackend: "thumb", baselineTemplate: "cortex-m",
    rust: RustTarget(
      triple: "thumbv7m-none-eabi", codegenOptions: [], interruptABI: nil,
      convention: RustTarget.hardwareStacked),
    simulator: .unicorn(cpu: "cortex-m3"), plainReturn: "bx lr")

  // CPU variants: each a descriptor of its own, compiled, costed against its own baseline
  // and measured where a simulator runs it. Everything else follows from the architecture.

  static let cortexM0plus: Target = {
    var t = cortexM
    t.id = .cortexM0plus
    t.displayName = "ARM Cortex-M0+"
    // ARMv6-M: Thumb-1 plus BL/MRS/MSR/barriers; no IT, no CBZ, push/pop of r0-r7/lr/pc only.
    t.triple = "thumbv6m-none-eabi"
    t.flags = common + ["-mcpu=cortex-m0plus", "-mfloat-abi=soft"]
    t.mcaCPU = nil
    t.maxVectors = 48  // 16 system exceptions + up to 32 external interrupts (ARMv6-M NVIC)
    t.tabLabel = "cm0+"
    t.baselineTemplate = "cortex-m0plus"
    t.rust = RustTarget(triple: "thumbv6m-none-eabi", codegenOptions: [], interruptABI: nil,
                        convention: RustTarget.hardwareStacked)
    t.simulator = .unicorn(cpu: "cortex-m0")
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
    t.mcaCPU = "cortex-m4"
    t.maxVectors = 256  // 16 + 240 external interrupts (Cortex-M4 NVIC)
    t.tabLabel = "cm4f"
    t.baselineTemplate = "cortex-m"  // the stub is the M3's: FP state is the hardware's (lazy stacking)
    t.rust = RustTarget(triple: "thumbv7em-none-eabihf", codegenOptions: [], interruptABI: nil,
                        convention: RustTarget.hardwareStacked)
    t.simulator = .unicorn(cpu: "cortex-m4")
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
    return t
  }()

  static let atmega2560: Target = {
    var t = avr
    t.id = .atmega2560
    t.displayName = "AVR (ATmega2560)"
    t.flags = common + ["-mmcu=atmega2560"]
    // A 22-bit PC: the CPU, call and reti move 3 bytes.
    t.hardwareFrameBytes = 3
    t.hardwareFrameNote = "the 3-byte PC (22-bit program counter; SREG is not saved by the CPU)"
    t.maxVectors = 57  // ATmega2560: reset + 56 interrupt vectors (datasheet, Interrupts)
    t.tabLabel = "m2560"
    t.baselineTemplate = "atmega2560"
    t.rust = RustTarget(
      triple: "avr-none", codegenOptions: ["-C", "target-cpu=atmega2560"], interruptABI: "avr-interrupt",
      convention: RustTarget.abi("avr-interrupt", "extern \"avr-interrupt\" fn name() (isr!(nonblocking name, ...): avr-non-blocking-interrupt)", "saves r0, SREG and the used registers, returns with reti"))
    t.simulator = .simavr(mcu: "atmega2560")
    return t
  }()

  static let aarch64Convention = Convention(
    kind: .none, spelling: nil,
    summary: "no compiler has an interrupt convention for AArch64 (clang: unknown attribute 'interrupt'); vectors are hand-written assembly ending in eret")

  static let powerpcConvention = Convention(
    kind: .none, spelling: nil,
    summary: "no compiler has an interrupt convention for PowerPC (clang: unknown attribute 'interrupt'); vectors are hand-written assembly ending in rfi")

  static let aarch64 = Target(
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
    defaultClockMHz: 1000, mcaCPU: "cortex-a53",
    tabLabel: "a64", llvmBackend: "aarch64", baselineTemplate: "aarch64",
    rust: RustTarget(triple: "aarch64-unknown-none-softfloat", codegenOptions: [], interruptABI: nil,
                     convention: aarch64Convention),
    simulator: .unicorn(cpu: nil), plainReturn: "ret")

  static let mips = Target(
    id: .mips, architecture: .mips, displayName: "MIPS32r2", compiler: .clang,
    triple: "mipsel-unknown-elf",
    // The interrupt attribute needs MIPS32r2, O32 and the static relocation model.
    // -G0 keeps globals out of $gp-relative small data, so addresses are plain.
    flags: common + ["-march=mips32r2", "-mno-abicalls", "-fno-pic", "-G0", "-msoft-float"],
    dialect: .mips,
    convention: Convention(
      kind: .attribute,
      spelling: "__attribute__((interrupt))",
      summary: "clang `interrupt`: saves EPC/Status and the used registers, returns with eret"),
    returnMnemonics: ["eret"],
    hardwareFrameBytes: 0,
    hardwareFrameNote: "nothing on the stack: EPC = return address, Status.EXL = 1, Cause updated",
    registers: RegisterFile(
      widthBits: 32,
      names: (1...31).map { "$\($0)" },
      callerSaved: ((1...15).map { "$\($0)" }) + ["$24", "$25", "$31"],
      stackPointer: "$29",
      aliases: mipsAliases,
      reservedForHandler: ["$26", "$27"]),  // k0/k1
    defaultClockMHz: 200, mcaCPU: nil,
    tabLabel: "mips", llvmBackend: "mipsel", baselineTemplate: "mips",
    rust: RustTarget(triple: "mipsel-unknown-none", codegenOptions: ["-C", "target-cpu=mips32r2"], interruptABI: nil,
                     convention: RustTarget.noABI("MIPS32r2")),
    // 4KEm: MIPS32r2 (clang's ISR uses ins/ext) with a fixed-mapping MMU.
    simulator: .unicorn(cpu: "4kem"), plainReturn: "jr $ra",
    storesAboveSPNote: "LLVM's MIPS interrupt prologue spills EPC/Status before allocating its frame")

  static let powerpc = Target(
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
    defaultClockMHz: 400, mcaCPU: "e500",
    tabLabel: "ppc", llvmBackend: "ppc32", baselineTemplate: "powerpc",
    rust: RustTarget(
      triple: "powerpc-unknown-linux-gnu",
      codegenOptions: ["-C", "llvm-args=-ppc-asm-full-reg-names"], interruptABI: nil,
      convention: powerpcConvention),
    simulator: .unicorn(cpu: nil), plainReturn: "blr")

  static let riscv32 = riscv(
    bits: 32, flags: ["-march=rv32imac", "-mabi=ilp32"], clockMHz: 100, mcaCPU: "sifive-e76", rustOptions: [])

  static let riscv64 = riscv(
    bits: 64, flags: ["-march=rv64imac", "-mabi=lp64", "-mcmodel=medany"], clockMHz: 1000,
    mcaCPU: "sifive-u74", rustOptions: ["-C", "code-model=medium"])

  /// RV32 and RV64 differ only in register width, ABI flags and typical clock.
  static func riscv(bits: Int, flags: [String], clockMHz: Double, mcaCPU: String, rustOptions: [String]) -> Target {
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
      defaultClockMHz: clockMHz, mcaCPU: mcaCPU,
      tabLabel: "rv\(bits)", llvmBackend: "riscv\(bits)", baselineTemplate: "riscv\(bits)",
      rust: RustTarget(
        triple: "riscv\(bits)imac-unknown-none-elf", codegenOptions: rustOptions, interruptABI: "riscv-interrupt-m",
        convention: RustTarget.abi("riscv-interrupt-m", "extern \"riscv-interrupt-m\" fn name()", "saves the used registers, returns with mret")),
      simulator: .unicorn(cpu: nil), plainReturn: "ret")
  }

  static let avr = Target(
    id: .avr, architecture: .avr, displayName: "AVR (ATmega328P)", compiler: .clang,
    triple: "avr",
    flags: common + ["-mmcu=atmega328p"],
    dialect: .avr,
    convention: Convention(
      kind: .attribute,
      spelling: "__attribute__((signal))",
      summary: "clang/avr-gcc `signal`: saves r0, SREG and the used registers, returns with reti (interrupts stay off)"),
    returnMnemonics: ["reti"],
    hardwareFrameBytes: 2,
    hardwareFrameNote: "the 2-byte PC (SREG is not saved by the CPU)",
    registers: RegisterFile(
      widthBits: 8,
      names: (0...31).map { "r\($0)" },
      callerSaved: ["r0"] + (18...27).map { "r\($0)" } + ["r30", "r31"],
      stackPointer: "sp",
      aliases: [:]),
    defaultClockMHz: 16, mcaCPU: nil,
    maxVectors: 26,  // ATmega328P: reset + 25 interrupt vectors (datasheet, Interrupts)
    tabLabel: "avr", llvmBackend: "avr", baselineTemplate: "avr",
    rust: RustTarget(
      triple: "avr-none", codegenOptions: ["-C", "target-cpu=atmega328p"], interruptABI: "avr-interrupt",
      convention: RustTarget.abi("avr-interrupt", "extern \"avr-interrupt\" fn name() (isr!(nonblocking name, ...): avr-non-blocking-interrupt)", "saves r0, SREG and the used registers, returns with reti")),
    simulator: .simavr(mcu: "atmega328p"), plainReturn: "ret")

  static let msp430 = Target(
    id: .msp430, architecture: .msp430, displayName: "MSP430", compiler: .clangWithMSP430,
    triple: "msp430",
    flags: common,
    dialect: .msp430,
    convention: Convention(
      kind: .attribute,
      spelling: "__attribute__((interrupt(N)))",
      summary: "clang `interrupt(N)`: saves the used registers, places the vector word, returns with reti"),
    returnMnemonics: ["reti"],
    hardwareFrameBytes: 4,
    hardwareFrameNote: "PC then SR (4 bytes)",
    registers: RegisterFile(
      widthBits: 16,
      names: (4...15).map { "r\($0)" } + ["sp"],
      callerSaved: (11...15).map { "r\($0)" },
      stackPointer: "sp",
      aliases: ["r1": "sp"]),
    defaultClockMHz: 16, mcaCPU: nil,
    maxVectors: 64,  // clang's interrupt(N) accepts 0-63
    tabLabel: "430", llvmBackend: "msp430", baselineTemplate: "msp430",
    rust: RustTarget(
      triple: "msp430-none-elf", codegenOptions: [], interruptABI: "msp430-interrupt",
      convention: RustTarget.abi("msp430-interrupt", "extern \"msp430-interrupt\" fn name()", "saves the used registers, returns with reti")),
    simulator: .mspdebug, plainReturn: "ret")
}
