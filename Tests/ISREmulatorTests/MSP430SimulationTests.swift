import Foundation
@testable import ISREmulator
@testable import ISRKit
import Testing

private func msp430SimulationAvailable() -> Bool {
  guard MSP430Simulation.simulatorName() != nil else { return false }
  if case .missing = Toolchain.discover().availability(TargetCatalog.target(id: "msp430")!) { return false }
  return true
}

/// MSP430 measured in mspdebug's simulator: real clang (with the MSP430 backend), real
/// ld.lld, real mspdebug. Skipped when mspdebug or an MSP430 clang is missing.
@Suite(.enabled(if: msp430SimulationAvailable(), "mspdebug or clang with the MSP430 backend is not installed"))
struct MSP430SimulationTests {
  static let toolchain = Toolchain.discover()
  static let target = TargetCatalog.target(id: "msp430")!

  /// Links `objects` with the MSP430 layout and runs `entry` in mspdebug.
  static func run(
    _ objects: [[UInt8]], entry: String, style: EntryStyle = .interrupt, limits: EmulationLimits = EmulationLimits()
  ) throws -> (MeasuredRun, LinkedImage) {
    let (elf, externals) = try Linker.linkedELF(
      objects: objects, target: target, layout: MSP430Simulation.layout(), toolchain: toolchain)
    var image = try ProgramHeaders.load(elf)
    image.stubbed = externals
    if let begin = image.symbols["isrx_externs_begin"], let end = image.symbols["isrx_externs_end"] {
      image.stubRange = begin..<end
    }
    let address = try #require(image.symbols[entry], "no symbol \(entry)")
    let run = try MSP430Simulation.run(image: image, elf: elf, entry: address, style: style, limits: limits)
    return (run, image)
  }

  static func measure(
    _ source: String, entry: String, extraFlags: [String] = [], style: EntryStyle = .interrupt,
    limits: EmulationLimits = EmulationLimits()
  ) throws -> (MeasuredRun, LinkedImage) {
    let codegen = try Codegen.compile(source, for: target, toolchain: toolchain, extraFlags: extraFlags)
    #expect(codegen.output.succeeded, "\(codegen.output.diagnostics.map(\.message))")
    return try run([codegen.output.object], entry: entry, style: style, limits: limits)
  }

  static let allRegisters = (4...15).map { "r\($0)" } + ["sp", "sr"]

  @Test func nameCarriesTheVersion() throws {
    let name = try #require(MSP430Simulation.simulatorName())
    #expect(name.hasPrefix("mspdebug "), "\(name)")
    #expect(name.hasSuffix(" sim"), "\(name)")
  }

  @Test func emptyISRIsOneReti() throws {
    let (run, _) = try Self.measure("ISR(empty) {}\n", entry: "empty")
    #expect(run.stoppedBy == .returned, "\(run.stoppedBy)")
    #expect(run.instructions == 1)
    #expect(run.stubInstructions == 0)
    #expect(run.deepestStackBytes == 0)
    #expect(run.lowestStackPointerOffset == 0)
    #expect(run.comparedRegisters == Self.allRegisters)
    #expect(run.clobberedRegisters.isEmpty, "\(run.clobberedRegisters)")
    #expect(run.writesAboveEntrySP.isEmpty)
    #expect(run.writesOutsideStack.isEmpty, "\(run.writesOutsideStack)")
    #expect(run.exit == "reti executed: returned to the interrupted code")
  }

  static let callsOut = """
    volatile unsigned ticks = 255;
    void scheduler_tick(unsigned now);
    ISR(timer) {
      ticks++;
      scheduler_tick(ticks);
    }
    """

