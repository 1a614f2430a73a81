import ISRKit

/// The overview screen (`o` in explore mode): every target as one row, sortable by any
/// column and filterable. Nil in `AppState.overview` when the screen is closed.
public struct OverviewState: Hashable, Sendable {
  /// A sortable column of the overview.
  public enum Column: Int, CaseIterable, Hashable, Sendable {
    /// The target, in tab order.
    case target
    /// The compiler's interrupt convention (short).
    case convention
    /// Instructions per interrupt (longest path), direct vs baseline.
    case instructions
    /// Cycles per interrupt, direct, worst case (hardware entry and exit included).
    case cycles
    /// Software stack, worst case, direct vs baseline.
    case stack
    /// Bytes the CPU pushes before the first instruction.
    case frame
    /// Code bytes for the system of N vectors, direct vs baseline.
    case code
    /// Instructions saved by the direct ISR.
    case savedInstructions
    /// Stack bytes saved by the direct ISR.
    case savedStack

    /// The column's name in "sorted by …" texts.
    public var name: String {
      switch self {
      case .target: return "target"
      case .convention: return "convention"
      case .instructions: return "instructions"
      case .cycles: return "cycles"
      case .stack: return "stack"
      case .frame: return "hardware frame"
      case .code: return "code bytes"
      case .savedInstructions: return "instructions saved"
      case .savedStack: return "stack saved"
      }
    }
  }

  /// The column the rows are sorted by.
  public var sort: Column = .target
  /// Whether the sort is descending (largest first); unknown figures are always last.
  public var descending = false
  /// Whether only targets with a compiler convention are shown (Cortex-M's hardware
  /// stacking counts; AArch64 and PowerPC, which have none, are hidden).
  public var onlyWithConvention = false
  /// The target (index in `AppState.targets`) under the row cursor: kept across sorts.
  public var cursor: Int

  /// Creates the overview with the cursor on target `cursor`.
  public init(cursor: Int) {
    self.cursor = cursor
  }
}
