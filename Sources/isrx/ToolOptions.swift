import ArgumentParser
import ISRKit

/// `--time-limit`, shared by the commands that run compilers.
struct ToolOptions: ParsableArguments {
  @Option(name: .long, help: "Seconds each compiler, assembler or linker run may take before its whole process group is killed (default: ISRX_TIME_LIMIT, else 20).")
  var timeLimit: Double?

  func validate() throws {
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
