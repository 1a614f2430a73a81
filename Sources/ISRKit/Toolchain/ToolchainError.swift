/// Why a compiler or assembler run did not produce output. Messages are written for users.
public enum ToolchainError: Error, Sendable, Hashable, CustomStringConvertible {
  /// No compiler for this target is installed; `install` says what to install.
  case compilerMissing(target: String, install: String)
  case launchFailed(tool: String, reason: String)
  case timedOut(tool: String, seconds: Double)
  case outputFlood(tool: String, bytes: Int)
  /// A flag from a file or the command line is not on the allow-list.
  case flagNotAllowed(String)
  /// A resource shipped with isrx (prelude, template) is missing from the bundle.
  case resourceMissing(String)

  public var description: String {
    switch self {
    case .compilerMissing(let target, let install):
      return "no compiler for \(target) is installed: \(install)"
    case .launchFailed(let tool, let reason):
      return "could not run \(tool): \(reason)"
    case .timedOut(let tool, let seconds):
      return "\(tool) did not finish within \(Int(seconds)) s and was stopped"
    case .outputFlood(let tool, let bytes):
      return "\(tool) wrote more than \(bytes >> 20) MiB of output and was stopped"
    case .flagNotAllowed(let flag):
      return "flag '\(flag)' is not allowed (isrx only passes -D, -U, -O, -std= and -W flags)"
    case .resourceMissing(let name):
      return "isrx resource '\(name)' is missing from this build"
    }
  }
}
