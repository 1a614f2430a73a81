import Dispatch
import Foundation
import ISREmulator
import ISRKit
import Synchronization

/// The explorer's main loop: keys become actions, actions update the state, effects run, and
/// the view is drawn; compiles run in the background and come back through the inbox.
///
/// It also owns the file I/O that keeps edits safe: atomic saves that first check the file
/// was not changed on disk, the recovery copy of unsaved edits (see `RecoveryScheduler`), and
/// the start-up recovery question.
public final class ExplorerRuntime {
  /// How long to wait after the last edit before compiling.
  public static let debounceSeconds = 0.15
  /// How often to look at the file's modification time.
  public static let pollSeconds = 0.5

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
  public var recoveryPath: String? { store?.path }
  private let store: RecoveryStore?
  private var recovery = RecoveryScheduler()
  private var pendingCompile: (source: String, targets: [String], version: Int, due: Date)?
  private var lastPoll = Date()
  private var fileDate: Date?
  /// The file's bytes as last loaded or saved: saves keep every byte outside edited lines.
  private var diskBytes: [UInt8]?
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
    let absolute = state.filePath.map {
      Recovery.absolutePath($0, currentDirectory: FileManager.default.currentDirectoryPath)
    }
    store = recoveryDirectory.map { RecoveryStore(directory: $0, name: Recovery.fileName(for: absolute)) }
    if let path = state.filePath {
      fileDate = ExplorerRuntime.modificationDate(path)
      diskBytes = ExplorerRuntime.readBytes(path)
    }
    lookForRecovery(absolutePath: absolute)
  }

  /// Runs until the user quits or a termination signal arrives; returns the final state.
  @discardableResult
  public func run() -> AppState {
    apply(.resized(backend.size))
    perform(AppUpdate.start(state), immediately: true)
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
        writeRecoveryBeforeCompile()
        service.submit(
          source: pending.source, targets: pending.targets,
          visibleCount: state.visibleTargetIDs.count, version: pending.version)
      }
      pollFile()
      tickRecovery()
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

  private func perform(_ effects: [Effect], immediately: Bool) {
    for effect in effects {
      switch effect {
      case .compile(let source, let targets, let version):
        pendingCompile = (
          source, targets, version,
          immediately ? Date() : Date().addingTimeInterval(ExplorerRuntime.debounceSeconds)
        )
      case .save(let text, let path, let expecting):
        save(text, to: path, expecting: expecting)
      case .quit:
        state.isQuitting = true
        // Quitting means no unsaved edits, or the user chose to discard them.
        removeRecovery()
      case .discardRecovery:
        removeRecovery()
        state.status = "deleted the recovery copy"
      case .keepRecovery:
        keepRecoveryAside()
      case .loadTheme(let name):
        guard let directory = themeDirectory else {
          apply(.themeLoaded(nil, name: name, error: "no themes directory"))
          continue
        }
        do {
          let theme = try ThemeLoader.load(named: name, in: directory)
          apply(.themeLoaded(theme, name: name, error: nil))
        } catch {
          apply(.themeLoaded(nil, name: name, error: error.description))
        }
      }
    }
  }

  // MARK: - Saving and the file on disk

  /// Saves unless the file on disk changed behind our back (then the state learns of the
  /// change, and saving asks).
  private func save(_ text: String, to path: String, expecting: String?) {
    if let bytes = ExplorerRuntime.readBytes(path), String(decoding: bytes, as: UTF8.self) != expecting {
      fileDate = ExplorerRuntime.modificationDate(path)
      diskBytes = bytes
      apply(.fileChanged(text: String(decoding: bytes, as: UTF8.self)))
      if state.isChangedOnDisk { apply(.save) }
      return
    }
    var info = stat()
    if !state.confirmedReadOnlyWrite, stat(path, &info) == 0, info.st_mode & 0o222 == 0 {
      let mode = String(info.st_mode & 0o7777, radix: 8)
      apply(.saveNeedsConfirmation("\(path) is read-only (mode 0\(mode))"))
      return
    }
    let bytes = SourceBytes.encode(text, original: diskBytes)
    let error = FileSaver.save(bytes, to: path)
    if error == nil {
      fileDate = ExplorerRuntime.modificationDate(path)
      diskBytes = bytes
    }
    apply(.saveFinished(text: text, error: error))
  }

  private func pollFile() {
    guard let path = state.filePath, Date().timeIntervalSince(lastPoll) >= ExplorerRuntime.pollSeconds
    else { return }
    lastPoll = Date()
    guard let date = ExplorerRuntime.modificationDate(path), date != fileDate else { return }
    fileDate = date
    guard let bytes = ExplorerRuntime.readBytes(path) else { return }
    diskBytes = bytes
    apply(.fileChanged(text: String(decoding: bytes, as: UTF8.self)))
  }

  // FileContents, not FileManager: the file is re-read whenever it changes on disk, and
  // Foundation leaks 4 KiB on each read of an empty file.
  static func readBytes(_ path: String) -> [UInt8]? {
    FileContents.bytes(atPath: path)
  }

  static func readText(_ path: String) -> String? {
    FileContents.bytes(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  static func modificationDate(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }

  // MARK: - Recovery copy

  private func lookForRecovery(absolutePath: String?) {
    guard let store else { return }
    if let problem = store.prepareDirectory() {
      state.status = "recovery copies are off: \(problem)"
      return
    }
    store.adoptOrphans()
    guard let contents = store.read(), let record = RecoveryRecord(decoding: contents),
      record.path == absolutePath
    else { return }
    let diskText = state.filePath.flatMap(ExplorerRuntime.readText)
    if let offer = Recovery.offer(
      record, diskText: diskText, diskDate: state.filePath.flatMap(ExplorerRuntime.modificationDate),
      fallbackText: state.buffer.text)
    {
      state.recoveryOffer = offer
      state.status = nil
      recovery = RecoveryScheduler(hasFile: true)
    } else {
      // The copy holds nothing the file lacks.
      store.remove()
    }
  }

  /// Writes or removes the recovery copy when the scheduler says so.
  private func tickRecovery() {
    guard recoveryPath != nil, state.recoveryOffer == nil else { return }
    switch recovery.step(
      isModified: state.buffer.isModified, version: state.buffer.version, now: Date())
    {
    case .write(let version)?:
      if writeRecovery() { recovery.didWrite(version: version) } else { recovery.didFail(now: Date()) }
    case .remove?:
      removeRecovery()
    case nil:
      break
    }
  }

  /// Writes the copy of the text about to be compiled, unless it is already on disk (or
  /// writes are backing off after a failure).
  private func writeRecoveryBeforeCompile() {
    guard store != nil, state.recoveryOffer == nil, state.buffer.isModified,
      recovery.writtenVersion != state.buffer.version, recovery.mayWrite(now: Date())
    else { return }
    if writeRecovery() {
      recovery.didWrite(version: state.buffer.version)
    } else {
      recovery.didFail(now: Date())
    }
  }

  /// Writes the recovery copy now if there are unsaved edits (on a termination signal).
  public func flushRecovery() {
    guard recoveryPath != nil, state.recoveryOffer == nil, state.buffer.isModified else { return }
    if writeRecovery() { recovery.didWrite(version: state.buffer.version) }
  }

  /// Writes the buffer as the recovery copy (0600, in a private directory); false on
  /// failure, which is shown in the status line unless another message is there (a "save
  /// failed" must stay visible).
  private func writeRecovery() -> Bool {
    guard let store else { return false }
    let absolute = state.filePath.map {
      Recovery.absolutePath($0, currentDirectory: FileManager.default.currentDirectoryPath)
    }
    let record = RecoveryRecord(
      path: absolute, time: Date(), pid: ProcessInfo.processInfo.processIdentifier,
      text: state.buffer.text)
    guard let error = store.write(record.encoded) else { return true }
    let prefix = "could not write the recovery copy"
    if state.status == nil || state.status?.hasPrefix(prefix) == true {
      state.status = "\(prefix): \(error)"
      isDirty = true
    }
    return false
  }

  private func removeRecovery() {
    guard let store else { return }
    store.remove()
    recovery.didRemove()
  }

  private func keepRecoveryAside() {
    guard let recoveryPath else { return }
    let stamp = Recovery.format(Date(), timeZone: .current)
      .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: ":", with: "")
    let aside = recoveryPath + ".kept-" + stamp
    if rename(recoveryPath, aside) == 0 {
      state.status = "kept the recovery copy as \(aside)"
    } else {
      state.status = "could not move the recovery copy aside: \(String(cString: strerror(errno)))"
    }
    recovery.didRemove()
  }
}
