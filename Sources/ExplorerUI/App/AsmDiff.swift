/// Which rows of two compared listings differ, for the change marks of compare mode.
///
/// Rows are compared by what they say, not how the compiler spelled it: mnemonic and
/// operands without spacing, compiler-local labels (`.LBB0_2`, `.L3`, `$BB0_1`, `$L4`) all
/// read as one label, since two compilers number their branch targets differently, and
/// avr-gcc's names for AVR's fixed registers and I/O ports (`__SREG__`) read as the numbers
/// clang writes.
enum AsmDiff {
  /// Aligned panes (row `i` faces row `i`): the rows whose text differs from the facing
  /// row's. A row facing a blank filler differs; blank rows are never marked.
  static func changed(alignedLeft left: [AsmRow], right: [AsmRow]) -> (left: Set<Int>, right: Set<Int>) {
    var marks: (left: Set<Int>, right: Set<Int>) = ([], [])
    for i in 0..<max(left.count, right.count) {
      let a = left.indices.contains(i) ? key(left[i]) : nil
      let b = right.indices.contains(i) ? key(right[i]) : nil
      guard a != b else { continue }
      if a != nil { marks.left.insert(i) }
      if b != nil { marks.right.insert(i) }
    }
    return marks
  }

  /// Unaligned panes (the baseline beside the direct ISR, or alignment off): the rows with
  /// no counterpart anywhere in the other listing (each counterpart used once).
  static func changed(left: [AsmRow], right: [AsmRow]) -> (left: Set<Int>, right: Set<Int>) {
    func unmatched(_ rows: [AsmRow], against other: [AsmRow]) -> Set<Int> {
      var available: [String: Int] = [:]
      for row in other { if let k = key(row) { available[k, default: 0] += 1 } }
      var marks = Set<Int>()
      for (i, row) in rows.enumerated() {
        guard let k = key(row) else { continue }
        if let n = available[k], n > 0 { available[k] = n - 1 } else { marks.insert(i) }
      }
      return marks
    }
    return (unmatched(left, against: right), unmatched(right, against: left))
  }

  /// What a row says, normalised; nil for a blank row.
  static func key(_ row: AsmRow) -> String? {
    switch row.kind {
    case .instruction(let instruction):
      let operands = instruction.operands.map { normalizingLabels($0.filter { $0 != " " && $0 != "\t" }) }
      return instruction.mnemonic.lowercased() + " " + operands.joined(separator: ",")
    case .label:
      return normalizingLabels(row.text.trimmingCharacters())
    case .heading, .other:
      let text = row.text.trimmingCharacters()
      return text.isEmpty ? nil : text
    }
  }

  /// `text` with every compiler-local label replaced by `.L`.
  static func normalizingLabels(_ text: String) -> String {
    var out = ""
    var token = ""
    func flush() {
      out += isLocalLabel(token) ? ".L" : avrNames[token] ?? token
      token = ""
    }
    for c in text {
      if c.isLetter || c.isNumber || c == "_" || c == "." || c == "$" {
        token.append(c)
      } else {
        flush()
        out.append(c)
      }
    }
    flush()
    return out
  }

  /// avr-gcc's spellings (ATmega I/O addresses, as `out`/`in` take them) and clang's.
  static let avrNames = ["__SREG__": "63", "__SP_L__": "61", "__SP_H__": "62", "__tmp_reg__": "r0", "__zero_reg__": "r1"]

  /// LLVM's `.LBB0_2`/`.Ltmp0` (`$BB0_2` on MIPS) and GCC's `.L3` (`$L3` on MIPS).
  static func isLocalLabel(_ token: String) -> Bool {
    token.hasPrefix(".L") || token.hasPrefix("$L") || token.hasPrefix("$BB") || token.hasPrefix("$tmp")
  }
}
