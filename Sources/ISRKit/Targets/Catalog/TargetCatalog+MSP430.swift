// MSP430: `interrupt(N)` (Debian's clang-14 has the backend), returning with reti.
extension TargetCatalog {
  static let msp430: Target = {
    var t = Target(
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
      defaultClockMHz: 16,
      maxVectors: 64,  // clang's interrupt(N) accepts 0-63
      tabLabel: "430", llvmBackend: "msp430", baselineTemplate: "msp430",
      rust: RustTarget(
        triple: "msp430-none-elf", codegenOptions: [], interruptABI: "msp430-interrupt",
        convention: RustTarget.abi("msp430-interrupt", "extern \"msp430-interrupt\" fn name()", "saves the used registers, returns with reti")),
      simulator: .mspdebug, plainReturn: "ret")
    t.cycleModel = .table(MSP430Timing())
    t.hardwareLatency = HardwareLatency(
      entry: 6, exit: 0,
      source: "MSP430x2xx Family User's Guide (TI SLAU144), §2.2.3 Interrupt Processing and Table 3-14: interrupt acceptance 6 cycles; reti (5) is on the path")
    t.gccMissing = "no Debian package has an MSP430 GCC (TI's msp430-elf-gcc is a separate download); MSP430 compiles with clang only"
    return t
  }()
}
