import CNcurses
import ExplorerUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal, through ncursesw. The only object in isrx with mutable terminal state.
///
/// Call `start()` once, then alternate `present(_:)` and `nextKey(timeoutMilliseconds:)` on
/// one thread, and `stop()` at the end. The terminal is also restored if the process exits
/// (`atexit`), on SIGTERM, SIGHUP or SIGINT (reported through `pendingTerminationSignal` so
/// the app can save a recovery copy first; then `die(by:)`), and on a crash signal (SIGSEGV,
/// SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT) from an async-signal-safe handler.
public final class NCursesBackend: TerminalBackend {
  /// Whether colour may be used at all (false for `NO_COLOR` / `--no-color`).
  public let allowsColor: Bool
  /// How many colours are in use: the terminal's `COLORS`, or 0 when colour is off or
  /// unavailable. Below 8, styles are drawn with attributes only.
  public private(set) var colorCount = 0
  private var isRunning = false
  private var previous: CellGrid?
  private var needsFullRedraw = true
  private var pairs = ColorPairs(colorCount: 0, pairLimit: 0, hasDefaultColors: false)
  private var scalarBuffer: [UInt32] = []

  /// Creates a backend; nothing touches the terminal until `start()`.
  public init(allowsColor: Bool = true) {
    self.allowsColor = allowsColor
  }

  /// Takes over the terminal: locale from the environment (for UTF-8), raw mode (so Ctrl-S
  /// and Ctrl-C arrive as keys), no echo, keypad decoding, a 25 ms Escape delay, mouse clicks
  /// and wheel, colours with the terminal's default background, hidden cursor.
  public func start() {
    guard !isRunning else { return }
    setlocale(LC_ALL, "")
    cnc_save_tty()
    cnc_capture_stderr()
    _ = initscr()
    isRunning = true
    cnc_set_active(1)
    // After initscr, so ours replace the handlers ncurses installs for SIGINT/SIGTERM.
    cnc_install_restore_handlers()
    _ = raw()
    _ = noecho()
    _ = nonl()
    _ = keypad(cnc_stdscr(), true)
    _ = set_escdelay(25)
    _ = cnc_enable_mouse(
      cnc_button1_pressed() | cnc_button1_released() | cnc_button4_pressed()
        | cnc_button5_pressed())
    var hasDefaultColors = false
    if allowsColor && cnc_has_colors() == 1 {
      _ = start_color()
      hasDefaultColors = use_default_colors() == cnc_ok()
      colorCount = Int(cnc_colors())
    }
    pairs = ColorPairs(
      colorCount: colorCount, pairLimit: Int(cnc_color_pairs()),
      hasDefaultColors: hasDefaultColors)
    _ = curs_set(0)
    previous = nil
    needsFullRedraw = true
  }

  /// The terminal size in cells.
  public var size: Size {
    guard isRunning else { return Size(width: 0, height: 0) }
    return Size(width: Int(cnc_cols()), height: Int(cnc_lines()))
  }

  /// Draws the cells of `grid` that changed since the last call (all of them after a resize),
  /// then refreshes the screen.
  public func present(_ grid: CellGrid) {
    guard isRunning else { return }
    let changes: [CellGrid.Change]
    if needsFullRedraw || previous == nil || previous?.size != grid.size {
      _ = clearok(cnc_stdscr(), true)
      _ = werase(cnc_stdscr())
      changes = grid.diff(from: CellGrid(width: 0, height: 0))
      needsFullRedraw = false
    } else if let previous {
      changes = grid.diff(from: previous)
    } else {
      changes = []
    }
    for change in changes where !change.cell.isContinuation {
      draw(change.cell, x: change.x, y: change.y)
    }
    _ = wrefresh(cnc_stdscr())
    previous = grid
  }

  /// The next key, mouse or resize event, or `nil` after `timeoutMilliseconds` without input
  /// (negative: wait indefinitely).
  public func nextKey(timeoutMilliseconds: Int) -> Key? {
    guard isRunning else { return nil }
    var value: UInt32 = 0
    let timeout = Int32(clamping: timeoutMilliseconds < 0 ? -1 : timeoutMilliseconds)
    switch cnc_read(timeout, &value) {
    case 1:
      return KeyDecoder.decodeCharacter(value)
    case 2:
      let key = KeyDecoder.decodeKeyCode(Int32(bitPattern: value)) { KeyDecoder.readMouse() }
      if key == .resize { needsFullRedraw = true }
      return key
    default:
      return nil
    }
  }

  /// SIGTERM, SIGHUP or SIGINT if one arrived (the app should save what it must, then call
  /// `die(by:)`; after 2 s the signal handler restores the terminal and exits by itself).
  public var pendingTerminationSignal: Int32? {
    let signal = cnc_take_pending_signal()
    return signal == 0 ? nil : signal
  }

  /// Restores the terminal (if still needed) and ends the process by `signal` with its
  /// default action, so the parent sees how it ended.
  public func die(by signal: Int32) -> Never {
    stop()
    cnc_die_by_signal(signal)
    exit(128 + signal)
  }

  /// Forces the next `present` to redraw every cell (e.g. after another program used the
  /// terminal).

  /// Gives the terminal back (endwin). Safe to call more than once.
  /// OSC 52 goes straight to the terminal, beside curses: it moves no cursor and draws
  /// nothing, so the screen curses believes it shows stays true.
  public func setClipboard(_ text: String) {
    guard isRunning, let sequence = Clipboard.osc52(text) else { return }
    fflush(nil)  // every C stream (stdout is a global Swift 6 will not touch)
    let bytes = Array(sequence.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      offset += n
    }
  }

  public func stop() {
    guard isRunning else { return }
    isRunning = false
    cnc_set_active(0)
    _ = curs_set(1)
    _ = endwin()
    cnc_release_stderr()
  }

  deinit { stop() }

  private func draw(_ cell: Cell, x: Int, y: Int) {
    scalarBuffer.removeAll(keepingCapacity: true)
    // Last line of defence: a control scalar that reached a cell is not sent to the terminal.
    for i in 0..<cell.scalarCount {
      let value = cell.scalarValue(at: i)
      scalarBuffer.append(ControlPicture.isControl(value) ? 0xFFFD : value)
    }
    var style = cell.style
    if colorCount < 8 { style = style.withoutColors }
    var attributes = cnc_attr_normal()
    if style.bold { attributes |= cnc_attr_bold() }
    if style.underline { attributes |= cnc_attr_underline() }
    if style.reverse { attributes |= cnc_attr_reverse() }
    if style.dim { attributes |= cnc_attr_dim() }
    let pair = pairs.pair(for: style) { pair, fg, bg in _ = cnc_init_pair(pair, fg, bg) }
    _ = scalarBuffer.withUnsafeBufferPointer { buffer in
      cnc_draw_cell(
        Int32(y), Int32(x), buffer.baseAddress, Int32(buffer.count), attributes, pair)
    }
  }
}
