import Foundation
import ISREmulator
import ISRKit
import Testing

/// Real clang, real ld.lld, real Unicorn: no mocks.
@Suite struct MeasurementTests {
  static let toolchain = Toolchain.discover()

  static func report(_ source: String, _ id: String) -> TargetReport {
    let target = TargetCatalog.target(id: id)!
    let report = TargetReport.make(source: source, target: target, toolchain: toolchain, settings: CostSettings())
    return Measurement.attach(to: [report], source: source, toolchain: toolchain, settings: CostSettings())[0]
  }

  static let emulated = ["x86", "x86_64", "arm", "cortex-m", "aarch64", "mips", "powerpc", "riscv32", "riscv64"]

  @Test(arguments: emulated)
  func sampleReturnsWithinStaticBounds(_ id: String) throws {
    let report = Self.report(try Resources.sample(), id)
    let measured = try #require(report.measured)
    #expect(measured.notMeasured == nil)
    #expect(measured.errors.isEmpty, "\(measured.errors)")
    for (variant, cost) in [(MeasuredCost.Variant.direct, report.direct), (.baseline, report.baseline)] {
      let run = try #require(measured[variant], "\(id) \(variant)")
      let cost = try #require(cost)
      #expect(run.stoppedBy == .returned, "\(id) \(variant): \(run.stoppedBy)")
      #expect(run.instructions >= cost.instructionsMin && run.instructions <= cost.instructionsMax,
              "\(id) \(variant): \(run.instructions) not in \(cost.instructionsMin)–\(cost.instructionsMax)")
      #expect(run.writesOutsideStack.contains { $0.address == 0x4000_1000 }, "\(id) \(variant): MMIO write")
      #expect(run.writesOutsideStack.contains { $0.symbol == "ticks" }, "\(id) \(variant): ticks")
    }
    print(id, measured)
  }
}
