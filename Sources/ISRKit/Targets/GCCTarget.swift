/// Which compiler family builds a target: the question `--compiler` answers.
public enum CompilerFamily: String, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
  case clang
  case gcc
  public var description: String { rawValue }
}

/// How GCC builds a target: its driver, its flags, and the Debian package that has it.
///
/// GCC reads the same `ISR()` prelude as clang (the prelude keys on the predefined macros
/// both compilers set, and both spell the attributes the same way); what differs is the
/// driver, the flags that pick the CPU (a GCC driver is one per architecture, not one per
/// triple) and the code generated behind the attribute.
public struct GCCTarget: Sendable, Hashable {
  /// The driver on PATH (`avr-gcc`, `arm-none-eabi-gcc`, `gcc` for the host's x86).
  public var driver: String
  /// Every flag the compile uses (the clang descriptor's `flags` counterpart).
  public var flags: [String]
  /// The Debian package that installs `driver`.
  public var package: String
  /// The debug-info flag that yields `.loc` line records (avr-gcc 5 defaults to stabs).
  public var debugFlag: String = "-g"

  public init(driver: String, flags: [String], package: String, debugFlag: String = "-g") {
    self.driver = driver
    self.flags = flags
    self.package = package
    self.debugFlag = debugFlag
  }
}

extension Target {
  /// Which compiler family this descriptor compiles with.
  public var compilerFamily: CompilerFamily {
    if case .gcc = compiler { return .gcc }
    return .clang
  }

  /// "clang", "gcc" (or the driver's name when shown beside a target: "avr-gcc").
  public var compilerName: String {
    if case .gcc(let driver) = compiler, !driver.isEmpty { return driver }
    return compilerFamily.rawValue
  }

  /// This target compiled by `family`: itself for clang (the catalog's descriptor), and for
  /// GCC a copy whose driver and flags are GCC's. A target without a GCC keeps its id and
  /// gets a driver no toolchain has, so it reports "no GCC" instead of vanishing from a
  /// report.
  public func compiled(by family: CompilerFamily) -> Target {
    switch family {
    case .clang:
      return TargetCatalog.target(id)
    case .gcc:
      var t = TargetCatalog.target(id)
      t.compiler = .gcc(driver: t.gcc?.driver ?? "")
      t.flags = t.gcc?.flags ?? []
      // rustc is not a GCC: Rust sources stay with rustc's own backend.
      t.rust = nil
      // The note is about LLVM's MIPS prologue; GCC's stays below the entry SP.
      t.storesAboveSPNote = nil
      return t
    }
  }
}
