import Foundation
import Testing

/// Clear messages for the smaller failures, and no raw control characters (items 7, 8).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: CLI.binary), "build isrx first: swift build"))
struct CLIMessageTests {
  @Test func badISRXClangIsReportedNotReplaced() throws {
    for (value, why) in [("/bin/false", "failed on --version (exit status 1)"), ("/nonexistent/clang", "does not exist")] {
      let run = try Processes.isrx(["asm", CLI.sample, "-t", "x86_64"], environment: ["ISRX_CLANG": value])
      #expect(run.status != 0)
      #expect(run.stderr.contains("ISRX_CLANG=\(value) \(why)"), "\(run.stderr)")
      #expect(!run.stdout.contains("== x86_64"))  // not compiled with clang from PATH
    }
  }

  @Test func badISRXRustcIsReportedNotReplaced() throws {
    let sample = CLI.packageRoot.appendingPathComponent("Sources/ISRKit/Resources/samples/timer.rs").path
    let run = try Processes.isrx(["asm", sample, "-t", "x86_64"], environment: ["ISRX_RUSTC": "/bin/false"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("ISRX_RUSTC=/bin/false failed on --version (exit status 1)"), "\(run.stderr)")
    #expect(!run.stdout.contains("== x86_64"))
  }

  @Test func directoryArgument() throws {
    let run = try Processes.isrx(["asm", FileManager.default.temporaryDirectory.path, "-t", "x86_64"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("it is a directory"))
    #expect(!run.stderr.contains("NSCocoaErrorDomain"))
  }

  @Test func unreadableSourcesSayWhy() throws {
    let missing = try Processes.isrx(["asm", "/nonexistent/isr.c", "-t", "x86_64"])
    #expect(missing.stderr.contains("cannot read /nonexistent/isr.c: no such file"))
    let latin1 = try CLI.temporaryFile("ISR(t) {}\n")
    try Data([0x2F, 0x2A, 0xE9, 0x2A, 0x2F, 0x0A]).write(to: URL(fileURLWithPath: latin1))
    let run = try Processes.isrx(["asm", latin1, "-t", "x86_64"])
    #expect(run.status != 0 && run.stderr.contains("it is not valid UTF-8 text"))
  }

  @Test func crashingCompilerNamesTheSignal() throws {
    let (wrapper, _) = try Processes.sleepingWrapper()
    defer { Processes.cleanUp(wrapper) }
    let dir = URL(fileURLWithPath: wrapper).deletingLastPathComponent()
    let crashing = dir.appendingPathComponent("crash/clang")
    try FileManager.default.createDirectory(at: crashing.deletingLastPathComponent(), withIntermediateDirectories: true)
    let script = try String(contentsOfFile: wrapper, encoding: .utf8)
      .replacingOccurrences(of: #"/[^\n]*sleep-[^\n]* 1000"#, with: "kill -SEGV $$", options: .regularExpression)
    try script.write(to: crashing, atomically: true, encoding: .utf8)
    chmod(crashing.path, 0o755)
    let run = try Processes.isrx(["asm", CLI.sample, "-t", "x86_64"], environment: ["ISRX_CLANG": crashing.path])
    #expect(run.status == 1)
    #expect(run.stdout.contains("clang crashed (SIGSEGV)"), "\(run.stdout)")
    #expect(!run.stdout.contains("exit status 11"))
  }

  @Test func endlessLoopIsSaidPlainly() throws {
    let file = try CLI.temporaryFile("volatile int t;\nISR(timer) { for (;;) t++; }\n")
    // The same words on every target: the static analysis finds no path to a return.
    let targets = ["x86", "x86_64", "arm", "cortex-m", "aarch64", "mips", "riscv32", "avr"]
    let run = try Processes.isrx(["report", file, "-t", targets.joined(separator: ","), "--breakdown"])
    for id in targets {
      #expect(run.stdout.contains("\(id): 'timer' never returns (no path from its first instruction reaches a return)"), "\(id): \(run.stdout)")
    }
    #expect(!run.stdout.contains("no ISR found") && !run.stdout.contains("budget hit"))
  }

  @Test func controlCharactersAreEscaped() throws {
    // A title-setting OSC sequence in a #warning (echoed with its source line) and a
    // clear-screen sequence in a string literal (kept by the preprocessor).
    let file = try CLI.temporaryFile(
      "volatile int t;\nconst char *s = \"\u{1B}[2J\";\n#warning \"\u{1B}]0;pwned\u{07}\"\nISR(timer) { t++; }\n")
    for arguments in [["asm", file, "-t", "x86_64"], ["asm", file, "-t", "x86_64", "--raw"],
                      ["expand", file, "-t", "x86_64"], ["report", file, "-t", "x86_64", "--breakdown"]] {
      let run = try Processes.isrx(arguments)
      let all = run.stdout + run.stderr
      #expect(!all.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(arguments)")
    }
    let asm = try Processes.isrx(["asm", file, "-t", "x86_64"])
    #expect(asm.stdout.contains("#warning \"<U+001B>]0;pwned<U+0007>\""))
    let expand = try Processes.isrx(["expand", file, "-t", "x86_64"])
    #expect(expand.stdout.contains("\"<U+001B>[2J\""))
  }
}
