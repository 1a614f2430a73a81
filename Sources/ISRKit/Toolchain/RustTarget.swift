/// How rustc builds each isrx target in Rust mode: the rustc target, CPU and the interrupt
/// ABI rustc has there (docs/REFERENCE.md §4.1). The code is `#![no_core]`, so no target standard
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
  public static func forTarget(_ target: Target) -> RustTarget? { target.rust }

  /// The convention where rustc has no interrupt ABI for the target.
  static func noABI(_ displayName: String) -> Convention {
    Convention(
      kind: .none, spelling: nil,
      summary: "rustc has no interrupt ABI for \(displayName) (docs/REFERENCE.md §4.1): isr! compiles the body as a plain extern \"C\" fn")
  }

  /// Cortex-M in Rust: a plain function, as cortex-m-rt does.
  static let hardwareStacked = Convention(
    kind: .hardwareStacked, spelling: nil,
    summary: "plain extern \"C\" fn, as cortex-m-rt does: the CPU stacks r0-r3, r12, lr, pc and xPSR")

  static func abi(_ name: String, _ spelling: String, _ what: String) -> Convention {
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
