/// What each listing instruction became in the assembled object: how many machine
/// instructions (pseudo-instruction expansion) and how many padding instructions the
/// assembler put before it (alignment). Read from the disassembly of the object, so the
/// counts are what executes, not what the listing shows.
public struct MachineCodeMap: Sendable, Hashable {
  public struct Entry: Sendable, Hashable {
    /// Machine instructions beyond the first.
    public var extraInstructions: Int
    /// Padding instructions right before this one.
    public var paddingBefore: Int
  }
  /// Listing line index → entry (only lines that differ from one-to-one).
  public var entries: [Int: Entry]
  /// libgcc routines the code dispatches switches through (`__gnu_thumb1_case_uqi`), with the
  /// instructions they run, read from the libgcc.a the link uses.
  public var routines: [String: [AsmInstruction]] = [:]

  public init(entries: [Int: Entry] = [:], routines: [String: [AsmInstruction]] = [:]) {
    self.entries = entries
    self.routines = routines
  }
}

extension MachineCodeMap {
  func with(routines: [String: [AsmInstruction]]) -> MachineCodeMap {
    var copy = self
    copy.routines = routines
    return copy
  }
}
