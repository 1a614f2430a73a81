/// A compiler's name for a pane title, short: "clang 21.0.0", "avr-gcc 5.4.0".
enum CompilerLabel {
  /// The name and version in `versionLine` (the first line of `--version`), or `fallback`
  /// while it is unknown.
  static func short(_ versionLine: String?, fallback: String) -> String {
    guard let line = versionLine, !line.isEmpty else { return fallback }
    let words = line.split(separator: " ").map(String.init)
    // clang: "[vendor] clang version 21.0.0 (…)"; GCC: "avr-gcc (GCC) 5.4.0",
    // "gcc (Debian 12.2.0-14) 12.2.0"; rustc: "rustc 1.95.0 (hash date)".
    let name = words.first { $0.contains("clang") || $0.contains("gcc") } ?? words.first ?? fallback
    func numeric(_ words: some Sequence<Substring>) -> String? {
      words.first { $0.first?.isNumber == true }.map(String.init)
    }
    var version: String?
    if let i = words.firstIndex(of: "version"), i + 1 < words.count {
      version = words[i + 1]
    } else if let close = line.lastIndex(of: ")") {
      version = numeric(line[line.index(after: close)...].split(separator: " "))
    }
    version = version ?? numeric(line.split(separator: " ").dropFirst())
    guard let version, version.first?.isNumber == true else { return name }
    return "\(name) \(version)"
  }
}
