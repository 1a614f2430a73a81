// Byte-level scanning of single assembly lines. No regular expressions: everything here works on
// UTF-8 bytes so a multi-thousand-line listing parses in a few milliseconds.

enum AsmASCII {
  static let tab: UInt8 = 0x09
  static let space: UInt8 = 0x20
  static let quote: UInt8 = 0x22  // "
  static let hash: UInt8 = 0x23  // #
  static let dollar: UInt8 = 0x24  // $
  static let lparen: UInt8 = 0x28
  static let rparen: UInt8 = 0x29
  static let star: UInt8 = 0x2A  // *
  static let comma: UInt8 = 0x2C
  static let dot: UInt8 = 0x2E
  static let slash: UInt8 = 0x2F
  static let zero: UInt8 = 0x30
  static let nine: UInt8 = 0x39
  static let colon: UInt8 = 0x3A
  static let semicolon: UInt8 = 0x3B
  static let equals: UInt8 = 0x3D
  static let at: UInt8 = 0x40
  static let lbracket: UInt8 = 0x5B
  static let backslash: UInt8 = 0x5C
  static let rbracket: UInt8 = 0x5D
  static let underscore: UInt8 = 0x5F
  static let lbrace: UInt8 = 0x7B
  static let rbrace: UInt8 = 0x7D
  static let lowerB: UInt8 = 0x62
  static let lowerF: UInt8 = 0x66
}

@inline(__always) func asmIsSpace(_ b: UInt8) -> Bool {
  b == AsmASCII.space || b == AsmASCII.tab || b == 0x0B || b == 0x0C || b == 0x0D
}

@inline(__always) func asmIsDigit(_ b: UInt8) -> Bool {
  b >= AsmASCII.zero && b <= AsmASCII.nine
}

