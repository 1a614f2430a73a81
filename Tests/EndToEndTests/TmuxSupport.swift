import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs programs and a private tmux server for the end-to-end tests that drive the real
/// `isrx` binary in a terminal.
enum Tmux {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let binary = packageRoot.appendingPathComponent(".build/debug/isrx").path

  static func executable(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let path = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  static var path: String? { executable("tmux") }

  /// A tmux server of the tests' own (`-L`), so a user's tmux is never touched.
  static let socket = "isrx-tests-\(ProcessInfo.processInfo.processIdentifier)"

  /// Runs `program` with `arguments` and returns what it printed on stdout.
  ///
  /// Not through Foundation's `Process`: it learns that a child exited when a socket the
  /// child inherits is closed, and the tmux server that `new-session` forks (without exec)
  /// keeps that socket open, so `waitUntilExit` would never return on a machine where no tmux
  /// server ran before. posix_spawn + waitpid waits for the program itself.
  @discardableResult
  static func spawn(_ program: String, _ arguments: [String]) -> String {
    let output = NSTemporaryDirectory() + "isrx-e2e-\(UUID().uuidString).out"
    defer { unlink(output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // A clean signal mask and default actions, as a login terminal gives its shell: the test
    // runner blocks most signals, and a tmux server started from here would pass that on to
    // isrx (hiding how it behaves when a signal can reach any of its threads).
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    guard posix_spawn(&pid, program, &actions, &attributes, argv, environ) == 0 else { return "" }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return FileManager.default.contents(atPath: output).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  /// Runs tmux on the tests' socket.
  @discardableResult
  static func tmux(_ arguments: [String]) -> String {
    guard let path else { return "" }
    var arguments = arguments
    if arguments.first == "new-session" {
      // The explorer remembers settings under XDG_CONFIG_HOME: never the user's. A path
      // under /dev/null reads as "no settings" and cannot be written, even by root; a test
      // of remembering passes `env XDG_CONFIG_HOME=<its own directory>`, which wins.
      arguments.insert(contentsOf: ["-e", "XDG_CONFIG_HOME=\(unwritableConfigHome)"], at: 1)
    }
    return spawn(path, ["-L", socket] + arguments)
  }

  static let unwritableConfigHome = "/dev/null/isrx-tests-config"

  /// Polls the screen until `predicate` holds or `timeout` seconds pass; returns the last screen.
  static func waitForScreen(
    _ session: String, timeout: Double = 20, _ predicate: (String) -> Bool
  ) -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while Date() < deadline {
      screen = tmux(["capture-pane", "-p", "-t", session])
      if predicate(screen) { return screen }
      Thread.sleep(forTimeInterval: 0.2)
    }
    return screen
  }

  /// Waits up to `timeout` seconds for `condition`.
  @discardableResult
  static func wait(timeout: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if condition() { return true }
      Thread.sleep(forTimeInterval: 0.1)
    }
    return condition()
  }

  static func sessionExists(_ session: String) -> Bool {
    tmux(["list-sessions", "-F", "#{session_name}"]).split(separator: "\n").contains { $0 == session }
  }

  /// Sends keys to `session` (tmux key names, e.g. "Tab", "C-s").
  static func send(_ session: String, _ keys: String...) {
    tmux(["send-keys", "-t", session] + keys)
  }

  /// Types `text` literally (a lone ";" is a tmux command separator, so it goes as hex).
  static func type(_ session: String, _ text: String) {
    for part in text.split(separator: ";", omittingEmptySubsequences: false).enumerated() {
      if part.offset > 0 { tmux(["send-keys", "-t", session, "-H", "3b"]) }
      if !part.element.isEmpty { tmux(["send-keys", "-t", session, "-l", String(part.element)]) }
    }
  }

  /// Whether the tests can run here (tmux installed, isrx built); records why not.
  static var isReady: Bool {
    guard path != nil else {
      print("end-to-end tmux tests skipped: tmux is not installed")
      return false
    }
    return FileManager.default.isExecutableFile(atPath: binary)
  }
}
