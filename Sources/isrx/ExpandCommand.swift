import ArgumentParser
import ISRKit

/// `isrx expand FILE --target T`: what the portable `ISR()` (C) or `isr!` (Rust) form became
/// on a target.
struct ExpandCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "expand", abstract: "Print FILE after the portable ISR() / isr! form is expanded for a target.")

  @Argument(help: "C or Rust (.rs) source file.")
  var file: String

  @Option(name: .long, help: "Source language: c or rust (default: from the file name).")
  var lang: String?

  @Option(name: .shortAndLong, help: "Target id (see `isrx targets`).")
  var target: String

  @Option(help: "The core, where a target has several: each target becomes its variant with this id or -mcpu/-mmcu/-march (e.g. --cpu cortex-m0plus, --cpu atmega2560).")
  var cpu: String?

  @OptionGroup var tools: ToolOptions

  func run() throws {
    let source = try readSource(file)
    let language = try sourceLanguage(file: file, lang: lang)
    let toolchain = tools.toolchain()
    for target in try selectTargets(target, cpu: cpu).map { $0.compiled(by: tools.compilerFamily) } {
      let output = try toolchain.build(BuildJob(target: target, mode: .preprocessOnly, source: source, language: language))
      let summary = target.convention(for: language).summary
      print(language == .rust
        ? "// isrx expand: \(target.name) — \(summary) (rustc -Zunpretty=expanded; the appended isrx prelude is not shown)"
        : "/* isrx expand: \(target.name) (\(target.compilerName)) — \(summary) */")
      if output.succeeded {
        print(terminalSafe(output.assembly))
      } else {
        printError(DiagnosticPrinter.format(output.diagnostics, source: source, path: file))
        throw ExitCode(1)
      }
    }
  }
}
