import ArgumentParser
import ISREmulator
import ISRKit

/// `isrx report FILE`: direct ISR vs double-dispatch baseline, per target, without a terminal.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Compare the direct ISR with the double-dispatch trampoline baseline on each target.")

  @Argument(help: "C source file (default: the built-in sample).")
  var file: String?

  @Option(name: [.customLong("targets"), .customShort("t")], help: "Target ids, comma-separated, or 'all'.")
  var targets: String = "all"

  @Option(help: "Output format: table, markdown, csv or json.")
  var format: String = "table"

  @Option(help: "The ISR to analyse (default: every ISR in the file, one report each).")
  var function: String?

  @Option(help: "Vectors in the system on both sides (default 51, as RustOS; at most what each target has).")
  var vectors: Int?

  @Option(help: "Interrupts per second for the CPU-share estimate.")
  var rate: Double = 10_000

  @Option(name: .customLong("clock-mhz"),
          help: "Core clock in MHz: N for every target, or TARGET=N for one (repeatable), e.g. avr=20 (default: each target's typical clock).")
  var clocks: [String] = []

  @Option(help: "Assumed cycles per instruction for the CPU-share estimate.")
  var cpi: Double = 1

  @Flag(help: "Also list the instructions and pushes behind every figure.")
  var breakdown = false

  @Option(name: .customShort("O", allowingJoined: true),
          help: "Optimisation level of every compile: 0, 1, 2 (isrx's default), 3, s, z or g, e.g. -O0.")
  var optimization: String?

  @Option(name: .customShort("D"), help: "Define a macro for the compile (repeatable).")
  var defines: [String] = []

  @Option(name: .long, help: "Source language: c or rust (default: from the file name).")
  var lang: String?

  @Flag(inversion: .prefixedNo,
        help: "Measure by executing the direct ISR, the baseline and the plain function in Unicorn.")
  var measure = true

  @Option(name: .customLong("device"),
          help: "A device register for the measured runs: ADDRESS=V1,V2,... (successive reads; the last repeats), e.g. 0x40001000=1,1,0. Repeatable.")
  var deviceReads: [String] = []

  @Option(help: "The core, where a target has several: each target becomes its variant with this id or -mcpu/-mmcu/-march (e.g. --cpu cortex-m0plus, --cpu atmega2560).")
  var cpu: String?

  @OptionGroup var tools: ToolOptions

  func validate() throws {
    guard ReportFormat(rawValue: format) != nil else {
      throw ValidationError("unknown format '\(format)'; use table, markdown, csv or json")
    }
    guard (vectors ?? 1) >= 1, rate > 0, cpi > 0 else {
      throw ValidationError("--vectors, --rate and --cpi must be positive")
    }
    _ = try ClockArguments.parse(clocks)
    _ = try DeviceScript(arguments: deviceReads)
  }

  func run() throws {
    let source = try file.map(readSource) ?? Resources.sample()
    var settings = CostSettings()
    if let vectors { settings.vectors = vectors }
    settings.rateHz = rate
    (settings.clockMHz, settings.clockMHzByTarget) = try ClockArguments.parse(clocks)
    settings.cyclesPerInstruction = cpi
    let toolchain = tools.toolchain()
    let language = try sourceLanguage(file: file, lang: lang)
    let selected = try selectTargets(targets, cpu: cpu).map { $0.compiled(by: tools.compilerFamily) }
    for target in selected {
      if let vectors, let most = target.maxVectors, vectors > most {
        throw ValidationError("--vectors \(vectors): \(target.name) has at most \(most) vectors")
      }
    }
    let extraFlags = try FlagPolicy.check(optimizationFlags(optimization) + defines.map { "-D" + $0 })
    let reports =
      measure
      ? Measurement.reports(
        source: source, targets: selected, toolchain: toolchain, settings: settings,
        function: function, extraFlags: extraFlags, language: language,
        devices: try DeviceScript(arguments: deviceReads), eachISR: true)
      : TargetReport.make(
        source: source, targets: selected, toolchain: toolchain, settings: settings,
        function: function, extraFlags: extraFlags, language: language, eachISR: true)
    let format = ReportFormat(rawValue: format) ?? .table
    print(terminalSafe(format.render(reports, settings: settings, breakdown: breakdown)), terminator: format == .json ? "\n" : "")
    if reports.allSatisfy({ $0.comparison == nil }) { throw ExitCode(1) }
  }
}
