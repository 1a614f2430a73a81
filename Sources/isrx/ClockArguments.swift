import ArgumentParser
import ISRKit

/// `--clock-mhz 48` (every target) and `--clock-mhz avr=20` (one target), repeatable.
enum ClockArguments {
  static func parse(_ arguments: [String]) throws -> (all: Double?, byTarget: [String: Double]) {
    var all: Double?
    var byTarget: [String: Double] = [:]
    for argument in arguments {
      let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
      guard let mhz = Double(parts.last ?? ""), mhz > 0, mhz.isFinite else {
        throw ValidationError("--clock-mhz '\(argument)': expected a positive number of MHz, or TARGET=MHZ (e.g. avr=20)")
      }
      if parts.count == 1 {
        all = mhz
      } else {
        guard TargetCatalog.target(id: parts[0]) != nil else {
          throw ValidationError("--clock-mhz '\(argument)': no target '\(parts[0])'; see `isrx targets`")
        }
        byTarget[parts[0]] = mhz
      }
    }
    return (all, byTarget)
  }
}
