import Foundation
import Synchronization

/// The compilers of this machine, and the one way isrx runs them: argument vectors in a
/// private directory, with a time limit, cached by content.
public final class Toolchain: Sendable {
  /// Compilers found at discovery.
  public let compilers: [CompilerKind: CompilerInfo]
  /// rustc, for Rust sources (nil: Rust mode is unavailable, C mode works).
  public let rustc: CompilerInfo?
  /// Seconds a single compiler process may run before it is killed.
  public let timeLimit: Double
  /// Builds by job, bounded in bytes: a toolchain kept for many texts (a CLI run over many
  /// targets, a test suite, a long session) would otherwise keep every build it ran.
  private let cache: BoundedCache<CacheKey, BuildOutput>

  /// Default byte budget of the build cache: far above one text's builds for every target
  /// (about 8 MB for 11 targets), so a text's builds are still shared within it.
  public static let defaultCacheBudget = 64 << 20

  struct CacheKey: Hashable {
    var job: BuildJob
    var compilerVersion: String
  }

  /// Why a compiler the user named (`ISRX_CLANG`, `ISRX_CLANG_MSP430`) cannot be used.
  public let problems: [CompilerKind: String]
  /// Why an `ISRX_RUSTC` the user named cannot be used.
  public let rustcProblem: String?

  public convenience init(
    compilers: [CompilerKind: CompilerInfo], rustc: CompilerInfo? = nil,
    timeLimit: Double = ToolLimits.defaultSeconds, problems: [CompilerKind: String] = [:],
    rustcProblem: String? = nil, cacheBudget: Int = Toolchain.defaultCacheBudget
  ) {
    self.init(compilers: compilers, rustc: rustc, timeLimit: timeLimit, problems: problems,
              rustcProblem: rustcProblem, cacheBudget: cacheBudget, gccProbes: GCCProbes())
  }

  private init(
    compilers: [CompilerKind: CompilerInfo], rustc: CompilerInfo?, timeLimit: Double,
    problems: [CompilerKind: String], rustcProblem: String?, cacheBudget: Int, gccProbes: GCCProbes
  ) {
    self.gccDrivers = gccProbes
    self.cache = BoundedCache(budget: cacheBudget)
    self.rustcProblem = rustcProblem
    self.compilers = compilers
    self.rustc = rustc
    self.timeLimit = timeLimit
    self.problems = problems
  }

  /// Discovers the compilers of this machine; every tool run (the `--version` probes
  /// included) gets `timeLimit` seconds (default: `ISRX_TIME_LIMIT`, else 20).
  public static func discover(timeLimit: Double = ToolLimits.defaultSeconds) -> Toolchain {
    let (found, problems) = ToolchainDiscovery.discoverReporting(timeLimit: timeLimit)
    let rust = ToolchainDiscovery.discoverRustcReporting(timeLimit: timeLimit)
    return Toolchain(
      compilers: found, rustc: rust.found, timeLimit: timeLimit, problems: problems, rustcProblem: rust.problem)
  }

  /// GCC drivers probed so far, by name, with why one cannot be used.
  final class GCCProbes: Sendable {
    let results = Mutex<[String: Result<CompilerInfo, ToolchainDiscovery.ProbeFailure>]>([:])
  }
  private let gccDrivers: GCCProbes

  /// The same compilers (and what was learnt about them, GCC probes included) with an empty
  /// build cache: a long session starts one per text so old builds are freed.
  public func withEmptyCache() -> Toolchain {
    Toolchain(
      compilers: compilers, rustc: rustc, timeLimit: timeLimit, problems: problems,
      rustcProblem: rustcProblem, cacheBudget: cache.budget, gccProbes: gccDrivers)
  }

  /// Whether `target` can be compiled here, and if not what to install.
  public func availability(_ target: Target) -> Availability {
    if case .gcc(let driver) = target.compiler { return gccAvailability(target, driver: driver) }
    if compilers[target.compiler] == nil, let problem = problems[target.compiler] { return .missing(problem) }
    return ToolchainDiscovery.availability(of: target, compilers: compilers)
  }

  /// A GCC target's driver, probed once (on first use, so a clang-only run never pays for it).
  private func gccAvailability(_ target: Target, driver: String) -> Availability {
    guard !driver.isEmpty, let gcc = target.gcc else {
      return .missing(target.gccMissing ?? "isrx knows no GCC for \(target.name)")
    }
    let probed = gccDrivers.results.withLock { $0[driver] } ?? {
      let result = ToolchainDiscovery.probeGCC(driver, timeLimit: timeLimit)
      gccDrivers.results.withLock { $0[driver] = result }
      return result
    }()
    switch probed {
    case .success(let info): return .available(info)
    case .failure(let why): return .missing("\(driver) \(why.reason): apt-get install -y \(gcc.package)")
    }
  }

