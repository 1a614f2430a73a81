import Foundation
import ISRKit
import Testing
@testable import ExplorerUI

/// GCC in the explorer (issue #16): `g` switches the compiler of every compile job, the
/// clang-vs-gcc compare, a target without GCC, and Rust mode refusing GCC.
@Suite struct AppCompilerTests {
  /// The compile jobs of the effects (the last compile wins, as in the runtime).
  static func jobs(_ effects: [Effect]) -> [CompileJob]? {
    effects.compactMap { effect -> [CompileJob]? in
      if case .compile(_, let jobs, _) = effect { return jobs }
      return nil
    }.last
  }

  @Test func gSwitchesTheCompilerOfEveryCompileJob() throws {
    var state = makeState()
    _ = AppUpdate.start(&state)
    let jobs = try #require(Self.jobs(press([.char("g")], &state)), "g asks for GCC's listings")
    #expect(state.compiler == .gcc)
    #expect(jobs.first == CompileJob("x86", .gcc), "the selected target first")
    #expect(jobs.allSatisfy { $0.compiler == .gcc })
    #expect(Set(jobs.map(\.target)) == Set(TargetCatalog.all.map(\.name)), "the overview needs them all")
    // Back to clang: the GCC compile replaced the start-up one, so clang's are asked again.
    let back = try #require(Self.jobs(press([.char("g")], &state)))
    #expect(state.compiler == .clang)
    #expect(back.allSatisfy { $0.compiler == .clang })
    #expect(back.first == CompileJob("x86", .clang))
    // An edit compiles with the current compiler.
    press([.char("g"), .char("i")], &state)
    let edited = try #require(Self.jobs(press([.char("x")], &state)))
    #expect(edited.allSatisfy { $0.compiler == .gcc })
  }

  @Test func aSwitchAsksOnlyForWhatIsNotBuilt() {
    var state = makeState()
    _ = AppUpdate.start(&state)
    // Every target already built and costed by GCC: switching to it asks for nothing.
    for info in state.targets {
      var result = TargetResult(version: 0, asm: AsmDocument(rows: []))
      result.reportVersion = 0
      state.resultsByCompiler[.gcc, default: [:]][info.target.name] = result
    }
    #expect(Self.jobs(press([.char("g")], &state)) == nil)
  }

  @Test func resultsAreKeptPerCompiler() {
    var state = makeState()
    let rows = [AsmRow(text: "  reti", kind: .instruction(AsmInstruction(mnemonic: "reti", operands: [])), sourceLine: 3)]
    _ = AppUpdate.update(
      &state, .compiled(target: "x86", version: 0, result: TargetResult(version: 0, asm: AsmDocument(rows: rows)), compiler: .gcc))
    #expect(state.results["x86"] == nil, "a GCC listing is not clang's")
    #expect(AppUpdate.primaryRows(state).isEmpty)
    press([.char("g")], &state)
    #expect(AppUpdate.primaryRows(state) == rows)
  }

  @Test func aTargetWithoutGCCSaysWhatToInstallInItsPane() throws {
    var state = makeState(size: Size(width: 160, height: 48))
    let avr = try #require(state.targets.firstIndex { $0.target.name == "avr" })
    state.targets[avr].missingGCC = "avr-gcc was not found on PATH: apt-get install -y gcc-avr"
    state.selected = avr
    let effects = press([.char("g")], &state)
    #expect(state.compiler == .gcc)
    #expect(state.selected == avr, "the target stays selected")
    #expect(Self.jobs(effects)?.contains { $0.target == "avr" } == false, "nothing to compile it with")
    let screen = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(screen.contains("no gcc for avr here: avr-gcc was not found on PATH: apt-get install -y gcc-avr"), "\(screen)")
    #expect(state.status?.contains("gcc-avr") == true)
    // The rest still works: Tab moves on, skipping the greyed tab.
    press([.tab], &state)
    #expect(state.selected != avr)
  }

  @Test func rustModeRefusesGCC() {
    var state = makeState("isr!(timer, { });\n")
    state.language = .rust
    let effects = press([.char("g")], &state)
    #expect(state.compiler == .clang)
    #expect(state.status == "GCC compiles C: Rust stays with rustc")
    #expect(Self.jobs(effects) == nil)
    // And the compare skips clang vs gcc.
    press([.char("c"), .char("c")], &state)
    #expect(state.compare == .directVsBaseline)
  }

  @Test func cCyclesThroughTheTwoCompilersCompare() {
    var state = makeState()
    _ = AppUpdate.start(&state)
    press([.char("c")], &state)
    #expect(state.compare == .twoTargets)
    let effects = press([.char("c")], &state)
    #expect(state.compare == .twoCompilers)
    #expect(state.visibleJobs == [CompileJob("x86", .clang), CompileJob("x86", .gcc)])
    #expect(Self.jobs(effects).map { Array($0.prefix(2)) } == [CompileJob("x86", .clang), CompileJob("x86", .gcc)], "the panes' listings first")
    // `g` swaps the sides: the second pane then shows clang.
    press([.char("g")], &state)
    #expect(state.visibleJobs == [CompileJob("x86", .gcc), CompileJob("x86", .clang)])
    press([.char("c")], &state)
    #expect(state.compare == .directVsBaseline)
    press([.char("c")], &state)
    #expect(state.compare == .off)
  }

  @Test func compilerLabelsAreShort() {
    #expect(CompilerLabel.short("clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 1167)", fallback: "clang") == "clang 21.0.0")
    #expect(CompilerLabel.short("Debian clang version 14.0.6", fallback: "clang") == "clang 14.0.6")
    #expect(CompilerLabel.short("avr-gcc (GCC) 5.4.0", fallback: "gcc") == "avr-gcc 5.4.0")
    #expect(CompilerLabel.short("gcc (Debian 12.2.0-14) 12.2.0", fallback: "gcc") == "gcc 12.2.0")
    #expect(CompilerLabel.short("arm-none-eabi-gcc (15:12.2.rel1-1) 12.2.1 20221205", fallback: "gcc") == "arm-none-eabi-gcc 12.2.1")
    #expect(CompilerLabel.short("rustc 1.95.0 (59807616e 2026-04-14)", fallback: "rustc") == "rustc 1.95.0")
    #expect(CompilerLabel.short(nil, fallback: "gcc") == "gcc")
  }
}
