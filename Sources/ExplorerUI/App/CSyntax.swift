import ISRKit

/// A small C (and Rust) syntax colourer for the source pane: keywords, types, literals,
/// comments and preprocessor lines (Rust: `#[...]` attribute lines). It works line by line, carrying only "inside a block comment" across
/// lines, which is enough for display (it is not a parser).
public enum CSyntax {
  static let keywords: Set<String> = [
    "auto", "break", "case", "const", "continue", "default", "do", "else", "enum", "extern",
    "for", "goto", "if", "inline", "register", "restrict", "return", "sizeof", "static",
    "struct", "switch", "typedef", "union", "volatile", "while", "_Alignas", "_Alignof",
    "_Atomic", "_Noreturn", "_Static_assert", "__attribute__", "asm", "__asm__", "ISR",
  ]
  static let types: Set<String> = [
    "void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "_Bool",
    "bool", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t",
    "uint64_t", "size_t", "uintptr_t", "intptr_t",
  ]

  static let rustKeywords: Set<String> = [
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "Self", "static", "struct", "super", "trait", "type", "unsafe", "use", "where", "while",
    "true", "false", "isr", "nonblocking",
  ]
  static let rustTypes: Set<String> = [
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    "bool", "char", "f32", "f64", "InterruptStackFrame",
  ]

  /// The styled lines of `lines`.
  public static func highlight(_ lines: [String], language: SourceLanguage = .c) -> [StyledLine] {
    var inComment = false
    return lines.map { highlight(line: $0, inComment: &inComment, language: language) }
  }

  /// One line; `inComment` says whether a block comment is open at the start and is updated
  /// for the end of the line.
  public static func highlight(
    line: String, inComment: inout Bool, language: SourceLanguage = .c
  ) -> StyledLine {
    let keywords = language == .rust ? rustKeywords : keywords
    let types = language == .rust ? rustTypes : types
    var spans: [StyledSpan] = []
    let chars = Array(line)
    var i = 0
    func emit(_ from: Int, _ to: Int, _ role: StyleRole) {
      guard to > from else { return }
      let text = String(chars[from..<to])
      if let last = spans.last, last.role == role {
        spans[spans.count - 1].text += text
      } else {
        spans.append(StyledSpan(text, role: role))
      }
    }
    if !inComment, line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") {
      return StyledLine([StyledSpan(line, role: .synPreprocessor)])
    }
    while i < chars.count {
      if inComment {
        let start = i
        while i < chars.count {
          if chars[i] == "*", i + 1 < chars.count, chars[i + 1] == "/" {
            i += 2
            inComment = false
            break
          }
          i += 1
        }
        emit(start, i, .synComment)
        continue
      }
      let c = chars[i]
      if c == "/", i + 1 < chars.count, chars[i + 1] == "/" {
        emit(i, chars.count, .synComment)
        break
      }
      if c == "/", i + 1 < chars.count, chars[i + 1] == "*" {
        // The opening marker; the comment's body is scanned by the in-comment branch above.
        inComment = true
        emit(i, i + 2, .synComment)
        i += 2
        continue
      }
      if c == "\"" || (c == "'" && (language == .c || isRustCharLiteral(chars, at: i))) {
        let start = i
        i += 1
        while i < chars.count, chars[i] != c {
          if chars[i] == "\\" { i += 1 }
          i += 1
        }
        i = min(i + 1, chars.count)
        emit(start, i, .synString)
        continue
      }
      if c.isNumber {
        let start = i
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "." {
          i += 1
        }
        emit(start, i, .synNumber)
        continue
      }
      if c.isLetter || c == "_" {
        let start = i
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" {
          i += 1
        }
        let word = String(chars[start..<i])
        let role: StyleRole =
          keywords.contains(word) ? .synKeyword : types.contains(word) ? .synType : .text
        emit(start, i, role)
        continue
      }
      emit(i, i + 1, .text)
      i += 1
    }
    return StyledLine(spans)
  }

  /// Whether a `'` at `i` opens a Rust char literal (`'a'`, `'\n'`) rather than a lifetime.
  static func isRustCharLiteral(_ chars: [Character], at i: Int) -> Bool {
    if i + 2 < chars.count, chars[i + 2] == "'" { return true }
    return i + 1 < chars.count && chars[i + 1] == "\\"
  }
}
