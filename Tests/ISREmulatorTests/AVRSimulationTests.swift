import Foundation
import ISREmulator
import ISRKit
import Testing

/// AVR run in simavr, the second witness for AVR's static figures: instructions, stack,
/// registers, and cycles against the cited AVRe+ table. On straight-line code the table and
/// simavr must agree to the cycle; with branches and loops simavr's count must lie within the
/// static bounds of the path the device state drives.
@Suite struct AVRSimulationTests {
  static let toolchain = Toolchain.discover()
  static let avr = TargetCatalog.target(id: "avr")!
  /// clang, and avr-gcc where installed (gcc-avr): the same shapes witness both compilers.
  static let compilers = CompilerFamily.allCases.filter { toolchain.availability(avr.compiled(by: $0)).compiler != nil }
  static let builds = [TargetID.avr, .atmega2560].flatMap { id in compilers.map { TargetCatalog.target(id).compiled(by: $0) } }

  static let straightLine = [
    ("empty", "ISR(nothing) {}\n"),
    ("counters", """
      #include <stdint.h>
      volatile uint8_t ticks;
      volatile uint16_t count;
      ISR(timer) { ticks++; count += 3; }
      """),
    ("call-out", """
      void tick(void);
      volatile unsigned char seen;
      ISR(timer) { tick(); seen = 1; }
      """),
    ("port-toggle", """
      #define PORTB (*(volatile unsigned char *)0x25)
      ISR(blink) { PORTB ^= 0x20; }
      """),
  ]

