/// The user's source compiled for one target: the listing, and which functions are ISRs.
public struct Codegen: Sendable, Hashable {
  /// What an ISR function in the listing is, on this target.
  public enum FunctionRole: String, Sendable, Hashable, Codable {
    /// Compiled with the target's interrupt convention (declared with `ISR()`/`isr!`, or
    /// containing the target's return-from-interrupt).
    case isr
    /// An `ISR()` on a target whose hardware makes a plain function a valid handler (Cortex-M).
    case hardwareStackedISR
    /// An `ISR()` on a target with no compiler convention: shown as a plain function.
    case plainBodyNoConvention
    /// Any other function in the file.
    case function
  }

  public var target: Target
  /// The source's language (Rust sources were compiled by rustc).
  public var language: SourceLanguage { output.job.language }
  /// The ISR convention this source gets on `target` (rustc's, for Rust).
  public var convention: Convention { target.convention(for: language) }
  public var output: BuildOutput
  public var listing: AsmListing
  /// Role of each function in the listing, by name.
  public var roles: [String: FunctionRole]
  /// ISRs of exceptions whose hardware frame carries an error code (`ISR_ERR`, or a Rust
  /// `extern "x86-interrupt"` handler with a second parameter).
  public var errorCodeISRs: Set<String> = []

  /// Compiles `source` for `target` (cached by content).
  public static func compile(
    _ source: String, for target: Target, toolchain: Toolchain, extraFlags: [String] = [],
    language: SourceLanguage = .c
  ) throws(ToolchainError) -> Codegen {
    let flags = try FlagPolicy.check(extraFlags)
    let output = try toolchain.build(BuildJob(
      target: target, mode: .c, source: source, extraArguments: flags, language: language))
    return Codegen(target: target, output: output, source: source)
  }

  /// Classifies the functions of an already finished build.
  public init(target: Target, output: BuildOutput, source: String) {
    self.target = target
    self.output = output
    var listing = output.listing
    let language = output.job.language
    if language == .rust {
      // Lines past the user's file are isrx's appended prelude (macro definitions): no
      // user line to show for them.
      let userLines = source.split(separator: "\n", omittingEmptySubsequences: false).count
      for index in listing.lines.indices where (listing.lines[index].sourceLine ?? 0) > userLines {
        listing.lines[index].sourceLine = nil
      }
    }
    self.listing = listing
    let declared = Set(language == .rust ? PortableISR.declaredRustNames(in: source) : PortableISR.allDeclaredNames(in: source))
    errorCodeISRs = language == .rust ? Set(PortableISR.rustErrorCodeNames(in: source)) : Set(PortableISR.errorCodeNames(in: source))
    var roles: [String: FunctionRole] = [:]
    for function in listing.functions {
      // The return may sit anywhere: clang often places a loop after the epilogue.
      let returnsFromInterrupt = listing.instructions(in: function).contains { line in
        line.instruction.map { Codegen.isInterruptReturn($0, on: target) } ?? false
      }
      switch target.convention(for: language).kind {
      case .attribute:
        // The function the convention was applied to, even one that never returns.
        roles[function.name] = returnsFromInterrupt || declared.contains(function.name) ? .isr : .function
      case .hardwareStacked:
        roles[function.name] = declared.contains(function.name) ? .hardwareStackedISR : .function
      case .none:
        roles[function.name] = declared.contains(function.name) ? .plainBodyNoConvention : .function
      }
    }
    self.roles = roles
  }

  /// Names of the functions that stand for ISRs in this listing, in listing order.
  public var isrNames: [String] {
    listing.functions.map(\.name).filter { (roles[$0] ?? .function) != .function }
  }

  /// Whether `instruction` returns from an interrupt on `target`. ARM's `subs pc, lr, #4`
  /// and `ldm sp!, {..., pc}^` only count with `pc` as destination and the `^` form.
  public static func isInterruptReturn(_ instruction: AsmInstruction, on target: Target) -> Bool {
    let mnemonic = instruction.mnemonic.lowercased()
    guard target.returnMnemonics.contains(mnemonic) else { return false }
    switch target.architecture {
    case .armA:
      if mnemonic == "subs" { return instruction.operands.first?.lowercased() == "pc" }
      return instruction.operands.last?.hasSuffix("^") ?? false
    case .cortexM:
      if mnemonic == "bx" { return instruction.operands.first == "lr" }
      return instruction.operands.joined(separator: ",").contains("pc")
    case .x86, .x86_64, .aarch64, .mips, .powerpc, .riscv, .avr, .msp430:
      return true
    }
  }

  /// One sentence describing what the listing of an ISR function shows on this target.
  public func label(for function: String) -> String {
    switch roles[function] ?? .function {
    case .isr:
      return "compiler interrupt convention: \(convention.spelling ?? "")"
    case .hardwareStackedISR:
      return "plain function: \(convention.summary)"
    case .plainBodyNoConvention:
      let compiler = language == .rust ? "rustc has no interrupt ABI for" : "no compiler interrupt convention on"
      var text = "NOT AN ISR: \(compiler) \(target.displayName); this is the body compiled as a plain function (a real vector needs a stub ending in \(target.returnMnemonics.joined(separator: "/"))"
      if SynthesizedISR.supports(target) { text += "; `isrx asm --synth` shows the one isrx synthesizes" }
      return text + ")"
    case .function:
      return "ordinary function"
    }
  }
}
