import ISRKit

/// The explorer's view: `render(state, size)` draws the whole screen into a `CellGrid`.
public enum AppView {
  /// Draws `state` on a screen of `size`.
  public static func render(_ state: AppState, size: Size) -> CellGrid {
    var grid = CellGrid(size: size)
    let theme = state.theme
    let layout = AppLayout(size: size, state: state)
    guard layout.fits else {
      TooSmall(minimum: AppLayout.minimum, actual: size).render(
        in: grid.bounds, into: &grid, theme: theme)
      // A question still shows (clamped), so its keys are never a mystery.
      drawQuestions(state, area: grid.bounds, into: &grid)
      return grid
    }
    grid.fill(grid.bounds, style: theme.style(.text))
    drawTabs(state, layout: layout, into: &grid)
    if state.overview != nil {
      // The overview replaces the panes: everything between the tab row and the key bar.
      drawOverview(state, area: layout.overview, into: &grid)
    } else {
      drawSource(state, layout: layout, into: &grid)
      drawAsmPanes(state, layout: layout, into: &grid)
      drawCost(state, area: layout.cost, into: &grid)
      if !layout.explain.isEmpty { drawExplain(state, area: layout.explain, into: &grid) }
    }
    drawKeyBar(state, area: layout.keyBar, into: &grid)
    if state.showsBreakdown { drawBreakdown(state, area: layout.screen, into: &grid) }
    if state.settingsPanel != nil { drawSettings(state, area: layout.screen, into: &grid) }
    if state.showsHelp { drawHelp(state, area: layout.screen, into: &grid) }
    drawQuestions(state, area: layout.screen, into: &grid)
    return grid
  }

  /// The quit, overwrite and recovery questions (at most one is open in practice).
  static func drawQuestions(_ state: AppState, area: Rect, into grid: inout CellGrid) {
    let theme = state.theme
    func keys(_ pairs: [(String, String)]) -> StyledLine {
      var spans: [StyledSpan] = []
      for (i, (key, text)) in pairs.enumerated() {
        spans.append(StyledSpan(key, role: .keyBarKey))
        spans.append(StyledSpan(" " + text + (i + 1 < pairs.count ? "   " : "")))
      }
      return StyledLine(spans)
    }
    if state.isConfirmingQuit {
      Overlay(
        title: "Quit?",
        lines: [
          StyledLine("The source has unsaved edits.", role: .warning),
          keys([("s", "save and quit"), ("y", "discard"), ("n", "keep editing")]),
        ]
      ).render(in: area, into: &grid, theme: theme)
    }
    if state.isConfirmingOverwrite {
      Overlay(
        title: " Save? ",
        lines: state.readOnlyFileQuestion.map { question in
          [StyledLine(question, role: .warning), keys([("o", "overwrite"), ("c", "cancel")])]
        } ?? [
          StyledLine("The file changed on disk since it was loaded.", role: .warning),
          keys([("o", "overwrite"), ("r", "reload (lose edits)"), ("c", "cancel")]),
        ]
      ).render(in: area, into: &grid, theme: theme)
    }
    if let offer = state.recoveryOffer {
      let maxWidth = max(10, area.width - 6)
      var lines = [
        StyledLine("Recover unsaved edits from \(offer.timeText)?", role: .warning),
        StyledLine(
          Truncation.fit(
            "of " + (offer.record.path ?? "the built-in sample"), width: maxWidth), role: .dim),
      ]
      if offer.isOlderThanFile {
        lines.append(
          StyledLine("The file was saved after this copy was written.", role: .warning))
      }
      lines.append("")
      lines.append(keys([("r", "restore"), ("d", "discard"), ("k", "keep the file")]))
      Overlay(title: " Recover? ", lines: lines).render(in: area, into: &grid, theme: theme)
    }
  }

  // MARK: - Tabs

  static func drawTabs(_ state: AppState, layout: AppLayout, into grid: inout CellGrid) {
    let theme = state.theme
    grid.fill(layout.tabs, style: theme.style(.status))
    grid.put(" isrx", x: layout.tabs.x, y: layout.tabs.y,
      style: theme.style(state.focus == .tabs && state.mode == .explore ? .borderFocused : .title)
        .layered(over: theme.style(.status)))
    AppLayout.tabBar(state).render(in: AppLayout.tabArea(layout), into: &grid, theme: theme)
  }

