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
