/// The language of a job's main input.
public enum SourceLanguage: String, Sendable, Hashable, Codable, CaseIterable {
  /// C with isrx's `ISR(name)` prelude, compiled by clang.
  case c
  /// Rust with isrx's `#![no_core]` prelude and `isr!(name, { ... })`, compiled by rustc.
  case rust

  /// The language a file name implies: `.rs` is Rust, everything else C.
  public static func forFile(_ path: String) -> SourceLanguage {
    path.hasSuffix(".rs") ? .rust : .c
  }
}

/// One compiler run planned as a value: which files, which target, what to produce.
/// Every compile isrx does (the user's ISR, the baseline stub, the dispatcher) is a job,
/// so all of them share the driver, the cache, the time limit and the private directory.
public struct BuildJob: Sendable, Hashable {
  public enum Mode: String, Sendable, Hashable {
    /// Source → assembly (with the isrx prelude) → object. For C: clang `-S -g`, then the
    /// object assembled from that text; for Rust: one rustc run emitting both (same codegen).
    case c
    /// Preprocessed assembly (`.S`) → assembly text (`-E -P`) → object.
    case assemblyWithPreprocessor
    /// Source → expanded text only: what `ISR()` (clang `-E -P`) or `isr!`
    /// (rustc `-Zunpretty=expanded`) became.
    case preprocessOnly
  }

  public var target: Target
  public var mode: Mode
  /// The main input's text.
  public var source: String
  /// Extra arguments, already checked by `FlagPolicy` (e.g. `-DISRX_VECTOR=4`).
  public var extraArguments: [String]
  /// Which compiler reads `source` (assembly templates are always `.c`'s clang).
  public var language: SourceLanguage

  public init(
    target: Target, mode: Mode, source: String, extraArguments: [String] = [],
    language: SourceLanguage = .c
  ) {
    self.target = target
    self.mode = mode
    self.source = source
    self.extraArguments = extraArguments
    self.language = language
  }

  /// Input file name inside the private directory; diagnostics name it.
  var inputName: String {
    switch mode {
    case .c, .preprocessOnly: return language == .rust ? Diagnostic.rustSourceName : Diagnostic.userSourceName
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
  /// What each listing instruction became in the object (nil when it could not be read:
  /// then figures count listing instructions).
  public var machineCode: MachineCodeMap? = nil

  /// Stack bytes clang's `-fstack-usage` reports for `function`, if it reported it.
  public func reportedStackUsage(of function: String) -> Int? {
    for line in stackUsageReport.split(separator: "\n") {
      let fields = line.split(separator: "\t")
      guard fields.count >= 2, fields[0].hasSuffix(":" + function) else { continue }
      return Int(fields[1])
    }
    return nil
  }

  /// The listing parsed once, when the build was made (nil: parsed on demand).
  public var parsedListing: AsmListing? = nil

  /// Parsed listing of `assembly` (parsed when the build was made, so never twice).
  public var listing: AsmListing { parsedListing ?? AsmListing(parsing: assembly, dialect: job.target.dialect) }

  /// About how many bytes this output keeps alive, for the build cache's budget: its texts,
  /// object and the parsed listing (each line's value plus its text), not exact.
  var approximateBytes: Int {
    var bytes = job.source.utf8.count + assembly.utf8.count + object.count + stackUsageReport.utf8.count
    bytes += diagnostics.reduce(0) { $0 + $1.message.utf8.count + 64 }
    bytes += commands.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 16 } }
    if let parsedListing {
      bytes += parsedListing.lines.count * MemoryLayout<AsmLine>.stride + assembly.utf8.count
    }
    bytes += (machineCode?.entries.count ?? 0) * 32
    return bytes
  }
}
