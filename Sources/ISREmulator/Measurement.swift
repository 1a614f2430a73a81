import CUnicorn
import Foundation
import ISRKit
import Synchronization

/// Measured costs: the direct ISR, the baseline (stub → unified handler → handler) and the
/// body compiled as a plain function, each linked at fixed addresses and executed in Unicorn
/// from a simulated interrupt entry to its return.
public enum Measurement {
  /// "Unicorn 2.0.1", from the library itself.
  public static var emulatorName: String {
    var major: UInt32 = 0, minor: UInt32 = 0
    _ = uc_version(&major, &minor)
    let full = uc_version(nil, nil)
    return "Unicorn \(major).\(minor).\((full >> 8) & 0xFF)"
  }

  /// What runs a target's code: Unicorn, or a simulator of the target's own where Unicorn
  /// has none.
  enum Backend {
    case unicorn(Machine)
    /// simavr (AVR), for the named MCU: counts cycles too.
    case simavr(mcu: String)
    /// mspdebug's `sim` driver (MSP430).
    case mspdebug

    static func backend(for target: Target) -> Backend? {
      switch target.simulator {
      case .unicorn: return Machine.machine(for: target).map { .unicorn($0) }
      case .simavr(let mcu): return .simavr(mcu: mcu)
      case .mspdebug: return MSP430Simulation.simulatorName() == nil ? nil : .mspdebug
      case nil: return nil
      }
    }

    var name: String {
      switch self {
      case .unicorn: return Measurement.emulatorName
      case .simavr(let mcu): return AVRSimulation.simulatorName(mcu)
      case .mspdebug: return MSP430Simulation.simulatorName() ?? "mspdebug"
      }
    }

    /// Whether the hardware sets up a plain function's return on its own (see `Machine`).
    var hardwareGivesPlainReturn: Bool {
      switch self {
      case .unicorn(let machine): return machine.hardwareGivesPlainReturn
      case .simavr, .mspdebug: return true  // both push the return address
      }
    }
  }

  /// Whether `target` can be measured here, and if not why.
  public static func unsupportedReason(_ target: Target) -> String? {
    if Backend.backend(for: target) != nil { return nil }
    if target.simulator == .mspdebug { return "not measured: mspdebug is not installed (Debian package mspdebug)" }
    return "not measured: no emulator for \(target.displayName)"
  }

