import Foundation
import ISREmulator
import ISRKit
import Testing

/// The emulator as the oracle for the static figures: realistic ISR shapes (FIFO drain loop,
/// early exit with shrink-wrapping and a call out, a `switch` compiled to a jump table,
/// an empty ISR) on every target Unicorn runs, each in several device states that drive
/// different paths (a FIFO that holds 0, 1 and 3 bytes; each switch case; pending or not).
/// A measured run outside the static bounds for its path is a failing test, not a note.
@Suite struct ISRShapeOracleTests {
  static let toolchain = Toolchain.discover()
  /// MIPS is left out: on Unicorn's MIPS 4KEm the values a device script stores never reach
  /// the ISR's loads of kuseg addresses (the read hook fires, the load sees 0), so the states
  /// cannot drive its paths; the sample test still measures MIPS.
  static let emulated = ["x86", "x86_64", "arm", "cortex-m", "cortex-m0plus", "cortex-m4f", "aarch64", "powerpc", "riscv32", "riscv32e", "riscv64"]

  struct Shape: Sendable, CustomStringConvertible {
    var name: String
    var source: String
    /// Device states, each with how many times the loop body runs in it.
    var states: [(name: String, devices: DeviceScript, iterations: Int)]
    var description: String { name }
  }

  static let fifo = Shape(
    name: "fifo-drain",
    source: """
      #define UART_STATUS (*(volatile unsigned *)0x40001000)
      #define UART_DATA   (*(volatile unsigned *)0x40001004)
      volatile unsigned char buf[64];
      volatile unsigned head;
      ISR(uart_rx) {
        while (UART_STATUS & 1) {
          buf[head & 63] = UART_DATA;
          head++;
        }
      }
      """,
    states: [0, 1, 3].map { n in ("\(n) bytes", DeviceScript.fifo(status: 0x4000_1000, times: n), n) })

  static let earlyExit = Shape(
    name: "early-exit",
    source: """
      #define PENDING (*(volatile unsigned *)0x40002000)
      volatile unsigned count;
      void work(unsigned);
      ISR(gpio) {
        unsigned p = PENDING;
        if (!p) return;
        PENDING = p;
        work(p);
        count++;
      }
      """,
    states: [("idle", .constant(0x4000_2000, 0), 0), ("pending", .constant(0x4000_2000, 4), 0)])

  static let causeSwitch = Shape(
    name: "switch",
    source: """
      #define CAUSE (*(volatile unsigned *)0x40003000)
      volatile unsigned a, b, c, d, e;
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
      """,
    states: (0...6).map { n in ("cause \(n)", DeviceScript.constant(0x4000_3000, UInt64(n)), 0) })

  /// The call with its pushed arguments is on neither the shortest path (the early return)
  /// nor the longest (the arithmetic): the stack figure must still include its frame.
  static let sideCall = Shape(
    name: "side-call",
    source: """
      #define PENDING (*(volatile unsigned *)0x40004000)
      volatile unsigned a, b, c, d;
      void work8(unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned);
      ISR(side_call) {
        unsigned p = PENDING;
        if (p == 1) { work8(1, 2, 3, 4, 5, 6, 7, 8); return; }
        if (p == 2) return;
        a += b * 3; b ^= c + 7; c -= d << 2; d = a + b + c;
        a += b * 5; b ^= c + 9; c -= d << 3; d = a + b - c;
      }
      """,
    states: [0, 1, 2].map { n in ("pending \(n)", DeviceScript.constant(0x4000_4000, UInt64(n)), 0) })

  static let empty = Shape(name: "empty", source: "ISR(nothing) {}\n", states: [("-", DeviceScript(), 0)])

  static let shapes = [fifo, earlyExit, causeSwitch, sideCall, empty]

  /// A target at an optimisation level: isrx's default -O2, and -Os, which embedded projects use.
  struct Build: Sendable, CustomStringConvertible {
    var id: String
    var flags: [String]
    var description: String { ([id] + flags).joined(separator: " ") }
  }
  static let builds = emulated.flatMap { [Build(id: $0, flags: []), Build(id: $0, flags: ["-Os"])] }

