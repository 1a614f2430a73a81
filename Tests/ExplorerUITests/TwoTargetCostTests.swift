import Foundation
import ISRKit
import Testing

@testable import ExplorerUI

/// Comparing two targets, the cost panel shows both targets' direct ISRs, figure by figure,
/// with the difference, and each target's CPU share at its own clock.
@Suite struct TwoTargetCostTests {
  @Test(arguments: [Size(width: 160, height: 48), Size(width: 80, height: 24)])
  func bothTargetsAndTheDifference(size: Size) throws {
    var state = try AppOverviewTests.reported(["x86", "x86_64"], size: size)
    let second = try #require(state.targets.firstIndex { $0.target.id == .x86_64 })
    state.selected = try #require(state.targets.firstIndex { $0.target.id == .x86 })
    state.compare = .twoTargets
    state.secondTarget = second
    let screen = AppView.render(state, size: size).lines.joined(separator: "\n")
    #expect(screen.contains("cost · x86 vs x86_64"), "\(screen)")
    #expect(screen.contains("x86_64 − x86"), "\(screen)")
    let x86 = try #require(state.result(state.selected, by: .clang)?.report?.direct)
    let x64 = try #require(state.result(second, by: .clang)?.report?.direct)
    let row = try #require(screen.split(separator: "\n").first { $0.contains("hardware frame") })
    #expect(row.contains("\(x86.hardwareFrameBytes) B") && row.contains("\(x64.hardwareFrameBytes) B"), "\(row)")
    #expect(row.contains("+\(x64.hardwareFrameBytes - x86.hardwareFrameBytes) B"), "\(row)")
    if size.width >= 160 {
      #expect(screen.contains("CPU share at 10 kHz: x86"), "\(screen)")
    }
  }
}

/// The two-targets compare as a whole screen, at 80×24 and 160×48, from the explorer's own
/// compile service (real compiles and measurements of cortex-m and avr).
@Suite struct TwoTargetCompareScreenTests {
  @Test func snapshots() throws {
    let toolchain = Toolchain.discover()
    for id in [TargetID.cortexM, .avr] {
      if case .missing(let why) = toolchain.availability(TargetCatalog.target(id)) { try Test.cancel("\(id): \(why)") }
    }
    var state = makeState(ScreenSnapshotTests.source, size: Size(width: 160, height: 48))
    state.selected = try #require(state.targets.firstIndex { $0.target.id == .cortexM })
    press([.char("c")], &state)
    #expect(state.compare == .twoTargets)
    state.secondTarget = try #require(state.targets.firstIndex { $0.target.id == .avr })
    let inbox = Inbox()
    let service = CompileService(toolchain: toolchain, inbox: inbox)
    let jobs = state.visibleJobs
    service.submit(source: state.buffer.text, jobs: jobs, visibleCount: jobs.count, version: state.sourceVersion)
    var reported = Set<String>()
    let deadline = Date().addingTimeInterval(120)
    while reported.count < 2, Date() < deadline {
      for action in inbox.drain() {
        if case .reported(let target, _, _, _, _, _) = action { reported.insert(target) }
        _ = AppUpdate.update(&state, action)
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    #expect(reported == ["cortex-m", "avr"])
    // What depends on the machine rather than on isrx: compiler and emulator versions.
    for id in reported {
      state.resultsByCompiler[.clang]?[id]?.compilerVersion = nil
      state.resultsByCompiler[.clang]?[id]?.report?.measured = nil
    }
    for size in [Size(width: 160, height: 48), Size(width: 80, height: 24)] {
      _ = AppUpdate.update(&state, .resized(size))
      try ScreenSnapshotTests().check("compare-two-targets-\(size.width)x\(size.height)", state)
    }
  }
}
