import Dispatch
import Foundation
import ISREmulator
import ISRKit
import Synchronization

/// A thread-safe queue of actions from background work, drained by the UI loop.
public final class Inbox: Sendable {
  private let pending = Mutex<[Action]>([])

  /// Creates an empty inbox.
  public init() {}

  /// Adds an action (from any thread).
  public func post(_ action: Action) {
    pending.withLock { $0.append(action) }
  }

  /// Takes every pending action, oldest first.
  public func drain() -> [Action] {
    pending.withLock { actions in
      defer { actions.removeAll() }
      return actions
    }
  }
}

/// Where the runtime sends text to compile (the real one is `CompileService`; tests observe
/// the order of compiles and recovery writes through their own).
public protocol CompileSubmitting: AnyObject, Sendable {
  /// Starts compiling `source` for `jobs` (the first `visibleCount` first), tagged `version`;
  /// whatever an earlier submit has not started yet is dropped.
  /// `options` (optimisation, defines, vectors) are part of what `version` means.
  func submit(source: String, jobs: [CompileJob], visibleCount: Int, version: Int, options: BuildOptions)
}

extension CompileSubmitting {
  /// A compile with the default build options.
  public func submit(source: String, jobs: [CompileJob], visibleCount: Int, version: Int) {
    submit(source: source, jobs: jobs, visibleCount: visibleCount, version: version, options: BuildOptions())
  }
}

/// Compiles and measures the source off the UI thread, newest request only: a request that
/// has been superseded (a new text, or another compiler) stops between targets, and every
/// result carries its version and compiler.
public final class CompileService: CompileSubmitting {
  private let toolchain: Toolchain
  private let inbox: Inbox
  private let language: SourceLanguage
  /// The newest request's number: older requests stop between targets.
  private let latest = Atomic<Int>(0)
  private let queue = DispatchQueue(label: "isrx.compile")

  /// Creates a service that compiles `language` sources and posts results to `inbox`.
  public init(toolchain: Toolchain, inbox: Inbox, language: SourceLanguage = .c) {
    self.toolchain = toolchain
    self.inbox = inbox
    self.language = language
  }

  /// Starts compiling `source` for `jobs` (the first `visibleCount` first), tagged `version`.
  ///
  /// Each text gets a toolchain of its own: ISRKit's toolchain caches the builds it runs (8 MB
  /// an edit for 11 targets; bounded at `Toolchain.defaultCacheBudget`, which one session-long
  /// toolchain would fill and keep). Within a text the cache still serves (the report rebuilds
  /// what the listing built); the previous text's results are freed once its last job ends.
  public func submit(source: String, jobs: [CompileJob], visibleCount: Int, version: Int, options: BuildOptions) {
    let request = latest.add(1, ordering: .sequentiallyConsistent).newValue
    let toolchain = self.toolchain.withEmptyCache()
    queue.async { [self] in
      // Each job's descriptor as its compiler builds it (a GCC driver and GCC's flags).
      let all = jobs.compactMap { job in TargetCatalog.target(id: job.target)?.compiled(by: job.compiler) }
      let split = min(max(0, visibleCount), all.count)
      let waves = [Array(all[..<split]), Array(all[split...])].filter { !$0.isEmpty }
      let run = Run(source: source, version: version, request: request, toolchain: toolchain, options: options)
      // One compiled value per job and version: the listing shown first, then the same
      // value costed and measured (nothing is compiled, parsed or analysed twice).
      let compiled = Synchronized<[CompileJob: CompiledTarget]>([:])
      // The visible targets' costs come before the hidden targets' listings: they are what
      // the user is waiting for.
      for (n, wave) in waves.enumerated() {
        compile(run, wave, into: compiled)
        if n == 0 { measure(run, wave, compiled: compiled) }
      }
      for wave in waves.dropFirst() { measure(run, wave, compiled: compiled) }
    }
  }

  /// What one request compiles: the text, its version, the request's number and toolchain.
  private struct Run {
    var source: String
    var version: Int
    var request: Int
    var toolchain: Toolchain
    var options: BuildOptions
  }

  private func isCurrent(_ run: Run) -> Bool {
    latest.load(ordering: .sequentiallyConsistent) == run.request
  }

  private func compile(_ run: Run, _ targets: [Target], into store: Synchronized<[CompileJob: CompiledTarget]>) {
    let source = run.source, version = run.version
    DispatchQueue.concurrentPerform(iterations: targets.count) { i in
      guard isCurrent(run) else { return }
      let target = targets[i]
      let job = CompileJob(target.name, target.compilerFamily)
      let compiled = CompiledTarget.make(
        source: source, target: target, toolchain: run.toolchain, extraFlags: run.options.compilerFlags, language: language)
      store.withLock { $0[job] = compiled }
      var result: TargetResult
      if let codegen = compiled.codegen, var document = AsmDocument.direct(compiled) {
        // rustc's v0 names (`_RNvCs…3isr5TICKS`) read as `isr::TICKS`.
        if codegen.isrNames.isEmpty, document.summary == nil {
          document.summary = PortableISR.missingISRExplanation(
            source: source, target: target, listedFunctions: codegen.listing.functions.map(\.name))
        }
        if language == .rust {
          document = document.attributingConventionRows(to: PortableISR.rustDeclarationLines(in: source))
            .demangled(RustDemangler.names(in: document.rows.map(\.text)))
        }
        result = TargetResult(
          version: version, asm: document, succeeded: codegen.output.succeeded,
          diagnostics: codegen.output.diagnostics.filter(\.isInUserSource))
        result.compilerVersion = codegen.output.compilerVersion
      } else {
        result = TargetResult(version: version, succeeded: false, error: compiled.error ?? "not compiled")
      }
      inbox.post(.compiled(target: target.name, version: version, result: result, compiler: job.compiler))
    }
  }

  private func measure(_ run: Run, _ targets: [Target], compiled store: Synchronized<[CompileJob: CompiledTarget]>) {
    let source = run.source, version = run.version, toolchain = run.toolchain
    DispatchQueue.concurrentPerform(iterations: targets.count) { i in
      guard isCurrent(run) else { return }
      let target = targets[i]
      let job = CompileJob(target.name, target.compilerFamily)
      let settings = run.options.applied(to: CostSettings())
      let compiled = store.withLock { $0[job] }
        ?? CompiledTarget.make(source: source, target: target, toolchain: toolchain, extraFlags: run.options.compilerFlags,
                               language: language)
      // Static figures, then the same build executed in the emulator (measured figures):
      // every ISR of the target, from the one compile (a build each for its own baseline).
      var builds: [TargetBuild] = []
      for isr in compiled.isrsToReport() {
        guard isCurrent(run) else { return }
        builds.append(TargetBuild.make(compiled, source: source, toolchain: toolchain, settings: settings, function: isr))
      }
      var reports: [TargetReport] = []
      for build in builds {
        guard isCurrent(run) else { return }
        reports.append(Measurement.attach(to: build, source: source, toolchain: toolchain, settings: settings))
      }
      guard let first = reports.first else { return }
      inbox.post(
        .reported(
          target: target.name, version: version, report: first,
          baseline: builds.first?.baseline.map(AsmDocument.baseline), others: Array(reports.dropFirst()),
          compiler: job.compiler))
    }
  }
}
