import Foundation
import ISREmulator
import ISRKit
import Testing

/// The CPU variants behave as their cores do, and their static figures are confirmed by
/// running the code (Unicorn for the ARM and RISC-V cores, simavr for the ATmega2560).
@Suite struct TargetVariantTests {
  static let toolchain = Toolchain.discover()
  static let callOut = """
    volatile unsigned ticks;
    void tick(void);
    ISR(timer) { ticks++; tick(); }
    """

  static func report(_ source: String, _ id: TargetID) -> TargetReport {
    let build = TargetBuild.make(source: source, target: TargetCatalog.target(id), toolchain: toolchain, settings: CostSettings())
    return Measurement.attach(to: build, source: source, toolchain: toolchain, settings: CostSettings())
  }

  @Test(arguments: [TargetID.cortexM0plus, .cortexM4F, .riscv32e, .atmega2560])
  func eachVariantIsCostedAgainstItsOwnBaselineAndMeasured(_ id: TargetID) throws {
    let report = Self.report(Self.callOut, id)
    #expect(report.error == nil, "\(id): \(report.error ?? "")")
    #expect(report.direct != nil && report.baseline != nil)
    let measured = try #require(report.measured)
    #expect(measured.notMeasured == nil && measured.errors.isEmpty, "\(id): \(measured.notMeasured ?? "") \(measured.errors)")
    #expect(measured.disagreements.isEmpty, "\(id): \(measured.disagreements)")
  }

  @Test func theM0PlusTakes15CyclesToEnter() throws {
    let cycles = try #require(Self.report("ISR(nothing) {}\n", .cortexM0plus).direct?.cycles)
    #expect(cycles.hardwareEntry == 15)
    #expect(cycles.source.contains("Cortex-M0+"))
  }

  @Test func anFPUHandlerOnTheM4FHasTheExtendedFrameAndPaysForLazyStacking() throws {
    let source = "volatile float level, gain = 1.5f;\nISR(adc) { level = level * gain + 0.25f; }\n"
    let fp = try #require(Self.report(source, .cortexM4F).direct)
    #expect(fp.hardwareFrameBytes == 104)
    #expect(fp.cycles?.hardwareEntry == 12 + 17 && fp.cycles?.hardwareExit == 10 + 17)
    let integer = try #require(Self.report(Self.callOut, .cortexM4F).direct)
    #expect(integer.cycles?.hardwareEntry == 12, "no FP instruction, no lazy stacking")
  }

  @Test func theATmega2560PushesAThreeBytePC() throws {
    let report = Self.report(Self.callOut, .atmega2560)
    #expect(report.direct?.hardwareFrameBytes == 3)
    #expect(report.direct?.cycles?.hardwareEntry == 5)
    // simavr pushes 3 bytes for the call too: measured and static stack agree.
    let run = try #require(report.measured?.direct)
    #expect(run.deepestStackBytes == report.direct?.softwareStackBytes)
    #expect(run.cycles == report.direct?.cycles?.max, "simavr \(run.cycles ?? -1) vs \(report.direct?.cycles?.text ?? "")")
  }

  @Test func rv32eSavesFewerRegistersThanRV32() throws {
    let e = try #require(Self.report(Self.callOut, .riscv32e).direct)
    let i = try #require(Self.report(Self.callOut, .riscv32).direct)
    #expect(e.registersSaved.count < i.registersSaved.count, "rv32e \(e.registersSaved.count), rv32 \(i.registersSaved.count)")
    #expect(e.registersSaved.allSatisfy { TargetCatalog.target(.riscv32e).registers.names.contains($0.register) })
  }
}