  // MARK: - Source

  static func drawSource(_ state: AppState, layout: AppLayout, into grid: inout CellGrid) {
    let theme = state.theme
    let area = layout.source
    let name = state.filePath.map { ($0 as String).split(separator: "/").last.map(String.init) ?? $0 }
      ?? (state.language == .rust ? "sample: timer.rs" : "sample: timer.c")
    let cursor = state.buffer.cursor
    let focused = state.mode == .edit || state.focus == .source
    Box(
      title: " \(name)\(state.buffer.isModified ? " [+]" : "")"
        + "\(state.isChangedOnDisk ? " [changed on disk]" : "") ",
      trailingTitle: " \(cursor.line + 1):\(cursor.column + 1) ",
      isFocused: focused
    ).render(in: area, into: &grid, theme: theme)
    let inner = Box.inner(of: area)
    // Only the visible lines are coloured and drawn: a large file costs what is on screen.
    let first = min(max(0, state.sourceScroll), max(0, state.buffer.lineCount - 1))
    let window = first..<min(state.buffer.lineCount, first + max(0, inner.height))
    var lines = CSyntax.highlight(state.buffer.lines, window: window, language: state.language)
    // Diagnostics of the selected target, marked at the end of their line.
    if let result = state.selectedResult, !state.isStale(result) {
      for diagnostic in result.diagnostics where diagnostic.isInUserSource {
        guard let line = diagnostic.line, window.contains(line - 1) else { continue }
        let role: StyleRole = diagnostic.severity == .error ? .error : .warning
        lines[line - 1 - first].spans.append(
          StyledSpan("  ◀ \(diagnostic.severity.rawValue): \(diagnostic.message)", role: role))
      }
    }
    var highlighted = Set<Int>()
    if state.focus == .asm, state.mode == .explore {
      let rows = AppUpdate.primaryRows(state)
      if rows.indices.contains(state.asmCursor), let line = rows[state.asmCursor].sourceLine {
        highlighted.insert(line - 1 - first)
      }
    }
    var view = TextView(
      lines: lines, scrollOffset: state.sourceScroll - first,
      horizontalOffset: state.sourceHScroll, showsLineNumbers: true,
      firstLineNumber: first + 1, highlightedLines: highlighted,
      cursorLine: focused || highlighted.isEmpty ? cursor.line - first : nil)
    view.gutterLineCount = state.buffer.lineCount
    view.render(in: inner, into: &grid, theme: theme)
    if state.mode == .edit {
      // The text cursor: the character under it drawn as a selection.
      let x = inner.x + view.gutterWidth + state.buffer.displayColumn(for: cursor)
        - state.sourceHScroll
      let y = inner.y + cursor.line - state.sourceScroll
      if x >= inner.x + view.gutterWidth, x < inner.maxX, y >= inner.y, y < inner.maxY {
        let line = state.buffer.currentLine
        let character: Character =
          cursor.column < line.count
          ? line[line.index(line.startIndex, offsetBy: cursor.column)] : " "
        grid.put(character == "\t" ? " " : character, x: x, y: y,
          style: theme.style(.selection).layered(over: theme.style(.text)))
      }
    }
  }

  // MARK: - Assembly rows

  /// Draws `text` word-wrapped at the top of `area` (at most `maxLines` lines) and removes
  /// those rows from `area`.
  static func drawWrapped(
    _ text: String, in area: inout Rect, role: StyleRole, maxLines: Int, state: AppState,
    grid: inout CellGrid
  ) {
    let lines = TooSmall.wrap(text, width: max(1, area.width - 1)).prefix(maxLines)
    for line in lines where area.height > 0 {
      grid.put(line, x: area.x, y: area.y, style: state.theme.style(role), maxWidth: area.width)
      area = area.inset(top: 1)
    }
  }

