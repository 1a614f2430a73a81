/// The state of the machine's devices for one run: what successive reads of a memory-mapped
/// register return (a FIFO status that reads "data ready" three times, then "empty"; a cause
/// register that selects one `case`). Addresses not scripted read as plain RAM (zero until
/// written). The emulator checks the static path bounds against runs in several such states.
public struct DeviceScript: Sendable, Hashable {
  /// Address → the values its reads return in turn; the last one repeats.
  public var reads: [UInt64: [UInt64]]

  public init(reads: [UInt64: [UInt64]] = [:]) { self.reads = reads }

  /// A register that reads `value` forever.
  public static func constant(_ address: UInt64, _ value: UInt64) -> DeviceScript {
    DeviceScript(reads: [address: [value]])
  }

  /// A status register that reads `ready` `times` times, then `idle`.
  public static func fifo(status: UInt64, ready: UInt64 = 1, idle: UInt64 = 0, times: Int) -> DeviceScript {
    DeviceScript(reads: [status: Array(repeating: ready, count: times) + [idle]])
  }

  /// Both scripts together (the second wins where they name the same address).
  public func merging(_ other: DeviceScript) -> DeviceScript {
    DeviceScript(reads: reads.merging(other.reads) { _, new in new })
  }
}
