import ISRKit

extension AppView {
  /// What one assembly pane shows.
  struct PaneContent {
    var title: String
    var document: AsmDocument?
    var result: TargetResult?
    var target: Target?
    var isBaseline: Bool
    var isPrimary: Bool
    /// The compiler family whose listing this is.
    var compiler: CompilerFamily = .clang
    /// Why that compiler cannot build the target here (what to install), if so.
    var missing: String?
  }

  static func paneContents(_ state: AppState) -> [PaneContent] {
    guard state.selectedTarget != nil else { return [] }
    func content(_ index: Int, _ compiler: CompilerFamily, baseline: Bool, primary: Bool) -> PaneContent {
      let info = state.targets[index]
      let result = state.result(index, by: compiler)
      let direct = result?.asm?.isSynthesized == true ? "ISR synthesized by isrx" : "direct ISR"
      let kind = baseline ? "baseline (double dispatch)" : direct
      let name = CompilerLabel.short(result?.compilerVersion, fallback: state.language == .rust ? "rustc" : compiler.rawValue)
      // Comparing compilers, the compiler is what tells the panes apart: it leads, so a
      // narrow pane cuts the rest.
      // Options that differ from the defaults are part of what the listing is: say so.
      let flags = state.buildOptions.label
      let built = flags.isEmpty ? name : "\(name) \(flags)"
      let title = state.compare == .twoCompilers
        ? "\(built) · \(info.target.name) · \(kind)" : "\(info.target.name) · \(kind) · \(built)"
      return PaneContent(
        title: title, document: baseline ? result?.baselineAsm : result?.asm, result: result,
        target: info.target.compiled(by: compiler), isBaseline: baseline, isPrimary: primary,
        compiler: compiler, missing: info.missing(with: compiler))
    }
    let primary = content(state.selected, state.compiler, baseline: state.showsBaseline && state.compare != .directVsBaseline, primary: true)
    switch state.compare {
    case .off:
      return [primary]
    case .twoTargets, .twoCompilers:
      guard state.targets.indices.contains(state.secondIndex) else { return [primary] }
      return [primary, content(state.secondIndex, state.secondCompiler, baseline: state.showsBaseline, primary: false)]
    case .directVsBaseline:
      return [primary, content(state.selected, state.compiler, baseline: true, primary: false)]
    }
  }

  static func drawAsmPanes(_ state: AppState, layout: AppLayout, into grid: inout CellGrid) {
    // Two listings aligned by source line: both panes draw the aligned rows at one scroll.
    let aligned = AppUpdate.alignedRows(state)
    // Compared panes mark the rows that differ from the other side (once both have rows:
    // against an empty pane every row would be marked, which says nothing).
    let primary = AppUpdate.unalignedPrimaryRows(state), second = AppUpdate.unalignedSecondRows(state)
    let changed = state.compare == .off || primary.isEmpty || second.isEmpty ? nil
      : aligned.map { AsmDiff.changed(alignedLeft: $0.left, right: $0.right) }
        ?? AsmDiff.changed(left: primary, right: second)
    for (pane, area) in zip(paneContents(state), layout.asm) {
      drawAsm(state, pane: pane, area: area, into: &grid,
              alignedRows: aligned.map { pane.isPrimary ? $0.left : $0.right },
              changedRows: changed.map { pane.isPrimary ? $0.left : $0.right })
    }
  }

