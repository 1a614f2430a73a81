/// Reads the targets of an indirect jump from the jump table the compiler emitted for it
/// (`.LJTI0_0:` / `$JTI0_0:` followed by `.long .LBB0_2`, `.byte (.LBB0_3-...)/2`, ...).
enum JumpTable {
  /// The labels the indirect jump at `step` can reach, or nil when no table belongs to it.
  /// The table is the one the jump names (`jmpq *.LJTI0_0(,%rax,8)`, `br .LJTI0_0(r12)`), else
  /// the last one an earlier instruction of the function loads (`adr r0, .LJTI0_0`,
  /// `lui a1, %hi(.LJTI0_0)`), else one placed right after the jump (Thumb `tbb`).
  static func targets(
    of step: Int, steps: [FunctionFlow.Step], listing: AsmListing, function: AsmFunction
  ) -> [String]? {
    let named = steps[step].instruction.operands.flatMap(tableNames)
    let loaded = steps[..<step].reversed().lazy.flatMap { $0.instruction.operands.flatMap(tableNames) }.first
    var inline: String?
    if named.isEmpty, loaded == nil {
      var index = steps[step].lineIndex + 1
      while index < function.lineRange.upperBound {
        let line = listing.lines[index]
        if let label = line.label, isTableName(label) { inline = label; break }
        if line.instruction != nil { break }
        index += 1
      }
    }
    guard let name = named.first ?? loaded ?? inline else { return nil }
    return entries(of: name, in: listing)
  }

  /// Local labels named by the data directives after the table's label.
  static func entries(of table: String, in listing: AsmListing) -> [String]? {
    guard let start = listing.lines.firstIndex(where: { $0.label == table }) else { return nil }
    var labels: [String] = []
    for line in listing.lines[(start + 1)...] {
      switch line.kind {
      case .directive(let name, let arguments) where dataDirectives.contains(name):
        for token in tokens(arguments) where isLocalCodeLabel(token) && !labels.contains(token) { labels.append(token) }
      case .commentOnly, .blank: continue
      default: return labels
      }
    }
    return labels
  }

  private static let dataDirectives: Set<String> = [
    ".long", ".quad", ".word", ".short", ".byte", ".hword", ".half", ".2byte", ".4byte", ".8byte", ".gpword", ".xword",
  ]

  private static func tableNames(_ operand: String) -> [String] { tokens(operand).filter(isTableName) }

  private static func isTableName(_ token: String) -> Bool {
    (token.hasPrefix(".L") || token.hasPrefix("$") || token.hasPrefix("L")) && token.contains("JTI")
  }

  /// Basic-block labels clang emits: `.LBB0_2` (ELF), `$BB0_2` (MIPS), `.LBB0_2` on AVR/MSP430.
  private static func isLocalCodeLabel(_ token: String) -> Bool {
    token.hasPrefix(".LBB") || token.hasPrefix("$BB") || token.hasPrefix(".Ltmp")
  }

  /// Identifier-like tokens of an operand or directive argument (`.`, `$`, `_` included).
  static func tokens(_ text: String) -> [String] {
    var result: [String] = []
    var token = ""
    for c in text {
      if c.isLetter || c.isNumber || c == "_" || c == "." || c == "$" { token.append(c) } else {
        if !token.isEmpty { result.append(token) }
        token = ""
      }
    }
    if !token.isEmpty { result.append(token) }
    return result
  }
}
