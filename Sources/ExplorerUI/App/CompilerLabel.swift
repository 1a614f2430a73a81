import ISRKit

/// A compiler's name for a pane title, short: "clang 21.0.0", "avr-gcc 5.4.0".
enum CompilerLabel {
  /// The name and version in `versionLine` (the first line of `--version`), or the
  /// family's name while it is unknown.
  static func short(_ versionLine: String?, family: CompilerFamily) -> String {
    guard let line = versionLine, !line.isEmpty else { return family.rawValue }
    let words = line.split(separator: " ").map(String.init)
    // clang: "[vendor] clang version 21.0.0 (…)"; GCC: "avr-gcc (GCC) 5.4.0", "gcc (Debian 12.2.0-14) 12.2.0".
    let name = words.first { $0.contains("clang") || $0.contains("gcc") } ?? words.first ?? family.rawValue
    var version: String?
    if let i = words.firstIndex(of: "version"), i + 1 < words.count {
      version = words[i + 1]
    } else if let close = line.lastIndex(of: ")") {
      version = line[line.index(after: close)...].split(separator: " ").first.map(String.init)
    }
    guard let version, version.first?.isNumber == true else { return name }
    return "\(name) \(version)"
  }
}
