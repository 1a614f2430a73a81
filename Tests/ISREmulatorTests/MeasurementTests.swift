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
  }

  @Test(arguments: ["x86", "x86_64", "arm", "cortex-m", "mips", "riscv32", "riscv64"])
  func directISRPreservesEveryRegister(_ id: String) throws {
    let measured = try #require(Self.report(try Resources.sample(), id).measured)
    let direct = try #require(measured.direct)
    #expect(!direct.comparedRegisters.isEmpty)
    #expect(direct.clobberedRegisters.isEmpty, "\(id): \(direct.clobberedRegisters)")
    let baseline = try #require(measured.baseline)
    #expect(baseline.clobberedRegisters.isEmpty, "\(id): \(baseline.clobberedRegisters)")
  }

  @Test(arguments: [("x86_64", ["rax"]), ("riscv32", ["a0", "a1"]), ("mips", ["$1", "$2"])])
  func plainFunctionShowsClobberedCallerSavedRegisters(_ id: String, _ expected: [String]) throws {
    let target = TargetCatalog.target(id: id)!
    let plain = try #require(Self.report(try Resources.sample(), id).measured?.plain)
    #expect(plain.stoppedBy == .returned)
    for register in expected { #expect(plain.clobberedRegisters.contains(register), "\(id): \(plain.clobberedRegisters)") }
    // Every clobbered GPR is caller-saved (or the stack pointer a plain `ret` leaves off).
    for register in plain.clobberedRegisters where register != target.registers.stackPointer {
      #expect(target.registers.callerSaved.contains(register) || register == "hi" || register == "lo", "\(id): \(register)")
    }
  }

  static let callsOut = """
    volatile unsigned ticks = 255;
    void scheduler_tick(unsigned now);
    ISR(timer) {
      ticks++;
      if ((ticks & 0xff) == 0)
        scheduler_tick(ticks);
    }
    """

  @Test(arguments: ["x86", "x86_64", "arm", "cortex-m", "aarch64", "riscv32"])
  func callOutReturnsFromTheProvidedStub(_ id: String) throws {
    let report = Self.report(Self.callsOut, id)
    let measured = try #require(report.measured)
    for variant in [MeasuredCost.Variant.direct, .baseline] {
      let run = try #require(measured[variant])
      #expect(run.stoppedBy == .returned, "\(id) \(variant): \(run.stoppedBy)")
      #expect(run.stubbedCalls == ["scheduler_tick"])
      #expect(run.stubInstructions == 1, "\(id) \(variant): the stub is one return instruction")
    }
    // The call path is the longest one (a tail call may make another path as long).
    let direct = try #require(measured.direct), cost = try #require(report.direct)
    #expect(direct.instructions > cost.instructionsMin && direct.instructions <= cost.instructionsMax, "\(id)")
    #expect(measured.disagreements.isEmpty, "\(id): \(measured.disagreements)")
  }

  static let loops = """
    volatile unsigned buffer[8];
    ISR(fill) {
      for (unsigned i = 0; i < 8; i++) buffer[i] = i;
    }
    """

  @Test(arguments: ["x86_64", "arm", "riscv32", "powerpc"])
  func loopingBodyIsMeasuredInFull(_ id: String) throws {
    let report = Self.report(Self.loops + "\n__attribute__((noinline)) void keep(void);", id)
    let measured = try #require(report.measured)
    let direct = try #require(measured.direct)
    #expect(direct.stoppedBy == .returned)
    // Eight stores to buffer, whatever the unrolling.
    let bytes = direct.writesOutsideStack.filter { $0.symbol == "buffer" }.reduce(0) { $0 + $1.bytes }
    #expect(bytes == 32, "\(id): \(direct.writesOutsideStack)")
    #expect(try #require(measured.baseline).stoppedBy == .returned)
  }

  static let spin = """
    volatile unsigned ticks;
    ISR(spin) { for (;;) ticks++; }
    """

  @Test(arguments: ["x86", "cortex-m", "riscv64", "mips"])
  func isrThatNeverReturnsHitsTheBudget(_ id: String) throws {
    let target = TargetCatalog.target(id: id)!
    let limits = EmulationLimits(instructions: 5_000, seconds: 2)
    let cost = Measurement.measure(source: Self.spin, target: target, toolchain: Self.toolchain, limits: limits)
    let direct = try #require(cost.direct, "\(cost.errors)")
    #expect(direct.stoppedBy == .budget(5_000))
    #expect(direct.stoppedBy.description.contains("budget hit"))
    #expect(try #require(cost.baseline).stoppedBy == .budget(5_000))
    #expect(direct.writesOutsideStack.contains { $0.symbol == "ticks" })
  }

  /// Every target runs somewhere: Unicorn, simavr (AVR) or mspdebug's simulator (MSP430).
  @Test func everyTargetHasASimulator() {
    for target in TargetCatalog.all {
      #expect(Measurement.unsupportedReason(target) == nil, "\(target.name): \(Measurement.unsupportedReason(target) ?? "")")
    }
    let empty = Measurement.measure(source: "", target: TargetCatalog.target(.msp430), toolchain: Self.toolchain)
    #expect(empty.notMeasured?.hasPrefix("not measured") == true, "no ISR: said so")
  }

  @Test func reportShowsMeasuredFigures() throws {
    let report = Self.report(try Resources.sample(), "riscv32")
    let text = ReportFormat.table.render([report], settings: CostSettings())
    #expect(text.contains("Measured by executing the linked code in Unicorn"))
    let json = ReportFormat.json.render([report], settings: CostSettings())
    #expect(json.contains("\"clobberedRegisters\""))
    #expect(ReportFormat.csv.render([report], settings: CostSettings()).contains("plain clobbers"))
  }
}

