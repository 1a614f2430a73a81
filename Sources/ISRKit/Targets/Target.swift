/// One architecture isrx can compile for: how to invoke the compiler, how its interrupt
/// convention is spelled, how an interrupt enters and leaves, and its register file.
///
/// Instances live in `TargetCatalog`; every fact is data a reader can check against
/// docs/REFERENCE.md (sections 1, 2 and 5).
public struct Target: Sendable, Hashable, Identifiable {
  /// Targets are their id and compiler: the catalog has one descriptor per id, and
  /// `compiled(by:)` one more per id for GCC.
  public static func == (a: Target, b: Target) -> Bool { a.id == b.id && a.compiler == b.compiler }
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(compiler)
  }

  /// Stable id used on the command line, in JSON and in the UI (`x86_64`, `cortex-m`, ...).
  public var id: TargetID
  /// The instruction-set family: per-architecture behaviour (assembly, entry, emulator
  /// set-up, explanations) is chosen by it.
  public var architecture: Architecture
  /// Human name for headings ("x86-64", "ARM Cortex-M3").
  public var displayName: String
  /// Which compiler builds this target.
  public var compiler: CompilerKind
  /// Clang target triple.
  public var triple: String
  /// Flags that make the code freestanding and the ISR convention usable
  /// (no red zone on x86_64, general-regs-only where SIMD state is not saved, ...).
  public var flags: [String]
  /// Comment syntax of the emitted assembly.
  public var dialect: AsmDialect
  /// How the ISR convention is spelled, or why there is none.
  public var convention: Convention
  /// Mnemonics that return from an interrupt on this target.
  public var returnMnemonics: [String]
  /// Bytes the CPU pushes on the stack before the first ISR instruction.
  public var hardwareFrameBytes: Int
  /// What those bytes are (or what the CPU banks instead).
  public var hardwareFrameNote: String
  /// General-purpose registers and which of them a normal call may clobber.
  public var registers: RegisterFile
  /// Typical core clock used by default for CPU-share estimates.
  public var defaultClockMHz: Double
  /// Bytes of the error code the CPU adds to the frame for some exceptions (x86 #DF, #GP,
  /// #PF, ...); nil where no exception carries one (the cause sits in a register instead).
  public var errorCodeBytes: Int? = nil

  /// Width of a pointer / stack slot in bytes.
  public var wordBytes: Int { registers.widthBits / 8 }
  /// Bytes of a code pointer (a dispatch table entry): AVR's registers are 8-bit, its
  /// pointers 16-bit.
  public var pointerBytes: Int { max(2, wordBytes) }
  /// The most interrupt vectors the modelled CPU/controller has (nil: not bounded here).
  public var maxVectors: Int? = nil
  /// A short label for narrow tab rows ("x64", "cm0+").
  public var tabLabel: String
  /// The LLVM backend `clang -print-targets` must list for this target.
  public var llvmBackend: String
  /// The baseline stub template (`Resources/baseline/<name>.S`).
  public var baselineTemplate: String
  /// How rustc builds this target in Rust mode (nil: rustc cannot).
  public var rust: RustTarget?
  /// What runs the code for the measured figures (nil: nothing here can).
  public var simulator: Simulator?
  /// What the body compiled as a plain function ends in, where there is no convention
  /// ("ret" on AArch64, "blr" on PowerPC).
  public var plainReturn: String
  /// Why the entry code may store above the interrupted SP, where the compiler is known to
  /// (LLVM's MIPS prologue); nil elsewhere.
  public var storesAboveSPNote: String? = nil
  /// Where its cycle figures come from: a cited per-instruction table for the in-order
  /// MCUs, llvm-mca's scheduling model (an estimate) for pipelined cores, or unknown.
  public var cycleModel: CycleModel = .unknown(why: "no timing source")
  /// The hardware's own entry/exit latency, where a document states it.
  public var hardwareLatency: HardwareLatency = .unknown("not published as a fixed figure")
  /// How GCC builds this target (nil: no GCC for it, `gccMissing` says why).
  public var gcc: GCCTarget? = nil
  /// Why there is no GCC for this target (MSP430: no Debian package).
  public var gccMissing: String? = nil
  /// The full compiler argument vector for this target (before -S/-c and files): a clang
  /// takes the triple, a GCC driver is already one architecture's.
  public var compilerArguments: [String] {
    compilerFamily == .gcc ? flags : ["--target=\(triple)"] + flags
  }
  /// The id as text (command line, JSON, UI).
  public var name: String { id.rawValue }
}

/// Which compiler binary builds a target.
public enum CompilerKind: Sendable, Hashable {
  /// The clang shipped with the Swift toolchain (x86, ARM, AArch64, AVR, MIPS, PowerPC, RISC-V).
  case clang
  /// A clang that still has the MSP430 backend (Debian's clang-14); the Swift clang lacks it.
  case clangWithMSP430
  /// A GCC driver found on PATH by name (`avr-gcc`); empty where the target has no GCC.
  case gcc(driver: String)
}

/// How a target's compiler spells its interrupt convention.
public struct Convention: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The compiler has an interrupt attribute that changes entry/exit code.
    case attribute
    /// No attribute is needed: the hardware stacks the caller-saved registers and
    /// an ordinary function is a valid handler (Cortex-M).
    case hardwareStacked
    /// The compiler has no interrupt convention at all (AArch64, PowerPC).
    case none
  }
  public var kind: Kind
  /// The C spelling isrx's `ISR(name)` expands to, e.g. `__attribute__((interrupt("IRQ")))`.
  public var spelling: String?
  /// One plain sentence for listings and the UI.
  public var summary: String

  /// The attribute alone (`interrupt("IRQ")`, `signal`), for narrow columns.
  public var shortName: String {
    switch kind {
    case .none: return "none"
    case .hardwareStacked: return "plain fn (HW-stacked)"
    case .attribute:
      guard let spelling, let open = spelling.range(of: "__attribute__((") else { return spelling ?? "" }
      var depth = 2
      var name = ""
      for c in spelling[open.upperBound...] {
        if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
        if depth < 2 { break }
        name.append(c)
      }
      return name
    }
  }

  /// The convention's name for JSON/report output, nil where none exists.
  public var reportName: String? {
    switch kind {
    case .attribute: return spelling
    case .hardwareStacked: return "plain AAPCS function (hardware-stacked)"
    case .none: return nil
    }
  }
}
