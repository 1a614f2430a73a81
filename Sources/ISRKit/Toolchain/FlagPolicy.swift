/// The allow-list for extra compiler flags coming from the command line or a file.
///
/// Files a user opens may come from someone else, so nothing they carry may make a compiler
/// load code or run programs (`-fplugin`, `-Xclang -load`, `-B`, `-fuse-ld`, `--config`, ...).
/// Only flags that change what the code means or how it is optimised pass.
public enum FlagPolicy {
  /// Returns `flags` unchanged if every one is allowed, else throws for the first that is not.
  public static func check(_ flags: [String]) throws(ToolchainError) -> [String] {
    for flag in flags where !isAllowed(flag) { throw .flagNotAllowed(flag) }
    return flags
  }

  static func isAllowed(_ flag: String) -> Bool {
    if flag.hasPrefix("-D") || flag.hasPrefix("-U") { return flag.count > 2 && !flag.contains("\n") }
    if ["-O0", "-O1", "-O2", "-O3", "-Os", "-Oz", "-Og"].contains(flag) { return true }
    if flag.hasPrefix("-std=") { return flag.dropFirst(5).allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" } }
    if flag.hasPrefix("-W") {
      // -Wl, -Wa, -Wp pass options to other programs: not allowed.
      return !flag.hasPrefix("-Wl,") && !flag.hasPrefix("-Wa,") && !flag.hasPrefix("-Wp,")
        && flag.dropFirst(2).allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "=" }
    }
    return false
  }
}
