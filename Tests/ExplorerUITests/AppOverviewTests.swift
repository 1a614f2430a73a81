@testable import ExplorerUI
import ISRKit
import Testing

/// The overview (`o`): sorting, filtering, the row cursor, Enter, and drawing at 80×24 and
/// 160×48 with real reports.
@Suite struct AppOverviewTests {
  static let source = "volatile unsigned ticks;\n\nISR(timer) {\n  ticks++;\n}\n"

  /// A state with real reports for `ids` (nil when no clang is installed).
  static func reported(_ ids: [String], size: Size) throws -> AppState {
    let toolchain = Toolchain.discover()
    guard !toolchain.compilers.isEmpty else { try Test.cancel("clang is not installed") }
    var state = makeState(source, size: size)
    for id in ids {
      let target = try #require(TargetCatalog.target(id: id))
      let report = TargetReport.make(source: source, target: target, toolchain: toolchain, settings: CostSettings())
      _ = AppUpdate.update(&state, .reported(target: id, version: 0, report: report, baseline: nil))
    }
    return state
  }

  @Test func oOpensAndEscOrOCloses() {
    var state = makeState()
    press([.char("o")], &state)
    #expect(state.overview != nil)
    press([.escape], &state)
    #expect(state.overview == nil)
    press([.char("o"), .char("o")], &state)
    #expect(state.overview == nil)
  }

  @Test func overviewKeysDoNotReachExploreBindings() {
    var state = makeState()
    press([.char("o"), .char("c"), .char("b"), .char("s")], &state)
    #expect(state.compare == .off)
    #expect(!state.showsBaseline)
  }

  @Test func everyAvailableTargetIsRequested() {
    // The overview needs every target's report: the start (and every edit) asks for all.
    let state = makeState()
    guard case .compile(_, let jobs, _)? = AppUpdate.start(state).first else {
      Issue.record("no compile at start")
      return
    }
    #expect(Set(jobs) == Set(TargetCatalog.all.map { CompileJob($0.name, .clang) }))
  }

  @Test func sortsByColumnWithUnknownLast() throws {
    var state = try Self.reported(["x86", "msp430", "avr"], size: Size(width: 160, height: 48))
    press([.char("o")], &state)
    #expect(state.overviewRows.map(\.target.name) == TargetCatalog.all.map(\.name))
    press([.char(">"), .char(">")], &state)  // instructions, largest first
    #expect(state.overview?.sort == .instructions)
    #expect(state.overview?.descending == true)
    #expect(Array(state.overviewRows.prefix(3).map(\.target.name)) == ["avr", "x86", "msp430"])
    press([.char("r")], &state)
    #expect(Array(state.overviewRows.prefix(3).map(\.target.name)) == ["msp430", "x86", "avr"])
    // Targets still compiling have no figure: last either way.
    #expect(state.overviewRows.last?.target.name == "riscv64" || state.overviewRows.count == 15)
    #expect(state.overviewRows.dropFirst(3).allSatisfy {
      if case .compiling = $0.content { true } else { false }
    })
    press([.char("<"), .char("<"), .char("<")], &state)
    #expect(state.overview?.sort == .savedStack)
  }

  @Test func filterHidesTargetsWithoutAConvention() {
    var state = makeState()
    press([.char("o"), .char("f")], &state)
    let names = state.overviewRows.map(\.target.name)
    #expect(!names.contains("aarch64"))
    #expect(!names.contains("powerpc"))
    #expect(names.contains("cortex-m"))
    #expect(names.contains("x86"))
    press([.char("f")], &state)
    #expect(state.overviewRows.count == TargetCatalog.all.count)
  }

  @Test func enterSelectsTheTargetUnderTheCursor() {
    var state = makeState()
    #expect(state.selected == 0)
    press([.char("o"), .down, .down, .enter], &state)
    #expect(state.overview == nil)
    #expect(state.selectedTarget?.target.name == "arm")
  }

  @Test func cursorFollowsItsTargetAcrossSortsAndFilters() {
    var state = makeState()
    let aarch64 = TargetCatalog.all.firstIndex { $0.name == "aarch64" }!
    press([.char("o")], &state)
    press(Array(repeating: .down, count: aarch64), &state)
    #expect(state.overview?.cursor == aarch64)
    press([.char("r")], &state)
    #expect(state.overview?.cursor == aarch64)
    press([.char("f")], &state)  // aarch64 is hidden: the cursor goes to a shown row
    #expect(state.overviewRows.contains { $0.index == state.overview?.cursor })
  }

  @Test func drawsAt80x24WithoutWrapping() throws {
    var state = try Self.reported(["x86", "msp430"], size: Size(width: 80, height: 24))
    press([.char("o")], &state)
    let lines = AppView.render(state, size: state.size).lines
    let text = lines.joined(separator: "\n")
    #expect(lines.count == 24)
    #expect(text.contains("target ▲"))
    #expect(text.contains("instructions"))
    #expect(text.contains("stack B"))
    #expect(text.contains("compiling…"))
    #expect(text.contains("OVERVIEW"))
    // One line per target, x86 and msp430 with figures and a saving.
    let msp430 = try #require(lines.first { $0.contains(" msp430 ") })
    #expect(msp430.contains("%)"))
    #expect(msp430.contains("█"))
    for target in TargetCatalog.all {
      #expect(lines.dropFirst().filter { $0.contains(" \(target.name) ") }.count == 1, "\(target.name)")
    }
  }

  @Test func drawsEveryColumnAt160x48() throws {
    var state = try Self.reported(["x86", "x86_64", "msp430"], size: Size(width: 160, height: 48))
    press([.char("o")], &state)
    let text = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    for header in ["target", "convention", "instructions", "cycles", "stack", "HW frame", "code", "saved"] {
      #expect(text.contains(header), "\(header)")
    }
    #expect(text.contains("interrupt(N)"))
    #expect(text.contains("░"))
  }

  @Test func errorsAreShownShortened() {
    var state = makeState(size: Size(width: 80, height: 24))
    _ = AppUpdate.update(
      &state,
      .compiled(target: "x86", version: 0, result: TargetResult(
        version: 0, succeeded: false, error: String(repeating: "clang exploded ", count: 20))))
    press([.char("o")], &state)
    let line = AppView.render(state, size: state.size).lines.dropFirst().first { $0.contains(" x86 ") } ?? ""
    #expect(line.contains("error: clang exploded"))
    #expect(line.contains("…"))
  }
}
