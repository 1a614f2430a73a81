import Foundation
import ISREmulator
import ISRKit
import Testing

/// The emulator as the oracle for GCC's figures, as `ISRShapeOracleTests` is for clang's: the
/// same shapes (FIFO drain, early exit with a call out, a switch GCC compiles to its own kind
/// of jump table, a call on a middle path, an empty ISR), the same device states, every run
/// within the static bounds of its path and passing the report's own check. Targets whose GCC
/// is not installed are left out (each names its Debian package in `isrx targets`).
@Suite struct GCCShapeOracleTests {
  static let toolchain = Toolchain.discover()
  static let targets: [Target] = ISRShapeOracleTests.emulated
    .compactMap { TargetCatalog.target(id: $0)?.compiled(by: .gcc) }
    .filter { toolchain.availability($0).compiler != nil }

  /// Each GCC at -O2 and at -Os (what embedded projects build with: Thumb-1 then dispatches a
  /// switch through libgcc's `__gnu_thumb1_case_uqi`, linked and run for real).
  struct Build: Sendable, CustomStringConvertible {
    var target: Target
    var flags: [String]
    var description: String { ([target.name] + flags).joined(separator: " ") }
  }
  static let builds = targets.flatMap { [Build(target: $0, flags: []), Build(target: $0, flags: ["-Os"])] }

  @Test(arguments: ISRShapeOracleTests.shapes, builds)
  func measuredRunsLieWithinTheStaticBounds(_ shape: ISRShapeOracleTests.Shape, _ build: Build) throws {
    let target = build.target
    let report = TargetReport.make(source: shape.source, target: target, toolchain: Self.toolchain, settings: CostSettings(),
                                   extraFlags: build.flags)
    #expect(report.error == nil, "\(shape) \(target.name): \(report.error ?? "")")
    let direct = try #require(report.direct, "\(shape) \(target.name): no direct cost")
    let baseline = try #require(report.baseline, "\(shape) \(target.name): no baseline cost")
    var counts = Set<Int>()
    for state in shape.states {
      let measured = Measurement.measure(source: shape.source, target: target, toolchain: Self.toolchain,
                                         extraFlags: build.flags, devices: state.devices)
      #expect(measured.notMeasured == nil && measured.errors.isEmpty, "\(shape) \(target.name) \(state.name): \(measured.errors)")
      for (variant, cost) in [(MeasuredCost.Variant.direct, direct), (.baseline, baseline)] {
        let run = try #require(measured[variant], "\(shape) \(target.name) \(state.name) \(variant)")
        let what = "gcc \(shape) \(build) \(state.name) \(variant): measured \(run.instructions), static \(cost.instructionsText)"
        let perIteration = cost.loops.map(\.instructionsPerIteration).max() ?? 0
        #expect(run.stoppedBy == .returned, "\(what): \(run.stoppedBy)")
        #expect(run.instructions >= cost.instructionsMin && run.instructions <= cost.instructionsMax + state.iterations * perIteration, "\(what)")
        #expect(run.clobberedRegisters.isEmpty, "\(what): changed \(run.clobberedRegisters)")
        #expect(MeasuredCost.disagreements(variant: variant, measured: run, static: cost).isEmpty,
                "\(what): \(MeasuredCost.disagreements(variant: variant, measured: run, static: cost))")
        if variant == .direct { counts.insert(run.instructions) }
      }
    }
    if shape.states.count > 1 { #expect(counts.count > 1, "gcc \(shape) \(target.name): every state ran the same path") }
  }

  /// The built-in sample under every installed GCC, MIPS included (its all-zero state): the
  /// report's check agrees on each.
  @Test func theSampleAgreesUnderEveryGCC() throws {
    let source = try Resources.sample()
    let gccTargets = TargetCatalog.all.map { $0.compiled(by: .gcc) }
      .filter { Measurement.unsupportedReason($0) == nil && Self.toolchain.availability($0).compiler != nil }
    let reports = Measurement.reports(source: source, targets: gccTargets, toolchain: Self.toolchain, settings: CostSettings())
    #expect(reports.count == gccTargets.count)
    for report in reports {
      let measured = try #require(report.measured, "\(report.target)")
      #expect(measured.notMeasured == nil, "\(report.target): \(measured.notMeasured ?? "")")
      #expect(measured.disagreements.isEmpty, "gcc \(report.target): \(measured.disagreements)")
      #expect(report.compiler == "gcc", "\(report.target): \(report.compiler)")
    }
  }
}