  @Test(arguments: shapes, builds)
  func measuredRunsLieWithinTheStaticBounds(_ shape: Shape, _ build: Build) throws {
    let id = build.description
    let target = try #require(TargetCatalog.target(id: build.id))
    let report = TargetReport.make(source: shape.source, target: target, toolchain: Self.toolchain, settings: CostSettings(),
                                   extraFlags: build.flags)
    #expect(report.error == nil, "\(shape) \(id): \(report.error ?? "")")
    let direct = try #require(report.direct, "\(shape) \(id): no direct cost")
    let baseline = try #require(report.baseline, "\(shape) \(id): no baseline cost")
    var distinctCounts = Set<Int>()
    var deepest: [MeasuredCost.Variant: Int] = [:]
    for state in shape.states {
      let measured = Measurement.measure(source: shape.source, target: target, toolchain: Self.toolchain,
                                         extraFlags: build.flags, devices: state.devices)
      #expect(measured.notMeasured == nil && measured.errors.isEmpty, "\(shape) \(id) \(state.name): \(measured.errors)")
      for (variant, cost) in [(MeasuredCost.Variant.direct, direct), (.baseline, baseline)] {
        let run = try #require(measured[variant], "\(shape) \(id) \(state.name) \(variant)")
        let what = "\(shape) \(id) \(state.name) \(variant): measured \(run.instructions), static \(cost.instructionsText)"
        #expect(run.stoppedBy == .returned, "\(what): \(run.stoppedBy)")
        let perIteration = cost.loops.map(\.instructionsPerIteration).max() ?? 0
        #expect(run.instructions >= cost.instructionsMin, "\(what)")
        #expect(run.instructions <= cost.instructionsMax + state.iterations * perIteration, "\(what)")
        #expect(run.deepestStackBytes <= cost.softwareStackBytes + cost.realignPadBytes,
                "\(what): stack \(run.deepestStackBytes) B vs \(cost.softwareStackBytes)+\(cost.realignPadBytes) B")
        #expect(!cost.stackIsLowerBound, "\(what): an SP change isrx could not size")
        // The report's own check (what `isrx report` prints as agrees/explain) agrees too.
        #expect(MeasuredCost.disagreements(variant: variant, measured: run, static: cost).isEmpty,
                "\(what): \(MeasuredCost.disagreements(variant: variant, measured: run, static: cost))")
        #expect(run.clobberedRegisters.isEmpty, "\(what): changed \(run.clobberedRegisters)")
        if variant == .direct { distinctCounts.insert(run.instructions) }
        deepest[variant] = max(deepest[variant] ?? 0, run.deepestStackBytes)
      }
    }
    // The states reach every path, so one of them reaches the static figure: it is not an overestimate.
    for (variant, cost) in [(MeasuredCost.Variant.direct, direct), (.baseline, baseline)] {
      #expect((deepest[variant] ?? 0) >= cost.softwareStackBytes,
              "\(shape) \(id) \(variant): deepest measured \(deepest[variant] ?? 0) B, static \(cost.softwareStackBytes) B")
    }
    // The states really drive different paths (otherwise the test proves nothing).
    if shape.states.count > 1 { #expect(distinctCounts.count > 1, "\(shape) \(id): every state ran the same path") }
  }

  @Test(arguments: emulated)
  func eachFIFOIterationCostsWhatTheStaticLoopSays(_ id: String) throws {
    let target = try #require(TargetCatalog.target(id: id))
    let source = Self.fifo.source
    let report = TargetReport.make(source: source, target: target, toolchain: Self.toolchain, settings: CostSettings())
    let loop = try #require(report.direct?.loops.first, "\(id): no loop found")
    var counts: [Int] = []
    for n in [1, 2, 3] {
      let measured = Measurement.measure(source: source, target: target, toolchain: Self.toolchain,
                                         devices: .fifo(status: 0x4000_1000, times: n))
      counts.append(try #require(measured.direct?.instructions))
    }
    // One more byte in the FIFO costs exactly one more trip around the loop.
    #expect(counts[1] - counts[0] == counts[2] - counts[1], "\(id): \(counts)")
    let step = counts[1] - counts[0]
    #expect(step >= loop.instructionsPerIterationMin && step <= loop.instructionsPerIteration,
            "\(id): measured \(step)/iteration, static \(loop.instructionsPerIterationMin)–\(loop.instructionsPerIteration)")
  }

  /// An exception with an error code (x86 page fault): the CPU pushes the code below its
  /// frame, the ISR pops it before `iret`; both paths (logged or not) lie within the static
  /// bounds and the deeper one reaches the static stack.
  @Test(arguments: ["x86", "x86_64"])
  func errorCodeExceptionOnX86(_ id: String) throws {
    let target = try #require(TargetCatalog.target(id: id))
    let source = """
      #define VERBOSE (*(volatile unsigned *)0x40006000)
      volatile unsigned long last_code; volatile unsigned faults;
      void log_fault(unsigned long);
      ISR_ERR(page_fault, code) {
        last_code = code;
        faults++;
        if (VERBOSE) log_fault(code);
      }
      """
    let report = TargetReport.make(source: source, target: target, toolchain: Self.toolchain, settings: CostSettings())
    let direct = try #require(report.direct, "\(report.error ?? "")")
    #expect(direct.hardwareFrameBytes == target.hardwareFrameBytes + (target.errorCodeBytes ?? 0))
    var counts = Set<Int>(), deepest = 0
    for verbose: UInt64 in [0, 1] {
      let measured = Measurement.measure(source: source, target: target, toolchain: Self.toolchain,
                                         devices: .constant(0x4000_6000, verbose))
      let run = try #require(measured.direct, "\(measured.notMeasured ?? "") \(measured.errors)")
      #expect(run.stoppedBy == .returned)
      #expect(MeasuredCost.disagreements(variant: .direct, measured: run, static: direct).isEmpty,
              "\(id) verbose=\(verbose): \(MeasuredCost.disagreements(variant: .direct, measured: run, static: direct))")
      let baseline = try #require(measured.baseline)
      let baselineCost = try #require(report.baseline)
      #expect(MeasuredCost.disagreements(variant: .baseline, measured: baseline, static: baselineCost).isEmpty,
              "\(id) verbose=\(verbose) baseline: \(MeasuredCost.disagreements(variant: .baseline, measured: baseline, static: baselineCost))")
      counts.insert(run.instructions)
      deepest = max(deepest, run.deepestStackBytes)
    }
    #expect(counts.count == 2, "both paths ran: \(counts)")
    #expect(deepest >= direct.softwareStackBytes, "measured \(deepest) B, static \(direct.softwareStackBytes) B")
  }

  /// vpush/vpop of the FPU's callee-saved registers are sized (d: 8 B, s: 4 B), not "unknown".
  @Test func floatingPointSavesAreSizedOnCortexM4F() throws {
    let target = try #require(TargetCatalog.target(id: "cortex-m4f"))
    let source = """
      volatile float f1, f2; volatile unsigned n;
      float g(float);
      ISR(fp) { float a = f1, b = f2; f1 = g(a) * b + a; f2 = g(b) * a; n++; }
      """
    let report = TargetReport.make(source: source, target: target, toolchain: Self.toolchain, settings: CostSettings())
    let direct = try #require(report.direct)
    let measured = Measurement.measure(source: source, target: target, toolchain: Self.toolchain)
    #expect(!direct.stackIsLowerBound)
    #expect(measured.direct?.deepestStackBytes == direct.softwareStackBytes,
            "measured \(measured.direct?.deepestStackBytes ?? -1) B, static \(direct.softwareStackBytes) B")
    #expect(direct.registersSaved.map(\.register).contains("d8"), "\(direct.registersSaved.map(\.register))")
  }

  @Test func shrinkWrappedSavesOnCortexMAreTheConventionsSaves() throws {
    let target = try #require(TargetCatalog.target(id: "cortex-m"))
    let report = TargetReport.make(source: Self.earlyExit.source, target: target, toolchain: Self.toolchain, settings: CostSettings())
    let saved = try #require(report.direct).registersSaved.map(\.register)
    #expect(saved.contains("r7") && saved.contains("lr"), "\(saved)")
  }
}
