import Foundation
import Synchronization

/// The process groups of the tool runs now in progress, so that quitting (or a signal) can
/// stop every compiler, wrapper script and child of theirs at once. Each run is the leader
/// of its own group, so one `kill(-pgid)` reaches the whole tree.
public enum ProcessGroups {
  private static let live = Mutex<(groups: Set<pid_t>, closed: Bool)>(([], false))

  /// Records a new group; false when `killAll` has already run (the caller kills it).
  static func register(_ pgid: pid_t) -> Bool {
    live.withLock { state in
      guard !state.closed else { return false }
      state.groups.insert(pgid)
      return true
    }
  }

  static func unregister(_ pgid: pid_t) {
    _ = live.withLock { $0.groups.remove(pgid) }
  }

  /// Whether `killAll(final: true)` has run: isrx is exiting.
  static var isClosed: Bool { live.withLock { $0.closed } }

  /// Called by a run whose tool was killed because isrx is exiting: the thread waits for
  /// the exit instead of reporting a failure (which could end isrx with a misleading
  /// status before the signal that was meant to end it).
  static func parkIfClosed() {
    guard isClosed else { return }
    while true { pause() }
  }

  /// The groups now running (for tests).
  public static var running: Set<pid_t> { live.withLock { $0.groups } }

  /// Sends SIGKILL to every live group. With `final`, new runs are refused from now on
  /// (isrx is exiting: a worker thread must not start a compiler after this).
  public static func killAll(final: Bool = false) {
    let groups = live.withLock { state -> Set<pid_t> in
      if final { state.closed = true }
      return state.groups
    }
    for pgid in groups { kill(-pgid, SIGKILL) }
  }
}

/// Everything to do before isrx exits early (quit, SIGINT, SIGTERM, SIGHUP): stop every
/// tool run and remove the private directories in use.
public enum ToolRuns {
  public static func stopAll(final: Bool = false) {
    ProcessGroups.killAll(final: final)
    PrivateDirectory.removeAllLive()
  }

  /// Installs SIGINT/SIGTERM/SIGHUP handlers for a command-line run: stop every tool run,
  /// remove the private directories, then die of the same signal (so the exit status says
  /// which). The handler runs on a dispatch queue, not in signal context.
  public static func stopOnSignals() {
    for sig in [SIGINT, SIGTERM, SIGHUP] {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: signalQueue)
      source.setEventHandler {
        stopAll(final: true)
        signal(sig, SIG_DFL)
        // Unblocked in case this dispatch thread has it blocked, so the raise is delivered.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, sig)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(sig)
      }
      source.resume()
      sources.append(source)
    }
  }

  /// A serial queue of its own (an overcommitting one): the handler must run even when every
  /// worker thread is busy waiting for a tool.
  private static let signalQueue = DispatchQueue(label: "isrx.signals")

  /// Kept alive for the process's lifetime; only `stopOnSignals` (called once, from main) writes it.
  nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
}

/// "SIGSEGV" for 11: the name users and bug reports use.
public func signalName(_ number: Int32) -> String {
  let names: [Int32: String] = [
    SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP",
    SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV",
    SIGPIPE: "SIGPIPE", SIGALRM: "SIGALRM", SIGTERM: "SIGTERM", SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ",
    SIGSYS: "SIGSYS",
  ]
  return names[number] ?? "signal \(number)"
}
