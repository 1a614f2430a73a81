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
  /// The LLVM backend each target needs in `-print-targets`.
  static func backend(for target: Target) -> String {
    switch target.id {
    case "x86": return "x86"
    case "x86_64": return "x86-64"
    case "arm": return "arm"
    case "cortex-m": return "thumb"
    case "aarch64": return "aarch64"
    case "mips": return "mipsel"
    case "powerpc": return "ppc32"
    case "riscv32": return "riscv32"
    case "riscv64": return "riscv64"
    case "avr": return "avr"
    default: return target.id
    }
  }

  /// Looks at the machine once. `environment` may name compilers explicitly with
  /// `ISRX_CLANG` and `ISRX_CLANG_MSP430`.
  public static func discover(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [CompilerKind: CompilerInfo] {
    var found: [CompilerKind: CompilerInfo] = [:]
    let searchPath = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    let mainCandidates = [environment["ISRX_CLANG"]].compactMap { $0 } + ["clang"]
    for name in mainCandidates {
      if let path = resolve(name, in: searchPath), let info = probe(path) {
        found[.clang] = info
        break
      }
    }
    if let main = found[.clang], main.backends.contains("msp430") {
      found[.clangWithMSP430] = main
    } else {
      let msp = [environment["ISRX_CLANG_MSP430"]].compactMap { $0 }
        + (14...20).reversed().map { "clang-\($0)" }
      for name in msp {
        if let path = resolve(name, in: searchPath), let info = probe(path),
           info.backends.contains("msp430") {
          found[.clangWithMSP430] = info
          break
        }
      }
    }
    return found
  }

  /// Finds rustc for Rust mode: `ISRX_RUSTC`, else `rustc` on PATH (or in ~/.cargo/bin).
  /// Nil when there is none; C mode does not need it.
  public static func discoverRustc(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> CompilerInfo? {
    var searchPath = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    if let home = environment["HOME"] { searchPath.append(home + "/.cargo/bin") }
    let candidates = [environment["ISRX_RUSTC"]].compactMap { $0 }.filter { !$0.isEmpty } + ["rustc"]
    for name in candidates {
      guard let path = resolve(name, in: searchPath) else { continue }
      let info = try? PrivateDirectory.with { directory throws(ToolchainError) -> CompilerInfo? in
        let version = try ProcessRunner.run(path, ["--version"], in: directory, timeLimit: 10)
        guard version.exitStatus == 0 else { return nil }
        let first = version.standardOutput.split(separator: "\n").first.map(String.init) ?? path
        return CompilerInfo(path: path, version: first, backends: [])
      }
      if let info = info ?? nil { return info }
    }
    return nil
  }

  /// Whether Rust sources can be compiled for `target`.
  public static func rustAvailability(of target: Target, rustc: CompilerInfo?) -> Availability {
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

  static func probe(_ path: String) -> CompilerInfo? {
    do {
      return try PrivateDirectory.with { directory throws(ToolchainError) in
        let version = try ProcessRunner.run(path, ["--version"], in: directory, timeLimit: 10)
        let targets = try ProcessRunner.run(path, ["-print-targets"], in: directory, timeLimit: 10)
        guard version.exitStatus == 0 else { return nil }
        var backends: Set<String> = []
        for line in targets.standardOutput.split(separator: "\n") {
          let trimmed = line.drop(while: { $0 == " " })
          if let name = trimmed.split(separator: " ").first, trimmed.contains(" - ") {
            backends.insert(String(name))
          }
        }
        let first = version.standardOutput.split(separator: "\n").first.map(String.init) ?? path
        return CompilerInfo(path: path, version: first, backends: backends)
      }
    } catch {
      return nil
    }
  }
}