  /// Measures all three variants of `source` on `target`. Never throws: problems become
  /// `notMeasured` or per-variant `errors`.
  public static func measure(
    source: String, target: Target, toolchain: Toolchain, function: String? = nil, vector: Int = 32,
    extraFlags: [String] = [], language: SourceLanguage = .c, limits: EmulationLimits = EmulationLimits(),
    devices: DeviceScript = DeviceScript(), prebuilt: TargetBuild? = nil
  ) -> MeasuredCost {
    guard let backend = Backend.backend(for: target) else {
      return MeasuredCost(emulator: emulatorName, notMeasured: unsupportedReason(target))
    }
    var cost = MeasuredCost(emulator: backend.name)
    let codegen: Codegen
    let baseline: BaselineBuild
    do {
      // The build the static report made, when there is one: nothing is compiled twice.
      if let made = prebuilt?.compiled.codegen {
        codegen = made
      } else {
        codegen = try Codegen.compile(
          source, for: target, toolchain: toolchain, extraFlags: extraFlags, language: language)
      }
      if let made = prebuilt?.baseline {
        baseline = made
      } else {
        baseline = try BaselineBuild.build(
          source: source, target: target, vector: vector, toolchain: toolchain, extraFlags: extraFlags,
          language: language, handler: function ?? codegen.isrNames.first)
      }
    } catch {
      cost.notMeasured = "not measured: \(error)"
      return cost
    }
    guard codegen.output.succeeded, baseline.handler.succeeded, baseline.stub.succeeded, baseline.dispatcher.succeeded else {
      cost.notMeasured = "not measured: the code did not compile"
      return cost
    }
    // An ISR that never returns has no return instruction, so fall back to the ISR() names.
    guard let isr = function ?? codegen.isrNames.first ?? PortableISR.declaredNames(in: source).first else {
      cost.notMeasured = "not measured: no ISR in the source"
      return cost
    }
    // AArch64 / PowerPC have no compiler convention: "direct" is isrx's synthesized wrapper
    // (ending in eret / rfi) around the body, or failing that the body as a plain call.
    var directStyle: EntryStyle = .interrupt
    var directObjects = [codegen.output.object]
    var directEntry = isr
    // rustc's arm/mips targets have no interrupt ABI either: the codegen marks the body so.
    if target.convention.kind == .none || codegen.roles[isr] == .plainBodyNoConvention {
      if SynthesizedISR.supports(target),
         let synth = prebuilt?.compiled.synthesized.flatMap({ $0.body == isr ? $0 : nil })
           ?? (try? SynthesizedISR.build(codegen, function: isr, toolchain: toolchain)),
         synth.wrapper.succeeded {
        directObjects = [synth.wrapper.object, synth.bodyOutput.object]
        directEntry = synth.symbol
      } else {
        directStyle = .plainCall
      }
    }
    let plainStyle: EntryStyle = backend.hardwareGivesPlainReturn ? .interrupt : .plainCall
    // An exception with an error code (ISR_ERR): the CPU pushes a code below its frame.
    let errorCode: UInt64? = codegen.errorCodeISRs.contains(isr) && target.errorCodeBytes != nil ? 0x1A : nil
    let table = """
      extern void \(isr)(void);
      void (*const isrx_handlers[256])(void) = { [\(vector)] = \(isr) };
      """
    let variants: [(MeasuredCost.Variant, () throws(EmulationError) -> ([[UInt8]], String), EntryStyle)] = [
      (.direct, { () throws(EmulationError) in (directObjects, directEntry) }, directStyle),
      (.baseline, { () throws(EmulationError) in
        let tableObject = try Linker.compileC(table, target: target, toolchain: toolchain)
        return ([baseline.stub.object, baseline.dispatcher.object, baseline.handler.object, tableObject],
                BaselineBuild.stubSymbol)
      }, .interrupt),
      (.plain, { () throws(EmulationError) in ([baseline.handler.object], isr) }, plainStyle),
    ]
    // A hand-written interrupt function stays one under the baseline's plain-handler switch:
    // calling it from the unified handler would measure a broken system, not the baseline.
    let handlerListing = baseline.handler.listing
    let handlerIsISR = target.convention(for: language).kind == .attribute
      && handlerListing.function(named: isr).map { function in
        handlerListing.instructions(in: function).contains { $0.instruction.map { Codegen.isInterruptReturn($0, on: target) } ?? false }
      } == true
    for (variant, pieces, style) in variants {
      if handlerIsISR, variant != .direct {
        cost.errors[variant.rawValue] = "'\(isr)' is a hand-written interrupt function, so there is no plain handler to dispatch to"
        continue
      }
      do throws(EmulationError) {
        let (objects, entryName) = try pieces()
        var result = try execute(
          objects: objects, entryName: entryName, backend: backend, target: target, toolchain: toolchain,
          style: style, vector: vector, errorCode: variant == .plain ? nil : errorCode, limits: limits,
          devices: devices)
        if variant == .plain {
          let how = language == .rust ? "Rust function (--cfg isrx_plain_handlers)" : "C function (-DISRX_PLAIN_HANDLERS)"
          result.notes.insert("the body compiled as a plain \(how), entered as if it were the ISR", at: 0)
        }
        cost[variant] = result
      } catch {
        cost.errors[variant.rawValue] = error.description
      }
    }
    return cost
  }

  /// Links one variant for `backend` and runs it from the interrupt entry to its return.
  static func execute(
    objects: [[UInt8]], entryName: String, backend: Backend, target: Target, toolchain: Toolchain,
    style: EntryStyle, vector: Int, errorCode: UInt64?, limits: EmulationLimits, devices: DeviceScript
  ) throws(EmulationError) -> MeasuredRun {
    switch backend {
    case .unicorn(let machine):
      let image = try Linker.link(objects: objects, target: target, machine: machine, toolchain: toolchain)
      guard let entry = image.symbols[entryName] else { throw EmulationError.link("no symbol \(entryName)") }
      let run = Run(machine: machine, image: image, limits: limits, devices: devices)
      return try run.execute(entry: entry & ~1, style: style, vector: vector, errorCode: errorCode)
    case .simavr(let mcu):
      let layout = AVRSimulation.layout(entry: entryName, vector: vector, target: target)
      let image = try Linker.link(objects: objects, target: target, layout: layout, toolchain: toolchain)
      return try AVRSimulation.run(image: image, mcu: mcu, target: target, style: style, vector: vector, limits: limits, devices: devices)
    case .mspdebug:
      let (elf, externals) = try Linker.linkedELF(
        objects: objects, target: target, layout: MSP430Simulation.layout(), toolchain: toolchain)
      var image = try ProgramHeaders.load(elf)
      image.stubbed = externals
      if let begin = image.symbols["isrx_externs_begin"], let end = image.symbols["isrx_externs_end"], begin <= end {
        image.stubRange = begin..<end
      }
      guard let entry = image.symbols[entryName] else { throw EmulationError.link("no symbol \(entryName)") }
      return try MSP430Simulation.run(image: image, elf: elf, entry: entry, style: style, limits: limits, devices: devices)
    }
  }

