import Foundation

/// A compiler binary found on this machine.
public struct CompilerInfo: Sendable, Hashable {
  public var path: String
  /// First line of `--version`; part of every cache key.
  public var version: String
  /// LLVM target names from `-print-targets` (`x86-64`, `thumb`, `msp430`, ...).
  public var backends: Set<String>
}

/// Whether a target can be compiled here, and with what.
public enum Availability: Sendable, Hashable {
  case available(CompilerInfo)
  /// Missing, with the sentence that tells the user what to install.
  case missing(String)

  public var compiler: CompilerInfo? {
    if case .available(let info) = self { return info }
    return nil
  }
}

/// Finds clang for each target. The Swift toolchain's clang covers every target except
/// MSP430, whose backend LLVM removed from that build; for it isrx looks for a Debian
/// `clang-N` that still has it (clang-14 in Debian 12).
public enum ToolchainDiscovery {
  /// The backend a second clang is looked for when the first lacks it.
  static var msp430Backend: String { TargetCatalog.target(.msp430).llvmBackend }

  /// The LLVM backend each target needs in `-print-targets`.
  static func backend(for target: Target) -> String { target.llvmBackend }

  /// Looks at the machine once. `environment` may name compilers explicitly with
  /// `ISRX_CLANG` and `ISRX_CLANG_MSP430`.
  public static func discover(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    timeLimit: Double = ToolLimits.defaultSeconds
  ) -> [CompilerKind: CompilerInfo] {
    discoverReporting(environment: environment, timeLimit: timeLimit).found
  }

  /// As `discover`, also saying why a compiler named by `ISRX_CLANG` / `ISRX_CLANG_MSP430`
  /// cannot be used. A compiler the user named is never silently replaced by one from PATH.
  public static func discoverReporting(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    timeLimit: Double = ToolLimits.defaultSeconds
  ) -> (found: [CompilerKind: CompilerInfo], problems: [CompilerKind: String]) {
    var found: [CompilerKind: CompilerInfo] = [:]
    var problems: [CompilerKind: String] = [:]
    let searchPath = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    if let explicit = environment["ISRX_CLANG"], !explicit.isEmpty {
      switch probeExplicit(explicit, in: searchPath, timeLimit: timeLimit) {
      case .success(let info): found[.clang] = info
      case .failure(let why): problems[.clang] = "ISRX_CLANG=\(explicit) \(why.reason)"
      }
    } else if let path = resolve("clang", in: searchPath), let info = try? probe(path, timeLimit: timeLimit).get() {
      found[.clang] = info
    }
    if let main = found[.clang], main.backends.contains(msp430Backend) {
      found[.clangWithMSP430] = main
    } else if let explicit = environment["ISRX_CLANG_MSP430"], !explicit.isEmpty {
      switch probeExplicit(explicit, in: searchPath, timeLimit: timeLimit) {
      case .success(let info) where info.backends.contains(msp430Backend): found[.clangWithMSP430] = info
      case .success: problems[.clangWithMSP430] = "ISRX_CLANG_MSP430=\(explicit) has no msp430 backend"
      case .failure(let why): problems[.clangWithMSP430] = "ISRX_CLANG_MSP430=\(explicit) \(why.reason)"
      }
    } else {
      for name in (14...20).reversed().map({ "clang-\($0)" }) {
        if let path = resolve(name, in: searchPath), let info = try? probe(path, timeLimit: timeLimit).get(),
           info.backends.contains(msp430Backend) {
          found[.clangWithMSP430] = info
          break
        }
      }
    }
    return (found, problems)
  }

  /// Why a compiler could not be used, as the end of a sentence ("is not executable").
  public struct ProbeFailure: Error, Sendable { public var reason: String }

