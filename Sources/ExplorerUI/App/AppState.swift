import ISRKit

/// Whether single keys are commands or text.
public enum AppMode: String, Hashable, Sendable {
  /// Single keys are commands.
  case explore
  /// Keys edit the source.
  case edit
}

/// The pane that arrow keys act on in explore mode.
public enum Focus: Hashable, Sendable {
  /// The architecture tab row: ←/→ choose the target.
  case tabs
  /// The source pane.
  case source
  /// The assembly pane.
  case asm
  /// The second assembly pane of compare mode (the other target, or the baseline).
  case secondAsm
}

/// What the right-hand side compares.
public enum CompareMode: Hashable, Sendable, CaseIterable {
  /// One target's assembly.
  case off
  /// Two targets' assembly side by side.
  case twoTargets
  /// The selected target compiled by clang and by GCC side by side.
  case twoCompilers
  /// The direct ISR next to the baseline of the same target.
  case directVsBaseline
}

/// The compile results for one target, tagged with the source version they were built from.
public struct TargetResult: Hashable, Sendable {
  /// The source version the assembly was compiled from.
  public var version: Int
  /// The compiled direct ISR listing, or nil when the compile could not run.
  public var asm: AsmDocument?
  /// Whether the compiler succeeded.
  public var succeeded: Bool
  /// Compiler diagnostics in the user's source.
  public var diagnostics: [Diagnostic]
  /// Why there is no listing (toolchain error), if so.
  public var error: String?
  /// The cost report of the first ISR, once computed, and the version it was computed from.
  public var report: TargetReport?
  /// The cost report of every ISR of the target, by ISR name (`report` is the first's).
  public var reports: [String: TargetReport] = [:]
  /// The names in `reports`, in listing order.
  public var isrNames: [String] = []
  /// The source version of `report`.
  public var reportVersion: Int?
  /// The baseline's assembly (stub, dispatcher, handler), once built.
  public var baselineAsm: AsmDocument?
  /// The first line of the compiler's `--version` (nil: it did not run).
  public var compilerVersion: String?

  /// Creates a result.
  public init(
    version: Int, asm: AsmDocument? = nil, succeeded: Bool = true, diagnostics: [Diagnostic] = [],
    error: String? = nil
  ) {
    self.version = version
    self.asm = asm
    self.succeeded = succeeded
    self.diagnostics = diagnostics
    self.error = error
  }
}

/// Whether a target can be compiled here.
public struct TargetInfo: Hashable, Sendable {
  /// The target.
  public var target: Target
  /// Why clang cannot compile it (what to install), or nil when it can.
  public var missing: String?
  /// Why GCC cannot compile it (the package to install, or that there is no GCC), or nil.
  public var missingGCC: String?

  /// Creates target info.
  public init(target: Target, missing: String? = nil, missingGCC: String? = nil) {
    self.target = target
    self.missing = missing
    self.missingGCC = missingGCC
  }

  /// Whether clang for the target is installed.
  public var isAvailable: Bool { missing == nil }
}

