import Foundation
import ISRKit
import Testing
@testable import ExplorerUI

/// The settings reach the real compiles: the service builds with the panel's optimisation
/// and defines (real clang), and costs with its vector count; the screen shows both panels
/// (snapshots at 80×24 and 160×48).
@Suite struct AppSettingsCompileTests {
  /// Compiles the sample for x86_64 under `options` and returns the state with its results.
  static func loaded(_ options: BuildOptions, source: String? = nil, size: Size = Size(width: 160, height: 48)) throws -> AppState {
    var state = makeState(try source ?? Resources.sample(), size: size)
    state.selected = try #require(state.targets.firstIndex { $0.target.id == .x86_64 })
    state.buildOptions = options
    let inbox = Inbox()
    let service = CompileService(toolchain: Toolchain.discover(), inbox: inbox)
    service.submit(source: state.buffer.text, jobs: [CompileJob("x86_64")], visibleCount: 1,
                   version: state.sourceVersion, options: options)
    let deadline = Date().addingTimeInterval(120)
    while state.selectedResult?.report == nil, Date() < deadline {
      for action in inbox.drain() { _ = AppUpdate.update(&state, action) }
      Thread.sleep(forTimeInterval: 0.01)
    }
    _ = try #require(state.selectedResult?.report, "the report arrived")
    return state
  }

  @Test func optimisationDefinesAndVectorsReachTheCompileAndTheCosts() throws {
    let source = """
      volatile unsigned ticks;
      ISR(timer) {
      #ifdef TWICE
        ticks++;
      #endif
        ticks++;
      }
      """
    let plain = try Self.loaded(BuildOptions(), source: source)
    let o0 = try Self.loaded(BuildOptions(optimization: "-O0"), source: source)
    let twice = try Self.loaded(BuildOptions(defines: ["TWICE"], vectors: 10), source: source)
    func instructions(_ state: AppState) throws -> Int { try #require(state.selectedResult?.report?.direct).instructionsMax }
    #expect(try instructions(o0) > instructions(plain), "-O0 keeps ticks in memory")
    #expect(try instructions(twice) > instructions(plain), "-DTWICE adds the second increment")
    #expect(twice.selectedResult?.report?.direct?.vectors == 10)
    #expect(plain.selectedResult?.report?.direct?.vectors == 51)
  }

  @Test func snapshots() throws {
    // Machine-dependent parts (compiler and emulator versions) are left out.
    var state = try Self.loaded(BuildOptions(optimization: "-Os", defines: ["HZ=100"]))
    state.results["x86_64"]?.compilerVersion = nil
    state.results["x86_64"]?.report?.measured = nil
    state.settingsPath = "/home/user/.config/isrx/config.toml"
    // A refused value: the panel keeps the text and says why.
    press([.char("S"), .down, .down, .enter] + typing("x") + [.enter], &state)
    for size in [Size(width: 160, height: 48), Size(width: 80, height: 24)] {
      _ = AppUpdate.update(&state, .resized(size))
      try ScreenSnapshotTests().check("settings-\(size.width)x\(size.height)", state)
    }
  }
}
