import Foundation
import Testing
@testable import ISRKit

@Suite struct ToolchainTests {
  /// The issue's acceptance list: every target's ISR ends in its own return.
  static let expectedReturn: [String: String] = [
    "x86": "iretl", "x86_64": "iretq", "arm": "subs pc, lr, #4", "cortex-m": "bx lr",
    "mips": "eret", "riscv32": "mret", "riscv64": "mret", "avr": "reti", "msp430": "reti",
    "aarch64": "ret", "powerpc": "blr",
    "cortex-m0plus": "bx lr", "cortex-m4f": "bx lr", "riscv32e": "mret", "atmega2560": "reti",
  ]

  @Test func msp430CompilerIsFoundWhenSetUp() {
    // scripts/setup.sh installs clang-14; without it the target says what to install.
    if case .missing(let why) = sharedToolchain.availability(TargetCatalog.msp430) {
      #expect(why.contains("apt-get install -y clang-14"))
    }
  }

  @Test(arguments: TargetCatalog.all)
  func tickISREndsInTheTargetsReturn(target: Target) throws {
    guard sharedToolchain.availability(target).compiler != nil else { try Test.cancel("\(target.name): no compiler installed for it (see `isrx targets`)") }
    let codegen = try Codegen.compile(tickSource, for: target, toolchain: sharedToolchain)
    #expect(codegen.output.succeeded, "\(codegen.output.diagnostics)")
    #expect(codegen.isrNames == ["timer"])
    let last = try #require(mnemonics(codegen, "timer").last)
    let expected = try #require(Self.expectedReturn[target.name])
    #expect(last == expected, "\(target.name): \(mnemonics(codegen, "timer"))")
    // Every instruction of the ISR maps back to the ISR's source line (2).
    let fn = try #require(codegen.listing.function(named: "timer"))
    let lines = Set(codegen.listing.instructions(in: fn).compactMap(\.sourceLine))
    #expect(lines.isSubset(of: [2]) && !lines.isEmpty, "\(target.name): \(lines)")
    // The object was assembled from that text and has the function's size.
    let size = try ELFObject(codegen.output.object).functionSize("timer")
    #expect((size ?? 0) > 0)
  }

  @Test(arguments: ["aarch64", "powerpc"])
  func targetsWithoutConventionAreLabelledPlainly(id: String) throws {
    let codegen = try compile(tickSource, id)
    #expect(codegen.roles["timer"] == .plainBodyNoConvention)
    #expect(codegen.label(for: "timer").contains("no compiler interrupt convention"))
  }

  @Test func syntaxErrorIsReportedWithItsLine() throws {
    let codegen = try compile("volatile int x;\nISR(timer) {\n  x++\n}\n", "x86_64")
    #expect(!codegen.output.succeeded)
    let error = try #require(codegen.output.diagnostics.first { $0.severity == .error })
    #expect(error.isInUserSource)
    #expect(error.line == 3 || error.line == 4)
    #expect(error.message.contains("expected ';'"))
  }

  @Test func badX86SignatureShowsClangsDiagnostic() throws {
    let source = "__attribute__((interrupt)) int bad(void) { return 1; }\n"
    let codegen = try compile(source, "x86_64")
    #expect(!codegen.output.succeeded)
    #expect(codegen.output.diagnostics.contains { $0.line == 1 && $0.message.contains("'interrupt' attribute only applies") })
  }

  @Test func handWrittenGuardedCodeWorks() throws {
    let source = """
    volatile unsigned ticks;
    #if defined(__riscv)
    __attribute__((interrupt("supervisor"))) void tick(void) { ticks++; }
    #else
    ISR(tick) { ticks++; }
    #endif
    """
    let riscv = try compile(source, "riscv32")
    #expect(mnemonics(riscv, "tick").last == "sret")
    let x86 = try compile(source, "x86_64")
    #expect(mnemonics(x86, "tick").last == "iretq")
  }

