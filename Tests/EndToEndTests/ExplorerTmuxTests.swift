import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Drives the real `isrx` binary in tmux: start, see the sample and its asm, type, toggle the
/// target, open help, quit.
@Suite(.serialized) struct ExplorerTmuxTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let binary = packageRoot.appendingPathComponent(".build/debug/isrx").path

  static func tmuxPath() -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let path = "\(dir)/tmux"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  /// A tmux server of the tests' own (`-L`), so a user's tmux is never touched.
  static let socket = "isrx-tests-\(ProcessInfo.processInfo.processIdentifier)"

  /// Runs tmux on the tests' socket and returns what it printed.
  ///
  /// Not through Foundation's `Process`: it learns that a child exited when a socket the
  /// child inherits is closed, and the tmux server that `new-session` forks (without exec)
  /// keeps that socket open, so `waitUntilExit` would never return on a machine where no tmux
  /// server ran before. posix_spawn + waitpid waits for the client itself.
  @discardableResult
  static func tmux(_ arguments: [String]) -> String {
    guard let path = tmuxPath() else { return "" }
    let output = NSTemporaryDirectory() + "isrx-tmux-\(UUID().uuidString).out"
    defer { unlink(output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path, "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return "" }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return FileManager.default.contents(atPath: output).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

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

  static func sessionExists(_ session: String) -> Bool {
    tmux(["list-sessions", "-F", "#{session_name}"]).split(separator: "\n").contains { $0 == session }
  }

  @Test func exploreTypeToggleHelpAndQuit() throws {
    guard Self.tmuxPath() != nil else {
      print("ExplorerTmuxTests skipped: tmux is not installed")
      return
    }
    #expect(
      FileManager.default.isExecutableFile(atPath: Self.binary),
      "build the binary first: swift build --product isrx (\(Self.binary))")
    guard FileManager.default.isExecutableFile(atPath: Self.binary) else { return }
    let session = "isrx-e2e-\(ProcessInfo.processInfo.processIdentifier)"
    Self.tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "48", Self.binary])
    defer { Self.tmux(["kill-server"]) }

    // The sample and the compiled x86 asm (ending in iretl).
    var screen = Self.waitForScreen(session) { $0.contains("ISR(timer)") && $0.contains("iretl") }
    #expect(screen.contains("ISR(timer)"))
    #expect(screen.contains("iretl"))
    #expect(screen.contains("EXPLORE"))

    // Tab: x86_64, whose return is iretq.
    Self.tmux(["send-keys", "-t", session, "Tab"])
    screen = Self.waitForScreen(session) { $0.contains("x86_64 · direct ISR") && $0.contains("iretq") }
    #expect(screen.contains("x86_64 · direct ISR"))
    #expect(screen.contains("iretq"))

    // Number key 8: riscv32; moving the source cursor to the closing brace (line 17) scrolls
    // the asm pane to the exit sequence, which ends in mret.
    Self.tmux(["send-keys", "-t", session, "8"])
    for _ in 0..<16 { Self.tmux(["send-keys", "-t", session, "Down"]) }
    screen = Self.waitForScreen(session) { $0.contains("riscv32 · direct ISR") && $0.contains("mret") }
    #expect(screen.contains("mret"))

    // Edit: a second volatile store adds an instruction with its source line.
    Self.tmux(["send-keys", "-t", session, "i", "Up", "Up", "Up"])
    Self.tmux(["send-keys", "-t", session, "End", "Enter"])
    Self.tmux(["send-keys", "-t", session, "-l", "*timer_status = 7"])
    // A lone ";" is a tmux command separator: send it as a hex byte.
    Self.tmux(["send-keys", "-t", session, "-H", "3b"])
    screen = Self.waitForScreen(session) {
      $0.contains("*timer_status = 7;") && $0.contains(", 7 ") && !$0.contains("stale")
    }
    #expect(screen.contains("EDIT"))
    #expect(screen.contains("*timer_status = 7;"))
    #expect(screen.contains(", 7 "), "the new store shows up in the asm:\n\(screen)")
    Self.tmux(["send-keys", "-t", session, "Escape"])

    // Help.
    Self.tmux(["send-keys", "-t", session, "?"])
    screen = Self.waitForScreen(session) { $0.contains("isrx keys") }
    #expect(screen.contains("isrx keys"))
    Self.tmux(["send-keys", "-t", session, "Escape"])

    // q asks because of the edit; y quits and the session ends.
    Self.tmux(["send-keys", "-t", session, "q"])
    screen = Self.waitForScreen(session) { $0.contains("Quit?") }
    #expect(screen.contains("Quit?"))
    Self.tmux(["send-keys", "-t", session, "y"])
    let deadline = Date().addingTimeInterval(5)
    while Self.sessionExists(session), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    #expect(!Self.sessionExists(session), "isrx did not exit after q, y")
  }
}