  /// Both AVR cores: the ATmega2560's 3-byte PC makes calls, returns and its frame longer.
  @Test(arguments: straightLine.map(\.0), builds)
  func straightLineCyclesEqualTheTable(_ name: String, _ avr: Target) throws {
    let source = try #require(Self.straightLine.first { $0.0 == name }).1
    let id = "\(avr.name) \(avr.compilerFamily)"
    let report = TargetReport.make(source: source, target: avr, toolchain: Self.toolchain, settings: CostSettings())
    let measured = Measurement.measure(source: source, target: avr, toolchain: Self.toolchain)
    #expect(measured.notMeasured == nil && measured.errors.isEmpty, "\(name): \(measured.notMeasured ?? "") \(measured.errors)")
    #expect(measured.emulator.hasPrefix("simavr"))
    for (variant, cost) in [(MeasuredCost.Variant.direct, try #require(report.direct)), (.baseline, try #require(report.baseline))] {
      let run = try #require(measured[variant])
      let cycles = try #require(cost.cycles)
      let what = "\(id) \(name) \(variant)"
      #expect(run.stoppedBy == .returned, "\(what): \(run.stoppedBy)")
      #expect(cost.instructionsMin == cost.instructionsMax, "\(what): not straight-line")
      #expect(run.instructions == cost.instructionsMax, "\(what): measured \(run.instructions), static \(cost.instructionsText)")
      #expect(run.cycles == cycles.max && cycles.min == cycles.max, "\(what): simavr \(run.cycles ?? -1) cycles, table \(cycles.text)")
      #expect(run.vectorJumpCycles == cycles.vectorJump, "\(what): vector jmp \(run.vectorJumpCycles ?? -1) vs \(cycles.vectorJump ?? -1)")
      #expect(run.deepestStackBytes == cost.softwareStackBytes, "\(what): stack \(run.deepestStackBytes) vs \(cost.softwareStackBytes)")
      #expect(run.clobberedRegisters.isEmpty, "\(what): changed \(run.clobberedRegisters)")
      #expect(run.writesAboveEntrySP.isEmpty, "\(what): wrote above the entry SP")
      #expect(run.comparedRegisters.contains("SREG") && run.comparedRegisters.contains("r1"))
    }
    #expect(measured.disagreements.isEmpty || measured.disagreements.allSatisfy { $0.hasPrefix("plain") })
  }

  /// ISR shapes with branches and loops, their device registers in I/O space (GPIOR0-2 at
  /// data addresses 0x3E, 0x4A, 0x4B: plain registers no peripheral of the ATmega328P drives).
  static let fifo = """
    #define STATUS (*(volatile unsigned char *)0x3E)
    #define DATA   (*(volatile unsigned char *)0x4A)
    volatile unsigned char buf[16];
    volatile unsigned char head;
    ISR(uart_rx) {
      while (STATUS & 1) {
        buf[head & 15] = DATA;
        head++;
      }
    }
    """
  static let earlyExit = """
    #define PENDING (*(volatile unsigned char *)0x4B)
    volatile unsigned count;
    void work(unsigned char);
    ISR(gpio) {
      unsigned char p = PENDING;
      if (!p) return;
      PENDING = p;
      work(p);
      count++;
    }
    """
  static let causeSwitch = """
    #define CAUSE (*(volatile unsigned char *)0x3E)
    volatile unsigned char a, b, c, d, e;
    ISR(cause_switch) {
      switch (CAUSE & 7) {
      case 0: a++; break;
      case 1: b += 2; break;
      case 2: c ^= 5; break;
      case 3: d = 7; break;
      case 4: e--; break;
      case 5: a = b; break;
      default: break;
      }
    }
    """

  static let states: [(shape: String, source: String, state: String, devices: DeviceScript, iterations: Int)] =
    [0, 1, 3].map { ("fifo", fifo, "\($0) bytes", DeviceScript.fifo(status: 0x3E, times: $0), $0) }
    + [("early-exit", earlyExit, "idle", .constant(0x4B, 0), 0), ("early-exit", earlyExit, "pending", .constant(0x4B, 4), 0)]
    + (0...6).map { ("switch", causeSwitch, "cause \($0)", DeviceScript.constant(0x3E, UInt64($0)), 0) }

  @Test(arguments: states.indices, compilers)
  func branchingRunsLieWithinTheStaticBounds(_ index: Int, _ compiler: CompilerFamily) throws {
    let state = Self.states[index]
    let avr = Self.avr.compiled(by: compiler)
    let report = TargetReport.make(source: state.source, target: avr, toolchain: Self.toolchain, settings: CostSettings())
    let measured = Measurement.measure(source: state.source, target: avr, toolchain: Self.toolchain, devices: state.devices)
    #expect(measured.errors.isEmpty && measured.notMeasured == nil, "\(measured.errors) \(measured.notMeasured ?? "")")
    for (variant, cost) in [(MeasuredCost.Variant.direct, try #require(report.direct)), (.baseline, try #require(report.baseline))] {
      let run = try #require(measured[variant])
      let cycles = try #require(cost.cycles)
      let what = "\(compiler) \(state.shape) \(state.state) \(variant): measured \(run.instructions) instr / \(run.cycles ?? -1) cycles, static \(cost.instructionsText) / \(cycles.text)"
      #expect(run.stoppedBy == .returned, "\(what): \(run.stoppedBy)")
      let extraInstructions = state.iterations * (cost.loops.map(\.instructionsPerIteration).max() ?? 0)
      let extraCycles = state.iterations * (cycles.perIteration.max() ?? 0)
      #expect(run.instructions >= cost.instructionsMin && run.instructions <= cost.instructionsMax + extraInstructions, "\(what)")
      let measuredCycles = try #require(run.cycles)
      #expect(measuredCycles >= (cycles.min ?? .max) && measuredCycles <= (cycles.max ?? 0) + extraCycles, "\(what)")
      #expect(run.deepestStackBytes <= cost.softwareStackBytes, "\(what): stack \(run.deepestStackBytes) B vs \(cost.softwareStackBytes) B")
      #expect(run.clobberedRegisters.isEmpty, "\(what): changed \(run.clobberedRegisters)")
      #expect(MeasuredCost.disagreements(variant: variant, measured: run, static: cost).isEmpty,
              "\(what): \(MeasuredCost.disagreements(variant: variant, measured: run, static: cost))")
    }
  }

  @Test(arguments: compilers)
  func theDeviceStatesDriveDifferentPaths(_ compiler: CompilerFamily) throws {
    for shape in ["fifo", "early-exit", "switch"] {
      let counts = Set(Self.states.filter { $0.shape == shape }.compactMap { state in
        Measurement.measure(source: state.source, target: Self.avr.compiled(by: compiler), toolchain: Self.toolchain,
                            devices: state.devices).direct?.cycles
      })
      #expect(counts.count > 1, "\(compiler) \(shape): every state ran the same path")
    }
  }

  @Test func oneMoreFIFOByteCostsTheStaticLoopCycles() throws {
    let report = TargetReport.make(source: Self.fifo, target: Self.avr, toolchain: Self.toolchain, settings: CostSettings())
    let perIteration = try #require(report.direct?.cycles?.perIteration.first)
    let cycles = try [1, 2, 3].map { n in
      try #require(Measurement.measure(source: Self.fifo, target: Self.avr, toolchain: Self.toolchain,
                                       devices: .fifo(status: 0x3E, times: n)).direct?.cycles)
    }
    #expect(cycles[1] - cycles[0] == cycles[2] - cycles[1], "\(cycles)")
    #expect(cycles[1] - cycles[0] == perIteration, "simavr \(cycles[1] - cycles[0]) cycles/iteration, static \(perIteration)")
  }

  @Test func aPlainFunctionEnteredAsTheISRIsCaught() throws {
    let source = Self.straightLine[1].1
    let measured = Measurement.measure(source: source, target: Self.avr, toolchain: Self.toolchain)
    let plain = try #require(measured.plain)
    #expect(plain.stoppedBy == .returned)
    #expect(plain.clobberedRegisters.contains("SREG"), "\(plain.clobberedRegisters)")
    #expect(plain.exit.contains("interrupts still off"), "\(plain.exit)")
  }

  /// The sample writes a 32-bit device address (0x40001000, cut to 0x1000): past the
  /// ATmega328P's SRAM, simulated as plain RAM and listed, not a stopped core.
  @Test func theSampleRunsAndAgreesWithItsDeviceWritePastSRAM() throws {
    let source = try Resources.sample()
    let build = TargetBuild.make(source: source, target: Self.avr, toolchain: Self.toolchain, settings: CostSettings())
    let report = Measurement.attach(to: build, source: source, toolchain: Self.toolchain, settings: CostSettings())
    let measured = try #require(report.measured)
    #expect(measured.disagreements.isEmpty, "\(measured.disagreements)")
    let direct = try #require(measured.direct)
    #expect(direct.returned)
    #expect(direct.writesOutsideStack.contains { $0.address == 0x1000 }, "\(direct.writesOutsideStack)")
    #expect(direct.notes.contains { $0.contains("past the atmega328p's SRAM") })
  }

  @Test func endlessLoopsHitTheBudget() throws {
    let measured = Measurement.measure(
      source: "volatile unsigned char x;\nISR(spin) { for (;;) x++; }\n", target: Self.avr, toolchain: Self.toolchain,
      limits: EmulationLimits(instructions: 5_000, seconds: 2))
    #expect(measured.direct?.stoppedBy == .budget(5_000), "\(String(describing: measured.direct?.stoppedBy)) \(measured.errors)")
  }

  /// A 12-case switch at -Os: avr-gcc dispatches through libgcc's `__tablejump2__` (a table of
  /// `gs()` words in flash read with `lpm`, then `ijmp`). The static figures read the routine
  /// from libgcc; simavr runs libgcc's own code: instructions and cycles agree.
  @Test(arguments: [0, 5, 11])
  func gccTableJumpThroughLibgcc(_ cause: Int) throws {
    guard Self.compilers.contains(.gcc) else { return }
    let avr = Self.avr.compiled(by: .gcc)
    let source = """
      #define CAUSE (*(volatile unsigned char *)0x3E)
      volatile unsigned char v[12];
      ISR(big_switch) {
        switch (CAUSE & 15) {
        case 0: v[0]++; break; case 1: v[1] += 2; break; case 2: v[2] ^= 5; break; case 3: v[3] = 7; break;
        case 4: v[4]--; break; case 5: v[5] = v[1]; break; case 6: v[6] += 3; break; case 7: v[7] = 1; break;
        case 8: v[8] ^= 9; break; case 9: v[9]++; break; case 10: v[10] = 0; break; case 11: v[11] -= 4; break;
        default: break;
        }
      }
      """
    let build = TargetBuild.make(source: source, target: avr, toolchain: Self.toolchain, settings: CostSettings(), extraFlags: ["-Os"])
    let listing = try #require(build.compiled.codegen?.listing)
    #expect(listing.lines.contains { $0.instruction?.operands.first == "__tablejump2__" }, "avr-gcc dispatches through libgcc")
    let direct = try #require(build.report.direct)
    let measured = Measurement.measure(source: source, target: avr, toolchain: Self.toolchain, extraFlags: ["-Os"],
                                       devices: .constant(0x3E, UInt64(cause)), prebuilt: build)
    let run = try #require(measured.direct, "\(measured.notMeasured ?? "") \(measured.errors)")
    #expect(run.stoppedBy == .returned, "\(run.stoppedBy)")
    #expect(MeasuredCost.disagreements(variant: .direct, measured: run, static: direct).isEmpty,
            "cause \(cause): \(MeasuredCost.disagreements(variant: .direct, measured: run, static: direct))")
  }
}
