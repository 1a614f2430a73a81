import ISRKit

extension AppView {
  /// The settings panel: one row per setting with its current value, the selected row
  /// highlighted (with the text being typed into it), why a value was refused, and where the
  /// settings are remembered. Every line fits 80 columns.
  static func drawSettings(_ state: AppState, area: Rect, into grid: inout CellGrid) {
    guard let panel = state.settingsPanel else { return }
    let nameWidth = SettingsPanel.Row.allCases.map { $0.name.count }.max() ?? 0
    var lines: [StyledLine] = []
    for row in SettingsPanel.Row.allCases {
      let selected = row == panel.row
      let value = selected && panel.editing != nil ? (panel.editing ?? "") + "▏" : settingsValue(state, row)
      let hint = selected ? (row.isTyped ? (panel.editing != nil ? "Enter applies" : "Enter to type") : "←/→") : ""
      let name = row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      let text = Truncation.fit(value, width: 40).padding(toLength: 40, withPad: " ", startingAt: 0)
      lines.append(StyledLine([
        StyledSpan((selected ? "▸ " : "  ") + name + "  ", role: selected ? .title : .text),
        StyledSpan(text, role: selected ? .selection : .text),
        StyledSpan(" " + hint, role: .dim),
      ]))
    }
    lines.append("")
    if let error = panel.error {
      lines.append(StyledLine(Truncation.fit(error, width: 70), role: .warning))
    } else {
      lines.append(StyledLine(Truncation.fit(settingsNote(state), width: 70), role: .dim))
    }
    let remembered = state.settingsPath.map { "remembered in \($0)" } ?? "not remembered (no home directory)"
    lines.append(StyledLine(Truncation.fit(remembered, width: 70), role: .dim))
    Overlay(title: " Settings ", lines: lines, footer: "S/Esc close").render(in: area, into: &grid, theme: state.theme)
  }

  /// A row's value as the panel shows it.
  static func settingsValue(_ state: AppState, _ row: SettingsPanel.Row) -> String {
    let target = state.selectedTarget?.target
    switch row {
    case .optimization:
      return state.buildOptions.optimization ?? "-O2 (default)"
    case .defines:
      return state.buildOptions.defines.isEmpty ? "none" : state.buildOptions.defines.joined(separator: " ")
    case .vectors:
      let n = state.buildOptions.vectors.map(String.init) ?? "51 (default)"
      guard let target, let most = target.maxVectors,
            state.buildOptions.applied(to: state.settings).vectors > most else { return n }
      return n + " (\(target.name): \(most))"
    case .rate:
      return "\(AppUpdate.number(state.settings.rateHz)) interrupts/s"
    case .clock:
      guard let target else { return "" }
      return "\(AppUpdate.number(state.settings.clock(for: target))) MHz (\(target.name))"
    case .cpu:
      let cores = AppUpdate.cpuChoices(state).map { state.targets[$0].target.name }
      guard let target else { return "" }
      return cores.count > 1 ? "\(target.name) of \(cores.joined(separator: ", "))" : target.name
    case .compiler:
      return state.compiler == .clang ? "clang" : "gcc"
    }
  }

  /// What the selected row changes, under the rows.
  static func settingsNote(_ state: AppState) -> String {
    switch state.settingsPanel?.row ?? .optimization {
    case .optimization, .defines: return "changes every compile: listings and costs are rebuilt"
    case .vectors: return "vectors on both sides of the code-size figure (empty: default)"
    case .rate, .clock: return "changes the CPU share only (no recompile); 10k = 10000"
    case .cpu: return "the core of this architecture: selects its tab"
    case .compiler: return "clang or GCC for every listing (as g)"
    }
  }
}
