import Foundation

/// Limits on one tool run. Defaults fit a small machine: 20 s of wall time, 1 GiB of
/// address space, 64 MiB per written file. CPU time is the wall limit rounded up plus one
/// second, so the kernel stops a spinning tool even if isrx itself is stuck.
public struct ToolLimits: Sendable, Hashable {
  public var seconds: Double
  public var addressSpaceBytes: UInt64 = 1 << 30
  public var fileSizeBytes: UInt64 = 64 << 20

  public init(seconds: Double = ToolLimits.defaultSeconds) { self.seconds = seconds }

  var cpuSeconds: UInt64 { UInt64(seconds.rounded(.up)) + 1 }

  /// `ISRX_TIME_LIMIT` (seconds) when set to a positive number, else 20.
  public static var defaultSeconds: Double {
    seconds(from: ProcessInfo.processInfo.environment["ISRX_TIME_LIMIT"]) ?? 20
  }

  /// A positive, finite number of seconds (at most a day), or nil.
  public static func seconds(from text: String?) -> Double? {
    guard let text, let value = Double(text.trimmingCharacters(in: .whitespaces)),
          value.isFinite, value > 0, value <= 86_400 else { return nil }
    return value
  }
}
