import ArgumentParser
import ISRKit

/// `isrx targets`: every target with its convention and whether its compiler is installed.
struct TargetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "targets", abstract: "List the targets, their ISR convention and toolchain availability.")

  @Flag(help: "Print one line per target for scripts: ID TEMPLATE COMPILER FLAGS... (the exact flags isrx compiles with; COMPILER is clang or clang-msp430, or with --compiler gcc the GCC driver; a target without a GCC is left out).")
  var flags = false

  @OptionGroup var tools: ToolOptions

  func run() throws {
    if flags {
      // check.sh and the fixture recorder read this, so no script keeps its own copy.
      for target in TargetCatalog.all.map({ $0.compiled(by: tools.compilerFamily) }) {
        let compiler: String
        switch target.compiler {
        case .clang: compiler = "clang"
        case .clangWithMSP430: compiler = "clang-msp430"
        case .gcc(let driver):
          if driver.isEmpty { continue }
          compiler = driver
        }
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
      print("\(target.name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(target.displayName)")
      print("          convention: \(convention)")
      print("          returns with: \(target.returnMnemonics.joined(separator: " / ")); hardware frame \(target.hardwareFrameBytes) B (\(target.hardwareFrameNote))")
      // Each compiler on its own line: `--compiler gcc` needs the second.
      for family in CompilerFamily.allCases {
        let built = target.compiled(by: family)
        switch toolchain.availability(built) {
        case .available(let info): print("          \(family): available (\(info.path), \(info.version))")
        case .missing(let why): print("          \(family): unavailable: \(why)")
        }
      }
    }
  }
}
