import ArgumentParser
import ISRKit

/// `isrx expand FILE --target T`: what the portable `ISR()` form became on a target.
struct ExpandCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "expand", abstract: "Print FILE after the portable ISR() form is expanded for a target.")

  @Argument(help: "C source file.")
  var file: String

  @Option(name: .shortAndLong, help: "Target id (see `isrx targets`).")
  var target: String

  func run() throws {
    let source = try readSource(file)
    let toolchain = Toolchain.discover()
    for target in try selectTargets(target) {
      let output = try toolchain.build(BuildJob(target: target, mode: .preprocessOnly, source: source))
      print("/* isrx expand: \(target.id) — \(target.convention.summary) */")
      if output.succeeded {
        print(output.assembly)
      } else {
        printError(DiagnosticPrinter.format(output.diagnostics, source: source, path: file))
        throw ExitCode(1)
      }
    }
  }
}
