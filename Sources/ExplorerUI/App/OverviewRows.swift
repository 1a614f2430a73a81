import ISRKit

/// One row of the overview: a target and what is known of it so far.
public struct OverviewRow: Sendable {
  /// What the row can show.
  public enum Content: Sendable {
    /// No compiler for the target here (what to install).
    case missing(String)
    /// No cost report yet.
    case compiling
    /// The target could not be analysed (the error).
    case failed(String)
    /// The report found no ISR in the source.
    case noISR
    /// The figures; `baseline` is nil for a hand-written interrupt function, `comparison`
    /// nil when there is nothing to save (a plain body that is not an ISR).
    case figures(direct: VariantCost, baseline: VariantCost?, comparison: Comparison?)
  }

  /// The target's index in `AppState.targets` (its tab).
  public var index: Int
  /// The target.
  public var target: Target
  /// The convention, short (`interrupt("IRQ")`, `signal`, `none`…).
  public var convention: String
  /// Whether the compiler has an interrupt convention for the target (hardware stacking
  /// counts: a plain function is the compiler's ISR there).
  public var hasConvention: Bool
  /// What the row shows.
  public var content: Content
  /// Whether the report is from an older source than the current one.
  public var isStale: Bool

  /// What the row is sorted by in `column`: nil (unknown, always last) when the figure is
  /// not there.
  public enum SortKey: Comparable, Sendable {
    case number(Double)
    case text(String)
  }

  /// The row's value in `column`, for sorting.
  public func sortKey(_ column: OverviewState.Column) -> SortKey? {
    if column == .target { return .number(Double(index)) }
    if column == .convention { return .text(convention) }
    guard case .figures(let direct, _, let comparison) = content else { return nil }
    switch column {
    case .target, .convention: return nil
    case .instructions: return .number(Double(direct.instructionsMax))
    case .cycles: return direct.cycles?.knownTotal.map { .number(Double($0.cycles)) }
    case .stack: return .number(Double(direct.worstCaseStackBytes))
    case .frame: return .number(Double(direct.hardwareFrameBytes))
    case .code: return .number(Double(direct.codeBytes))
    case .savedInstructions:
      return comparison.map { .number(Double($0.instructionsMax.saved)) }
    case .savedStack:
      return comparison.map { .number(Double($0.softwareStack.saved)) }
    }
  }
}

extension AppState {
  /// Every target as an overview row, in tab order (unsorted, unfiltered).
  public var overviewAllRows: [OverviewRow] {
    targets.enumerated().map { index, info in
      let result = results[info.target.name]
      let report = result?.report
      let convention = info.target.convention(for: language)
      var short = report?.conventionShort ?? convention.shortName
      if report?.synthesized == true { short = "none (isrx wrapper)" }
      let content: OverviewRow.Content
      if let missing = info.missing(with: compiler) {
        content = .missing(missing)
      } else if let report {
        if let error = report.error {
          content = .failed(error)
        } else if let direct = report.direct {
          content = .figures(direct: direct, baseline: report.baseline, comparison: report.comparison)
        } else {
          content = .noISR
        }
      } else if let error = result?.error {
        content = .failed(error)
      } else {
        content = .compiling
      }
      return OverviewRow(
        index: index, target: info.target, convention: short,
        hasConvention: (report?.conventionKind ?? convention.kind) != .none, content: content,
        isStale: result.map { report != nil && isReportStale($0) } ?? false)
    }
  }

  /// The overview's rows as shown: filtered, then sorted (unknown figures last in either
  /// direction, ties in tab order). Empty when the overview is closed.
  public var overviewRows: [OverviewRow] {
    guard let overview else { return [] }
    let rows = overviewAllRows.filter { !overview.onlyWithConvention || $0.hasConvention }
    let column = overview.sort, descending = overview.descending
    return rows.sorted { a, b in
      switch (a.sortKey(column), b.sortKey(column)) {
      case (nil, nil): return a.index < b.index
      case (nil, _): return false
      case (_, nil): return true
      case (let x?, let y?):
        if x == y { return a.index < b.index }
        return descending ? x > y : x < y
      }
    }
  }

  /// The position of the overview's cursor in `overviewRows` (the first row when its target
  /// is filtered out), nil when there are no rows.
  public var overviewCursorRow: Int? {
    let rows = overviewRows
    guard !rows.isEmpty else { return nil }
    return rows.firstIndex { $0.index == overview?.cursor } ?? 0
  }
}
