/// One compiler run planned as a value: which files, which target, what to produce.
/// Every compile isrx does (the user's ISR, the baseline stub, the dispatcher) is a job,
/// so all of them share the driver, the cache, the time limit and the private directory.
public struct BuildJob: Sendable, Hashable {
  public enum Mode: String, Sendable, Hashable {
    /// C source → assembly (`-S -g`, with the isrx prelude) → object assembled from that text.
    case c
    /// Preprocessed assembly (`.S`) → assembly text (`-E -P`) → object.
    case assemblyWithPreprocessor
    /// C source → preprocessed text only (`-E -P`, with the prelude): what `ISR()` became.
    case preprocessOnly
  }

  public var target: Target
  public var mode: Mode
  /// The main input's text.
  public var source: String
  /// Extra arguments, already checked by `FlagPolicy` (e.g. `-DISRX_VECTOR=4`).
  public var extraArguments: [String]

  public init(target: Target, mode: Mode, source: String, extraArguments: [String] = []) {
    self.target = target
    self.mode = mode
    self.source = source
    self.extraArguments = extraArguments
  }

  /// Input file name inside the private directory; diagnostics name it.
  var inputName: String {
    switch mode {
    case .c, .preprocessOnly: return Diagnostic.userSourceName
    case .assemblyWithPreprocessor: return "template.S"
    }
  }
}

/// What a job produced. On failure `assembly` and `object` are empty and `diagnostics`
/// say why.
public struct BuildOutput: Sendable, Hashable {
  public var job: BuildJob
  public var succeeded: Bool
  /// Assembly text (or preprocessed text for `.preprocessOnly`).
  public var assembly: String
  /// The ELF object assembled from `assembly`.
  public var object: [UInt8]
  public var diagnostics: [Diagnostic]
  /// The argument vectors that ran, for display ("how was this made?").
  public var commands: [[String]]
  public var compilerVersion: String
  /// Wall time of the compiler processes alone (the benchmark compares against this).
  public var toolSeconds: Double
  /// clang's `-fstack-usage` report (`isr.c:12:timer<TAB>88<TAB>static` lines), C jobs only.
  public var stackUsageReport: String

  /// Stack bytes clang's `-fstack-usage` reports for `function`, if it reported it.
  public func reportedStackUsage(of function: String) -> Int? {
    for line in stackUsageReport.split(separator: "\n") {
      let fields = line.split(separator: "\t")
      guard fields.count >= 2, fields[0].hasSuffix(":" + function) else { continue }
      return Int(fields[1])
    }
    return nil
  }

  /// Parsed listing of `assembly`.
  public var listing: AsmListing { AsmListing(parsing: assembly, dialect: job.target.dialect) }
}
