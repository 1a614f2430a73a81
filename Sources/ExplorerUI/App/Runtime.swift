import Dispatch
import Foundation
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

/// Compiles and measures the source off the UI thread, newest request only: a request whose
/// version has been superseded stops between targets, and every result carries its version.
public final class CompileService: Sendable {
  private let toolchain: Toolchain
  private let inbox: Inbox
  private let latest = Atomic<Int>(-1)
  private let queue = DispatchQueue(label: "isrx.compile")

  /// Creates a service that posts results to `inbox`.
  public init(toolchain: Toolchain, inbox: Inbox) {
    self.toolchain = toolchain
    self.inbox = inbox
  }

  /// Starts compiling `source` for `targets` (the first `visibleCount` first), tagged `version`.
  public func submit(source: String, targets: [String], visibleCount: Int, version: Int) {
    latest.store(version, ordering: .sequentiallyConsistent)
    queue.async { [self] in
      let all = targets.compactMap(TargetCatalog.target(id:))
      let split = min(max(0, visibleCount), all.count)
      let waves = [Array(all[..<split]), Array(all[split...])].filter { !$0.isEmpty }
      for wave in waves { compile(source, wave, version) }
      for wave in waves { measure(source, wave, version) }
    }
  }

  private func isCurrent(_ version: Int) -> Bool {
    latest.load(ordering: .sequentiallyConsistent) == version
  }

  private func compile(_ source: String, _ targets: [Target], _ version: Int) {
    DispatchQueue.concurrentPerform(iterations: targets.count) { i in
      guard isCurrent(version) else { return }
      let target = targets[i]
      let result: TargetResult
      do {
        let codegen = try Codegen.compile(source, for: target, toolchain: toolchain)
        result = TargetResult(
          version: version, asm: AsmDocument.direct(codegen), succeeded: codegen.output.succeeded,
          diagnostics: codegen.output.diagnostics.filter(\.isInUserSource))
      } catch {
        result = TargetResult(version: version, succeeded: false, error: "\(error)")
      }
      inbox.post(.compiled(target: target.id, version: version, result: result))
    }
  }

  private func measure(_ source: String, _ targets: [Target], _ version: Int) {
    DispatchQueue.concurrentPerform(iterations: targets.count) { i in
      guard isCurrent(version) else { return }
      let target = targets[i]
      let settings = CostSettings()
      let report = TargetReport.make(
        source: source, target: target, toolchain: toolchain, settings: settings)
      let baseline = try? BaselineBuild.build(
        source: source, target: target, vector: settings.vector, toolchain: toolchain)
      inbox.post(
        .reported(
          target: target.id, version: version, report: report,
          baseline: baseline.map(AsmDocument.baseline)))
    }
  }
}

/// The explorer's main loop: keys become actions, actions update the state, effects run, and
/// the view is drawn; compiles run in the background and come back through the inbox.
public final class ExplorerRuntime {
  /// How long to wait after the last edit before compiling.
  public static let debounceSeconds = 0.15
  /// How often to look at the file's modification time.
  public static let pollSeconds = 0.5

  private let backend: TerminalBackend
  private let inbox = Inbox()
  private let service: CompileService
  private let themeDirectory: String?
  /// The current state (readable after `run()` returns).
  public private(set) var state: AppState
  private var pendingCompile: (source: String, targets: [String], version: Int, due: Date)?
  private var lastPoll = Date()
  private var fileDate: Date?
  private var isDirty = true

  /// Creates a runtime drawing to `backend`.
  public init(
    backend: TerminalBackend, toolchain: Toolchain, state: AppState, themeDirectory: String?
  ) {
    self.backend = backend
    self.service = CompileService(toolchain: toolchain, inbox: inbox)
    self.state = state
    self.themeDirectory = themeDirectory
    if let path = state.filePath { fileDate = ExplorerRuntime.modificationDate(path) }
  }

  /// Runs until the user quits; returns the final state.
  @discardableResult
  public func run() -> AppState {
    apply(.resized(backend.size))
    perform(AppUpdate.start(state), immediately: true)
    while !state.isQuitting {
      for action in inbox.drain() { apply(action) }
      if let pending = pendingCompile, Date() >= pending.due {
        pendingCompile = nil
        service.submit(
          source: pending.source, targets: pending.targets,
          visibleCount: state.visibleTargetIDs.count, version: pending.version)
      }
      pollFile()
      if backend.size != state.size { apply(.resized(backend.size)) }
      if isDirty {
        backend.present(AppView.render(state, size: state.size))
        isDirty = false
      }
      guard let key = backend.nextKey(timeoutMilliseconds: 40) else { continue }
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
      case .save(let text, let path):
        let error = ExplorerRuntime.writeAtomically(text, to: path)
        if error == nil { fileDate = ExplorerRuntime.modificationDate(path) }
        apply(.saveFinished(error: error))
      case .quit:
        state.isQuitting = true
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

  private func pollFile() {
    guard let path = state.filePath, Date().timeIntervalSince(lastPoll) >= ExplorerRuntime.pollSeconds
    else { return }
    lastPoll = Date()
    guard let date = ExplorerRuntime.modificationDate(path), date != fileDate else { return }
    fileDate = date
    guard let data = FileManager.default.contents(atPath: path) else { return }
    apply(.fileChanged(text: String(decoding: data, as: UTF8.self)))
  }

  static func modificationDate(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }

  /// Writes `text` to a temporary file next to `path`, then renames it over `path`, so the
  /// file is never seen half-written. Returns an error message on failure.
  public static func writeAtomically(_ text: String, to path: String) -> String? {
    let url = URL(fileURLWithPath: path)
    let temp = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).isrx-\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temp)
      if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
        let permissions = attributes[.posixPermissions]
      {
        try? FileManager.default.setAttributes(
          [.posixPermissions: permissions], ofItemAtPath: temp.path)
      }
      guard rename(temp.path, path) == 0 else {
        let message = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temp)
        return message
      }
      return nil
    } catch {
      try? FileManager.default.removeItem(at: temp)
      return error.localizedDescription
    }
  }
}