  /// One assembly row as styled text: source line, role tag, mnemonic and operands.
  static func styledRow(_ row: AsmRow, stale: Bool, comments: Bool = true) -> StyledLine {
    if stale { return StyledLine(plainRowText(row), role: .stale) }
    switch row.kind {
    case .heading:
      return StyledLine(row.text, role: .asmLabel)
    case .label:
      return StyledLine("       " + row.text.trimmingCharacters(), role: .asmLabel)
    case .other:
      return StyledLine(row.text, role: .dim)
    case .instruction(let instruction):
      let number = row.sourceLine.map { String($0) } ?? ""
      let gutter = String(repeating: " ", count: max(0, 3 - number.count)) + number + " "
      let (tag, role) = roleTag(row.role)
      let mnemonicRole: StyleRole = row.role == nil || row.role == .body ? .asmMnemonic : role
      let operandRole: StyleRole = row.role == nil || row.role == .body ? .asmOperand : role
      let mnemonic = instruction.mnemonic + String(repeating: " ", count: max(0, 7 - instruction.mnemonic.count))
      var spans = [
        StyledSpan(gutter, role: .lineNumber), StyledSpan(tag, role: role),
        StyledSpan(" " + mnemonic + " ", role: mnemonicRole),
        StyledSpan(instruction.operands.joined(separator: ", "), role: operandRole),
      ]
      if comments, let comment = commentOf(row.text) { spans.append(StyledSpan("  " + comment, role: .asmComment)) }
      return StyledLine(spans)
    }
  }

  static func plainRowText(_ row: AsmRow) -> String {
    switch row.kind {
    case .instruction(let instruction):
      let number = row.sourceLine.map { String($0) } ?? ""
      return String(repeating: " ", count: max(0, 3 - number.count)) + number + " "
        + roleTag(row.role).0 + " " + instruction.mnemonic + " "
        + instruction.operands.joined(separator: ", ")
    case .label: return "       " + row.text.trimmingCharacters()
    default: return row.text
    }
  }

  /// The compiler's spill/reload comment on an instruction line (`# `, `@ ` or `; ` in that
  /// order of preference), if any. Scans UTF-8 bytes: it runs for every visible row each frame.
  static func commentOf(_ text: String) -> String? {
    let utf8 = text.utf8
    func start(_ marker: UInt8) -> String.Index? {
      var previous: UInt8 = 0
      for index in utf8.indices {
        let byte = utf8[index]
        if previous == marker && byte == 0x20 { return utf8.index(before: index) }
        previous = byte
      }
      return nil
    }
    guard let lower = start(UInt8(ascii: "#")) ?? start(UInt8(ascii: "@")) ?? start(UInt8(ascii: ";"))
    else { return nil }
    let comment = text[lower...]
    return comment.contains("Spill") || comment.contains("Reload") ? String(comment) : nil
  }

  static func roleTag(_ role: InstructionRole?) -> (String, StyleRole) {
    switch role {
    case .entry?: return ("entry", .roleEntry)
    case .body?: return ("body ", .dim)
    case .exit?: return ("exit ", .roleExit)
    case .return?: return ("ret  ", .roleReturn)
    case .stub?: return ("stub ", .roleStub)
    case .dispatch?: return ("disp ", .roleDispatch)
    case .handler?: return ("hndlr", .roleHandler)
    case nil: return ("     ", .dim)
    }
  }

  // MARK: - Explain, key bar

  /// The instruction the explanation bar talks about, with its role and target.
  static func explainedInstruction(_ state: AppState) -> (AsmInstruction, InstructionRole?, Target, String?)? {
    guard let info = state.selectedTarget else { return nil }
    let rows = AppUpdate.primaryRows(state)
    let row: AsmRow?
    var target = info.target.compiled(by: state.compiler)
    if state.focus == .secondAsm, state.compare == .twoTargets || state.compare == .twoCompilers,
      state.targets.indices.contains(state.secondIndex)
    {
      // The second pane's own target, as its compiler builds it.
      target = state.targets[state.secondIndex].target.compiled(by: state.secondCompiler)
    }
    if state.focus == .asm, state.mode == .explore {
      row = rows.indices.contains(state.asmCursor) ? rows[state.asmCursor] : nil
    } else if state.focus == .secondAsm, state.mode == .explore, let cursor = state.secondCursor {
      let second = AppUpdate.secondRows(state)
      row = second.indices.contains(cursor) ? second[cursor] : nil
    } else {
      let line = state.buffer.cursor.line + 1
      let paired = rows.filter { $0.sourceLine == line && $0.instruction != nil }
      row = paired.first { $0.role != .body } ?? paired.first
    }
    guard let row, let instruction = row.instruction else { return nil }
    return (instruction, row.role, target, row.explanation)
  }