/// Everything the explorer shows; the view is a function of this value.
public struct AppState: Sendable {
  /// The source being explored.
  public var buffer: TextBuffer
  /// The file the source came from, nil for the built-in sample.
  public var filePath: String?
  /// The source language (fixed per file: `.rs` or `--lang rust` is Rust, else C).
  public var language: SourceLanguage = .c
  /// Explore or edit.
  public var mode: AppMode = .explore
  /// The pane arrow keys act on in explore mode.
  public var focus: Focus = .source
  /// Every target, in tab order.
  public var targets: [TargetInfo]
  /// The index (in `targets`) of the selected target.
  public var selected: Int
  /// The compare mode.
  public var compare: CompareMode = .off
  /// The compiler family every compile uses (`--compiler`, `g` switches it); the other one
  /// only fills the second pane of the two-compilers compare.
  public var compiler: CompilerFamily = .clang
  /// The index of the second target in two-target compare mode.
  public var secondTarget: Int
  /// Whether the assembly pane shows the baseline (stub, dispatcher, handler).
  public var showsBaseline = false
  /// Whether the cost breakdown overlay is open.
  public var showsBreakdown = false
  /// Whether the help overlay is open.
  public var showsHelp = false
  /// The overview of every target (`o`), nil when closed.
  public var overview: OverviewState?
  /// The first help line shown.
  public var helpScroll = 0
  /// Whether the one-line explanation bar is shown.
  public var showsExplain = true
  /// Whether the compiler's spill/reload comments (`# 4-byte Folded Spill`) are shown.
  public var showsCompilerComments = true
  /// The theme in use.
  public var theme: Theme
  /// The names of themes that `t` cycles through.
  public var themeNames: [String] = []
  /// Whether colour is disabled (NO_COLOR / --no-color).
  public var isColorDisabled = false
  /// Rate and clock for the CPU-share estimate.
  public var settings = CostSettings()
  /// Optimisation, defines and vectors of every compile (the settings panel's).
  public var buildOptions = BuildOptions()
  /// The settings panel (`S`), nil when closed.
  public var settingsPanel: SettingsPanel?
  /// What is remembered between sessions, and where (nil: not remembered, e.g. no home).
  public var userSettings = UserSettings()
  public var settingsPath: String?
  /// The results per compiler, then per target id.
  public var resultsByCompiler: [CompilerFamily: [String: TargetResult]] = [:]
  /// The results of the current compiler per target id.
  public var results: [String: TargetResult] {
    get { resultsByCompiler[compiler] ?? [:] }
    _modify { yield &resultsByCompiler[compiler, default: [:]] }
    set { resultsByCompiler[compiler] = newValue }
  }
  /// The compile jobs asked for at `sourceVersion` (so a switch of compiler or compare mode
  /// asks only for what is neither built nor on its way).
  public var requestedJobs: Set<CompileJob> = []
  /// Incremented on every change to the source text.
  public private(set) var sourceVersion = 0
  /// A transient message for the status line.
  public var status: String?
  /// The question that takes every key until it is answered: at most one at a time, so
  /// two questions can never be open together.
  public enum Question: Hashable, Sendable {
    /// `q` was pressed with unsaved edits: y/n.
    case quit
    /// C-s found the file changed on disk: o/r/c.
    case overwrite
    /// A recovery copy of unsaved edits was found at start-up: r/d/k.
    case recovery(RecoveryOffer)
  }
  public var question: Question?

  /// Whether `q` was pressed with unsaved edits and a y/n answer is awaited.
  public var isConfirmingQuit: Bool {
    get { question == .quit }
    set { if newValue { question = .quit } else if question == .quit { question = nil } }
  }
  /// A recovery copy of unsaved edits found at start-up, awaiting r/d/k.
  public var recoveryOffer: RecoveryOffer? {
    get { if case .recovery(let offer) = question { offer } else { nil } }
    set {
      if let newValue { question = .recovery(newValue) } else if case .recovery = question { question = nil }
    }
  }
  /// The file's text on disk as last loaded or saved (nil: no file yet, or the sample).
  public var diskText: String?
  /// Whether the file changed on disk while the buffer had unsaved edits (the edits are
  /// kept; saving asks first).
  public var isChangedOnDisk = false
  /// Whether C-s found the file changed on disk and an o/r/c answer is awaited.
  public var isConfirmingOverwrite: Bool {
    get { question == .overwrite }
    set { if newValue { question = .overwrite } else if question == .overwrite { question = nil } }
  }
  /// Why the buffer cannot be edited (a file that is not UTF-8, or too large), if so.
  public var readOnlyReason: String?
  /// The question when C-s found the file read-only on disk (shown with o/c), if asked.
  public var readOnlyFileQuestion: String?
  /// Whether the user agreed to write over the read-only file.
  public var confirmedReadOnlyWrite = false
  /// The terminal size the state was last laid out for.
  public var size = Size(width: 80, height: 24)
  /// The selected row of the assembly pane.
  public var asmCursor = 0
  /// The second compare pane's cursor row; nil while it follows the source cursor (it
  /// stops following once focused or scrolled, until the source cursor moves again).
  public var secondCursor: Int?
  /// Whether two-target compare aligns the listings by source line (and scrolls them
  /// together).
  public var alignsCompare = true
  /// The cost panel folded to one line (more room for the panes), and the explanation
  /// bar opened to the full text of the explanation.
  public var costCollapsed = false
  public var explainExpanded = false
  /// `/` search: the query being typed (nil when no prompt is open) and the last one
  /// confirmed, which `n`/`N` look for in the focused pane.
  public var searchPrompt: String?
  public var searchQuery: String?
  /// The second compare pane's first visible row.
  public var secondScroll = 0
  /// The source line the cursor was on when the second pane stopped following it.
  public var secondAnchorLine: Int?
  /// The first visible source line.
  public var sourceScroll = 0
  /// The first visible assembly row.
  public var asmScroll = 0
  /// Display columns of the source text scrolled off to the left (kept so that the cursor is
  /// always in view).
  public var sourceHScroll = 0
  /// Display columns of the assembly rows scrolled off to the left (`H`/`L`), at most what
  /// brings the end of the widest row into view.
  public var asmHScroll = 0
  /// Set when the app should exit.
  public var isQuitting = false
  /// Whether the pending save was asked for by "save and quit": quit when it succeeds.
  public var quitsAfterSave = false
  /// The buffer version last seen, to notice text changes.
  private var seenBufferVersion: Int