  /// How a failed run ended, for a message: "exit status 1", "clang crashed (SIGSEGV)".
  public static func describeEnd(of result: ProcessResult, tool: String) -> String {
    if let signal = result.signal { return "\(tool) crashed (\(signalName(signal)))" }
    return "exit status \(result.exitStatus)"
  }

  /// Whether a `language` source can be compiled for `target` here.
  public func availability(_ target: Target, language: SourceLanguage) -> Availability {
    switch language {
    case .c: return availability(target)
    case .rust:
      if target.compilerFamily == .gcc {
        return .missing("GCC compiles C; a Rust source is compiled by rustc (drop --compiler gcc)")
      }
      return ToolchainDiscovery.rustAvailability(of: target, rustc: rustc, problem: rustcProblem)
    }
  }

  /// Runs `job`, or returns the cached result of an identical earlier run.
  public func build(_ job: BuildJob) throws(ToolchainError) -> BuildOutput {
    var job = job
    if job.mode == .assemblyWithPreprocessor, job.target.compilerFamily == .gcc {
      // isrx's own assembly (stub templates, the synthesized wrapper) is written for LLVM's
      // assembler and is the same bytes whoever compiles the C beside it: clang assembles it.
      job.target = job.target.compiled(by: .clang)
    }
    let availability = availability(job.target, language: job.language)
    guard case .available(let compiler) = availability else {
      if case .missing(let why) = availability {
        throw .compilerMissing(target: job.target.name, install: why)
      }
      throw .compilerMissing(target: job.target.name, install: "")
    }
    let key = CacheKey(job: job, compilerVersion: compiler.version)
    if let hit = cache.value(for: key) { return hit }
    let output = job.language == .rust ? try RustBuild.run(job, with: compiler, timeLimit: timeLimit) : try run(job, with: compiler)
    cache.store(output, for: key, bytes: output.approximateBytes)
    return output
  }

