import Foundation
import ISRKit
import Testing
@testable import ExplorerUI

/// The settings panel (`S`, issue #15 item 6): rows, cycling and typing values, what
/// recompiles and what only re-costs, refusals with their reason, and remembering.
@Suite struct AppSettingsTests {
  static func compile(_ effects: [Effect]) -> (jobs: [CompileJob], version: Int)? {
    effects.compactMap { effect -> ([CompileJob], Int)? in
      if case .compile(_, let jobs, let version) = effect { return (jobs, version) }
      return nil
    }.last
  }

  static func saved(_ effects: [Effect]) -> UserSettings? {
    effects.compactMap { effect -> UserSettings? in
      if case .saveSettings(let settings, _) = effect { return settings }
      return nil
    }.last
  }

  static func opened() -> AppState {
    var state = makeState()
    state.settingsPath = "/tmp/isrx-settings-test/config.toml"
    _ = AppUpdate.start(&state)
    press([.char("S")], &state)
    return state
  }

  @Test func sOpensThePanelAndEscClosesIt() {
    var state = Self.opened()
    #expect(state.settingsPanel?.row == .optimization)
    #expect(AppView.render(state, size: state.size).lines.joined(separator: "\n").contains("Settings"))
    press([.escape], &state)
    #expect(state.settingsPanel == nil)
    press([.char("S")], &state)
    press([.char("S")], &state)
    #expect(state.settingsPanel == nil, "S closes it too")
  }

  /// → on optimisation: -O0, every result stale, a compile of every target under the new
  /// flags (the runtime passes them), and the choice saved.
  @Test func optimisationRecompilesEverythingAndIsRemembered() throws {
    var state = Self.opened()
    state.results["x86"] = TargetResult(version: state.sourceVersion)
    let before = state.sourceVersion
    let effects = press([.right], &state)
    #expect(state.buildOptions.optimization == "-O0")
    #expect(state.buildOptions.compilerFlags == ["-O0"])
    let compile = try #require(Self.compile(effects))
    #expect(compile.version == before + 1)
    #expect(Set(compile.jobs.map(\.target)) == Set(TargetCatalog.all.map(\.name)))
    #expect(state.isStale(try #require(state.results["x86"])), "results of the old flags are stale")
    #expect(Self.saved(effects)?.optimization == "-O0")
    // Round the choices back to the default: nothing non-default is left in the file.
    for _ in 1..<SettingsPanel.optimizationChoices.count { press([.right], &state) }
    #expect(state.buildOptions.optimization == nil)
    #expect(state.userSettings.optimization == nil)
  }

  @Test func definesAreTypedValidatedAndApplied() throws {
    var state = Self.opened()
    press([.down, .enter], &state)
    #expect(state.settingsPanel?.editing == "", "no defines yet")
    // While typing, q and S are text, not commands.
    press(typing("BAD-NAME"), &state)
    #expect(state.isQuitting == false && state.settingsPanel != nil)
    var effects = press([.enter], &state)
    #expect(state.settingsPanel?.error?.contains("NAME or NAME=VALUE") == true)
    #expect(Self.compile(effects) == nil, "a refused value compiles nothing")
    for _ in 0..<8 { press([.backspace], &state) }
    effects = press(typing("HZ=100 UART") + [.enter], &state)
    #expect(state.buildOptions.defines == ["HZ=100", "UART"])
    #expect(state.buildOptions.compilerFlags == ["-DHZ=100", "-DUART"])
    #expect(state.settingsPanel?.editing == nil && state.settingsPanel?.error == nil)
    #expect(Self.compile(effects) != nil)
    #expect(Self.saved(effects)?.defines == ["HZ=100", "UART"])
  }

  @Test func vectorsAreRangeCheckedAndReachTheCostSettings() throws {
    var state = Self.opened()
    press([.down, .down, .enter] + typing("0") + [.enter], &state)
    #expect(state.settingsPanel?.error?.contains("1 to 4096") == true)
    press([.backspace] + typing("200") + [.enter], &state)
    #expect(state.buildOptions.vectors == 200)
    #expect(state.buildOptions.applied(to: CostSettings()).vectors == 200)
  }

