/// The text handed to the assembler for a listing. It is the listing itself, except where a
/// display choice needs undoing: PowerPC listings use full register names (`r3`, from
/// `-ppc-asm-full-reg-names`) for readability, which LLVM's PowerPC assembler only accepts
/// as `%r3`. Only the register spelling changes, so the object still matches the listing.
enum AssemblerInput {
  static func prepare(_ text: String, for target: Target) -> String {
    guard target.dialect == .powerpc else { return text }
    var out: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.first == "." || trimmed.first == "#" || !line.hasPrefix("\t") {
        out.append(line)
      } else {
        out.append(Substring(prefixRegisters(String(line))))
      }
    }
    return out.joined(separator: "\n")
  }

  /// `r12` → `%r12` where it stands alone (not inside `isr12` or `.Lr1` or `%r1`).
  private static func prefixRegisters(_ line: String) -> String {
    let chars = Array(line)
    var result = ""
    var i = 0
    while i < chars.count {
      let c = chars[i]
      let previous: Character? = i > 0 ? chars[i - 1] : nil
      let standsAlone = previous.map { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "%" || $0 == "@") } ?? true
      if c == "r", standsAlone, i + 1 < chars.count, chars[i + 1].isNumber {
        var j = i + 1
        while j < chars.count, chars[j].isNumber { j += 1 }
        let next: Character? = j < chars.count ? chars[j] : nil
        if next.map({ !($0.isLetter || $0 == "_") }) ?? true {
          result += "%" + String(chars[i..<j])
          i = j
          continue
        }
      }
      result.append(c)
      i += 1
    }
    return result
  }
}
