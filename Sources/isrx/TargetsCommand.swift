import ArgumentParser
import ISRKit

/// `isrx targets`: every target with its convention and whether its compiler is installed.
struct TargetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "targets", abstract: "List the targets, their ISR convention and toolchain availability.")

  @Flag(help: "Print one line per target for scripts: ID TEMPLATE COMPILER FLAGS... (the exact flags isrx compiles with; COMPILER is clang or clang-msp430).")
  var flags = false

  @OptionGroup var tools: ToolOptions

  func run() throws {
    if flags {
      // check.sh and the fixture recorder read this, so no script keeps its own copy.
      for target in TargetCatalog.all {
        let compiler = target.compiler == .clang ? "clang" : "clang-msp430"
        print(([target.name, target.baselineTemplate, compiler] + target.compilerArguments).joined(separator: " "))
      }
      return
    }
    let toolchain = tools.toolchain()
    for target in TargetCatalog.all {
      let convention: String
      switch target.convention.kind {
      case .attribute: convention = target.convention.spelling ?? ""
      case .hardwareStacked: convention = "none needed (hardware stacks caller-saved registers)"
      case .none: convention = "NONE: no compiler convention exists"
      }
      let availability: String
      switch toolchain.availability(target) {
      case .available(let info): availability = "available (\(info.path))"
      case .missing(let why): availability = "unavailable: \(why)"
      }
      print("\(target.name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(target.displayName)")
      print("          convention: \(convention)")
      print("          returns with: \(target.returnMnemonics.joined(separator: " / ")); hardware frame \(target.hardwareFrameBytes) B (\(target.hardwareFrameNote))")
      print("          \(availability)")
    }
  }
}
