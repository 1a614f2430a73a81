// Public model of a parsed GNU-assembler listing as emitted by clang (`-S`).

/// The comment syntax family of an assembly dialect.
public enum AsmDialect: String, Sendable, Hashable, CaseIterable {
  /// AT&T syntax, `#` comments (x86 and x86_64).
  case x86
  /// `@` comments (arm, cortex-m); `#` is an immediate prefix here: `add r0, r0, #1`.
  case arm
  /// `//` comments; `#` immediates.
  case aarch64
  /// `#` comments; registers like `$sp`, `$27`; labels like `$func_end0`, `$BB0_2`.
  case mips
  /// `#` comments; registers are bare numbers: `lwz 4, ticks@l(3)`.
  case powerpc
  /// `#` comments.
  case riscv
  /// `;` comments; also `__SREG__ = 63` style symbol assignments.
  case avr
  /// `;` comments.
  case msp430

  /// The marker that starts a trailing comment in this dialect.
  public var commentMarker: String {
    switch self {
    case .x86, .mips, .powerpc, .riscv: return "#"
    case .arm: return "@"
    case .aarch64: return "//"
    case .avr, .msp430: return ";"
    }
  }
}

/// One machine instruction: the mnemonic and its operands, split on top-level commas.
public struct AsmInstruction: Sendable, Hashable {
  public var mnemonic: String
  /// Operands split on commas that are not inside `()`, `[]`, `{}` or quotes; each trimmed.
  public var operands: [String]

  public init(mnemonic: String, operands: [String]) {
    self.mnemonic = mnemonic
    self.operands = operands
  }
}

public enum AsmLineKind: Sendable, Hashable {
  case instruction(AsmInstruction)
  /// `timer:` → `"timer"`; also `$BB0_1:`, `.LBB0_1:`, `1:`.
  case label(String)
  /// `.loc`, `.globl`, `.size`, …; a `sym = value` assignment is `directive(name: "=", arguments: "sym = value")`.
  case directive(name: String, arguments: String)
  case commentOnly
  case blank
}

public struct AsmLine: Sendable, Hashable {
  /// 0-based line index in the raw assembly text.
  public var index: Int
  /// The raw line, tabs preserved (a trailing `\r` is dropped).
  public var text: String
  public var kind: AsmLineKind
  /// Trailing comment text without the comment marker, trimmed; nil when the line has no comment.
  public var comment: String?
  /// For instructions: the line of the most recent `.loc` when it refers to the main source file
  /// (and is not line 0); nil otherwise.
  public var sourceLine: Int?
  /// The function whose line range contains this line.
  public var function: String?

  public init(
    index: Int, text: String, kind: AsmLineKind, comment: String? = nil,
    sourceLine: Int? = nil, function: String? = nil
  ) {
    self.index = index
    self.text = text
    self.kind = kind
    self.comment = comment
    self.sourceLine = sourceLine
    self.function = function
  }

  public var instruction: AsmInstruction? {
    if case .instruction(let i) = kind { return i }
    return nil
  }

  public var label: String? {
    if case .label(let l) = kind { return l }
    return nil
  }

  public var isDirective: Bool {
    if case .directive = kind { return true }
    return false
  }

  /// For `sym = value` lines: the assigned symbol and its value expression.
  public var assignment: (symbol: String, value: String)? {
    guard case .directive(let name, let arguments) = kind, name == "=",
      let eq = arguments.firstIndex(of: "=")
    else { return nil }
    let symbol = arguments[..<eq].trimmingAsmSpace()
    let value = arguments[arguments.index(after: eq)...].trimmingAsmSpace()
    return (String(symbol), String(value))
  }
}

public struct AsmFunction: Sendable, Hashable {
  public var name: String
  /// Indices into `AsmListing.lines`, from the function's label up to and including its end
  /// marker (`.size NAME, …` in clang output).
  public var lineRange: Range<Int>
  /// Indices (into `AsmListing.lines`) of the instruction lines in `lineRange`.
  public internal(set) var instructionIndices: [Int]

  public init(name: String, lineRange: Range<Int>, instructionIndices: [Int]) {
    self.name = name
    self.lineRange = lineRange
    self.instructionIndices = instructionIndices
  }
}

public struct AsmFilters: OptionSet, Sendable, Hashable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// Drop directive lines (including `sym = value` assignments).
  public static let hideDirectives = AsmFilters(rawValue: 1 << 0)
  /// Drop comment-only and blank lines.
  public static let hideCommentOnly = AsmFilters(rawValue: 1 << 1)
  /// Drop label lines whose label is never referenced (see `AsmListing.usedLabels`).
  public static let hideUnusedLabels = AsmFilters(rawValue: 1 << 2)

  public static let `default`: AsmFilters = [.hideDirectives, .hideCommentOnly, .hideUnusedLabels]
}

extension StringProtocol {
  func trimmingAsmSpace() -> SubSequence {
    var lo = startIndex
    var hi = endIndex
    while lo < hi, self[lo] == " " || self[lo] == "\t" { lo = index(after: lo) }
    while hi > lo {
      let p = index(before: hi)
      guard self[p] == " " || self[p] == "\t" else { break }
      hi = p
    }
    return self[lo..<hi]
  }
}