  /// Runs several jobs in parallel (one per core), keeping their order.
  public func build(_ jobs: [BuildJob]) -> [Result<BuildOutput, ToolchainError>] {
    let results = Mutex<[Int: Result<BuildOutput, ToolchainError>]>([:])
    DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
      let result: Result<BuildOutput, ToolchainError>
      result = Result { () throws(ToolchainError) in try build(jobs[index]) }
      results.withLock { $0[index] = result }
    }
    return results.withLock { dict in jobs.indices.map { dict[$0] ?? .failure(.resourceMissing("result")) } }
  }

  /// Forgets every cached result (used by the benchmark's cold runs).
  public func clearCache() { cache.removeAll() }

  /// Bytes the build cache holds now (its estimate), and its budget.
  public var cacheUsage: (bytes: Int, budget: Int) { (cache.bytes, cache.budget) }

  private func run(_ job: BuildJob, with compiler: CompilerInfo) throws(ToolchainError) -> BuildOutput {
    let prelude = try Resources.text("prelude/isrx_prelude.h")
    return try PrivateDirectory.with { directory throws(ToolchainError) in
      try write(job.source, to: directory.appendingPathComponent(job.inputName))
      try write(prelude, to: directory.appendingPathComponent("isrx_prelude.h"))
      let base = job.target.compilerArguments + job.extraArguments
      let gnu = job.target.compilerFamily == .gcc
      var commands: [[String]] = []
      var seconds = 0.0
      var diagnostics: [Diagnostic] = []

      // Step 1: source → text (assembly, or preprocessed C).
      var first = base
      switch job.mode {
      case .c:
        // -fstack-usage writes out.su: the compiler's own stack figure, cross-checked by the
        // cost model.
        first += [gnu ? job.target.gcc?.debugFlag ?? "-g" : "-g", "-S", "-fstack-usage", "-include", "isrx_prelude.h", job.inputName, "-o", "out.s"]
      case .preprocessOnly:
        first += ["-E", "-P", "-include", "isrx_prelude.h", job.inputName, "-o", "out.s"]
      case .assemblyWithPreprocessor:
        first += ["-E", "-P", "-x", "assembler-with-cpp", job.inputName, "-o", "out.s"]
      }
      commands.append([compiler.path] + first)
      let step1 = try ProcessRunner.run(compiler.path, first, in: directory, timeLimit: timeLimit)
      seconds += step1.seconds
      diagnostics += Diagnostic.parse(step1.standardError)
      let text = FileContents.text(at: directory.appendingPathComponent("out.s")) ?? ""
      guard step1.exitStatus == 0 else {
        return failed(job, diagnostics, step1, commands, compiler, seconds)
      }
      if job.mode == .preprocessOnly {
        return BuildOutput(
          job: job, succeeded: true, assembly: text, object: [], diagnostics: diagnostics,
          commands: commands, compilerVersion: compiler.version, toolSeconds: seconds,
          stackUsageReport: "")
      }

      // Step 2: assemble exactly the text that is shown, so code bytes match the listing.
      // Optimisation flags mean nothing to the assembler; keep its output quiet about them.
      // Each instruction line gets a label of its own (same line): the object then says what
      // each became in machine code (padding, expansion), read back below with llvm-objdump.
      let listing = AsmListing(parsing: text, dialect: job.target.dialect)
      let input = MachineCodeReader.instrument(AssemblerInput.prepare(text, for: job.target), listing: listing)
      try write(input, to: directory.appendingPathComponent("asm.s"))
      // GCC hands it to its GNU assembler, which reads GCC's own directives.
      let quiet = gnu ? [] : ["-Wno-unused-command-line-argument"]
      let second = base + quiet + ["-c", "-x", "assembler", "asm.s", "-o", "out.o"]
      commands.append([compiler.path] + second)
      let step2 = try ProcessRunner.run(compiler.path, second, in: directory, timeLimit: timeLimit)
      seconds += step2.seconds
      diagnostics += Diagnostic.parse(step2.standardError)
      guard step2.exitStatus == 0 else {
        return failed(job, diagnostics, step2, commands, compiler, seconds)
      }
      let object = FileContents.bytes(at: directory.appendingPathComponent("out.o")) ?? []
      let stackUsage = FileContents.text(at: directory.appendingPathComponent("out.su")) ?? ""
      var machineCode: MachineCodeMap?
      // LLVM's objdump reads every target's objects, GNU as's too.
      let llvmTools = gnu ? compilers[.clang]?.path : compiler.path
      if let objdump = llvmTools.flatMap(MachineCodeReader.disassemblerPath(besides:)) ?? (gnu ? MachineCodeReader.disassemblerOnPath() : nil) {
        let arguments = ["-d", "-r", "--no-show-raw-insn", "out.o"]
        commands.append([objdump] + arguments)
        let step3 = try ProcessRunner.run(objdump, arguments, in: directory, timeLimit: timeLimit)
        seconds += step3.seconds
        if step3.exitStatus == 0 {
          machineCode = MachineCodeReader.map(object: object, disassembly: step3.standardOutput, dialect: job.target.dialect)
        }
        if gnu {
          let routines = RuntimeRoutines.routines(calledIn: text, target: job.target, toolchain: self, objdump: objdump)
          if !routines.isEmpty { machineCode = (machineCode ?? MachineCodeMap()).with(routines: routines) }
        }
      }
      return BuildOutput(
        job: job, succeeded: true, assembly: text, object: object, diagnostics: diagnostics,
        commands: commands, compilerVersion: compiler.version, toolSeconds: seconds,
        stackUsageReport: stackUsage, machineCode: machineCode, parsedListing: listing)
    }
  }

  private func failed(
    _ job: BuildJob, _ diagnostics: [Diagnostic], _ result: ProcessResult,
    _ commands: [[String]], _ compiler: CompilerInfo, _ seconds: Double
  ) -> BuildOutput {
    var diagnostics = diagnostics
    if !diagnostics.contains(where: { $0.severity == .error }) {
      // A crash or a message clang did not format: keep its text rather than lose it.
      let name = URL(fileURLWithPath: compiler.path).lastPathComponent
      let end = Toolchain.describeEnd(of: result, tool: name)
      let text = result.standardError.isEmpty ? end
        : result.signal != nil ? end + ": " + result.standardError : result.standardError
      diagnostics.append(Diagnostic(file: nil, line: nil, column: nil, severity: .error, message: text))
    }
    return BuildOutput(
      job: job, succeeded: false, assembly: "", object: [], diagnostics: diagnostics,
      commands: commands, compilerVersion: compiler.version, toolSeconds: seconds,
      stackUsageReport: "")
  }

  private func write(_ text: String, to url: URL) throws(ToolchainError) {
    do { try text.write(to: url, atomically: false, encoding: .utf8) } catch {
      throw .launchFailed(tool: "write \(url.lastPathComponent)", reason: "\(error)")
    }
  }
}
