import Synchronization

/// A thread-safe dictionary with a budget in bytes: storing past the budget evicts the
/// oldest entries first. Caches keyed by source text get a new key on every edit, so one that
/// only grows would grow for as long as the explorer runs.
///
/// Sizes are the caller's estimate of what an entry keeps alive (text, bytes, parsed lines).
public final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  private struct State: Sendable {
    var entries: [Key: (value: Value, bytes: Int, serial: Int)] = [:]
    /// Keys in the order they were stored, with the serial they were stored under (an entry
    /// stored again leaves a stale pair behind, skipped when evicting).
    var order: [(key: Key, serial: Int)] = []
    var head = 0
    var bytes = 0
    var nextSerial = 0
  }

  /// The most bytes the entries may total.
  public let budget: Int
  private let state = Mutex(State())

  public init(budget: Int) {
    self.budget = max(0, budget)
  }

  /// The value stored for `key`, if it is still there.
  public func value(for key: Key) -> Value? {
    state.withLock { $0.entries[key]?.value }
  }

  /// Stores `value` for `key` as `bytes` bytes, evicting the oldest entries to stay within
  /// the budget. A value larger than the whole budget is not stored.
  public func store(_ value: Value, for key: Key, bytes: Int) {
    let bytes = max(0, bytes)
    let budget = self.budget
    state.withLock { state in
      if let old = state.entries.removeValue(forKey: key) { state.bytes -= old.bytes }
      guard bytes <= budget else { return }
      while state.bytes + bytes > budget, state.head < state.order.count {
        let oldest = state.order[state.head]
        state.head += 1
        if let entry = state.entries[oldest.key], entry.serial == oldest.serial {
          state.entries[oldest.key] = nil
          state.bytes -= entry.bytes
        }
      }
      let serial = state.nextSerial
      state.nextSerial += 1
      state.entries[key] = (value, bytes, serial)
      state.order.append((key, serial))
      state.bytes += bytes
      // Drop evicted and stale pairs now and then, so `order` stays proportional to the entries.
      if state.order.count - state.head > 2 * state.entries.count + 64 {
        let entries = state.entries
        state.order = state.order[state.head...].filter { entries[$0.key]?.serial == $0.serial }
        state.head = 0
      } else if state.head > 64, state.head * 2 > state.order.count {
        state.order.removeFirst(state.head)
        state.head = 0
      }
    }
  }

  /// Bytes currently stored (the sum of the stored entries' sizes).
  public var bytes: Int { state.withLock { $0.bytes } }

  /// Entries currently stored.
  public var count: Int { state.withLock { $0.entries.count } }

  /// Forgets every entry.
  public func removeAll() {
    state.withLock { $0 = State() }
  }
}
