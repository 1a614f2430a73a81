import ISRKit

extension CSyntax {
  /// The styled lines of `lines[window]` only, so drawing costs what is visible, not the whole
  /// file. Whether a block comment is open at the window's start comes from `commentOpen`, a
  /// byte scan of the lines above (no styling).
  public static func highlight(
    _ lines: [String], window: Range<Int>, language: SourceLanguage = .c
  ) -> [StyledLine] {
    let window = window.clamped(to: 0..<lines.count)
    var inComment = commentOpen(after: lines[..<window.lowerBound], language: language)
    return lines[window].map { highlight(line: $0, inComment: &inComment, language: language) }
  }

  /// Whether a block comment is still open after `lines`, by the colourer's rules
  /// (preprocessor lines, `//` comments and string or character literals do not open one).
  static func commentOpen(after lines: ArraySlice<String>, language: SourceLanguage) -> Bool {
    var inComment = false
    for var line in lines {
      line.makeContiguousUTF8()
      inComment = line.utf8.withContiguousStorageIfAvailable {
        scan($0, inComment: inComment, language: language)
      } ?? inComment
    }
    return inComment
  }

  /// One line's bytes: whether a block comment is open at its end.
  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, inComment start: Bool, language: SourceLanguage
  ) -> Bool {
    var inComment = start
    var i = 0
    let n = bytes.count
    if !inComment {
      var j = 0
      while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
      if j < n, bytes[j] == UInt8(ascii: "#") { return false }
    }
    scan: while i < n {
      let c = bytes[i]
      if inComment {
        if c == UInt8(ascii: "*"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "/") {
          inComment = false
          i += 2
        } else {
          i += 1
        }
        continue
      }
      switch c {
      case UInt8(ascii: "/") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "/"):
        break scan
      case UInt8(ascii: "/") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "*"):
        inComment = true
        i += 2
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        let isLiteral =
          c == UInt8(ascii: "\"") || language == .c
          || (i + 2 < n && bytes[i + 2] == UInt8(ascii: "'"))
          || (i + 1 < n && bytes[i + 1] == UInt8(ascii: "\\"))
        i += 1
        guard isLiteral else { continue }
        while i < n, bytes[i] != c {
          if bytes[i] == UInt8(ascii: "\\") { i += 1 }
          i += 1
        }
        i += 1
      default:
        i += 1
      }
    }
    return inComment
  }
}
