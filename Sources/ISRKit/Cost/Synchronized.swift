import Synchronization

/// A value behind a lock, for results gathered from parallel work.
public final class Synchronized<Value: Sendable>: Sendable {
  private let mutex: Mutex<Value>
  public init(_ value: Value) { mutex = Mutex(value) }
  public func withLock<R: Sendable>(_ body: (inout Value) -> R) -> R { mutex.withLock { body(&$0) } }
}