  @Test func unusedISRIsKeptAndNotInlined() throws {
    let source = "volatile int n;\nstatic ISR(helper) { n = 2; }\nvoid caller(void) { n = 1; }\n"
    let codegen = try compile(source, "riscv64")
    #expect(codegen.listing.function(named: "helper") != nil)
  }

  @Test func expandShowsTheRealAttribute() throws {
    let target = try #require(TargetCatalog.target(id: "arm"))
    let output = try sharedToolchain.build(BuildJob(target: target, mode: .preprocessOnly, source: tickSource))
    #expect(output.assembly.contains("__attribute__((interrupt(\"IRQ\"), used, noinline)) void timer(void)"))
  }

  @Test func resultsAreCachedByContent() throws {
    let target = try #require(TargetCatalog.target(id: "riscv32"))
    let source = tickSource + "\n// cache probe \(UUID())\n"
    let first = try Codegen.compile(source, for: target, toolchain: sharedToolchain)
    let second = try Codegen.compile(source, for: target, toolchain: sharedToolchain)
    // A second run would have measured its own (different) wall time: equal output,
    // timing included, means the cached result came back.
    #expect(first.output == second.output)
    #expect(first.output.toolSeconds == second.output.toolSeconds)
    let changed = try Codegen.compile(source + " ", for: target, toolchain: sharedToolchain)
    #expect(changed.output.toolSeconds != first.output.toolSeconds)
  }

  @Test func parallelBuildsKeepTheirOrder() throws {
    let jobs = availableTargets.map { BuildJob(target: $0, mode: .c, source: tickSource) }
    let results = sharedToolchain.build(jobs)
    for (job, result) in zip(jobs, results) {
      let output = try result.get()
      #expect(output.job.target.name == job.target.name)
    }
  }
}

@Suite struct ProcessSafetyTests {
  @Test func hangingProgramIsStopped() throws {
    let start = Date()
    #expect(throws: ToolchainError.timedOut(tool: "/bin/sleep", seconds: 0.3)) {
      try PrivateDirectory.with { dir throws(ToolchainError) in
        try ProcessRunner.run("/bin/sleep", ["30"], in: dir, timeLimit: 0.3)
      }
    }
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test func floodingProgramIsStopped() throws {
    #expect(throws: ToolchainError.outputFlood(tool: "/usr/bin/yes", bytes: 1 << 20)) {
      try PrivateDirectory.with { dir throws(ToolchainError) in
        try ProcessRunner.run("/usr/bin/yes", [], in: dir, timeLimit: 30, outputLimit: 1 << 20)
      }
    }
  }

  @Test func privateDirectoryIsOwnerOnlyAndRemoved() throws {
    var seen: URL?
    let mode = try PrivateDirectory.with { dir throws(ToolchainError) -> Int in
      seen = dir
      let attributes = try? FileManager.default.attributesOfItem(atPath: dir.path)
      return (attributes?[.posixPermissions] as? Int) ?? -1
    }
    #expect(mode == 0o700)
    #expect(!FileManager.default.fileExists(atPath: try #require(seen).path))
  }

  @Test func dangerousFlagsAreRejected() {
    for flag in ["-fplugin=/tmp/x.so", "-Xclang", "-B/tmp", "-fuse-ld=/tmp/ld", "-Wl,-rpath", "--config=x", "-load"] {
      #expect(throws: ToolchainError.flagNotAllowed(flag)) { try FlagPolicy.check([flag]) }
    }
    #expect((try? FlagPolicy.check(["-DHZ=100", "-O1", "-std=c11", "-Wall"])) != nil)
  }

  @Test func missingCompilerNamesThePackage() {
    let none = Toolchain(compilers: [:])
    guard case .missing(let why) = none.availability(TargetCatalog.msp430) else {
      Issue.record("expected missing")
      return
    }
    #expect(why.contains("clang-14"))
    #expect(throws: ToolchainError.self) {
      try Codegen.compile(tickSource, for: TargetCatalog.x86_64, toolchain: none)
    }
  }
}
