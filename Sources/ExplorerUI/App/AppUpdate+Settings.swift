import Foundation
import ISRKit

extension AppUpdate {
  /// The settings panel: select a row, cycle or type its value, apply it. A change of
  /// optimisation, defines or vectors compiles everything again (the results of the old
  /// options are stale at once); rate and clock only re-cost; CPU selects that core's tab;
  /// compiler switches as `g` does. Every applied change is remembered (`saveSettings`).
  static func updateSettings(_ state: inout AppState, _ action: Action) -> [Effect] {
    if case .toggleSettings = action {
      if state.settingsPanel == nil {
        state.settingsPanel = SettingsPanel()
        state.showsBreakdown = false
      } else {
        state.settingsPanel = nil
      }
      return []
    }
    guard var panel = state.settingsPanel else { return [] }
    var effects: [Effect] = []
    switch action {
    case .settingsMove(let step) where panel.editing == nil:
      let rows = SettingsPanel.Row.allCases
      panel.row = rows[max(0, min(rows.count - 1, panel.row.rawValue + step))]
      panel.error = nil
    case .settingsCycle(let step) where panel.editing == nil:
      panel.error = nil
      state.settingsPanel = panel
      effects += cycle(&state, row: panel.row, step: step)
      return effects
    case .settingsEnter:
      if let text = panel.editing {
        state.settingsPanel = panel
        effects += apply(text, to: &state, row: panel.row)
        return effects
      }
      if panel.row.isTyped {
        panel.editing = currentText(state, row: panel.row)
        panel.replacesOnType = true
        panel.error = nil
      } else {
        state.settingsPanel = panel
        return cycle(&state, row: panel.row, step: 1)
      }
    case .settingsInput(let c):
      guard panel.editing != nil, (panel.editing?.count ?? 0) < 200, !c.isNewline else { break }
      if panel.replacesOnType { panel.editing = "" }
      panel.replacesOnType = false
      panel.editing?.append(c)
    case .settingsBackspace:
      panel.replacesOnType = false
      if panel.editing?.isEmpty == false { panel.editing?.removeLast() }
    case .settingsEscape:
      if panel.editing != nil {
        panel.editing = nil
        panel.error = nil
      } else {
        state.settingsPanel = nil
        return []
      }
    default:
      break
    }
    state.settingsPanel = panel
    return effects
  }

  /// ←/→ on a row: the next or previous choice, or a rate/clock step.
  private static func cycle(_ state: inout AppState, row: SettingsPanel.Row, step: Int) -> [Effect] {
    switch row {
    case .optimization:
      let choices = SettingsPanel.optimizationChoices
      let i = choices.firstIndex(of: state.buildOptions.optimization) ?? 0
      state.buildOptions.optimization = choices[((i + step) % choices.count + choices.count) % choices.count]
      state.userSettings.optimization = state.buildOptions.optimization
      return rebuild(&state) + remember(state)
    case .cpu:
      let cores = cpuChoices(state)
      guard cores.count > 1, let i = cores.firstIndex(of: state.selected) else {
        let name = state.selectedTarget?.target.name ?? "this target"
        state.settingsPanel?.error = "\(name) has one core here"
        return []
      }
      state.selected = cores[((i + step) % cores.count + cores.count) % cores.count]
      state.asmCursor = 0
      state.asmScroll = 0
      state.userSettings.cpu = state.selectedTarget?.target.name
      return remember(state)
    case .compiler:
      toggleCompiler(&state)
      state.userSettings.compiler = state.compiler
      return remember(state)
    case .rate:
      state.settings.rateHz = stepped(rates, from: state.settings.rateHz, by: step)
      state.userSettings.rateHz = state.settings.rateHz
      return remember(state)
    case .clock:
      guard let target = state.selectedTarget?.target else { return [] }
      let mhz = stepped(clocks, from: state.settings.clock(for: target), by: step)
      state.settings.clockMHzByTarget[target.name] = mhz
      state.userSettings.clockMHzByTarget[target.name] = mhz
      return remember(state)
    case .defines, .vectors:
      state.settingsPanel?.error = "Enter to type a value"
      return []
    }
  }

