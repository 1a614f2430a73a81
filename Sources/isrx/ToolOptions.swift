import ArgumentParser
import ISRKit

/// `--time-limit` and `--compiler`, shared by the commands that run compilers.
struct ToolOptions: ParsableArguments {
  @Option(name: .long, help: "The compiler: clang (default) or gcc (Debian's GNU cross compilers: gcc, gcc-avr, gcc-arm-none-eabi, gcc-riscv64-unknown-elf, gcc-mips-linux-gnu, gcc-powerpc-linux-gnu, gcc-aarch64-linux-gnu).")
  var compiler: String?

  /// The family `--compiler` names (clang when not given).
  var compilerFamily: CompilerFamily { compiler.flatMap { CompilerFamily(rawValue: $0.lowercased()) } ?? .clang }

  @Option(name: .long, help: "Seconds each compiler, assembler or linker run may take before its whole process group is killed (default: ISRX_TIME_LIMIT, else 20).")
  var timeLimit: Double?

  func validate() throws {
    if let compiler, CompilerFamily(rawValue: compiler.lowercased()) == nil {
      throw ValidationError("unknown compiler '\(compiler)'; use clang or gcc")
    }
    if let timeLimit, ToolLimits.seconds(from: String(timeLimit)) == nil {
      throw ValidationError("--time-limit must be a positive number of seconds (at most 86400)")
    }
  }

  /// The toolchain with the chosen time limit. Also makes SIGINT/SIGTERM/SIGHUP stop every
  /// tool run and remove isrx's private directories before isrx exits.
  func toolchain() -> Toolchain {
    ToolRuns.stopOnSignals()
    return Toolchain.discover(timeLimit: timeLimit ?? ToolLimits.defaultSeconds)
  }
}