/// The emulator on Rust input (rustc's code, linked and run like C's).
@Suite(.enabled(if: Toolchain.discover().rustc != nil, "rustc is not installed"))
struct RustMeasurementTests {
  static let toolchain = Toolchain.discover()

  static func measured(_ id: String) throws -> MeasuredCost {
    let target = try #require(TargetCatalog.target(id: id))
    let source = try Resources.sample(language: .rust)
    let reports = Measurement.reports(
      source: source, targets: [target], toolchain: toolchain, settings: CostSettings(), language: .rust)
    return try #require(reports.first?.measured)
  }

  /// Where rustc has an interrupt ABI (or isrx synthesizes one), the direct ISR returns and
  /// preserves every register; the plain body does not.
  @Test(arguments: ["x86_64", "riscv32", "cortex-m", "aarch64"])
  func rustISRReturnsAndPreservesEveryRegister(_ id: String) throws {
    let measured = try Self.measured(id)
    #expect(measured.notMeasured == nil && measured.errors.isEmpty, "\(measured.errors)")
    let direct = try #require(measured.direct)
    #expect(direct.stoppedBy == .returned, "\(id): \(direct.stoppedBy)")
    #expect(!direct.comparedRegisters.isEmpty)
    #expect(direct.clobberedRegisters.isEmpty, "\(id): \(direct.clobberedRegisters)")
    #expect(try #require(measured.baseline).clobberedRegisters.isEmpty)
    if id != "cortex-m" {
      #expect(!(try #require(measured.plain).clobberedRegisters.isEmpty), "\(id): a plain fn clobbers")
    }
  }

  /// rustc's RISC-V objects keep `call`/`tail` as `auipc` + `jalr` (no linker relaxation):
  /// the static count follows the object, so the call path measured lies within the bounds.
  @Test(arguments: ["riscv32", "riscv64"])
  func rustCallPathCountsTheExpandedCall(_ id: String) throws {
    let target = try #require(TargetCatalog.target(id: id))
    let source = """
      static mut TICKS: u32 = 255;
      extern "C" { fn scheduler_tick(now: u32); }
      isr!(timer, { unsafe { TICKS = TICKS + 1; if TICKS & 0xff == 0 { scheduler_tick(TICKS); } } });
      """
    let report = try #require(Measurement.reports(
      source: source, targets: [target], toolchain: Self.toolchain, settings: CostSettings(), language: .rust).first)
    let direct = try #require(report.direct)
    let run = try #require(report.measured?.direct)
    #expect(run.stubInstructions + run.instructions > 0)
    #expect(run.instructions == direct.instructionsMax, "\(id): measured \(run.instructions), static \(direct.instructionsText)")
    #expect(report.measured?.disagreements.isEmpty == true, "\(report.measured?.disagreements ?? [])")
  }

  /// rustc has no interrupt ABI on A-profile ARM: the "direct" body is a plain extern "C"
  /// function, and the emulator shows the registers it would corrupt.
  @Test func rustOnArmIsNotAnISRAndTheEmulatorShowsIt() throws {
    let measured = try Self.measured("arm")
    let direct = try #require(measured.direct)
    #expect(direct.stoppedBy == .returned)
    #expect(direct.clobberedRegisters.contains("r0"), "\(direct.clobberedRegisters)")
    // ... and the report flags it for explaining, not "agrees".
    #expect(measured.disagreements.contains { $0.hasPrefix("direct: the interrupted code would find r0") },
            "\(measured.disagreements)")
  }

  /// rustc compiles the plain x86_64 handler's `if` as a conditional tail call
  /// (`je scheduler_tick`); the path that falls through to `retq` must be counted too, so the
  /// emulator's count lies within the static range.
  @Test func conditionalTailCallsKeepTheFallThroughPath() throws {
    let target = try #require(TargetCatalog.target(id: "x86_64"))
    let source = try Resources.sample(language: .rust)
    let report = try #require(Measurement.reports(
      source: source, targets: [target], toolchain: Self.toolchain, settings: CostSettings(), language: .rust).first)
    let baseline = try #require(report.baseline)
    #expect(baseline.instructionsMax == baseline.instructionsMin + 1, "\(baseline.instructionsMin)–\(baseline.instructionsMax)")
    let run = try #require(report.measured?.baseline)
    #expect(run.instructions >= baseline.instructionsMin && run.instructions <= baseline.instructionsMax)
    #expect(report.measured?.disagreements.isEmpty == true, "\(report.measured?.disagreements ?? [])")
  }
}
