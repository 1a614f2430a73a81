// AVR: `signal`, returning with reti; the ATmega2560 is the 22-bit-PC variant.
extension TargetCatalog {
  static let avr: Target = {
    var t = Target(
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
        // avr-gcc's names for the fixed registers: r1 holds 0 in C code, r0 is scratch.
        aliases: ["__zero_reg__": "r1", "__tmp_reg__": "r0"]),
      defaultClockMHz: 16,
      maxVectors: 26,  // ATmega328P: reset + 25 interrupt vectors (datasheet, Interrupts)
      tabLabel: "avr", llvmBackend: "avr", baselineTemplate: "avr",
      rust: RustTarget(
        triple: "avr-none", codegenOptions: ["-C", "target-cpu=atmega328p"], interruptABI: "avr-interrupt",
        convention: RustTarget.abi("avr-interrupt", "extern \"avr-interrupt\" fn name() (isr!(nonblocking name, ...): avr-non-blocking-interrupt)", "saves r0, SREG and the used registers, returns with reti")),
      simulator: .simavr(mcu: "atmega328p"), plainReturn: "ret")
    t.cycleModel = .table(AVRTiming())
    t.hardwareLatency = HardwareLatency(
      entry: 4, exit: 0, vectorJump: 3,
      source: "ATmega328P datasheet (Microchip DS40002061), Interrupt Response Time: 4 cycles to push the PC and reach the vector, the vector's jmp 3 cycles; reti (4) is on the path")
    // avr-gcc 5 writes stabs for -g; DWARF gives the .loc lines. Every ISR() name is
    // "misspelled" to avr-gcc (avr-libc names them __vector_N): that warning is noise here.
    t.gcc = GCCTarget(driver: "avr-gcc", flags: gccCommon + ["-mmcu=atmega328p", "-Wno-misspelled-isr"], package: "gcc-avr", debugFlag: "-gdwarf-2")
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
    t.cycleModel = .table(AVRTiming(wideProgramCounter: true))
    t.hardwareLatency = HardwareLatency(
      entry: 5, exit: 0, vectorJump: 3,
      source: "ATmega2560 datasheet (Microchip DS2549), Interrupt Response Time: 5 cycles with the 3-byte PC, the vector's jmp 3 cycles; reti (5) is on the path")
    t.gcc = GCCTarget(driver: "avr-gcc", flags: gccCommon + ["-mmcu=atmega2560", "-Wno-misspelled-isr"], package: "gcc-avr", debugFlag: "-gdwarf-2")
    return t
  }()
}
