import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `isrx` in tmux, ended every way it can end: the terminal is given back each time,
/// and edits survive a `kill -9` through the recovery copy.
@Suite(.enabled(if: Tmux.isReady, "needs tmux and a built isrx (swift build)"))
struct ExplorerCrashTests {
  /// A private directory with `timer.c` (the text given) and a recovery state directory.
  struct Sandbox {
    let root = NSTemporaryDirectory() + "isrx-crash-\(UUID().uuidString)"
    var file: String { root + "/timer.c" }
    var state: String { root + "/state" }
    init(_ text: String) {
      try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
    }
    func read() -> String? {
      FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
    }
    func recoveryFiles() -> [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: state + "/isrx/recovery")) ?? []
    }
    func remove() { try? FileManager.default.removeItem(atPath: root) }
  }

  static let source = "volatile unsigned ticks;\nISR(timer) {\n  ticks++;\n}\n"

  static func newSession(_ name: String, _ command: [String]) -> String {
    let session = "\(name)-\(ProcessInfo.processInfo.processIdentifier)"
    Tmux.tmux(["new-session", "-d", "-s", session, "-x", "120", "-y", "40"] + command)
    return session
  }

  static func panePID(_ session: String) -> pid_t? {
    pid_t(Tmux.tmux(["display-message", "-p", "-t", session, "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// The isrx started by the shell whose pid is `shell`.
  static func childISRX(of shell: pid_t) -> pid_t? {
    guard let pgrep = Tmux.executable("pgrep") else { return nil }
    return Tmux.spawn(pgrep, ["-P", "\(shell)", "-x", "isrx"])
      .split(separator: "\n").first.flatMap { pid_t($0) }
  }

  @Test func killNineMidEditThenTheNextRunOffersTheEditsBack() throws {
    let sandbox = Sandbox(Self.source)
    defer { sandbox.remove() }
    let command = ["env", "XDG_STATE_HOME=\(sandbox.state)", Tmux.binary, sandbox.file]
    let first = Self.newSession("isrx-kill", command)
    defer { Tmux.tmux(["kill-session", "-t", first]) }
    var screen = Tmux.waitForScreen(first) { $0.contains("ISR(timer)") && $0.contains("EXPLORE") }
    #expect(screen.contains("EXPLORE"))

    // Edit line 3, then wait for the recovery copy (written about a second after typing stops).
    // isrx starts with the cursor on the ISR's line (2): Down is `ticks++;`.
    Tmux.send(first, "i", "Down", "End", "Enter")
    Tmux.type(first, "ticks += 41; /* typed before kill -9 */")  // Enter kept the indent
    screen = Tmux.waitForScreen(first) { $0.contains("typed before kill -9") }
    #expect(Tmux.wait(timeout: 10) { !sandbox.recoveryFiles().isEmpty }, "no recovery copy: \(screen)")

    // kill -9: no handler runs, nothing is saved to the file itself.
    let pid = try #require(Self.panePID(first))
    #expect(kill(pid, SIGKILL) == 0)
    #expect(Tmux.wait(timeout: 5) { !Tmux.sessionExists(first) }, "isrx survived kill -9")
    #expect(sandbox.read() == Self.source, "the file is untouched until the user saves")

    // The next run asks; r restores the text as unsaved edits; C-s writes it.
    let second = Self.newSession("isrx-recover", command)
    defer { Tmux.tmux(["kill-session", "-t", second]) }
    screen = Tmux.waitForScreen(second) { $0.contains("Recover unsaved edits") }
    #expect(screen.contains("Recover unsaved edits"), "\(screen)")
    #expect(screen.contains("r restore"))
    Tmux.send(second, "r")
    screen = Tmux.waitForScreen(second) { $0.contains("typed before kill -9") && $0.contains("[+]") }
    #expect(screen.contains("ticks += 41; /* typed before kill -9 */"), "\(screen)")
    Tmux.send(second, "C-s")
    #expect(Tmux.wait(timeout: 5) { sandbox.read()?.contains("ticks += 41;") == true })
    #expect(sandbox.read() == "volatile unsigned ticks;\nISR(timer) {\n  ticks++;\n  ticks += 41; /* typed before kill -9 */\n}\n")
    #expect(Tmux.wait(timeout: 5) { sandbox.recoveryFiles().isEmpty }, "the copy goes once saved")
    Tmux.send(second, "q")
    #expect(Tmux.wait(timeout: 5) { !Tmux.sessionExists(second) })
  }

  /// Closing the terminal (tmux kill-session: the pty goes away) while compiles are still
  /// running ends isrx within seconds, with the unsaved edit in the recovery copy.
  @Test func closingTheTerminalEndsIsrxAndKeepsTheEdits() throws {
    let sandbox = Sandbox(Self.source)
    defer { sandbox.remove() }
    let session = Self.newSession(
      "isrx-hangup", ["env", "XDG_STATE_HOME=\(sandbox.state)", Tmux.binary, sandbox.file])
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    _ = Tmux.waitForScreen(session) { $0.contains("ISR(timer)") && $0.contains("EXPLORE") }
    let pid = try #require(Self.panePID(session))
    Tmux.send(session, "i")
    Tmux.type(session, "int unsaved;")
    _ = Tmux.waitForScreen(session) { $0.contains("int unsaved;") }
    Tmux.tmux(["kill-session", "-t", session])  // at once: the recompile is in flight
    #expect(Tmux.wait(timeout: 6) { kill(pid, 0) != 0 }, "isrx kept running after its terminal closed")
    if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    let copies = sandbox.recoveryFiles()
    #expect(copies.count == 1, "\(copies)")
    let copy = try #require(copies.first)
    let text = FileManager.default.contents(atPath: sandbox.state + "/isrx/recovery/" + copy)
      .map { String(decoding: $0, as: UTF8.self) } ?? ""
    #expect(text.contains("int unsaved;"))
  }

  /// How isrx is ended, and the exit status its shell sees.
  enum Ending: String, CaseIterable, CustomTestStringConvertible {
    case quitKey, sigterm, sighup, sigint, runtimeTrap
    var testDescription: String { rawValue }
  }

  @Test(arguments: Ending.allCases)
  func theTerminalIsRestoredHoweverIsrxEnds(_ ending: Ending) throws {
    let sandbox = Sandbox(Self.source)
    defer { sandbox.remove() }
    // The shell runs isrx, then shows how it ended and the terminal's line settings: a
    // terminal left in curses mode has -icanon -echo, and the screen would still be isrx's.
    // After a trap Swift's backtracer would offer, for 30 s, to debug: not here.
    let script = """
      SWIFT_BACKTRACE=interactive=no ISRX_TEST_TRAP=1 XDG_STATE_HOME='\(sandbox.state)' '\(Tmux.binary)' '\(sandbox.file)'
      echo "isrx ended: $?"
      stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | sed 's/^/tty: /'
      sleep 60
      """
    let session = Self.newSession("isrx-end-\(ending.rawValue)", ["sh", "-c", script])
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    var screen = Tmux.waitForScreen(session) { $0.contains("ISR(timer)") && $0.contains("EXPLORE") }
    #expect(screen.contains("EXPLORE"))
    let shell = try #require(Self.panePID(session))
    var isrx: pid_t?
    Tmux.wait(timeout: 5) {
      isrx = Self.childISRX(of: shell)
      return isrx != nil
    }
    let pid = try #require(isrx)

    let expectedStatus: String
    switch ending {
    case .quitKey:
      Tmux.send(session, "q")
      expectedStatus = "0"
    case .sigterm:
      kill(pid, SIGTERM)
      expectedStatus = "\(128 + SIGTERM)"
    case .sighup:
      kill(pid, SIGHUP)
      expectedStatus = "\(128 + SIGHUP)"
    case .sigint:
      kill(pid, SIGINT)
      expectedStatus = "\(128 + SIGINT)"
    case .runtimeTrap:
      Tmux.send(session, "F12")  // ISRX_TEST_TRAP: a Swift fatalError, as a runtime trap
      expectedStatus = ""
    }
    screen = Tmux.waitForScreen(session) { $0.contains("isrx ended:") && $0.contains("tty: ") }
    #expect(screen.contains("isrx ended: \(expectedStatus)"), "\(screen)")
    if ending == .runtimeTrap {
      #expect(!screen.contains("isrx ended: 0"), "a trap must not look like a clean exit")
    }
    let tty = screen.split(separator: "\n").filter { $0.hasPrefix("tty: ") }.map { $0.dropFirst(5) }
    #expect(tty.contains("icanon") && tty.contains("echo"), "terminal left raw: \(tty)\n\(screen)")
    #expect(!screen.contains("EXPLORE"), "isrx's screen is still shown:\n\(screen)")
  }
}