  /// Enter after typing: the value, or why not (the panel keeps the text to fix).
  private static func apply(_ text: String, to state: inout AppState, row: SettingsPanel.Row) -> [Effect] {
    func refuse(_ error: SettingsError) -> [Effect] {
      state.settingsPanel?.error = error.message
      return []
    }
    var effects: [Effect] = []
    switch row {
    case .defines:
      switch SettingsInput.defines(text) {
      case .failure(let error): return refuse(error)
      case .success(let defines):
        guard defines != state.buildOptions.defines else { break }
        state.buildOptions.defines = defines
        state.userSettings.defines = defines
        effects = rebuild(&state) + remember(state)
      }
    case .vectors:
      switch SettingsInput.vectors(text) {
      case .failure(let error): return refuse(error)
      case .success(let vectors):
        guard vectors != state.buildOptions.vectors else { break }
        state.buildOptions.vectors = vectors
        state.userSettings.vectors = vectors
        effects = rebuild(&state) + remember(state)
      }
    case .rate:
      switch SettingsInput.positive(text, what: "rate (interrupts per second)") {
      case .failure(let error): return refuse(error)
      case .success(let hz):
        state.settings.rateHz = hz
        state.userSettings.rateHz = hz
        effects = remember(state)
      }
    case .clock:
      guard let target = state.selectedTarget?.target else { break }
      switch SettingsInput.positive(text, what: "clock (MHz)") {
      case .failure(let error): return refuse(error)
      case .success(let mhz):
        state.settings.clockMHzByTarget[target.name] = mhz
        state.userSettings.clockMHzByTarget[target.name] = mhz
        effects = remember(state)
      }
    case .optimization, .cpu, .compiler:
      break
    }
    state.settingsPanel?.editing = nil
    state.settingsPanel?.error = nil
    return effects
  }

  /// Every result is of the old options: compile everything again under the new ones.
  private static func rebuild(_ state: inout AppState) -> [Effect] {
    state.noteBuildOptionsChange()
    state.requestedJobs = Set(state.compileOrder)
    let flags = state.buildOptions.label
    state.status = flags.isEmpty ? "compiling with the defaults" : "compiling with \(flags)"
    return [.compile(source: state.buffer.text, jobs: state.compileOrder, version: state.sourceVersion)]
  }

  /// Saves what is remembered, when there is a file to remember it in.
  static func remember(_ state: AppState) -> [Effect] {
    state.settingsPath.map { [.saveSettings(state.userSettings, path: $0)] } ?? []
  }

  /// The tabs of the selected target's cores (its architecture, same word size).
  static func cpuChoices(_ state: AppState) -> [Int] {
    guard let selected = state.selectedTarget?.target else { return [] }
    return state.targets.indices.filter {
      let t = state.targets[$0].target
      return t.architecture == selected.architecture && t.wordBytes == selected.wordBytes
    }
  }

  /// The text a typed row starts from: its current value.
  static func currentText(_ state: AppState, row: SettingsPanel.Row) -> String {
    switch row {
    case .defines: return state.buildOptions.defines.joined(separator: " ")
    case .vectors: return state.buildOptions.vectors.map(String.init) ?? ""
    case .rate: return number(state.settings.rateHz)
    case .clock: return state.selectedTarget.map { number(state.settings.clock(for: $0.target)) } ?? ""
    case .optimization, .cpu, .compiler: return ""
    }
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}

extension AppState {
  /// Applies remembered settings at start-up; what the command line chose wins (`compilerFromCommandLine`).
  public mutating func apply(_ remembered: UserSettings, path: String?, compilerFromCommandLine: Bool) {
    userSettings = remembered
    settingsPath = path
    buildOptions = BuildOptions(optimization: remembered.optimization, defines: remembered.defines, vectors: remembered.vectors)
    settings = remembered.applied(to: settings)
    if !compilerFromCommandLine, let family = remembered.compiler, language == .c { compiler = family }
    if let cpu = remembered.cpu, let index = targets.firstIndex(where: { $0.target.name == cpu }) { selected = index }
  }
}
