import ISRKit

/// The overview screen: drawn over everything below the tab row and above the key bar (the
/// panes are not drawn behind it). One row per target; columns are dropped by priority when
/// the terminal is narrow (never wrapped), the sort column always stays.
extension AppView {
  /// A column as drawn: a sortable figure, or the bar (nil `column`).
  struct OverviewColumn {
    var column: OverviewState.Column?
    var title: String
    var unit: String
    var width: Int
  }

  /// Columns in display order, and their priority (first kept first).
  static let overviewColumns: [OverviewColumn] = [
    OverviewColumn(column: .target, title: "target", unit: "", width: 15),
    OverviewColumn(column: .convention, title: "convention", unit: "", width: 21),
    OverviewColumn(column: .instructions, title: "instructions", unit: "direct/base", width: 14),
    OverviewColumn(column: .cycles, title: "cycles", unit: "per int", width: 8),
    OverviewColumn(column: .stack, title: "stack", unit: "B dir/base", width: 10),
    OverviewColumn(column: .frame, title: "HW frame", unit: "B", width: 10),
    OverviewColumn(column: .code, title: "code", unit: "B dir/base", width: 12),
    OverviewColumn(column: .savedInstructions, title: "saved", unit: "instr.", width: 9),
    OverviewColumn(column: .savedStack, title: "saved", unit: "stack B", width: 9),
    OverviewColumn(column: nil, title: "█ direct ░ baseline", unit: "instructions, one scale", width: 7),
  ]
  static let overviewPriority: [OverviewState.Column?] = [
    .target, .instructions, .savedInstructions, .cycles, .stack, nil, .savedStack, .frame, .code,
    .convention,
  ]

  /// The columns that fit in `width` (the sort column first after the target), in display
  /// order; the bar takes what is left.
  static func overviewLayout(width: Int, sort: OverviewState.Column) -> [OverviewColumn] {
    var order = overviewPriority.filter { $0 != sort }
    order.insert(sort, at: sort == .target ? 0 : 1)
    var chosen: [OverviewState.Column?] = []
    var used = 0
    for id in order {
      guard let column = overviewColumns.first(where: { $0.column == id }) else { continue }
      let needed = column.width + (chosen.isEmpty ? 0 : 1)
      if used + needed <= width {
        chosen.append(id)
        used += needed
      }
    }
    var columns = overviewColumns.filter { column in chosen.contains { $0 == column.column } }
    if let bar = columns.firstIndex(where: { $0.column == nil }) {
      columns[bar].width += width - used
    }
    return columns
  }

  static func drawOverview(_ state: AppState, area: Rect, into grid: inout CellGrid) {
    guard let overview = state.overview else { return }
    let theme = state.theme
    grid.fill(area, style: theme.style(.text))
    let rows = state.overviewRows
    let arrow = overview.descending ? "▼" : "▲"
    let filter = overview.onlyWithConvention ? " · with a convention" : ""
    let wide = area.width >= 120
    Box(
      title: " overview · \(rows.count) targets · \(state.compilerName)\(wide ? " · direct ISR vs double-dispatch baseline" : "") ",
      trailingTitle: " sorted by \(overview.sort.name) \(arrow)\(filter) ", isFocused: true
    ).render(in: area, into: &grid, theme: theme)
    let inner = Box.inner(of: area)
    guard inner.height > 3 else { return }
    let columns = overviewLayout(width: inner.width, sort: overview.sort)

    // Two header lines: name (the sort column marked) and unit.
    var x = inner.x
    for column in columns {
      let sorted = column.column == overview.sort
      let title = column.title + (sorted ? " " + arrow : "")
      let style = theme.style(sorted ? .tabActive : .title).layered(over: theme.style(.text))
      putCell(title, column, x: x, y: inner.y, style: style, grid: &grid)
      putCell(column.unit, column, x: x, y: inner.y + 1, style: theme.style(.dim), grid: &grid)
      x += column.width + 1
    }

    // Rows below the headers, the last inner line for the legend; scrolled to the cursor.
    let visible = max(1, inner.height - 3)
    let cursor = state.overviewCursorRow ?? 0
    let scroll = max(0, min(cursor - visible + 1, rows.count - visible))
    let scale = rows.compactMap { row -> Double? in
      guard case .figures(let direct, let baseline, _) = row.content else { return nil }
      return Double(max(direct.instructionsMax, baseline?.instructionsMax ?? 0))
    }.max() ?? 1
    for (offset, row) in rows.dropFirst(scroll).prefix(visible).enumerated() {
      let y = inner.y + 2 + offset
      let isCursor = offset + scroll == cursor
      let base = isCursor ? theme.style(.cursorLine).layered(over: theme.style(.text)) : theme.style(.text)
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
      drawOverviewRow(
        row, columns: columns, x: inner.x, y: y, scale: scale, base: base, state: state, grid: &grid)
      if isCursor { grid.put("▸", x: inner.x, y: y, style: theme.style(.title).layered(over: base)) }
    }
    if rows.isEmpty {
      grid.put("no target has a compiler convention (f: show all)", x: inner.x + 2, y: inner.y + 2,
        style: theme.style(.dim), maxWidth: inner.width - 2)
    }
    // The longest legend that fits.
    let legends = [
      " direct/base = direct ISR / double-dispatch baseline · stack: worst case, software only · cycles: worst case per interrupt incl. hardware entry+exit, ? = unknown · saved = baseline − direct",
      " direct/base = direct ISR / baseline · stack: worst case · cycles: worst case incl. HW entry+exit, ? = unknown · saved = baseline − direct",
      " cycles incl. HW in/out; +? HW unknown; ≈ llvm-mca · saved = base − direct",
    ]
    let legend = legends.first { CharacterWidth.of($0) <= inner.width } ?? legends[legends.count - 1]
    grid.put(Truncation.fit(legend, width: inner.width), x: inner.x, y: inner.maxY - 1,
      style: theme.style(.dim), maxWidth: inner.width)
  }

