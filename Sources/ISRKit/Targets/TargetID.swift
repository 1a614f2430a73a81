/// Every target isrx knows, as a closed set: a `switch` over it (or over `Architecture`)
/// has no `default:`, so adding a target makes the compiler name every place that needs it.
/// The raw value is the id used on the command line, in JSON and in the UI.
public enum TargetID: String, CaseIterable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  case x86
  case x86_64
  case arm
  case cortexM = "cortex-m"
  case cortexM0plus = "cortex-m0plus"
  case cortexM4F = "cortex-m4f"
  case aarch64
  case mips
  case powerpc
  case riscv32
  case riscv32e
  case riscv64
  case avr
  case atmega2560
  case msp430

  public var description: String { rawValue }

  /// Catalog order.
  public static func < (a: TargetID, b: TargetID) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// The instruction-set family a target belongs to: what its assembly looks like, how an
/// interrupt enters and leaves, how the emulator sets it up. CPU variants of one family
/// (a Cortex-M0+ beside a Cortex-M3) share it and differ only in their descriptor's data.
public enum Architecture: String, CaseIterable, Sendable, Hashable, Codable {
  case x86, x86_64
  /// ARM A-profile in ARM state, IRQ mode.
  case armA
  /// ARMv6-M / ARMv7-M: Thumb, hardware-stacked exception frame, EXC_RETURN.
  case cortexM
  case aarch64, mips, powerpc
  case riscv
  case avr, msp430
}

/// What runs a target's code for the measured figures.
public enum Simulator: Sendable, Hashable {
  /// Unicorn, with the named CPU model where its default is not the right one.
  case unicorn(cpu: String?)
  /// simavr, for the named MCU (it counts cycles).
  case simavr(mcu: String)
  /// mspdebug's `sim` driver (Debian package mspdebug).
  case mspdebug
}
