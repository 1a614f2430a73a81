import Foundation

/// Maps listing instructions to the machine code the assembler made of them. Each
/// instruction line handed to the assembler gets a label of its own (`__isrx_L<line>:` on
/// the same line, so line numbers stay as they are); the object's symbol table then gives
/// every listing instruction's address, and `llvm-objdump` the machine instructions between
/// one address and the next: alignment padding and pseudo-instruction expansion included.
enum MachineCodeReader {
  static let labelPrefix = "__isrx_L"

  /// `text` with a label in front of each instruction line of a function in `listing`.
  static func instrument(_ text: String, listing: AsmListing) -> String {
    var wanted = Set<Int>()
    for function in listing.functions { wanted.formUnion(function.instructionIndices) }
    var out: [Substring] = []
    var index = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if wanted.contains(index) {
        out.append(Substring("\(labelPrefix)\(index):" + line))
      } else {
        out.append(line)
      }
      index += 1
    }
    return out.joined(separator: "\n")
  }

  /// `llvm-objdump` beside `compiler` (or beside the file it links to), if any.
  static func disassemblerPath(besides compiler: String) -> String? {
    let url = URL(fileURLWithPath: compiler)
    let versionSuffix = url.lastPathComponent.range(of: "-[0-9]+$", options: .regularExpression)
      .map { String(url.lastPathComponent[$0]) } ?? ""
    for dir in [url.deletingLastPathComponent(), url.resolvingSymlinksInPath().deletingLastPathComponent()] {
      for name in ["llvm-objdump", "llvm-objdump" + versionSuffix] {
        let candidate = dir.appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  /// The map for `object`, from `llvm-objdump -d -r` output.
  static func map(object: [UInt8], disassembly: String, dialect: AsmDialect) -> MachineCodeMap? {
    guard let elf = try? ELFObject(object) else { return nil }
    // Label addresses per section name.
    var labels: [String: [(address: UInt64, line: Int)]] = [:]
    for symbol in elf.symbols where symbol.name.hasPrefix(labelPrefix) {
      guard let line = Int(symbol.name.dropFirst(labelPrefix.count)),
            Int(symbol.sectionIndex) < elf.sections.count else { continue }
      // Thumb code addresses may carry the interworking bit; no other target has odd masks.
      let address = dialect == .arm ? symbol.value & ~1 : symbol.value
      labels[elf.sections[Int(symbol.sectionIndex)].name, default: []].append((address, line))
    }
    let code = parse(disassembly)
    var entries: [Int: MachineCodeMap.Entry] = [:]
    for (section, marks) in labels {
      guard let instructions = code[section] else { continue }
      let sorted = marks.sorted { $0.address < $1.address }
      for (n, mark) in sorted.enumerated() {
        let end = n + 1 < sorted.count ? sorted[n + 1].address : UInt64.max
        let inRange = instructions.filter { $0.address >= mark.address && $0.address < end && !$0.isData }
        guard inRange.count > 1 else { continue }
        // Trailing no-ops pad up to the next label; other extra instructions are expansion.
        var rest = inRange.dropFirst()
        var padding = 0
        while let last = rest.last, last.isNoOperation(dialect) { padding += 1; rest = rest.dropLast() }
        let relaxed = rest.count == 1 && inRange[0].relaxable
        let extra = relaxed ? 0 : rest.count
        if extra > 0 { entries[mark.line, default: .init(extraInstructions: 0, paddingBefore: 0)].extraInstructions = extra }
        if padding > 0, n + 1 < sorted.count {
          entries[sorted[n + 1].line, default: .init(extraInstructions: 0, paddingBefore: 0)].paddingBefore = padding
        }
      }
    }
    return MachineCodeMap(entries: entries)
  }

  struct Instruction {
    var address: UInt64
    var mnemonic: String
    var text: String
    /// The linker may shrink it (RISC-V `auipc`+`jalr` marked R_RISCV_RELAX becomes `jal`,
    /// as it does in the emulator's link).
    var relaxable = false
    /// Bytes objdump prints as data (`.word`, `<unknown>`), not an instruction.
    var isData: Bool { mnemonic.hasPrefix(".") || mnemonic.hasPrefix("<") }

    func isNoOperation(_ dialect: AsmDialect) -> Bool {
      if mnemonic.hasPrefix("nop") || mnemonic == "data16" { return true }
      if dialect == .x86, mnemonic == "xchg", text.contains("%ax, %ax") { return true }
      return false
    }
  }

  /// Instructions per section from `llvm-objdump -d -r --no-show-raw-insn` text.
  static func parse(_ text: String) -> [String: [Instruction]] {
    var result: [String: [Instruction]] = [:]
    var section = ""
    for raw in text.split(separator: "\n") {
      let line = String(raw)
      if line.hasPrefix("Disassembly of section ") {
        section = String(line.dropFirst("Disassembly of section ".count).dropLast())
        continue
      }
      let trimmed = line.trimmingCharacters(in: " \t")
      guard let colon = trimmed.firstIndex(of: ":"),
            let address = UInt64(trimmed[..<colon], radix: 16) else { continue }
      let rest = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: " \t")
      if rest.hasPrefix("R_") {
        // A relocation line belongs to the instruction before it.
        if rest.hasPrefix("R_RISCV_RELAX"), let last = result[section]?.indices.last,
           result[section]![last].address == address {
          result[section]![last].relaxable = true
        }
        continue
      }
      guard !rest.isEmpty else { continue }
      let mnemonic = String(rest.prefix { $0 != " " && $0 != "\t" })
      result[section, default: []].append(Instruction(address: address, mnemonic: mnemonic, text: rest))
    }
    return result
  }
}
