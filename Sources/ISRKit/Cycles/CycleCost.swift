/// Cycles of one variant per interrupt: the path's own cycles (shortest and longest path,
/// as for instructions) and the hardware's entry and exit, each with where it comes from.
public struct CycleCost: Sendable, Hashable, Codable {
  /// Cycles from the first instruction to the return (included); nil when unknown.
  public var min: Int?
  public var max: Int?
  /// The CPU's own work before the first instruction and after the return (nil: unknown).
  public var hardwareEntry: Int?
  public var hardwareExit: Int?
  /// The vector table's jump (AVR `jmp`), the same on both sides.
  public var vectorJump: Int?
  /// Where the path figures come from (a cited table, or "estimate (llvm-mca …)").
  public var source: String
  /// Where the hardware figures come from.
  public var hardwareSource: String
  public var isEstimate: Bool
  /// Instructions not costed (no table entry, or rejected by llvm-mca), named.
  public var excluded: [String]
  /// Cycles of one more trip around each loop, in the order of `VariantCost.loops`.
  public var perIteration: [Int] = []
  /// Where the longest path's cycles go, by instruction role (table-timed cores only: an
  /// llvm-mca estimate overlaps instructions and cannot be split).
  public var byRole: [InstructionRole: Int] = [:]
  /// Entry when this interrupt follows another straight away (Cortex-M tail-chaining).
  public var tailChain: Int?

  /// `hardware entry 12, entry 3, body 10, exit 3, return 4, hardware exit 10`.
  public var breakdownText: String? {
    guard !byRole.isEmpty else { return nil }
    var parts: [String] = []
    if let hardwareEntry { parts.append("hardware entry \(hardwareEntry)") }
    if let vectorJump { parts.append("vector jmp \(vectorJump)") }
    for role in InstructionRole.allCases { if let n = byRole[role] { parts.append("\(role.rawValue) \(n)") } }
    if let hardwareExit { parts.append("hardware exit \(hardwareExit)") }
    return parts.joined(separator: ", ")
  }

  /// Worst case per interrupt: hardware entry + vector jump + longest path + hardware exit;
  /// nil when the path or the hardware's part is unknown.
  public var worstTotal: Int? {
    guard let max, let hardwareEntry, let hardwareExit else { return nil }
    return hardwareEntry + (vectorJump ?? 0) + max + hardwareExit
  }

  /// The longest path plus whatever of the hardware's part is known (nil: the path is
  /// unknown); `hardwareComplete` says whether both entry and exit were known.
  public var knownTotal: (cycles: Int, hardwareComplete: Bool)? {
    guard let max else { return nil }
    return ((hardwareEntry ?? 0) + (vectorJump ?? 0) + max + (hardwareExit ?? 0), hardwareEntry != nil && hardwareExit != nil)
  }

  /// `22–31 cycles (+ 12 in, 10 out)` for tables and panels.
  public var text: String {
    guard let min, let max else { return "unknown" }
    var out = min == max ? "\(max)" : "\(min)–\(max)"
    if let hardwareEntry {
      out += " + \(hardwareEntry + (vectorJump ?? 0)) in, \(hardwareExit.map(String.init) ?? "?") out"
    }
    return out
  }
}
