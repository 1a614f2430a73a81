/// Visible stand-ins for control characters, so text from a file or a tool (an ESC sequence
/// that sets the window title or the clipboard) is shown, never sent to the terminal.
///
/// C0 controls become their Unicode control pictures (ESC is `␛`, BEL `␇`), DEL is `␡`; C1
/// controls (U+0080–U+009F, which some terminals obey like ESC sequences) have no picture
/// and become `�`.
public enum ControlPicture {
  /// The stand-in for a character containing a control scalar anywhere (a combining mark
  /// after ESC is still an ESC), or nil when it has none.
  public static func placeholder(for character: Character) -> Character? {
    for scalar in character.unicodeScalars {
      if let picture = placeholder(value: scalar.value) { return picture }
    }
    return nil
  }

  /// The stand-in for the scalar `value`, or nil when it is not a control.
  @inlinable
  public static func placeholder(value: UInt32) -> Character? {
    switch value {
    case 0..<0x20: return Character(Unicode.Scalar(0x2400 + value)!)
    case 0x7F: return "\u{2421}"
    case 0x80...0x9F: return "\u{FFFD}"
    default: return nil
    }
  }

  /// Whether `value` is a control scalar (C0, DEL or C1).
  @inlinable
  public static func isControl(_ value: UInt32) -> Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }
}
