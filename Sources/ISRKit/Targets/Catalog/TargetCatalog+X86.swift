// x86 and x86-64: clang/GCC `interrupt` with the CPU-pushed frame (docs/REFERENCE.md §2.1).
extension TargetCatalog {
  static let x86: Target = {
    var t = Target(
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
      defaultClockMHz: 1000, errorCodeBytes: 4,
      maxVectors: 256,  // the IDT has 256 entries
      tabLabel: "x86", llvmBackend: "x86", baselineTemplate: "x86",
      rust: RustTarget(
        // i586: x87 but no SSE, so a calling ISR does not spill XMM registers
        // (the counterpart of C mode's -mgeneral-regs-only).
        triple: "i586-unknown-linux-gnu", codegenOptions: [], interruptABI: "x86-interrupt",
        convention: RustTarget.abi("x86-interrupt", "extern \"x86-interrupt\" fn name(frame: InterruptStackFrame) (frame by value)", "saves only the registers the body uses, returns with iret")),
      simulator: .unicorn(cpu: nil), plainReturn: "ret")
    t.cycleModel = .mca(triple: "i686-unknown-none", cpu: "sandybridge")
    t.hardwareLatency = .unknown("not published as a fixed figure for \(t.displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    t.gcc = GCCTarget(driver: "gcc", flags: gccCommon + ["-m32", "-march=i686", "-fno-pic", "-fno-pie", "-mgeneral-regs-only"], package: "gcc")
    return t
  }()

  static let x86_64: Target = {
    var t = Target(
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
      defaultClockMHz: 2000, errorCodeBytes: 8,
      maxVectors: 256,  // the IDT has 256 entries
      tabLabel: "x64", llvmBackend: "x86-64", baselineTemplate: "x86_64",
      rust: RustTarget(
        triple: "x86_64-unknown-none", codegenOptions: [], interruptABI: "x86-interrupt",
        convention: RustTarget.abi("x86-interrupt", "extern \"x86-interrupt\" fn name(frame: InterruptStackFrame) (frame by value)", "saves only the registers the body uses, returns with iretq")),
      simulator: .unicorn(cpu: nil), plainReturn: "ret")
    t.cycleModel = .mca(triple: "x86_64-unknown-none", cpu: "x86-64")
    t.hardwareLatency = .unknown("not published as a fixed figure for \(t.displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    t.gcc = GCCTarget(driver: "gcc", flags: gccCommon + ["-m64", "-fno-pic", "-fno-pie", "-mno-red-zone", "-mgeneral-regs-only"], package: "gcc")
    return t
  }()
}
