import ArgumentParser
import ISRKit

@main
struct ISRX: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "isrx",
    abstract: "Explore hardware-interrupt calling conventions: real compiler output per architecture, and what a compiler ISR convention saves over a double-dispatch trampoline.",
    subcommands: [ExploreCommand.self, TargetsCommand.self, AsmCommand.self, ExpandCommand.self, ReportCommand.self, BenchCommand.self],
    defaultSubcommand: ExploreCommand.self)
}
