import Foundation

/// Readable names for rustc's mangled symbols (`_RNvCseGpo5mbobj0_3isr5TICKS` → `isr::TICKS`),
/// for display only: the listing keeps the mangled names its analysis and the linker use.
/// `llvm-cxxfilt` (Debian's llvm-14 ships it) demangles Rust's v0 scheme; without it the
/// names stay mangled.
public enum RustDemangler {
  /// `ISRX_LLVM_CXXFILT`, else llvm-cxxfilt(-14) on PATH or in /usr/lib/llvm-14/bin.
  static var toolPath: String? {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["ISRX_LLVM_CXXFILT"], !explicit.isEmpty { return explicit }
    let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in ["llvm-cxxfilt-14", "llvm-cxxfilt"] {
      for dir in path + ["/usr/lib/llvm-14/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) {
        return dir + "/" + name
      }
    }
    return nil
  }

  /// The v0-mangled symbols in `texts`, in order of first appearance.
  static func symbols(in texts: [String]) -> [String] {
    var seen: [String] = []
    for text in texts {
      var rest = Substring(text)
      while let start = rest.range(of: "_R") {
        let word = rest[start.lowerBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "$" }
        if word.count > 3, !seen.contains(String(word)) { seen.append(String(word)) }
        rest = rest[word.endIndex...]
      }
    }
    return seen
  }

  /// Mangled → demangled for every Rust symbol in `texts`, in one llvm-cxxfilt run; empty
  /// when there are none or the tool is missing.
  public static func names(in texts: [String], timeLimit: Double = 10) -> [String: String] {
    let mangled = symbols(in: texts)
    guard !mangled.isEmpty, let tool = toolPath else { return [:] }
    let ran = try? PrivateDirectory.with { directory throws(ToolchainError) in
      try ProcessRunner.run(tool, mangled, in: directory, timeLimit: timeLimit, record: false)
    }
    guard let run = ran, run.exitStatus == 0 else { return [:] }
    let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var result: [String: String] = [:]
    for (name, plain) in zip(mangled, lines) where plain != name && !plain.isEmpty { result[name] = plain }
    return result
  }

  /// `text` with each mangled name replaced.
  public static func apply(_ names: [String: String], to text: String) -> String {
    guard !names.isEmpty, text.contains("_R") else { return text }
    var out = text
    // Longest first, so a name that is a prefix of another does not cut it.
    for (mangled, plain) in names.sorted(by: { $0.key.count > $1.key.count }) {
      out = out.replacingOccurrences(of: mangled, with: plain)
    }
    return out
  }
}