  static func probeExplicit(
    _ name: String, in searchPath: [String], timeLimit: Double,
    probe: (String, Double) -> Result<CompilerInfo, ProbeFailure> = { probe($0, timeLimit: $1) }
  ) -> Result<CompilerInfo, ProbeFailure> {
    var isDirectory: ObjCBool = false
    if name.contains("/") {
      guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) else {
        return .failure(ProbeFailure(reason: "does not exist"))
      }
      if isDirectory.boolValue { return .failure(ProbeFailure(reason: "is a directory, not a compiler")) }
    }
    guard let path = resolve(name, in: searchPath) else {
      return .failure(ProbeFailure(reason: name.contains("/") ? "is not executable" : "was not found on PATH"))
    }
    return probe(path, timeLimit)
  }

  /// Finds rustc for Rust mode: `ISRX_RUSTC`, else `rustc` on PATH (or in ~/.cargo/bin).
  /// Nil when there is none; C mode does not need it.
  public static func discoverRustc(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    timeLimit: Double = ToolLimits.defaultSeconds
  ) -> CompilerInfo? {
    discoverRustcReporting(environment: environment, timeLimit: timeLimit).found
  }

  /// As `discoverRustc`, also saying why an `ISRX_RUSTC` the user named cannot be used (it
  /// is never replaced by rustc from PATH).
  public static func discoverRustcReporting(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    timeLimit: Double = ToolLimits.defaultSeconds
  ) -> (found: CompilerInfo?, problem: String?) {
    var searchPath = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    if let home = environment["HOME"] { searchPath.append(home + "/.cargo/bin") }
    if let explicit = environment["ISRX_RUSTC"], !explicit.isEmpty {
      switch probeExplicit(explicit, in: searchPath, timeLimit: timeLimit, probe: probeRustc) {
      case .success(let info): return (info, nil)
      case .failure(let why): return (nil, "ISRX_RUSTC=\(explicit) \(why.reason)")
      }
    }
    guard let path = resolve("rustc", in: searchPath) else { return (nil, nil) }
    return (try? probeRustc(path, timeLimit: timeLimit).get(), nil)
  }

  static func probeRustc(_ path: String, timeLimit: Double) -> Result<CompilerInfo, ProbeFailure> {
    do {
      return try PrivateDirectory.with { directory throws(ToolchainError) in
        let version = try ProcessRunner.run(path, ["--version"], in: directory, timeLimit: timeLimit)
        guard version.exitStatus == 0 else {
          return .failure(ProbeFailure(reason: "failed on --version (\(Toolchain.describeEnd(of: version, tool: "it")))"))
        }
        let first = version.standardOutput.split(separator: "\n").first.map(String.init) ?? path
        return .success(CompilerInfo(path: path, version: first, backends: []))
      }
    } catch {
      return .failure(ProbeFailure(reason: "could not be used: \(error)"))
    }
  }

  /// A GCC driver on PATH (`avr-gcc`), checked with `--version`. GCC has no
  /// `-print-targets`: a driver is one architecture's.
  static func probeGCC(
    _ driver: String, environment: [String: String] = ProcessInfo.processInfo.environment,
    timeLimit: Double
  ) -> Result<CompilerInfo, ProbeFailure> {
    let searchPath = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    guard let path = resolve(driver, in: searchPath) else { return .failure(ProbeFailure(reason: "was not found on PATH")) }
    do {
      return try PrivateDirectory.with { directory throws(ToolchainError) in
        let version = try ProcessRunner.run(path, ["--version"], in: directory, timeLimit: timeLimit)
        guard version.exitStatus == 0 else {
          return .failure(ProbeFailure(reason: "failed on --version (\(Toolchain.describeEnd(of: version, tool: "it")))"))
        }
        let first = version.standardOutput.split(separator: "\n").first.map(String.init) ?? path
        return .success(CompilerInfo(path: path, version: first, backends: []))
      }
    } catch {
      return .failure(ProbeFailure(reason: "could not be used: \(error)"))
    }
  }

  /// Whether Rust sources can be compiled for `target`.
  public static func rustAvailability(of target: Target, rustc: CompilerInfo?, problem: String? = nil) -> Availability {
    if rustc == nil, let problem { return .missing("Rust mode: \(problem); C sources still work") }
    guard let rustc else {
      return .missing("Rust mode needs rustc, which was not found on PATH (install it with rustup, or set ISRX_RUSTC); C sources still work")
    }
    guard RustTarget.forTarget(target) != nil else {
      return .missing("isrx has no rustc target for \(target.id)")
    }
    return .available(rustc)
  }

  /// Availability of every target given what `discover` found.
  public static func availability(
    of target: Target, compilers: [CompilerKind: CompilerInfo]
  ) -> Availability {
    guard let info = compilers[target.compiler] else {
      switch target.compiler {
      case .clang:
        return .missing("clang was not found on PATH; it ships with the Swift toolchain (or set ISRX_CLANG)")
      case .clangWithMSP430:
        return .missing("MSP430 needs a clang with the MSP430 backend: apt-get install -y clang-14 (or set ISRX_CLANG_MSP430)")
      case .gcc(let driver):
        return .missing("\(driver.isEmpty ? "GCC" : driver) is probed by the toolchain, not here")
      }
    }
    guard info.backends.contains(backend(for: target)) else {
      return .missing("\(info.path) has no \(backend(for: target)) backend")
    }
    return .available(info)
  }

  static func resolve(_ name: String, in searchPath: [String]) -> String? {
    if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
    for directory in searchPath {
      let candidate = directory + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static func probe(_ path: String, timeLimit: Double = ToolLimits.defaultSeconds) -> Result<CompilerInfo, ProbeFailure> {
    do {
      return try PrivateDirectory.with { directory throws(ToolchainError) in
        let version = try ProcessRunner.run(path, ["--version"], in: directory, timeLimit: timeLimit)
        guard version.exitStatus == 0 else {
          return .failure(ProbeFailure(reason: "failed on --version (\(Toolchain.describeEnd(of: version, tool: "it")))"))
        }
        let targets = try ProcessRunner.run(path, ["-print-targets"], in: directory, timeLimit: timeLimit)
        var backends: Set<String> = []
        for line in targets.standardOutput.split(separator: "\n") {
          let trimmed = line.drop(while: { $0 == " " })
          if let name = trimmed.split(separator: " ").first, trimmed.contains(" - ") {
            backends.insert(String(name))
          }
        }
        let first = version.standardOutput.split(separator: "\n").first.map(String.init) ?? path
        return .success(CompilerInfo(path: path, version: first, backends: backends))
      }
    } catch {
      return .failure(ProbeFailure(reason: "could not be used: \(error)"))
    }
  }
}