/// AsmBytes that may appear in a GNU-as symbol name: letters, digits, `_`, `.`, `$`, and non-ASCII.
@inline(__always) func asmIsSymbolByte(_ b: UInt8) -> Bool {
  (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || asmIsDigit(b) || b == AsmASCII.underscore
    || b == AsmASCII.dot || b == AsmASCII.dollar || b >= 0x80
}

typealias AsmBytes = UnsafeBufferPointer<UInt8>

@inline(__always) func asmString(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> String {
  guard lo < hi else { return "" }
  return String(decoding: UnsafeBufferPointer(rebasing: buf[lo..<hi]), as: UTF8.self)
}

/// Narrows `lo..<hi` so it has no leading or trailing whitespace.
@inline(__always) func asmTrim(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> (Int, Int) {
  var a = lo
  var b = hi
  while a < b, asmIsSpace(buf[a]) { a += 1 }
  while b > a, asmIsSpace(buf[b - 1]) { b -= 1 }
  return (a, b)
}

/// Index just past the closing quote of the string starting at `lo` (which holds `"`), or `hi`
/// when the string is unterminated.
@inline(__always) func asmSkipQuoted(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> Int {
  var i = lo + 1
  while i < hi {
    let b = buf[i]
    if b == AsmASCII.backslash {
      i += 2
      continue
    }
    if b == AsmASCII.quote { return i + 1 }
    i += 1
  }
  return hi
}

/// The decoded contents of the quoted string starting at `lo`, and the index after it.
func asmReadQuoted(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> (String, Int) {
  var out: [UInt8] = []
  var i = lo + 1
  while i < hi {
    let b = buf[i]
    if b == AsmASCII.quote { return (String(decoding: out, as: UTF8.self), i + 1) }
    if b == AsmASCII.backslash, i + 1 < hi {
      let e = buf[i + 1]
      switch e {
      case 0x6E: out.append(0x0A); i += 2  // \n
      case 0x74: out.append(0x09); i += 2  // \t
      case 0x72: out.append(0x0D); i += 2  // \r
      case 0x30...0x37:  // up to three octal digits
        var v = 0
        var j = i + 1
        while j < hi, j < i + 4, buf[j] >= 0x30, buf[j] <= 0x37 {
          v = v * 8 + Int(buf[j] - 0x30)
          j += 1
        }
        out.append(UInt8(truncatingIfNeeded: v))
        i = j
      default: out.append(e); i += 2
      }
      continue
    }
    out.append(b)
    i += 1
  }
  return (String(decoding: out, as: UTF8.self), hi)
}

/// Parses a non-negative decimal integer at `lo`; returns nil on no digits or overflow.
func asmReadInt(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> (Int, Int)? {
  var i = lo
  var v = 0
  while i < hi, asmIsDigit(buf[i]) {
    let (m, o1) = v.multipliedReportingOverflow(by: 10)
    let (s, o2) = m.addingReportingOverflow(Int(buf[i] - AsmASCII.zero))
    if o1 || o2 { return nil }
    v = s
    i += 1
  }
  return i > lo ? (v, i) : nil
}

@inline(__always) func asmSkipSpaces(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> Int {
  var i = lo
  while i < hi, asmIsSpace(buf[i]) { i += 1 }
  return i
}

/// The result of scanning one line: its kind plus byte ranges the listing builder needs.
struct AsmScannedLine {
  var kind: AsmLineKind
  var comment: String?
  /// Byte range of the code part (comment removed, trimmed).
  var codeLo: Int
  var codeHi: Int
  /// For directives and instructions: where the arguments / operands start within the code part.
  var restLo: Int
}

struct AsmLineScanner {
  let dialect: AsmDialect

  /// Position of the comment marker in `lo..<hi` and its length, honoring quoted strings.
  @inline(__always) func findComment(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> (Int, Int)? {
    let first = asmSkipSpaces(buf, lo, hi)
    // GNU as treats `#` in the first column (after whitespace) as a line comment on every target.
    if first < hi, buf[first] == AsmASCII.hash { return (first, 1) }
    var i = first
    while i < hi {
      let b = buf[i]
      if b == AsmASCII.quote {
        i = asmSkipQuoted(buf, i, hi)
        continue
      }
      // GNU as takes C comments on every target; GCC writes whole-line ones (`/* prologue: Signal */`).
      if b == AsmASCII.slash, i + 1 < hi, buf[i + 1] == AsmASCII.star { return (i, 2) }
      switch dialect {
      case .x86, .mips, .powerpc, .riscv:
        if b == AsmASCII.hash { return (i, 1) }
      case .arm:
        if b == AsmASCII.at { return (i, 1) }
      case .aarch64:
        if b == AsmASCII.slash, i + 1 < hi, buf[i + 1] == AsmASCII.slash { return (i, 2) }
      case .avr, .msp430:
        if b == AsmASCII.semicolon { return (i, 1) }
      }
      i += 1
    }
    return nil
  }

  func scan(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> AsmScannedLine {
    var codeEnd = hi
    var comment: String?
    if let (at, len) = findComment(buf, lo, hi) {
      codeEnd = at
      var (a, b) = asmTrim(buf, at + len, hi)
      if len == 2, buf[at] == AsmASCII.slash, b - a >= 2, buf[b - 2] == AsmASCII.star, buf[b - 1] == AsmASCII.slash {
        (a, b) = asmTrim(buf, a, b - 2)  // the text inside `/* … */`
      }
      comment = asmString(buf, a, b)
    }
    let (cs, ce) = asmTrim(buf, lo, codeEnd)
    guard cs < ce else {
      return AsmScannedLine(
        kind: comment == nil ? .blank : .commentOnly, comment: comment, codeLo: cs, codeHi: cs,
        restLo: cs)
    }

    // Quoted label: "weird name":
    if buf[cs] == AsmASCII.quote {
      let end = asmSkipQuoted(buf, cs, ce)
      if end < ce, buf[end] == AsmASCII.colon, end > cs + 1, buf[end - 1] == AsmASCII.quote {
        let (name, _) = asmReadQuoted(buf, cs, end)
        return AsmScannedLine(kind: .label(name), comment: comment, codeLo: cs, codeHi: ce, restLo: end + 1)
      }
    }

    var j = cs
    while j < ce, asmIsSymbolByte(buf[j]) { j += 1 }
    if j > cs {
      // label:
      if j < ce, buf[j] == AsmASCII.colon {
        return AsmScannedLine(
          kind: .label(asmString(buf, cs, j)), comment: comment, codeLo: cs, codeHi: ce, restLo: j + 1)
      }
      // sym = value
      let k = asmSkipSpaces(buf, j, ce)
      if k < ce, buf[k] == AsmASCII.equals, k + 1 >= ce || buf[k + 1] != AsmASCII.equals {
        return AsmScannedLine(
          kind: .directive(name: "=", arguments: asmString(buf, cs, ce)), comment: comment, codeLo: cs,
          codeHi: ce, restLo: cs)
      }
    }

    // First whitespace-delimited token.
    var t = cs
    while t < ce, !asmIsSpace(buf[t]) { t += 1 }
    let rest = asmSkipSpaces(buf, t, ce)
    if buf[cs] == AsmASCII.dot {
      return AsmScannedLine(
        kind: .directive(name: asmString(buf, cs, t), arguments: asmString(buf, rest, ce)),
        comment: comment, codeLo: cs, codeHi: ce, restLo: rest)
    }

    var mnemonic = asmString(buf, cs, t)
    var operandsLo = rest
    if dialect == .x86, rest < ce, asmX86Prefixes.contains(mnemonic) {
      // `lock incl ticks(%rip)` → mnemonic "lock incl".
      var u = rest
      while u < ce, !asmIsSpace(buf[u]) { u += 1 }
      mnemonic += " " + asmString(buf, rest, u)
      operandsLo = asmSkipSpaces(buf, u, ce)
    }
    let instruction = AsmInstruction(mnemonic: mnemonic, operands: asmSplitOperands(buf, operandsLo, ce))
    return AsmScannedLine(
      kind: .instruction(instruction), comment: comment, codeLo: cs, codeHi: ce, restLo: operandsLo)
  }
}

let asmX86Prefixes: Set<String> = [
  "lock", "rep", "repe", "repz", "repne", "repnz", "notrack", "data16", "data32", "addr32", "addr16",
  "rex64", "xacquire", "xrelease",
]

/// Splits `lo..<hi` on commas that are not nested in `()`, `[]`, `{}` or a quoted string.
func asmSplitOperands(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> [String] {
  guard lo < hi else { return [] }
  var result: [String] = []
  var depth = 0
  var start = lo
  var i = lo
  while i < hi {
    let b = buf[i]
    switch b {
    case AsmASCII.quote:
      i = asmSkipQuoted(buf, i, hi)
      continue
    case AsmASCII.lparen, AsmASCII.lbracket, AsmASCII.lbrace:
      depth += 1
    case AsmASCII.rparen, AsmASCII.rbracket, AsmASCII.rbrace:
      if depth > 0 { depth -= 1 }
    case AsmASCII.comma where depth == 0:
      let (a, z) = asmTrim(buf, start, i)
      result.append(asmString(buf, a, z))
      start = i + 1
    default:
      break
    }
    i += 1
  }
  let (a, z) = asmTrim(buf, start, hi)
  result.append(asmString(buf, a, z))
  return result
}

/// Calls `body` with the byte range of every symbol-like token in `lo..<hi`, skipping quoted strings.
@inline(__always) func asmForEachSymbolToken(_ buf: AsmBytes, _ lo: Int, _ hi: Int, _ body: (Int, Int) -> Void) {
  var i = lo
  while i < hi {
    let b = buf[i]
    if b == AsmASCII.quote {
      i = asmSkipQuoted(buf, i, hi)
      continue
    }
    if asmIsSymbolByte(b) {
      let s = i
      while i < hi, asmIsSymbolByte(buf[i]) { i += 1 }
      body(s, i)
      continue
    }
    i += 1
  }
}
