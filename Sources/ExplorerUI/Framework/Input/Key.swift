/// A key press (or mouse or resize event) as the app sees it, independent of the terminal
/// library that decoded it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
  /// A printable character (including space).
  case char(Character)
  /// A control chord, stored as the lowercase letter: Ctrl-S is `.ctrl("s")`.
  case ctrl(Character)
  /// Return / Enter.
  case enter
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Escape.
  case escape
  /// Backspace (also Ctrl-H and DEL, which terminals send for it).
  case backspace
  /// Forward delete.
  case delete
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Home.
  case home
  /// End.
  case end
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// A function key, F1 = `.function(1)`.
  case function(Int)
  /// A mouse event at a cell (0-based column and row).
  case mouse(x: Int, y: Int, kind: MouseKind)
  /// The terminal changed size.
  case resize

  /// The short name shown in key hints and help: "Tab", "S-Tab", "C-s", "F2", "PgUp", "←".
  public var display: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let c): return String(c)
    case .ctrl(" "): return "C-Space"
    case .ctrl(let c): return "C-" + String(c).lowercased()
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .escape: return "Esc"
    case .backspace: return "Bksp"
    case .delete: return "Del"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .function(let n): return "F\(n)"
    case .mouse(_, _, let kind): return "Mouse \(kind)"
    case .resize: return "Resize"
    }
  }

  public var description: String { display }

  /// Whether this is a mouse event.
  public var isMouse: Bool {
    if case .mouse = self { return true }
    return false
  }
}

/// What happened in a mouse event.
public enum MouseKind: String, Hashable, Sendable {
  /// The (left) button went down.
  case press
  /// The (left) button went up.
  case release
  /// The wheel scrolled up.
  case wheelUp
  /// The wheel scrolled down.
  case wheelDown
}