  static func drawAsm(
    _ state: AppState, pane: PaneContent, area: Rect, into grid: inout CellGrid, alignedRows: [AsmRow]? = nil,
    changedRows: Set<Int>? = nil
  ) {
    let theme = state.theme
    let stale = pane.result.map { result in
      pane.isBaseline ? state.isReportStale(result) : state.isStale(result)
    } ?? false
    var trailing = ""
    if pane.missing != nil {
      trailing = " not installed "
    } else if pane.result == nil || pane.document == nil {
      trailing = " compiling… "
    } else if stale {
      trailing = " stale: recompiling… "
    }
    let focused = state.mode == .explore && (pane.isPrimary ? state.focus == .asm : state.focus == .secondAsm)
    Box(title: " \(pane.title) ", trailingTitle: trailing, isFocused: focused)
      .render(in: area, into: &grid, theme: theme)
    var inner = Box.inner(of: area)
    if let missing = pane.missing {
      // This compiler cannot build the target here: what to install, not a wait.
      drawWrapped(
        "no \(pane.compiler) for \(pane.target?.name ?? "this target") here: \(missing)", in: &inner,
        role: .warning, maxLines: inner.height, state: state, grid: &grid)
      return
    }
    guard let result = pane.result else {
      grid.put("waiting for the compiler…", x: inner.x + 1, y: inner.y, style: theme.style(.dim))
      return
    }
    if let error = result.error, !pane.isBaseline {
      drawWrapped(error, in: &inner, role: .error, maxLines: inner.height, state: state, grid: &grid)
      return
    }
    if !pane.isBaseline, !result.succeeded, result.asm?.rows.isEmpty ?? true {
      var lines = ["compile failed: see the diagnostics in the source pane"]
      lines += result.diagnostics.prefix(5).map { d in
        "\(d.line.map { "line \($0): " } ?? "")\(d.severity.rawValue): \(d.message)"
      }
      for line in lines {
        drawWrapped(line, in: &inner, role: .error, maxLines: 3, state: state, grid: &grid)
      }
      return
    }
    guard let document = pane.document else {
      if pane.isBaseline, let error = result.report?.error, !state.isReportStale(result) {
        drawWrapped(error, in: &inner, role: .error, maxLines: inner.height, state: state, grid: &grid)
      } else {
        grid.put(
          pane.isBaseline ? "building the baseline…" : "waiting for the compiler…",
          x: inner.x + 1, y: inner.y, style: theme.style(.dim))
      }
      return
    }
    if !pane.isBaseline {
      let role: StyleRole = document.isPlainFunctionOnly ? .warning : .dim
      let summary = AppLayout.summaryLines(document, in: inner, singleLine: alignedRows != nil)
      for line in summary {
        grid.put(line, x: inner.x, y: inner.y, style: state.theme.style(role),
          maxWidth: inner.width)
        inner = inner.inset(top: 1)
      }
      if alignedRows != nil, summary.isEmpty { inner = inner.inset(top: 1) }  // rows stay level
    }
    let cursorLine = state.buffer.cursor.line + 1
    let rows = alignedRows ?? document.rows
    var highlighted = Set<Int>()
    let followsSource = state.mode == .edit || state.focus != .asm
    if followsSource {
      for (i, row) in rows.enumerated() where row.sourceLine == cursorLine {
        highlighted.insert(i)
      }
    }
    let lines = rows.map { styledRow($0, stale: stale, comments: state.showsCompilerComments) }
    let scroll: Int
    var horizontal = state.asmHScroll
    if !pane.isPrimary, horizontal > 0 {
      // The second pane scrolls sideways with the first, as far as its own rows go.
      let widest = rows.reduce(0) { max($0, AppLayout.asmRowWidth($1, comments: state.showsCompilerComments)) }
      horizontal = min(horizontal, max(0, widest - inner.width + (changedRows == nil ? 0 : 1)))
    }
    if pane.isPrimary || alignedRows != nil {
      scroll = state.asmScroll  // aligned panes scroll together
    } else if state.secondCursor != nil {
      scroll = state.secondScroll  // focused or scrolled: its own position
    } else {
      // The second pane follows the source cursor.
      let first = rows.firstIndex { $0.sourceLine == cursorLine } ?? 0
      scroll = TextView.scrollOffset(keeping: first, visibleIn: inner.height, current: 0)
    }
    let cursorRow: Int? = state.mode != .explore ? nil
      : pane.isPrimary ? (state.focus == .asm ? state.asmCursor : nil)
      : (state.focus == .secondAsm ? state.secondCursor : nil)
    var view = TextView(
      lines: lines, scrollOffset: scroll, horizontalOffset: horizontal,
      highlightedLines: highlighted, cursorLine: cursorRow)
    if let changedRows, !stale {
      view.changedLines = changedRows
      view.marksChanges = true
    } else if changedRows != nil {
      view.marksChanges = true  // the column stays, so stale rows do not shift sideways
    }
    view.render(in: inner, into: &grid, theme: theme)
  }
}
