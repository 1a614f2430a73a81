import ISRKit

/// One compile the explorer asks for: a target built by one compiler family.
public struct CompileJob: Hashable, Sendable, CustomStringConvertible {
  /// The target id.
  public var target: String
  /// The compiler family that builds it.
  public var compiler: CompilerFamily

  public init(_ target: String, _ compiler: CompilerFamily = .clang) {
    self.target = target
    self.compiler = compiler
  }

  public var description: String { "\(target)·\(compiler)" }
}

extension TargetInfo {
  /// Why `family` cannot compile the target here (what to install), or nil when it can.
  public func missing(with family: CompilerFamily) -> String? {
    family == .clang ? missing : missingGCC
  }

  /// Whether `family` can compile the target here.
  public func isAvailable(with family: CompilerFamily) -> Bool { missing(with: family) == nil }
}

extension CompilerFamily {
  /// The family that is not this one: the second pane of the two-compilers compare.
  public var other: CompilerFamily { self == .clang ? .gcc : .clang }
}

extension AppState {
  /// Whether target `index` can be compiled by the current compiler.
  public func isAvailable(_ index: Int) -> Bool {
    targets.indices.contains(index) && targets[index].isAvailable(with: compiler)
  }

  /// Why target `index` cannot be compiled by `family` (default: the current compiler).
  public func missing(_ index: Int, with family: CompilerFamily? = nil) -> String? {
    targets.indices.contains(index) ? targets[index].missing(with: family ?? compiler) : nil
  }

  /// The result of target `index` built by `family`.
  public func result(_ index: Int, by family: CompilerFamily) -> TargetResult? {
    guard targets.indices.contains(index) else { return nil }
    return resultsByCompiler[family]?[targets[index].target.name]
  }

  /// The name of what compiles the listings: the compiler family, or rustc for Rust.
  public var compilerName: String { language == .rust ? "rustc" : compiler.rawValue }

  /// The compiler of the second compare pane's listing: the other family when comparing
  /// compilers, else the current one.
  public var secondCompiler: CompilerFamily { compare == .twoCompilers ? compiler.other : compiler }

  /// The target index of the second compare pane.
  public var secondIndex: Int { compare == .twoTargets ? secondTarget : selected }

  /// The compiles whose listings are on screen, selected first (the other compiler's too
  /// when comparing compilers); only what can be built here.
  public var visibleJobs: [CompileJob] {
    var jobs: [CompileJob] = []
    func add(_ index: Int, _ family: CompilerFamily) {
      guard targets.indices.contains(index), targets[index].isAvailable(with: family) else { return }
      let job = CompileJob(targets[index].target.name, family)
      if !jobs.contains(job) { jobs.append(job) }
    }
    add(selected, compiler)
    if compare == .twoTargets || compare == .twoCompilers { add(secondIndex, secondCompiler) }
    return jobs
  }

  /// Every compile the explorer needs for the current text: the visible ones first, then
  /// every other target the current compiler can build (the overview lists them all).
  public var compileOrder: [CompileJob] {
    let visible = visibleJobs
    let rest = targets.filter { $0.isAvailable(with: compiler) }
      .map { CompileJob($0.target.name, compiler) }.filter { !visible.contains($0) }
    return visible + rest
  }

  /// Whether `job` has a listing and a cost report of the current text.
  func isBuilt(_ job: CompileJob) -> Bool {
    guard let result = resultsByCompiler[job.compiler]?[job.target] else { return false }
    return !isStale(result) && (result.reportVersion == sourceVersion || result.error != nil)
  }
}
