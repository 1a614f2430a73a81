/// Every target isrx knows, in the order the UI shows them.
///
/// Facts come from docs/REFERENCE.md: §1 (spellings, return instructions),
/// §2 (per-architecture details) and §5 (what the CPU pushes).
public enum TargetCatalog {
  /// All targets, in display order.
  public static let all: [Target] = [
    x86, x86_64, arm, cortexM, cortexM0plus, cortexM4F, aarch64, mips, powerpc, riscv32, riscv32e, riscv64,
    avr, atmega2560, msp430,
  ]

  /// The target with this id, if any.
  public static func target(id: String) -> Target? {
    all.first { $0.name == id.lowercased() }
  }

  public static func target(_ id: TargetID) -> Target {
    all.first { $0.id == id }!
  }

  /// All ids, for help texts and error messages.
  public static var ids: [String] { all.map(\.name) }

  // Shared by every target: freestanding code, optimized like firmware is, with line info.
  static let common = ["-O2", "-ffreestanding", "-fomit-frame-pointer", "-fno-asynchronous-unwind-tables"]
  /// The same for GCC, which spells them alike.
  static let gccCommon = common

  static let aarch64Convention = Convention(
    kind: .none, spelling: nil,
    summary: "no compiler has an interrupt convention for AArch64 (clang: unknown attribute 'interrupt'); vectors are hand-written assembly ending in eret")

  static let powerpcConvention = Convention(
    kind: .none, spelling: nil,
    summary: "no compiler has an interrupt convention for PowerPC (clang: unknown attribute 'interrupt'); vectors are hand-written assembly ending in rfi")
}