  /// Writes `text` in `column`: names left-aligned, figures right-aligned, cut to fit.
  static func putCell(
    _ text: String, _ column: OverviewColumn, x: Int, y: Int, style: TextStyle,
    grid: inout CellGrid
  ) {
    let fitted = Truncation.fit(text, width: column.width)
    let leftAligned = column.column == .target || column.column == .convention || column.column == nil
    let pad = leftAligned ? 0 : max(0, column.width - CharacterWidth.of(fitted))
    grid.put(fitted, x: x + pad, y: y, style: style, maxWidth: column.width)
  }

  static func drawOverviewRow(
    _ row: OverviewRow, columns: [OverviewColumn], x startX: Int, y: Int, scale: Double,
    base: TextStyle, state: AppState, grid: inout CellGrid
  ) {
    let theme = state.theme
    func style(_ role: StyleRole) -> TextStyle { theme.style(role).layered(over: base) }
    let valueRole: StyleRole = row.isStale ? .stale : .text
    var x = startX
    // A row without figures says why once, across the figure columns.
    var message: (String, StyleRole)?
    switch row.content {
    case .missing(let why): message = ("not installed: " + why, .dim)
    case .compiling: message = ("compiling…", .dim)
    case .failed(let error): message = ("error: " + (error.split(separator: "\n").first.map(String.init) ?? error), .error)
    case .noISR: message = ("no ISR found in the source", .dim)
    case .figures: break
    }
    for (i, column) in columns.enumerated() {
      if column.column == .target {
        putCell("  " + row.target.name, column, x: x, y: y, style: style(.text), grid: &grid)
      } else if column.column == .convention {
        putCell(row.convention, column, x: x, y: y,
          style: style(row.hasConvention ? .text : .warning), grid: &grid)
      } else if let (text, role) = message {
        let width = columns[i...].filter { $0.column != .convention }.reduce(-1) { $0 + $1.width + 1 }
        grid.put(Truncation.fit(text, width: width), x: x, y: y, style: style(role), maxWidth: width)
        break
      } else if case .figures(let direct, let baseline, let comparison) = row.content {
        if let column = column.column {
          let (text, role) = overviewCell(column, direct: direct, baseline: baseline, comparison: comparison)
          putCell(text, OverviewColumn(column: column, title: "", unit: "", width: columnWidth(columns, column)),
            x: x, y: y, style: style(row.isStale ? .stale : role ?? valueRole), grid: &grid)
        } else {
          drawOverviewBar(direct: direct, baseline: baseline, scale: scale, x: x, y: y,
            width: column.width, stale: row.isStale, base: base, state: state, grid: &grid)
        }
      }
      x += column.width + 1
    }
  }

  static func columnWidth(_ columns: [OverviewColumn], _ id: OverviewState.Column) -> Int {
    columns.first { $0.column == id }?.width ?? 0
  }

  /// The text of a figure cell, and its role when it is not plain text.
  static func overviewCell(
    _ column: OverviewState.Column, direct: VariantCost, baseline: VariantCost?,
    comparison: Comparison?
  ) -> (String, StyleRole?) {
    func pair(_ d: String, _ b: String?) -> String { d + "/" + (b ?? "—") }
    func saving(_ s: Comparison.Saving?) -> (String, StyleRole?) {
      guard let s else { return ("—", .dim) }
      return (s.text(), s.saved < 0 ? .warning : .savings)
    }
    switch column {
    case .target, .convention: return ("", nil)
    case .instructions:
      return (pair(direct.instructionsCompact, baseline?.instructionsCompact), nil)
    case .cycles:
      // The same figure as the cost panel's: the path plus the hardware's known part.
      guard let cycles = direct.cycles, let total = cycles.knownTotal else { return ("?", .dim) }
      return ((cycles.isEstimate ? "≈" : "") + "\(total.cycles)" + (total.hardwareComplete ? "" : "+?"), nil)
    case .stack:
      return (pair("\(direct.worstCaseStackBytes)", baseline.map { "\($0.worstCaseStackBytes)" }), nil)
    case .frame: return ("\(direct.hardwareFrameBytes)", nil)
    case .code: return (pair("\(direct.codeBytes)", baseline.map { "\($0.codeBytes)" }), nil)
    case .savedInstructions: return saving(comparison?.instructionsMax)
    case .savedStack: return saving(comparison?.softwareStack)
    }
  }

  /// Direct instructions as a solid bar over the baseline's as a light one, on the scale of
  /// the largest figure in the table.
  static func drawOverviewBar(
    direct: VariantCost, baseline: VariantCost?, scale: Double, x: Int, y: Int, width: Int,
    stale: Bool, base: TextStyle, state: AppState, grid: inout CellGrid
  ) {
    let theme = state.theme
    let cells = { (value: Int) in Int((Double(value) / max(scale, 1) * Double(width)).rounded()) }
    let d = min(width, cells(direct.instructionsMax))
    let b = min(width, cells(baseline?.instructionsMax ?? 0))
    if b > d {
      grid.put(String(repeating: "░", count: b - d), x: x + d, y: y,
        style: theme.style(stale ? .stale : .barBaseline).layered(over: base))
    }
    grid.put(String(repeating: "█", count: max(d, direct.instructionsMax > 0 ? 1 : 0)), x: x, y: y,
      style: theme.style(stale ? .stale : .barDirect).layered(over: base))
  }
}
