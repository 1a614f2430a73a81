// MIPS32r2: clang `interrupt`, EPC/Status saved by the prologue (docs/REFERENCE.md §2.5).
extension TargetCatalog {
  static let mips: Target = {
    var t = Target(
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
      defaultClockMHz: 200,
      tabLabel: "mips", llvmBackend: "mipsel", baselineTemplate: "mips",
      rust: RustTarget(triple: "mipsel-unknown-none", codegenOptions: ["-C", "target-cpu=mips32r2"], interruptABI: nil,
                       convention: RustTarget.noABI("MIPS32r2")),
      // 4KEm: MIPS32r2 (clang's ISR uses ins/ext) with a fixed-mapping MMU.
      simulator: .unicorn(cpu: "4kem"), plainReturn: "jr $ra",
      storesAboveSPNote: "LLVM's MIPS interrupt prologue spills EPC/Status before allocating its frame")
    t.cycleModel = .mca(triple: "mipsel-unknown-elf", cpu: "mips32r2")
    t.hardwareLatency = .unknown("not published as a fixed figure for \(t.displayName): it depends on the implementation (pipeline drain, privilege change, caches)")
    // Debian's MIPS GCC is the big-endian Linux one; -EL makes the same little-endian
    // bare-metal code as the clang target (no libraries are linked).
    t.gcc = GCCTarget(driver: "mips-linux-gnu-gcc", flags: gccCommon + ["-EL", "-march=mips32r2", "-mno-abicalls", "-fno-pic", "-G0", "-msoft-float"], package: "gcc-mips-linux-gnu")
    return t
  }()
}
