/// What the app needs from a terminal: its size, a way to show a frame, and input.
///
/// `NCursesBackend` (in ExplorerTerminal) is the real one; `MemoryBackend` records frames and
/// replays scripted keys for tests. Backends receive whole frames and decide themselves what
/// to redraw (normally `CellGrid.diff(from:)` against the last frame).
public protocol TerminalBackend: AnyObject {
  /// The terminal size in cells.
  var size: Size { get }
  /// How many colours the terminal can show (0 when colour is off).
  var colorCount: Int { get }
  /// Makes the terminal show `grid`.
  func present(_ grid: CellGrid)
  /// The next input event, or `nil` if none arrives within `timeoutMilliseconds`
  /// (a negative timeout waits indefinitely).
  func nextKey(timeoutMilliseconds: Int) -> Key?
  /// Restores the terminal; safe to call more than once.
  func stop()
  /// A termination signal (SIGTERM, SIGHUP, SIGINT) received, if any: the app stops soon
  /// after seeing it.
  var pendingTerminationSignal: Int32? { get }
  /// Puts `text` on the terminal's clipboard (OSC 52), where the terminal allows it.
  func setClipboard(_ text: String)
}

extension TerminalBackend {
  /// No signals by default.
  public var pendingTerminationSignal: Int32? { nil }
  /// No clipboard by default.
  public func setClipboard(_ text: String) {}
}

/// A backend that keeps frames in memory and returns scripted keys, for tests.
public final class MemoryBackend: TerminalBackend {
  /// The terminal size reported.
  public var size: Size
  /// The colour count reported.
  public var colorCount: Int
  /// Keys still to be returned by `nextKey`, first first.
  public var pendingKeys: [Key]
  /// Every frame presented, in order.
  public private(set) var frames: [CellGrid] = []
  /// Whether `stop()` has been called.
  public private(set) var isStopped = false
  /// A termination signal to report (tests of the signal path).
  public var pendingTerminationSignal: Int32?
  /// Every text put on the clipboard, in order.
  public private(set) var clipboard: [String] = []

  public func setClipboard(_ text: String) { clipboard.append(text) }

  /// Creates a memory backend.
  public init(size: Size, colorCount: Int = 256, keys: [Key] = []) {
    self.size = size
    self.colorCount = colorCount
    self.pendingKeys = keys
  }

  /// The last frame presented.
  public var lastFrame: CellGrid? { frames.last }

  public func present(_ grid: CellGrid) { frames.append(grid) }

  public func nextKey(timeoutMilliseconds: Int) -> Key? {
    pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
  }

  public func stop() { isStopped = true }
}