  /// Rate and clock change the CPU share only: no compile; `10k` is 10000.
  @Test func rateAndClockDoNotRecompile() throws {
    var state = Self.opened()
    var effects = press([.down, .down, .down, .enter] + typing("20k") + [.enter], &state)
    #expect(state.settings.rateHz == 20_000)
    #expect(Self.compile(effects) == nil)
    #expect(Self.saved(effects)?.rateHz == 20_000)
    effects = press([.down, .right], &state)
    let x86 = try #require(state.selectedTarget?.target)
    #expect(state.settings.clock(for: x86) > x86.defaultClockMHz)
    #expect(Self.compile(effects) == nil)
    #expect(Self.saved(effects)?.clockMHzByTarget[x86.name] == state.settings.clock(for: x86))
  }

  /// CPU cycles through the cores of the selected architecture (their tabs).
  @Test func cpuSelectsAnotherCoreOfTheArchitecture() throws {
    var state = Self.opened()
    let cortexM = try #require(state.targets.firstIndex { $0.target.id == .cortexM })
    state.selected = cortexM
    press([.down, .down, .down, .down, .down, .right], &state)
    let core = try #require(state.selectedTarget?.target)
    #expect(core.architecture == .cortexM && core.id != .cortexM)
    #expect(state.userSettings.cpu == core.name)
    // x86 has one core here: says so.
    state.selected = 0
    press([.right], &state)
    #expect(state.settingsPanel?.error?.contains("one core") == true)
  }

  @Test func compilerRowSwitchesLikeG() {
    var state = Self.opened()
    let effects = press(Array(repeating: .down, count: 6) + [.right], &state)
    #expect(state.compiler == .gcc)
    #expect(Self.saved(effects)?.compiler == .gcc)
  }

  /// The keys outside the panel are remembered too: `+`/`-` rate, `[`/`]` clock, `t` theme.
  @Test func rateClockAndThemeKeysAreRemembered() throws {
    var state = makeState()
    state.settingsPath = "/tmp/isrx-settings-test/config.toml"
    var effects = press([.char("+")], &state)
    #expect(Self.saved(effects)?.rateHz == state.settings.rateHz)
    effects = press([.char("]")], &state)
    let x86 = try #require(state.selectedTarget?.target)
    #expect(Self.saved(effects)?.clockMHzByTarget[x86.name] == state.settings.clock(for: x86))
    effects = AppUpdate.update(&state, .themeLoaded(.builtInDark, name: "light", error: nil))
    #expect(Self.saved(effects)?.theme == "light")
    // Without a settings file nothing is written.
    state.settingsPath = nil
    #expect(Self.saved(press([.char("+")], &state)) == nil)
  }

  /// Remembered settings at start-up; --compiler on the command line wins.
  @Test func rememberedSettingsApplyAtStart() throws {
    var remembered = UserSettings()
    remembered.optimization = "-Os"
    remembered.defines = ["FAST"]
    remembered.vectors = 64
    remembered.rateHz = 500
    remembered.compiler = .gcc
    remembered.cpu = TargetID.cortexM0plus.rawValue
    var state = makeState()
    state.apply(remembered, path: "/x/config.toml", compilerFromCommandLine: false)
    #expect(state.buildOptions.compilerFlags == ["-DFAST", "-Os"])
    #expect(state.buildOptions.vectors == 64)
    #expect(state.settings.rateHz == 500)
    #expect(state.compiler == .gcc)
    #expect(state.selectedTarget?.target.id == .cortexM0plus)
    #expect(state.settingsPath == "/x/config.toml")
    var fromCommandLine = makeState()
    fromCommandLine.apply(remembered, path: nil, compilerFromCommandLine: true)
    #expect(fromCommandLine.compiler == .clang)
  }

  /// Non-default flags are part of the pane title; a failed save is shown.
  @Test func titlesShowTheFlagsAndSaveFailuresAreShown() {
    var state = Self.opened()
    press([.right, .escape], &state)
    #expect(AppView.render(state, size: state.size).lines.joined(separator: "\n").contains("-O0"))
    _ = AppUpdate.update(&state, .settingsSaved(error: "/x: not saved (read-only)"))
    #expect(state.status?.contains("not saved") == true)
  }
}