  static func drawExplain(_ state: AppState, area: Rect, into grid: inout CellGrid) {
    let theme = state.theme
    grid.fill(area, style: theme.style(.text))
    var text: String
    if let (instruction, role, target, special) = explainedInstruction(state) {
      text = special ?? InstructionExplainer.explain(instruction, role: role, target: target)
    } else if state.focus == .asm {
      text = "select an instruction to see what it does"
    } else if state.mode == .explore {
      text = "no instruction comes from this source line; → focuses the asm pane"
    } else {
      text = "no instruction comes from this source line"
    }
    if let result = state.selectedResult, state.isStale(result) { text = "(stale) " + text }
    let x = area.x + grid.put(" ▸ ", x: area.x, y: area.y, style: theme.style(.title))
    if area.height > 1 {
      // Opened in full (E): the whole explanation, wrapped.
      var lines = TooSmall.wrap(text, width: max(1, area.maxX - x))
      if lines.count > area.height { lines = Array(lines.prefix(area.height)) }
      for (n, line) in lines.enumerated() {
        grid.put(line, x: x, y: area.y + n, style: theme.style(.text), maxWidth: area.maxX - x)
      }
      return
    }
    grid.put(Truncation.fit(text, width: area.maxX - x), x: x, y: area.y,
      style: theme.style(.text), maxWidth: area.maxX - x)
  }

  static func drawKeyBar(_ state: AppState, area: Rect, into grid: inout CellGrid) {
    let breakdown = state.showsBreakdown && state.mode == .explore && !state.isAsking && !state.showsHelp
    let modeName = state.searchPrompt != nil ? "SEARCH" : state.mode == .edit ? "EDIT"
      : state.overview != nil ? "OVERVIEW" : state.settingsPanel != nil ? "SETTINGS" : breakdown ? "BREAKDOWN" : "EXPLORE"
    // With the breakdown open, the bar names what closes it, not the keys behind it.
    let entries = breakdown
      ? AppKeyMap.map.helpEntries(for: state).filter { $0.description == "close the breakdown" }
        + [KeyHelp(key: "↑/↓", description: "scroll", group: "")]
      : AppKeyMap.map.barEntries(for: state)
    KeyBar(
      mode: modeName, modeRole: state.mode == .edit ? .modeEdit : .modeExplore,
      entries: entries,
      trailing: state.searchPrompt.map { "/" + $0 + "▏" }
        ?? state.status.map { Truncation.fit($0, width: max(10, area.width / 2)) } ?? ""
    ).render(in: area, into: &grid, theme: state.theme)
  }

  // MARK: - Overlays

  /// What the asm pane's role column means, after the keys in the help overlay.
  static let roleLegend: [StyledLine] = {
    let roles: [(InstructionRole?, String)] = [
      (.entry, "what the convention adds before your code: saves of the interrupted code's registers, frame set-up, bookkeeping"),
      (.body, "your code, as in an ordinary function"),
      (.exit, "restores and stack release before the return"),
      (.return, "the return from interrupt (iret, eret, mret, reti, subs pc, lr, #4 …)"),
      (.stub, "baseline: the per-vector stub that saves everything and calls the unified handler"),
      (.dispatch, "baseline: the unified handler, which looks the vector up in the table"),
      (.handler, "baseline: your body compiled as a plain function"),
    ]
    return ["", StyledLine("Role column (asm pane)", role: .title)] + roles.map { role, text in
      let (tag, style) = roleTag(role)
      return StyledLine([StyledSpan(tag, role: style), StyledSpan("  " + text)])
    }
  }()

  static func drawHelp(_ state: AppState, area: Rect, into grid: inout CellGrid) {
    let lines = Overlay.helpLines(AppKeyMap.helpEntries(for: state)) + roleLegend
    let visible = max(1, area.height - 4)
    let scroll = min(state.helpScroll, max(0, lines.count - visible))
    Overlay(
      title: " isrx keys ", lines: lines, footer: "?/Esc close · ↑/↓ scroll",
      scrollOffset: scroll
    ).render(in: area.inset(horizontal: 2, vertical: 1), into: &grid, theme: state.theme)
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  func trimmingCharacters() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
