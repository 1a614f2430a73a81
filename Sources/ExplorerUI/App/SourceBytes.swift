/// A file's bytes as the editor's text, and back, keeping every byte the user did not edit:
/// unchanged lines are written back byte for byte (CRLF or LF, however mixed, a missing final
/// newline), and only the edited lines are encoded anew, with the file's usual line ending.
public enum SourceBytes {
  /// Files above this size open read-only (editing cost grows with the file; 2 MiB is far
  /// more than any ISR source).
  public static let editableLimit = 2 << 20

  /// The text to show for `bytes`, and why it cannot be edited (nil: it can).
  public static func decode(_ bytes: [UInt8], name: String) -> (text: String, readOnlyReason: String?) {
    let text = String(decoding: bytes, as: UTF8.self)
    if bytes.count > editableLimit {
      let mib = Double(bytes.count) / Double(1 << 20)
      return (text, "read-only, \(String(format: "%.1f", mib)) MiB is over the \(editableLimit >> 20) MiB editing limit: \(base(name))")
    }
    if let bad = firstInvalidByte(bytes) {
      let line = bytes[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      let hex = String(bytes[bad], radix: 16, uppercase: true)
      return (text, "read-only, not valid UTF-8 (byte 0x\(hex) on line \(line)): isrx edits UTF-8 only and will not convert \(base(name))")
    }
    return (text, nil)
  }

  static func base(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// The offset of the first byte that is not part of valid UTF-8, if any.
  static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  /// One line of a file: its bytes without the terminator, and the terminator (`\r\n`, `\n`,
  /// or nothing for the piece after the last newline).
  struct Line: Equatable {
    var content: ArraySlice<UInt8>
    var terminator: [UInt8]
  }

  /// `bytes` split at every `\n` (so n newlines give n + 1 lines; the last has no terminator).
  static func lines(_ bytes: [UInt8]) -> [Line] {
    var result: [Line] = []
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
      if i > start, bytes[i - 1] == 0x0D {
        result.append(Line(content: bytes[start..<(i - 1)], terminator: [0x0D, 0x0A]))
      } else {
        result.append(Line(content: bytes[start..<i], terminator: [0x0A]))
      }
      start = i + 1
    }
    result.append(Line(content: bytes[start...], terminator: []))
    return result
  }

  /// The bytes to save for `text` (the editor's text, `\n` line breaks) over a file that held
  /// `original`: the lines before and after the edited region are the original bytes; the
  /// edited lines end with the file's usual line ending (CRLF when most of its lines do).
  public static func encode(_ text: String, original: [UInt8]?) -> [UInt8] {
    let new = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8)[...] }
    guard let original else { return Array(text.utf8) }
    let old = lines(original)
    let crlf = old.filter { $0.terminator.count == 2 }.count
    let lf = old.filter { $0.terminator.count == 1 }.count
    let ending: [UInt8] = crlf > lf ? [0x0D, 0x0A] : [0x0A]
    // A line matches when its text matches and it is the last line in both or in neither.
    func same(_ o: Int, _ n: Int) -> Bool {
      old[o].content.elementsEqual(new[n]) && (o == old.count - 1) == (n == new.count - 1)
    }
    var prefix = 0
    while prefix < old.count, prefix < new.count, same(prefix, prefix) { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      same(old.count - 1 - suffix, new.count - 1 - suffix)
    {
      suffix += 1
    }
    var out: [UInt8] = []
    out.reserveCapacity(original.count + text.utf8.count / 8)
    for line in old[..<prefix] { out += line.content + line.terminator }
    // When the edited region has as many lines as before, each keeps its own line ending.
    let paired = new.count - suffix - prefix == old.count - suffix - prefix
    for n in prefix..<(new.count - suffix) {
      out += new[n]
      guard n < new.count - 1 else { continue }
      out += paired && !old[n].terminator.isEmpty ? old[n].terminator : ending
    }
    for line in old[(old.count - suffix)...] { out += line.content + line.terminator }
    return out
  }
}
