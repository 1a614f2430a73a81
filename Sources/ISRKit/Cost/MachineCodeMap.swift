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

  public init(entries: [Int: Entry] = [:]) { self.entries = entries }
}
