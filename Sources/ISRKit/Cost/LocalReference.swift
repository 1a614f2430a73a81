/// A branch target that is not a named label: GNU as's numeric local labels (`1b` is the
/// nearest `1:` before, `1f` the nearest after) and a byte offset from the next instruction
/// (`.+2`, which avr-gcc writes to hop over a 2-byte `rjmp`).
enum LocalReference: Hashable {
  case numeric(label: String, forward: Bool)
  case offset(bytes: Int)

  init?(_ text: String) {
    if let last = text.last, last == "b" || last == "f", text.count > 1, text.dropLast().allSatisfy(\.isNumber) {
      self = .numeric(label: String(text.dropLast()), forward: last == "f")
    } else if text.hasPrefix(".+") || text.hasPrefix(".-"), let n = Int(text.dropFirst(2)) {
      self = .offset(bytes: text.hasPrefix(".+") ? n : -n)
    } else {
      return nil
    }
  }

  /// The step index `self` reaches from step `from`, or nil when it cannot be told.
  /// `numericLabels` are (label, step it points at) in listing order; `bytes` gives each
  /// step's encoded size (offsets are resolved only where it is known).
  func target(from: Int, steps: Int, numericLabels: [(label: String, step: Int)], bytes: (Int) -> Int?) -> Int? {
    switch self {
    case .numeric(let label, let forward):
      // `1:` before the branch (or at it, for a branch to itself) / strictly after it.
      let candidates = numericLabels.filter { $0.label == label }
      return forward ? candidates.first { $0.step > from }?.step : candidates.last { $0.step <= from }?.step
    case .offset(let offset):
      // The address after the branch, plus `offset` bytes.
      var remaining = offset
      var index = from + 1
      while remaining > 0, index < steps {
        guard let size = bytes(index) else { return nil }
        remaining -= size
        index += 1
      }
      while remaining < 0, index > 0 {
        index -= 1
        guard let size = bytes(index) else { return nil }
        remaining += size
      }
      return remaining == 0 && index <= steps ? index : nil
    }
  }
}
