import Foundation
import Testing

/// The real explorer at 80×24 on a file with a 120-character line: End and typing at the end
/// of it scroll the source pane sideways, so the typed text is on screen.
@Suite(.enabled(if: Tmux.isReady, "needs tmux and a built isrx (swift build)"))
struct ExplorerHScrollTmuxTests {
  @Test func typingAtTheEndOfALongLineIsVisibleAt80Columns() throws {
    // A line comment, so the typed text stays in it and the compile still succeeds.
    let line = "int long_line = 0; // " + String(repeating: "-", count: 98)
    #expect(line.count == 120)
    let sandbox = ExplorerCrashTests.Sandbox("\(line)\nISR(timer) {\n}\n")
    defer { sandbox.remove() }
    let session = "isrx-hscroll-\(ProcessInfo.processInfo.processIdentifier)"
    Tmux.tmux([
      "new-session", "-d", "-s", session, "-x", "80", "-y", "24",
      "env", "XDG_STATE_HOME=\(sandbox.state)", Tmux.binary, sandbox.file,
    ])
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    var screen = Tmux.waitForScreen(session) { $0.contains("EXPLORE") && $0.contains("ISR(timer)") }
    #expect(screen.contains("int long_line"), "\(screen)")
    // The cursor starts on the ISR line: go up to the long line, to its end, and type.
    Tmux.send(session, "i")
    Tmux.send(session, "Up")
    Tmux.send(session, "End")
    screen = Tmux.waitForScreen(session, timeout: 5) { $0.contains("1:121") }
    #expect(screen.contains("1:121"), "\(screen)")
    Tmux.type(session, "XYZ")
    screen = Tmux.waitForScreen(session, timeout: 5) { $0.contains("XYZ") }
    #expect(screen.contains("---XYZ"), "the typed text is not on screen:\n\(screen)")
    #expect(screen.contains("1:124"), "\(screen)")
    // The scrolled line starts with the `‹` marker.
    let row = screen.split(separator: "\n").first { $0.contains("XYZ") }.map(String.init) ?? ""
    #expect(row.hasPrefix("│1 ‹"), "\(row)")
    // Home: the start of the line is back.
    Tmux.send(session, "Home")
    screen = Tmux.waitForScreen(session, timeout: 5) { $0.contains("1 int long_line") }
    #expect(screen.contains("1 int long_line"), "\(screen)")
    let first = screen.split(separator: "\n").first { $0.hasPrefix("│1 ") }.map(String.init) ?? ""
    #expect(first.hasPrefix("│1 int long_line = 0; // ---"), "\(first)")
    #expect(!first.contains("XYZ") && !first.contains("‹"), "\(first)")
    // Leave without saving: the file is untouched.
    Tmux.send(session, "Escape")
    Tmux.send(session, "q")
    _ = Tmux.waitForScreen(session, timeout: 5) { $0.contains("Quit?") }
    Tmux.send(session, "y")
    #expect(Tmux.wait(timeout: 5) { !Tmux.sessionExists(session) })
    #expect(sandbox.read() == "\(line)\nISR(timer) {\n}\n")
  }
}
