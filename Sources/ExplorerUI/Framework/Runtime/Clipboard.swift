import Foundation

/// The terminal's clipboard through OSC 52 (`ESC ] 52 ; c ; base64 BEL`): xterm, kitty,
/// WezTerm, iTerm2, Windows Terminal and tmux (`set-clipboard on`) accept it, also over ssh,
/// where no clipboard program on this machine could reach the user's desktop.
public enum Clipboard {
  /// The most text sent in one sequence: several terminals drop longer ones silently
  /// (xterm's default limit is about 100 kB of base64).
  public static let maximumBytes = 74_000

  /// The sequence that puts `text` on the clipboard, or nil when it is too long to send.
  public static func osc52(_ text: String) -> String? {
    let bytes = Data(text.utf8)
    guard bytes.count <= maximumBytes else { return nil }
    return "\u{1B}]52;c;" + bytes.base64EncodedString() + "\u{07}"
  }
}
