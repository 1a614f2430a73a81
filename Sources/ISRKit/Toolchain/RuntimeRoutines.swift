import Foundation
import Synchronization

/// GCC's switch dispatch through libgcc: on Thumb-1 (Cortex-M0/M0+) `bl __gnu_thumb1_case_uqi`
/// is followed by a table of offsets, and the routine reads the entry at lr and jumps there
/// (it never returns to the call); avr-gcc loads Z with the entry's address in a
/// `.progmem.gcc_sw_table` of `gs(.L5)` words and `jmp __tablejump2__`, which reads it with
/// `lpm` and `ijmp`s there. Its instructions run on every pass through the switch, so
/// isrx reads them from the libgcc the link uses — the same code the emulator then executes —
/// instead of assuming a count.
public enum RuntimeRoutines {
  /// Routines that jump into the table after their call site.
  public static func isTableDispatch(_ symbol: String) -> Bool {
    symbol.hasPrefix("__gnu_thumb1_case_") || symbol == "__tablejump2__"
  }

  /// The libgcc.a GCC links for `target` (its multilib: `-print-libgcc-file-name` with the
  /// target's flags), or nil for a clang target or when it cannot be found.
  public static func libgcc(for target: Target, toolchain: Toolchain) -> String? {
    guard case .gcc = target.compiler, case .available(let gcc) = toolchain.availability(target) else { return nil }
    let key = ([gcc.path] + target.compilerArguments).joined(separator: " ")
    if let known = libgccPaths.withLock({ $0[key] }) { return known }
    let found = try? PrivateDirectory.with { dir throws(ToolchainError) -> String? in
      let run = try ProcessRunner.run(gcc.path, target.compilerArguments + ["-print-libgcc-file-name"], in: dir,
                                      timeLimit: toolchain.timeLimit, record: false)
      let path = run.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
      return run.exitStatus == 0 && FileManager.default.fileExists(atPath: path) ? path : nil
    }
    libgccPaths.withLock { $0[key] = found ?? nil }
    return found ?? nil
  }

  /// The instructions of `symbol` in `archive`, as llvm-objdump disassembles them, up to its
  /// jump back out (`bx lr`, `mov pc, lr`); nil when it is not there.
  static func instructions(
    of symbol: String, in archive: String, objdump: String, dialect: AsmDialect, cpu: String?, timeLimit: Double
  ) -> [AsmInstruction]? {
    let key = archive + "\u{0}" + symbol
    if let known = routines.withLock({ $0[key] }) { return known }
    let text = try? PrivateDirectory.with { dir throws(ToolchainError) -> String in
      // AVR's `lpm r0, Z+` decodes only with the MCU named.
      let arguments = ["-d", "--no-show-raw-insn", "--disassemble-symbols=" + symbol] + (cpu.map { ["--mcpu=" + $0] } ?? [])
      let run = try ProcessRunner.run(objdump, arguments + [archive],
                                      in: dir, timeLimit: timeLimit, record: false)
      return run.exitStatus == 0 ? run.standardOutput : ""
    }
    var lines: [String] = []
    for line in (text ?? "").split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard let colon = trimmed.firstIndex(of: ":"), UInt64(trimmed[..<colon], radix: 16) != nil else { continue }
      let rest = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if !rest.isEmpty, !rest.hasPrefix("R_") { lines.append("\t" + rest) }
    }
    let listing = AsmListing(parsing: lines.joined(separator: "\n"), dialect: dialect)
    var result: [AsmInstruction] = []
    for line in listing.lines {
      guard let instruction = line.instruction else { continue }
      result.append(instruction)
      let operands = instruction.operands.map { $0.lowercased() }
      if ["bx", "ijmp", "eijmp"].contains(instruction.mnemonic) || (instruction.mnemonic == "mov" && operands.first == "pc") { break }
    }
    let found: [AsmInstruction]? = result.isEmpty ? nil : result
    routines.withLock { $0[key] = found }
    return found
  }

  /// The table-dispatch routines the assembly text calls, read from libgcc.
  static func routines(calledIn text: String, target: Target, toolchain: Toolchain, objdump: String) -> [String: [AsmInstruction]] {
    guard text.contains("__gnu_thumb1_case_") || text.contains("__tablejump2__"), let archive = libgcc(for: target, toolchain: toolchain) else { return [:] }
    var result: [String: [AsmInstruction]] = [:]
    for token in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }) where isTableDispatch(String(token)) {
      let name = String(token)
      let mcu = target.compilerArguments.first { $0.hasPrefix("-mmcu=") }.map { String($0.dropFirst("-mmcu=".count)) }
      if result[name] == nil,
         let code = instructions(of: name, in: archive, objdump: objdump, dialect: target.dialect, cpu: mcu, timeLimit: toolchain.timeLimit) {
        result[name] = code
      }
    }
    return result
  }

  private static let libgccPaths = Mutex<[String: String?]>([:])
  private static let routines = Mutex<[String: [AsmInstruction]?]>([:])
}
