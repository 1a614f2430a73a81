import ArgumentParser
import ExplorerTerminal
import ExplorerUI
import Foundation
import ISRKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `isrx [FILE]`: the interactive explorer (source, live codegen per target, cost panel).
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Open the interactive explorer on FILE (default: the built-in sample).")

  @Argument(help: "C source file with ISR(name) { ... }, or a Rust file with isr!(...) (default: the built-in timer sample).")
  var file: String?

  @OptionGroup var tools: ToolOptions

  @Option(name: .long, help: "Source language: c or rust (default: from the file name; without a file, the sample in that language).")
  var lang: String?

  @Option(name: .long, help: "Theme name (a file in themes/, e.g. dark, light, high-contrast, mono).")
  var theme: String?

  @Flag(name: .long, help: "Draw without colour (also when NO_COLOR is set).")
  var noColor = false

  func run() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      printError(
        "isrx: the explorer needs a terminal (stdin and stdout must be a TTY); "
          + "for non-interactive output use `isrx asm FILE` or `isrx report FILE`")
      throw ExitCode(2)
    }
    let colorDisabled =
      noColor || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    let themeDirectory = ExploreCommand.findThemeDirectory()
    var chosenTheme = Theme.builtInDark
    if colorDisabled {
      chosenTheme = .monochrome
    } else if let name = theme {
      guard let directory = themeDirectory else {
        printError("isrx: no themes directory found for --theme \(name)")
        throw ExitCode(2)
      }
      do {
        chosenTheme = try ThemeLoader.load(named: name, in: directory)
      } catch {
        printError("isrx: \(error)")
        throw ExitCode(2)
      }
    }

    let toolchain = Toolchain.discover(timeLimit: tools.timeLimit ?? ToolLimits.defaultSeconds)
    var language = try sourceLanguage(file: file, lang: lang)
    if language == .rust, tools.compilerFamily == .gcc,
      case .missing(let why) = toolchain.availability(TargetCatalog.all[0].compiled(by: .gcc), language: .rust)
    {
      printError("isrx: \(why)")
      throw ExitCode(2)
    }
    var status: String?
    if language == .rust, toolchain.rustc == nil {
      // Rust mode needs rustc; without a file, stay in C mode on the C sample.
      let why = "Rust mode needs rustc, which was not found (install it with rustup, or set ISRX_RUSTC)"
      if file == nil {
        language = .c
        status = why + ": showing the C sample"
      } else {
        status = why + ": nothing can be compiled"
      }
    }
    var text: String
    var isNewFile = false
    var readOnlyReason: String?
    if let file {
      if FileManager.default.fileExists(atPath: file) {
        guard let data = FileManager.default.contents(atPath: file) else {
          printError("isrx: cannot read \(file)")
          throw ExitCode(1)
        }
        let decoded = SourceBytes.decode([UInt8](data), name: file)
        text = decoded.text
        readOnlyReason = decoded.readOnlyReason
      } else {
        text = try Resources.sample(language: language)
        isNewFile = true
        status = "new file \(file): starting from the sample; C-s writes it"
      }
    } else {
      text = try Resources.sample(language: language)
    }

    let targets = TargetInfo.catalog(availableWith: toolchain, language: language)
    var state = AppState(
      text: text, filePath: file, targets: targets, theme: chosenTheme, compiler: tools.compilerFamily)
    state.language = language
    if isNewFile { state.diskText = nil }
    state.isColorDisabled = colorDisabled
    state.themeNames = themeDirectory.map(ThemeLoader.available(in:)) ?? []
    state.readOnlyReason = readOnlyReason
    state.status = readOnlyReason ?? status ?? "? help · i edit · Tab next target · c compare · g clang/gcc · S settings"
    // Remembered settings (the settings panel's); --compiler on the command line wins.
    if let settingsFile = UserSettingsFile.standard() {
      switch settingsFile.load() {
      case .success(let remembered):
        state.apply(remembered, path: settingsFile.path, compilerFromCommandLine: tools.compiler != nil)
        // The remembered theme (`t`), unless --theme or no colour says otherwise.
        if theme == nil, !colorDisabled, let name = remembered.theme, let directory = themeDirectory,
           let loaded = try? ThemeLoader.load(named: name, in: directory) {
          state.theme = loaded
        }
      case .failure(let error):
        state.status = "settings not used: \(error.message)"
      }
    }

    let backend = NCursesBackend(allowsColor: !colorDisabled)
    backend.start()
    let runtime = ExplorerRuntime(
      backend: backend, toolchain: toolchain, state: state, themeDirectory: themeDirectory,
      recoveryDirectory: Recovery.directory(
        environment: ProcessInfo.processInfo.environment, home: NSHomeDirectory()))
    if ProcessInfo.processInfo.environment["ISRX_TEST_TRAP"] == "1" {
      // Tests of the crash path: F12 traps like a Swift runtime error would.
      runtime.trapKey = .function(12)
    }
    runtime.run()
    ToolRuns.stopAll(final: true)  // no worker may start a compiler while isrx exits
    if let signal = runtime.terminationSignal { backend.die(by: signal) }
    backend.stop()
  }

  /// The `themes/` directory: next to the package root for a development build
  /// (`.build/<config>/isrx`), under `share/isrx` for an installed one, or in the current
  /// directory.
  static func findThemeDirectory() -> String? {
    var candidates: [String] = []
    if let env = ProcessInfo.processInfo.environment["ISRX_THEMES"] { candidates.append(env) }
    let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
      .resolvingSymlinksInPath()
    var directory = executable.deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(directory.appendingPathComponent("themes").path)
      candidates.append(directory.appendingPathComponent("share/isrx/themes").path)
      directory = directory.deletingLastPathComponent()
    }
    candidates.append(FileManager.default.currentDirectoryPath + "/themes")
    return candidates.first { !ThemeLoader.available(in: $0).isEmpty }
  }
}