  @Test func callOutMatchesTheStaticPath() throws {
    let (run, _) = try Self.measure(Self.callsOut, entry: "timer")
    let build = TargetBuild.make(source: Self.callsOut, target: Self.target, toolchain: Self.toolchain, settings: CostSettings())
    let cost = try #require(build.report.direct, "\(build.report.error ?? "")")
    #expect(run.stoppedBy == .returned, "\(run.stoppedBy)")
    // One straight-line path: the measured count is the static one.
    #expect(cost.instructionsMin == cost.instructionsMax)
    #expect(run.instructions == cost.instructionsMax, "measured \(run.instructions), static \(cost.instructionsText)")
    #expect(run.stubbedCalls == ["scheduler_tick"])
    #expect(run.stubInstructions == 1, "the stub is one ret")
    #expect(run.comparedRegisters == Self.allRegisters)
    #expect(run.clobberedRegisters.isEmpty, "\(run.clobberedRegisters)")
    #expect(run.writesAboveEntrySP.isEmpty)
    #expect(run.writesOutsideStack.contains { $0.symbol == "ticks" }, "\(run.writesOutsideStack)")
    // Pushes and the call's return address: what the static walk counts.
    #expect(run.deepestStackBytes >= cost.softwareStackBytes
            && run.deepestStackBytes <= cost.softwareStackBytes + cost.realignPadBytes,
            "measured \(run.deepestStackBytes) B, static \(cost.softwareStackBytes) B")
    #expect(MeasuredCost.disagreements(variant: .direct, measured: run, static: cost).isEmpty)
  }

  @Test func sampleWritesItsDeviceRegisterAndCounter() throws {
    let source = try Resources.sample()
    let (run, _) = try Self.measure(source, entry: "timer")
    #expect(run.stoppedBy == .returned)
    // 0x40001000 truncated to MSP430's 16-bit pointers.
    #expect(run.writesOutsideStack.contains { $0.address == 0x1000 }, "\(run.writesOutsideStack)")
    #expect(run.writesOutsideStack.contains { $0.symbol == "ticks" }, "\(run.writesOutsideStack)")
    #expect(run.clobberedRegisters.isEmpty)
    let build = TargetBuild.make(source: source, target: Self.target, toolchain: Self.toolchain, settings: CostSettings())
    let cost = try #require(build.report.direct)
    #expect(MeasuredCost.staticBoundsContain(run.instructions, cost), "\(run.instructions) vs \(cost.instructionsText)")
  }

  @Test func peripheralWritesAreSeenByTheIOTracer() throws {
    let source = """
      ISR(kick) {
        *(volatile unsigned *)0x0120 = 0x5a80;   /* WDTCTL */
        *(volatile unsigned char *)0x0021 = 7;   /* P1OUT */
      }
      """
    let (run, _) = try Self.measure(source, entry: "kick")
    #expect(run.stoppedBy == .returned)
    #expect(run.writesOutsideStack.contains { $0.address == 0x0120 && $0.bytes == 2 }, "\(run.writesOutsideStack)")
    #expect(run.writesOutsideStack.contains { $0.address == 0x0021 && $0.bytes == 1 }, "\(run.writesOutsideStack)")
  }

  @Test func plainFunctionEnteredAsISRPopsTheSavedSR() throws {
    let source = """
      volatile unsigned ticks = 5;
      ISR(timer) { ticks = ticks * 3 + 1; }
      """
    let (run, _) = try Self.measure(source, entry: "timer", extraFlags: ["-DISRX_PLAIN_HANDLERS"], style: .plainCall)
    #expect(run.stoppedBy == .returned, "\(run.stoppedBy)")
    #expect(run.exit.contains("plain ret"), "\(run.exit)")
    // `ret` popped SR as PC: SP is 2 B short of the interrupted SP, SR (GIE) not restored,
    // and the body used a call-clobbered register.
    #expect(run.clobberedRegisters.contains("sp"), "\(run.clobberedRegisters)")
    #expect(run.clobberedRegisters.contains("sr"), "\(run.clobberedRegisters)")
    #expect(run.clobberedRegisters.contains { ["r12", "r13", "r14", "r15"].contains($0) }, "\(run.clobberedRegisters)")
    #expect(run.notes.contains { $0.contains("ret, not reti") })
    #expect(run.writesOutsideStack.contains { $0.symbol == "ticks" })
  }

  @Test func baselineStubDispatchesThroughTheTable() throws {
    let source = Self.callsOut
    let baseline = try BaselineBuild.build(source: source, target: Self.target, vector: 32, toolchain: Self.toolchain, handler: "timer")
    #expect(baseline.stub.succeeded && baseline.dispatcher.succeeded && baseline.handler.succeeded)
    let table = try Linker.compileC(
      "extern void timer(void);\nvoid (*const isrx_handlers[256])(void) = { [32] = timer };\n",
      target: Self.target, toolchain: Self.toolchain)
    let (run, _) = try Self.run(
      [baseline.stub.object, baseline.dispatcher.object, baseline.handler.object, table], entry: BaselineBuild.stubSymbol)
    #expect(run.stoppedBy == .returned, "\(run.stoppedBy)")
    #expect(run.clobberedRegisters.isEmpty, "\(run.clobberedRegisters)")
    #expect(run.stubInstructions == 1)
    let build = TargetBuild.make(source: source, target: Self.target, toolchain: Self.toolchain, settings: CostSettings())
    let cost = try #require(build.report.baseline)
    #expect(MeasuredCost.staticBoundsContain(run.instructions, cost), "\(run.instructions) vs \(cost.instructionsText)")
    // 12 pushes + the stub's call + the dispatcher's indirect call, at least.
    #expect(run.deepestStackBytes >= 28, "\(run.deepestStackBytes)")
  }

  static let spin = """
    volatile unsigned ticks;
    ISR(spin) { for (;;) ticks++; }
    """

  @Test func isrThatNeverReturnsHitsTheBudget() throws {
    let (run, _) = try Self.measure(Self.spin, entry: "spin", limits: EmulationLimits(instructions: 5_000, seconds: 5))
    #expect(run.stoppedBy == .budget(5_000), "\(run.stoppedBy)")
    #expect(run.stoppedBy.description.contains("budget hit"))
    #expect(run.instructions == 5_000)
    #expect(run.writesOutsideStack.contains { $0.symbol == "ticks" })
    #expect(run.clobberedRegisters.isEmpty && run.comparedRegisters.isEmpty)
  }

  @Test func wallClockLimitStopsTheSimulator() throws {
    // 200 million steps take mspdebug several seconds: the half-second limit ends it first.
    let limits = EmulationLimits(instructions: 200_000_000, seconds: 0.5)
    let began = Date()
    let (run, _) = try Self.measure(Self.spin, entry: "spin", limits: limits)
    #expect(run.stoppedBy == .timeout(0.5), "\(run.stoppedBy)")
    #expect(Date().timeIntervalSince(began) < 5)
  }

  @Test func longRunIsLocatedExactlyBeyondTheTrace() throws {
    // 20,000 iterations of a 3-instruction loop: past the single-stepped trace.
    let source = """
      volatile unsigned ticks;
      ISR(slow) { for (unsigned i = 0; i < 20000; i++) ticks++; }
      """
    let (run, _) = try Self.measure(source, entry: "slow", limits: EmulationLimits(instructions: 200_000, seconds: 10))
    #expect(run.stoppedBy == .returned, "\(run.stoppedBy)")
    #expect(run.exit == "reti executed: returned to the interrupted code")
    #expect(run.instructions > 20_000 * 2, "\(run.instructions)")
    #expect(run.clobberedRegisters.isEmpty, "\(run.clobberedRegisters)")
    #expect(run.notes.contains { $0.contains("traced for the first") }, "\(run.notes)")
    // The same run with a budget just below its length hits the budget.
    let (short, _) = try Self.measure(source, entry: "slow", limits: EmulationLimits(instructions: run.instructions, seconds: 10))
    #expect(short.stoppedBy == .budget(run.instructions), "\(short.stoppedBy)")
  }

  /// Device registers as RAM words the set-up writes: the side-call shape's three states drive
  /// three paths (call out, early return, arithmetic), each within the static bounds, and
  /// the call path reaches the static stack. A register whose value changes between reads
  /// cannot be simulated here and says so.
  @Test func deviceStatesDriveEachPath() throws {
    let source = ISRShapeOracleTests.sideCall.source.replacingOccurrences(of: "0x40004000", with: "0x0900")
    let report = TargetReport.make(source: source, target: Self.target, toolchain: Self.toolchain, settings: CostSettings())
    let direct = try #require(report.direct, "\(report.error ?? "")")
    var counts = Set<Int>(), deepest = 0
    for pending: UInt64 in [0, 1, 2] {
      let measured = Measurement.measure(source: source, target: Self.target, toolchain: Self.toolchain,
                                         devices: .constant(0x0900, pending))
      let run = try #require(measured.direct, "\(measured.notMeasured ?? "") \(measured.errors)")
      #expect(MeasuredCost.disagreements(variant: .direct, measured: run, static: direct).isEmpty,
              "pending \(pending): \(MeasuredCost.disagreements(variant: .direct, measured: run, static: direct))")
      counts.insert(run.instructions)
      deepest = max(deepest, run.deepestStackBytes)
    }
    #expect(counts.count == 3, "\(counts)")
    #expect(deepest == direct.softwareStackBytes, "measured \(deepest) B, static \(direct.softwareStackBytes) B")
    let changing = Measurement.measure(source: source, target: Self.target, toolchain: Self.toolchain,
                                       devices: .fifo(status: 0x0900, times: 2))
    #expect(changing.direct == nil)
    #expect(changing.errors.values.contains { $0.contains("cannot change a value between reads") }, "\(changing.errors)")
  }
}
