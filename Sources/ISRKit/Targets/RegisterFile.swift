/// The general-purpose registers of a target, as they are spelled in clang's assembly.
public struct RegisterFile: Sendable, Hashable {
  /// Register width in bits.
  public var widthBits: Int
  /// Every general-purpose register (canonical spelling), in architectural order.
  public var names: [String]
  /// Registers a normal function call may clobber (the ABI's caller-saved set).
  public var callerSaved: [String]
  /// The stack pointer's canonical name.
  public var stackPointer: String
  /// Other spellings of the same register (e.g. MIPS `$sp` for `$29`, RISC-V `x1` for `ra`).
  public var aliases: [String: String] = [:]
  /// Registers the ABI reserves for interrupt handlers, which interrupted code never relies
  /// on (MIPS k0/k1): not saved, not compared.
  public var reservedForHandler: [String] = []

  /// The canonical name for a spelling, or nil if it is not a general-purpose register.
  public func canonical(_ spelling: String) -> String? {
    let lower = spelling.lowercased()
    if names.contains(lower) { return lower }
    return aliases[lower]
  }

  /// Registers the ABI asks a callee to preserve (everything but caller-saved and SP).
  public var calleeSaved: [String] {
    names.filter { !callerSaved.contains($0) && $0 != stackPointer }
  }
}
