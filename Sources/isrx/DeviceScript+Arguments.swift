import ArgumentParser
import ISREmulator

extension DeviceScript {
  /// `--device 0x40001000=1,1,0`: what successive reads of a device register return.
  init(arguments: [String]) throws {
    var reads: [UInt64: [UInt64]] = [:]
    for argument in arguments {
      let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let address = Self.number(parts[0]) else {
        throw ValidationError("--device '\(argument)': expected ADDRESS=V1,V2,... (e.g. 0x40001000=1,1,0)")
      }
      let values = parts[1].split(separator: ",").map { Self.number(String($0)) }
      guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else {
        throw ValidationError("--device '\(argument)': the values must be numbers (decimal or 0x...)")
      }
      reads[address] = values.compactMap { $0 }
    }
    self.init(reads: reads)
  }

  private static func number(_ text: String) -> UInt64? {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    return t.hasPrefix("0x") ? UInt64(t.dropFirst(2), radix: 16) : UInt64(t)
  }
}
