/// Reads the targets of an indirect jump from the jump table the compiler emitted for it
/// (`.LJTI0_0:` / `$JTI0_0:` followed by `.long .LBB0_2`, `.byte (.LBB0_3-...)/2`, ...).
enum JumpTable {
  /// The labels the indirect jump at `step` can reach, or nil when no table belongs to it.
  /// The table is the one the jump names (`jmpq *.LJTI0_0(,%rax,8)`, GCC's `jmp *.L4(,%rax,8)`),
  /// else the last one an earlier instruction of the function loads (`adr r0, .LJTI0_0`,
  /// `lui a5,%hi(.L4)`, `lis 9,.L4@ha`), else one placed right after the jump (Thumb `tbb`,
  /// GCC's ARM `ldr pc, [pc, r3, lsl #2]`). A table is a label followed by data that names
  /// code labels, whatever the compiler called it (clang's `.LJTI0_0`, GCC's `.L4`).
  static func targets(
    of step: Int, steps: [FunctionFlow.Step], listing: AsmListing, function: AsmFunction,
    isCodeLabel: @escaping (String) -> Bool
  ) -> [String]? {
    var cache: [String: [String]?] = [:]
    // A table's entries that label this function's code; a literal pool (`.word .LANCHOR0`)
    // names none and is no table.
    func table(_ token: String) -> [String]? {
      if let known = cache[token] { return known }
      let found = isLocalLabel(token) ? entries(of: token, in: listing)?.filter(isCodeLabel) : nil
      cache[token] = found?.isEmpty == false ? found : nil
      return cache[token] ?? nil
    }
    func tableIn(_ step: FunctionFlow.Step) -> [String]? {
      step.instruction.operands.lazy.flatMap(tokens).compactMap(table).first
    }
    if let named = tableIn(steps[step]) { return named }
    // Right after the jump, past at most one instruction (A32's `ldrls pc, [pc, r3, lsl #2]`
    // reads PC + 8: the `b` for out-of-range values sits between it and its table).
    var index = steps[step].lineIndex + 1
    var passed = 0
    while index < function.lineRange.upperBound {
      let line = listing.lines[index]
      if let label = line.label, let found = table(label) { return found }
      if line.instruction != nil { passed += 1; if passed > 1 { break } }
      index += 1
    }
    return steps[..<step].reversed().lazy.compactMap(tableIn).first
  }

  /// Local labels named by the data directives after the table's label (not the table's own
  /// label, which relative entries subtract: `.long .L9-.L4`).
  static func entries(of table: String, in listing: AsmListing) -> [String]? {
    guard let start = listing.lines.firstIndex(where: { $0.label == table }) else { return nil }
    var labels: [String] = []
    for line in listing.lines[(start + 1)...] {
      switch line.kind {
      case .directive(let name, let arguments) where dataDirectives.contains(name):
        for token in tokens(arguments) where isLocalLabel(token) && token != table && !labels.contains(token) {
          labels.append(token)
        }
      case .directive(let name, _) where name == ".align" || name == ".p2align" || name == ".balign":
        continue
      case .commentOnly, .blank: continue
      default: return labels
      }
    }
    return labels
  }

  static let dataDirectives: Set<String> = [
    ".long", ".quad", ".word", ".short", ".byte", ".hword", ".half", ".2byte", ".4byte", ".8byte", ".gpword", ".xword",
  ]

  /// Assembler-local labels: `.LBB0_2`, `.LJTI0_0`, `.L4` (ELF), `$BB0_2`, `$L4` (MIPS),
  /// `L4` (some GNU as targets).
  static func isLocalLabel(_ token: String) -> Bool {
    guard token.count > 1 else { return false }
    if token.hasPrefix(".L") || token.hasPrefix("$") { return true }
    return token.hasPrefix("L") && token.dropFirst().first?.isNumber == true
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
