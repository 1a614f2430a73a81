import ISRKit
import Testing

/// An ISR path that leaves with an ordinary return instead of the return from interrupt is
/// reported, not counted as a normal exit. GCC 12's MIPS shadow-register-set ISR is a real
/// case: shrink-wrapping turns its early exit into `jr $31`.
@Suite struct PlainReturnCheckTests {
  @Test func gccMIPSShadowSetEarlyExitIsFlagged() throws {
    let target = TargetCatalog.target(.mips).compiled(by: .gcc)
    guard sharedToolchain.availability(target).compiler != nil else {
      try Test.cancel("mips: \(sharedToolchain.availability(target))")
    }
    func report(_ flags: [String]) throws -> TargetReport {
      TargetReport.make(
        source: try Resources.sample(), target: target, toolchain: sharedToolchain, settings: CostSettings(),
        extraFlags: ["-DISRX_ISR_ATTRIBUTES=use_shadow_register_set"] + flags)
    }
    let shrinkWrapped = try report([])
    let direct = try #require(shrinkWrapped.direct)
    #expect(direct.plainReturns.contains { $0.contains("jr $31") }, "\(direct.plainReturns)")
    #expect(shrinkWrapped.notes.contains { $0.hasPrefix("WARNING") && $0.contains("jr $31") && $0.contains("eret") })
    // The same ISR without the default attribute options returns with eret on every path.
    let plain = TargetReport.make(
      source: try Resources.sample(), target: target, toolchain: sharedToolchain, settings: CostSettings())
    #expect(plain.direct?.plainReturns == [])
  }

  @Test(arguments: TargetCatalog.all)
  func clangSampleReturnsFromInterruptOnEveryPath(target: Target) throws {
    guard sharedToolchain.availability(target).compiler != nil else { try Test.cancel("\(target.name): no compiler") }
    let report = TargetReport.make(
      source: try Resources.sample(), target: target, toolchain: sharedToolchain, settings: CostSettings())
    #expect(report.direct?.plainReturns ?? [] == [], "\(target.name)")
  }
}
