import ISRKit

extension TargetInfo {
  /// Every catalog target, marked unavailable (with what to install) where this machine's
  /// toolchain cannot build it, with clang and with GCC, for a `language` source (rustc
  /// builds Rust: GCC is then unavailable everywhere, and says so).
  public static func catalog(availableWith toolchain: Toolchain, language: SourceLanguage = .c) -> [TargetInfo] {
    TargetCatalog.all.map { target in
      func why(_ availability: Availability) -> String? {
        if case .missing(let why) = availability { return why }
        return nil
      }
      // clang as before (a Rust source without rustc is said once, in the status line).
      return TargetInfo(
        target: target, missing: why(toolchain.availability(target)),
        missingGCC: why(toolchain.availability(target.compiled(by: .gcc), language: language)))
    }
  }
}
