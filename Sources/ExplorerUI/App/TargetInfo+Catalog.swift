import ISRKit

extension TargetInfo {
  /// Every catalog target, marked unavailable (with what to install) where this machine's
  /// toolchain cannot build it.
  public static func catalog(availableWith toolchain: Toolchain) -> [TargetInfo] {
    TargetCatalog.all.map { target in
      if case .missing(let why) = toolchain.availability(target) {
        return TargetInfo(target: target, missing: why)
      }
      return TargetInfo(target: target)
    }
  }
}