  /// Creates the state for `text`, with every target in `targets`.
  public init(
    text: String, filePath: String?, targets: [TargetInfo], theme: Theme = .builtInDark,
    compiler: CompilerFamily = .clang
  ) {
    buffer = TextBuffer(text: text)
    self.filePath = filePath
    diskText = filePath == nil ? nil : text
    self.targets = targets
    self.theme = theme
    self.compiler = compiler
    let first = targets.firstIndex { $0.isAvailable(with: compiler) } ?? 0
    selected = first
    secondTarget = targets.indices.first { $0 != first && targets[$0].isAvailable(with: compiler) } ?? first
    seenBufferVersion = buffer.version
    // Start on the first ISR so its code is paired with the asm from the first frame.
    let isISRLine: (String) -> Bool = { line in
      let text = line.trimmingCharacters()
      return !text.hasPrefix("*") && !text.hasPrefix("/")
        && (text.hasPrefix("ISR(") || text.contains("__attribute__((interrupt")
          || text.contains("__attribute__((signal") || text.hasPrefix("isr!(")
          || text.contains("-interrupt\" fn"))
    }
    if let line = buffer.lines.firstIndex(where: isISRLine) {
      buffer.moveTo(TextPosition(line: line, column: 0))
    }
  }

  /// Whether a question (quit, recovery, overwrite) takes every key.
  public var isAsking: Bool { question != nil }

  /// The selected target.
  public var selectedTarget: TargetInfo? {
    targets.indices.contains(selected) ? targets[selected] : nil
  }

  /// The result shown for the selected target.
  public var selectedResult: TargetResult? {
    selectedTarget.flatMap { results[$0.target.name] }
  }

  /// Whether `result` was built from an older source than the current one.
  public func isStale(_ result: TargetResult) -> Bool { result.version != sourceVersion }

  /// Whether the report of `result` is from an older source than the current one.
  public func isReportStale(_ result: TargetResult) -> Bool {
    result.reportVersion != sourceVersion
  }

  /// Notes a change of the build options: every result is of the old options now, so the
  /// source version advances as for an edit.
  mutating func noteBuildOptionsChange() {
    sourceVersion += 1
  }

  /// Notes a change of the buffer's text (advancing `sourceVersion`); returns whether the
  /// text changed since the last call.
  mutating func noteBufferChange() -> Bool {
    guard buffer.version != seenBufferVersion else { return false }
    seenBufferVersion = buffer.version
    sourceVersion += 1
    return true
  }
}
