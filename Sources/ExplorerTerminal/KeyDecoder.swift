import CNcurses
import ExplorerUI

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
  /// Decodes a character (not a KEY_* code). Control characters become `.ctrl`, except those
  /// terminals send for Tab, Enter, Escape and Backspace.
  static func decodeCharacter(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return .ctrl(" ")
    case 1...26:
      guard let scalar = Unicode.Scalar(value + 96) else { return nil }
      return .ctrl(Character(scalar))
    case 28...31:
      // Ctrl-\ Ctrl-] Ctrl-^ Ctrl-_
      guard let scalar = Unicode.Scalar(value + 64) else { return nil }
      return .ctrl(Character(scalar))
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// Decodes a KEY_* code; `mouse` is asked for the event when the code is KEY_MOUSE.
  static func decodeKeyCode(_ code: Int32, mouse: () -> Key?) -> Key? {
    switch code {
    case cnc_key_resize(): return .resize
    case cnc_key_mouse(): return mouse()
    case cnc_key_btab(): return .backTab
    case cnc_key_enter(): return .enter
    case cnc_key_backspace(): return .backspace
    case cnc_key_dc(): return .delete
    case cnc_key_home(): return .home
    case cnc_key_end(): return .end
    case cnc_key_ppage(): return .pageUp
    case cnc_key_npage(): return .pageDown
    case cnc_key_up(): return .up
    case cnc_key_down(): return .down
    case cnc_key_left(): return .left
    case cnc_key_right(): return .right
    default:
      let f0 = cnc_key_f(0)
      if code > f0 && code <= f0 + 63 { return .function(Int(code - f0)) }
      return nil
    }
  }

  /// Reads the queued mouse event, if it is one the app handles.
  static func readMouse() -> Key? {
    var x: Int32 = 0
    var y: Int32 = 0
    var state: UInt = 0
    guard cnc_get_mouse(&x, &y, &state) == 1 else { return nil }
    let kind: MouseKind
    if state & cnc_button4_pressed() != 0 {
      kind = .wheelUp
    } else if state & cnc_button5_pressed() != 0 {
      kind = .wheelDown
    } else if state & (cnc_button1_pressed() | cnc_button1_clicked()) != 0 {
      kind = .press
    } else if state & cnc_button1_released() != 0 {
      kind = .release
    } else {
      return nil
    }
    return .mouse(x: Int(x), y: Int(y), kind: kind)
  }
}
