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

  /// `llvm-objdump` on PATH (the Swift toolchain's), for objects no clang run made.
  static func disassemblerOnPath() -> String? {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for dir in path {
      let candidate = String(dir) + "/llvm-objdump"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
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

  /// The map for an object that was not assembled from an instrumented listing (rustc
  /// writes its asm and object in one run): each function's listing instructions are lined
  /// up with its disassembly in order. A machine instruction that matches neither the
  /// listing's next instruction nor a no-op belongs to the listing instruction before it
  /// (RISC-V `call` → `auipc` + `jalr`). Nil when a function does not line up.
  static func alignedMap(object: [UInt8], disassembly: String, listing: AsmListing, dialect: AsmDialect) -> MachineCodeMap? {
    guard let elf = try? ELFObject(object) else { return nil }
    let code = parse(disassembly)
    var entries: [Int: MachineCodeMap.Entry] = [:]
    for function in listing.functions {
      guard let symbol = elf.symbols.first(where: { $0.name == function.name && $0.isFunction }),
            Int(symbol.sectionIndex) < elf.sections.count,
            let instructions = code[elf.sections[Int(symbol.sectionIndex)].name] else { continue }
      let start = dialect == .arm ? symbol.value & ~1 : symbol.value
      let machine = instructions.filter { $0.address >= start && $0.address < start + symbol.size && !$0.isData }
      let lines = function.instructionIndices.filter { listing.lines[$0].instruction != nil }
      var j = 0
      for (n, line) in lines.enumerated() {
        guard let mnemonic = listing.lines[line].instruction?.mnemonic.lowercased() else { continue }
        var padding = 0
        while j < machine.count, machine[j].mnemonic != mnemonic, machine[j].isNoOperation(dialect), !mnemonic.hasPrefix("nop") {
          padding += 1
          j += 1
        }
        guard j < machine.count else { return nil }
        j += 1  // this listing instruction's first machine instruction
        // Expansion: machine instructions up to the next listing instruction's mnemonic.
        var extra = 0
        let next = lines.dropFirst(n + 1).first.flatMap { listing.lines[$0].instruction?.mnemonic.lowercased() }
        // Only pseudo-instructions expand; other mismatches are aliases (`zext.b` is `andi`).
        // (After the last one: whatever real instructions remain in the function.)
        let expands = pseudoInstructions.contains(mnemonic)
        while expands, j < machine.count, machine[j].mnemonic != next, !machine[j].isNoOperation(dialect), extra < 4 {
          extra += 1
          j += 1
        }
        if padding > 0 || extra > 0 { entries[line] = .init(extraInstructions: extra, paddingBefore: padding) }
      }
    }
    return MachineCodeMap(entries: entries)
  }

  /// Assembler pseudo-instructions that may become more than one machine instruction.
  static let pseudoInstructions: Set<String> = ["call", "tail", "la", "lla", "lga", "li", "jump", "dla", "ulw", "usw"]

  struct Instruction {
    var address: UInt64
    var mnemonic: String
    var text: String
    /// The linker may shrink it (RISC-V `auipc`+`jalr` marked R_RISCV_CALL and R_RISCV_RELAX
    /// becomes `jal`, as it does in the emulator's link). ld.lld relaxes calls only: an
    /// `lla` (auipc+addi, R_RISCV_PCREL_HI20 with R_RISCV_RELAX, as GNU as writes it) stays
    /// two instructions without gp relaxation.
    var relaxable: Bool { relocations.contains("R_RISCV_RELAX") && relocations.contains { $0.hasPrefix("R_RISCV_CALL") } }
    /// Relocation types at this instruction's address.
    var relocations: Set<String> = []
    /// Bytes objdump prints as data (`.word`, `<unknown>`), not an instruction.
    /// Data in code (a literal pool's `.word`): llvm-objdump prints its bytes even with
    /// --no-show-raw-insn, so the directive may follow them.
    var isData: Bool {
      mnemonic.hasPrefix(".") || mnemonic.hasPrefix("<")
        || text.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains { [".word", ".short", ".byte", ".long", ".quad"].contains(String($0)) }
    }

    /// GNU as pads i386 code with `leal (%esi,%eiz), %esi` / `leal 0x0(%esi), %esi`: a
    /// register loaded with its own address, i.e. a multi-byte no-op.
    var isPaddingLea: Bool {
      let operands = text.drop { $0 != " " && $0 != "\t" }.filter { $0 != " " && $0 != "\t" }
      guard let open = operands.firstIndex(of: "("), let close = operands.firstIndex(of: ")"), open < close else { return false }
      let displacement = operands[..<open]
      guard displacement.isEmpty || displacement == "0" || displacement == "0x0" else { return false }
      let parts = operands[operands.index(after: open)..<close].split(separator: ",")
      guard let base = parts.first, parts.dropFirst().allSatisfy({ $0 == "%eiz" || $0 == "%riz" || $0 == "1" }) else { return false }
      return operands[operands.index(after: close)...] == "," + base
    }

    func isNoOperation(_ dialect: AsmDialect) -> Bool {
      if mnemonic.hasPrefix("nop") || mnemonic == "data16" { return true }
      if dialect == .x86, mnemonic == "xchg", text.contains("%ax, %ax") { return true }
      if dialect == .x86, mnemonic.hasPrefix("lea"), isPaddingLea { return true }
      // Thumb-1 has no NOP encoding before ARMv6T2: the assembler pads with `mov r8, r8`.
      if dialect == .arm, mnemonic == "mov", text.replacingOccurrences(of: " ", with: "").hasSuffix("r8,r8") { return true }
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
        if let last = result[section]?.indices.last, result[section]![last].address == address {
          result[section]![last].relocations.insert(String(rest.prefix { $0 != " " && $0 != "\t" }))
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
