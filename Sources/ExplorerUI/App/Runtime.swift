import Dispatch
import Foundation
import ISREmulator
import ISRKit
import Synchronization

/// The explorer's main loop: keys become actions, actions update the state, effects run, and
/// the view is drawn; compiles run in the background and come back through the inbox.
///
/// The file on disk (`DiskFile`: conflict-checked atomic saves, polling) and the recovery
/// copy of unsaved edits (`RecoveryKeeper`) are parts of their own; this class only sequences
/// them, debounces compiles and loads themes.
public final class ExplorerRuntime {
  /// How long to wait after the last edit before compiling.
  public static let debounceSeconds = 0.15

  private let backend: TerminalBackend
  private let inbox = Inbox()
  private let service: any CompileSubmitting
  private let themeDirectory: String?
  /// The current state (readable after `run()` returns).
  public private(set) var state: AppState
  /// The signal (SIGTERM, SIGHUP, SIGINT) that ended `run()`, if one did.
  public private(set) var terminationSignal: Int32?
  /// A key that makes the runtime trap (`fatalError`), for tests of the crash path; nil
  /// normally.
  public var trapKey: Key?
  /// The recovery copy's path, or nil when recovery is off.
  public var recoveryPath: String? { recovery?.path }
  private let recovery: RecoveryKeeper?
  private let disk: DiskFile?
  private var pendingCompile: (source: String, jobs: [CompileJob], version: Int, due: Date)?
  private var isDirty = true

  /// Creates a runtime drawing to `backend`. With a `recoveryDirectory`, unsaved edits are
  /// copied there and a copy left by an earlier run is offered (`state.recoveryOffer`).
  public init(
    backend: TerminalBackend, toolchain: Toolchain, state: AppState, themeDirectory: String?,
    recoveryDirectory: String? = nil, compiler: (any CompileSubmitting)? = nil
  ) {
    self.backend = backend
    self.service =
      compiler ?? CompileService(toolchain: toolchain, inbox: inbox, language: state.language)
    self.state = state
    self.themeDirectory = themeDirectory
    disk = state.filePath.map(DiskFile.init(path:))
    if let unfinished = disk?.unfinishedSaves().first {
      self.state.status = "an earlier isrx was stopped while saving: the text it was writing is in \(unfinished) (the file is unchanged)"
    }
    recovery = recoveryDirectory.map { RecoveryKeeper(directory: $0, filePath: state.filePath) }
    if let recovery {
      let found = recovery.lookForCopy(filePath: state.filePath, bufferText: state.buffer.text)
      if let offer = found.offer {
        self.state.recoveryOffer = offer
        self.state.status = nil
      } else if let problem = found.problem {
        self.state.status = problem
      }
    }
  }

  /// Runs until the user quits or a termination signal arrives; returns the final state.
  @discardableResult
  public func run() -> AppState {
    apply(.resized(backend.size))
    perform(AppUpdate.start(&state), immediately: true)
    while !state.isQuitting {
      if let signal = backend.pendingTerminationSignal {
        terminationSignal = signal
        flushRecovery()
        break
      }
      for action in inbox.drain() { apply(action) }
      if let pending = pendingCompile, Date() >= pending.due {
        pendingCompile = nil
        // The text is on disk before anything analyses it: a crash there loses no keystroke.
        show(recovery?.writeBeforeCompile(state))
        // The jobs on screen lead the list (when they are in it): they are measured first.
        let visible = state.visibleJobs
        service.submit(
          source: pending.source, jobs: pending.jobs,
          visibleCount: pending.jobs.prefix { visible.contains($0) }.count, version: pending.version,
          options: state.buildOptions)
      }
      if let text = disk?.poll() { apply(.fileChanged(text: text)) }
      show(recovery?.tick(state))
      if backend.size != state.size { apply(.resized(backend.size)) }
      if isDirty {
        backend.present(AppView.render(state, size: state.size))
        isDirty = false
      }
      guard let key = backend.nextKey(timeoutMilliseconds: 40) else { continue }
      if let trapKey, key == trapKey { fatalError("isrx: test trap (ISRX_TEST_TRAP)") }
      if key == .resize {
        apply(.resized(backend.size))
      } else if let action = AppKeyMap.action(for: key, in: state) {
        apply(action)
      }
    }
    return state
  }

  /// Writes the recovery copy now if there are unsaved edits (on a termination signal).
  public func flushRecovery() {
    recovery?.flush(state)
  }

  private func apply(_ action: Action) {
    // A status message lasts until the next key.
    switch action {
    case .compiled, .reported, .resized: break
    default: state.status = nil
    }
    let effects = AppUpdate.update(&state, action)
    isDirty = true
    perform(effects, immediately: false)
  }

  /// A recovery-copy failure goes to the status line unless another message is there (a
  /// "save failed" must stay visible).
  private func show(_ problem: String?) {
    guard let problem else { return }
    if state.status == nil || state.status?.hasPrefix("could not write the recovery copy") == true {
      state.status = problem
      isDirty = true
    }
  }

  private func perform(_ effects: [Effect], immediately: Bool) {
    for effect in effects {
      switch effect {
      case .compile(let source, let jobs, let version):
        pendingCompile = (
          source, jobs, version,
          immediately ? Date() : Date().addingTimeInterval(ExplorerRuntime.debounceSeconds)
        )
      case .save(let text, _, let expecting):
        save(text, expecting: expecting)
      case .quit:
        state.isQuitting = true
        // Quitting means no unsaved edits, or the user chose to discard them.
        recovery?.remove()
      case .discardRecovery:
        recovery?.remove()
        state.status = "deleted the recovery copy"
      case .keepRecovery:
        if let recovery { state.status = recovery.keepAside() }
      case .loadTheme(let name):
        loadTheme(name)
      case .copyToClipboard(let text):
        backend.setClipboard(text)
      case .saveSettings(let settings, let path):
        // Off the UI loop: the result comes back as an action.
        let inbox = self.inbox
        DispatchQueue.global(qos: .utility).async {
          var message: String?
          do { try UserSettingsFile(path: path).save(settings) } catch { message = (error as? UserSettingsError)?.message ?? "\(error)" }
          inbox.post(.settingsSaved(error: message))
        }
      case .writeExport(let text, let directory, let stem):
        let written = ExportFile.write(text, directory: directory, stem: stem)
        apply(.exported(path: written.path, error: written.error))
      }
    }
  }

  /// Saves through the disk file; a change on disk or a read-only file becomes a question.
  private func save(_ text: String, expecting: String?) {
    guard let disk else { return }
    switch disk.save(text, expecting: expecting, readOnlyConfirmed: state.confirmedReadOnlyWrite) {
    case .changedOnDisk(let current):
      apply(.fileChanged(text: current))
      if state.isChangedOnDisk { apply(.save) }
    case .needsConfirmation(let question):
      apply(.saveNeedsConfirmation(question))
    case .finished(let error):
      apply(.saveFinished(text: text, error: error))
    }
  }

  private func loadTheme(_ name: String) {
    guard let directory = themeDirectory else {
      apply(.themeLoaded(nil, name: name, error: "no themes directory"))
      return
    }
    do {
      let theme = try ThemeLoader.load(named: name, in: directory)
      apply(.themeLoaded(theme, name: name, error: nil))
    } catch {
      apply(.themeLoaded(nil, name: name, error: error.description))
    }
  }
}