  /// Measures every report's target (in parallel) and fills `measured`, with the
  /// disagreements against the static figures.
  public static func attach(
    to reports: [TargetReport], source: String, toolchain: Toolchain, settings: CostSettings,
    extraFlags: [String] = [], language: SourceLanguage = .c, limits: EmulationLimits = EmulationLimits(),
    devices: DeviceScript = DeviceScript()
  ) -> [TargetReport] {
    let results = Mutex<[Int: TargetReport]>([:])
    DispatchQueue.concurrentPerform(iterations: reports.count) { index in
      let report = attach(
        to: reports[index], source: source, toolchain: toolchain, settings: settings,
        extraFlags: extraFlags, language: language, limits: limits, devices: devices)
      results.withLock { $0[index] = report }
    }
    return results.withLock { dict in reports.indices.compactMap { dict[$0] } }
  }

  /// The static report of every target with its measurement, one target per task from
  /// compile to emulation, so no core waits for the slowest target between the two phases
  /// (which `TargetReport.make` followed by `attach` would do).
  ///
  /// With `eachISR` (and no `function`), one report per ISR of each target, in listing order:
  /// the target is compiled once and every ISR is costed and measured from that compile.
  public static func reports(
    source: String, targets: [Target], toolchain: Toolchain, settings: CostSettings,
    function: String? = nil, extraFlags: [String] = [], language: SourceLanguage = .c,
    limits: EmulationLimits = EmulationLimits(), devices: DeviceScript = DeviceScript(), eachISR: Bool = false
  ) -> [TargetReport] {
    let results = Mutex<[Int: [TargetReport]]>([:])
    DispatchQueue.concurrentPerform(iterations: targets.count) { index in
      let builds = eachISR
        ? TargetBuild.makeEach(
          source: source, target: targets[index], toolchain: toolchain, settings: settings,
          function: function, extraFlags: extraFlags, language: language)
        : [TargetBuild.make(
          source: source, target: targets[index], toolchain: toolchain, settings: settings,
          function: function, extraFlags: extraFlags, language: language)]
      let measured = builds.map {
        attach(to: $0, source: source, toolchain: toolchain, settings: settings, limits: limits, devices: devices)
      }
      results.withLock { $0[index] = measured }
    }
    return results.withLock { dict in targets.indices.flatMap { dict[$0] ?? [] } }
  }

  /// The build's report with its measurement filled in, from the build's own compile,
  /// baseline and wrapper.
  public static func attach(
    to build: TargetBuild, source: String, toolchain: Toolchain, settings: CostSettings,
    limits: EmulationLimits = EmulationLimits(), devices: DeviceScript = DeviceScript()
  ) -> TargetReport {
    attach(to: build.report, source: source, toolchain: toolchain, settings: settings,
           extraFlags: build.compiled.extraFlags, language: build.compiled.language, limits: limits,
           devices: devices, prebuilt: build)
  }

  /// One report with its measurement filled in.
  public static func attach(
    to report: TargetReport, source: String, toolchain: Toolchain, settings: CostSettings,
    extraFlags: [String] = [], language: SourceLanguage = .c, limits: EmulationLimits = EmulationLimits(),
    devices: DeviceScript = DeviceScript(), prebuilt: TargetBuild? = nil
  ) -> TargetReport {
    var report = report
    // The report's own target: GCC's descriptor for a GCC report (its driver, flags, libgcc).
    let family = CompilerFamily(rawValue: report.compiler) ?? .clang
    guard let target = prebuilt?.compiled.target ?? TargetCatalog.target(id: report.target)?.compiled(by: family) else { return report }
    if let error = report.error {
      report.measured = MeasuredCost(emulator: emulatorName, notMeasured: "not measured: \(error)")
      return report
    }
    var cost = measure(
      source: source, target: target, toolchain: toolchain, function: report.isr, vector: settings.vector,
      extraFlags: extraFlags, language: language, limits: limits, devices: devices, prebuilt: prebuilt)
    for (variant, cost0) in [(MeasuredCost.Variant.direct, report.direct), (.baseline, report.baseline)] {
      guard let run = cost[variant], let cost0 else { continue }
      cost.disagreements += MeasuredCost.disagreements(variant: variant, measured: run, static: cost0)
    }
    report.measured = cost
    return report
  }
}
