/// How rustc builds each isrx target in Rust mode: the rustc target, CPU and the interrupt
/// ABI rustc has there (REFERENCE §4.1). The code is `#![no_core]`, so no target standard
/// library needs to be installed: every target LLVM in rustc knows works.
public struct RustTarget: Sendable, Hashable {
  /// rustc's `--target`.
  public var triple: String
  /// `-C` options that make the code comparable with C mode (CPU, float ABI, ...).
  public var codegenOptions: [String]
  /// The `extern "..."` ABI `isr!` uses here, nil when rustc has none for the target.
  public var interruptABI: String?
  /// How an ISR is spelled in Rust here, for labels.
  public var convention: Convention

  /// The Rust setup for `target`, nil when rustc cannot build it.
  public static func forTarget(_ target: Target) -> RustTarget? {
    let none = Convention(
      kind: .none, spelling: nil,
      summary: "rustc has no interrupt ABI for \(target.displayName) (REFERENCE §4.1): isr! compiles the body as a plain extern \"C\" fn")
    switch target.id {
    case "x86":
      // i586: x87 but no SSE, so a calling ISR does not spill XMM registers
      // (the counterpart of C mode's -mgeneral-regs-only).
      return RustTarget(
        triple: "i586-unknown-linux-gnu", codegenOptions: [], interruptABI: "x86-interrupt",
        convention: abi("x86-interrupt", "extern \"x86-interrupt\" fn name(frame: InterruptStackFrame) (frame by value)", "saves only the registers the body uses, returns with iret"))
    case "x86_64":
      return RustTarget(
        triple: "x86_64-unknown-none", codegenOptions: [], interruptABI: "x86-interrupt",
        convention: abi("x86-interrupt", "extern \"x86-interrupt\" fn name(frame: InterruptStackFrame) (frame by value)", "saves only the registers the body uses, returns with iretq"))
    case "arm":
      return RustTarget(triple: "armv7a-none-eabi", codegenOptions: [], interruptABI: nil, convention: none)
    case "cortex-m":
      return RustTarget(
        triple: "thumbv7m-none-eabi", codegenOptions: [], interruptABI: nil,
        convention: Convention(
          kind: .hardwareStacked, spelling: nil,
          summary: "plain extern \"C\" fn, as cortex-m-rt does: the CPU stacks r0-r3, r12, lr, pc and xPSR"))
    case "aarch64":
      return RustTarget(triple: "aarch64-unknown-none-softfloat", codegenOptions: [], interruptABI: nil, convention: target.convention)
    case "mips":
      return RustTarget(triple: "mipsel-unknown-none", codegenOptions: ["-C", "target-cpu=mips32r2"], interruptABI: nil, convention: none)
    case "powerpc":
      return RustTarget(
        triple: "powerpc-unknown-linux-gnu",
        codegenOptions: ["-C", "llvm-args=-ppc-asm-full-reg-names"], interruptABI: nil,
        convention: target.convention)
    case "riscv32":
      return RustTarget(
        triple: "riscv32imac-unknown-none-elf", codegenOptions: [], interruptABI: "riscv-interrupt-m",
        convention: abi("riscv-interrupt-m", "extern \"riscv-interrupt-m\" fn name()", "saves the used registers, returns with mret"))
    case "riscv64":
      return RustTarget(
        triple: "riscv64imac-unknown-none-elf", codegenOptions: ["-C", "code-model=medium"], interruptABI: "riscv-interrupt-m",
        convention: abi("riscv-interrupt-m", "extern \"riscv-interrupt-m\" fn name()", "saves the used registers, returns with mret"))
    case "avr":
      return RustTarget(
        triple: "avr-none", codegenOptions: ["-C", "target-cpu=atmega328p"], interruptABI: "avr-interrupt",
        convention: abi("avr-interrupt", "extern \"avr-interrupt\" fn name() (isr!(nonblocking name, ...): avr-non-blocking-interrupt)", "saves r0, SREG and the used registers, returns with reti"))
    case "msp430":
      return RustTarget(
        triple: "msp430-none-elf", codegenOptions: [], interruptABI: "msp430-interrupt",
        convention: abi("msp430-interrupt", "extern \"msp430-interrupt\" fn name()", "saves the used registers, returns with reti"))
    default:
      return nil
    }
  }

  private static func abi(_ name: String, _ spelling: String, _ what: String) -> Convention {
    // The ABI string is the spelling (short enough for report columns); the summary has the signature.
    Convention(kind: .attribute, spelling: "extern \"\(name)\"", summary: "rustc \(spelling): \(what)")
  }
}

extension Target {
  /// The interrupt convention a source in `language` gets on this target: C mode's
  /// attribute, or what rustc offers (rustc has no ARM A-profile or MIPS interrupt ABI).
  public func convention(for language: SourceLanguage) -> Convention {
    switch language {
    case .c: return convention
    case .rust: return RustTarget.forTarget(self)?.convention ?? convention
    }
  }
}
