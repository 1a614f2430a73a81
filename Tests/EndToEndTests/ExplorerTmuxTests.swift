import Foundation
import ISRKit
import Testing

/// Drives the real `isrx` binary in tmux: start, see the sample and its asm, type, toggle the
/// target, open help, quit.
@Suite(.serialized) struct ExplorerTmuxTests {
  @Test func exploreTypeToggleHelpAndQuit() throws {
    guard Tmux.path != nil else {
      print("ExplorerTmuxTests skipped: tmux is not installed")
      return
    }
    #expect(
      FileManager.default.isExecutableFile(atPath: Tmux.binary),
      "build the binary first: swift build --product isrx (\(Tmux.binary))")
    guard FileManager.default.isExecutableFile(atPath: Tmux.binary) else { try Test.cancel("tmux is not installed (apt-get install -y tmux)") }
    let session = "isrx-e2e-\(ProcessInfo.processInfo.processIdentifier)"
    let state = NSTemporaryDirectory() + "isrx-e2e-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: state) }
    Tmux.tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "48", "env", "XDG_STATE_HOME=\(state)", Tmux.binary])
    defer { Tmux.tmux(["kill-session", "-t", session]) }

    // The sample and the compiled x86 asm (ending in iretl).
    var screen = Tmux.waitForScreen(session) { $0.contains("ISR(timer)") && $0.contains("iretl") }
    #expect(screen.contains("ISR(timer)"))
    #expect(screen.contains("iretl"))
    #expect(screen.contains("EXPLORE"))

    // Tab: x86_64, whose return is iretq.
    Tmux.tmux(["send-keys", "-t", session, "Tab"])
    screen = Tmux.waitForScreen(session) { $0.contains("x86_64 · direct ISR") && $0.contains("iretq") }
    #expect(screen.contains("x86_64 · direct ISR"))
    #expect(screen.contains("iretq"))

    // Number key 0: riscv32 (the tenth target); moving the source cursor to the closing brace (line 17) scrolls
    // the asm pane to the exit sequence, which ends in mret.
    Tmux.tmux(["send-keys", "-t", session, "0"])
    for _ in 0..<16 { Tmux.tmux(["send-keys", "-t", session, "Down"]) }
    screen = Tmux.waitForScreen(session) { $0.contains("riscv32 · direct ISR") && $0.contains("mret") }
    #expect(screen.contains("mret"))

    // Edit: a second volatile store adds an instruction with its source line.
    Tmux.tmux(["send-keys", "-t", session, "i", "Up", "Up", "Up"])
    Tmux.tmux(["send-keys", "-t", session, "End", "Enter"])
    Tmux.tmux(["send-keys", "-t", session, "-l", "*timer_status = 7"])
    // A lone ";" is a tmux command separator: send it as a hex byte.
    Tmux.tmux(["send-keys", "-t", session, "-H", "3b"])
    screen = Tmux.waitForScreen(session) {
      $0.contains("*timer_status = 7;") && $0.contains(", 7 ") && !$0.contains("stale")
    }
    #expect(screen.contains("EDIT"))
    #expect(screen.contains("*timer_status = 7;"))
    #expect(screen.contains(", 7 "), "the new store shows up in the asm:\n\(screen)")
    Tmux.tmux(["send-keys", "-t", session, "Escape"])

    // Help.
    Tmux.tmux(["send-keys", "-t", session, "?"])
    screen = Tmux.waitForScreen(session) { $0.contains("isrx keys") }
    #expect(screen.contains("isrx keys"))
    Tmux.tmux(["send-keys", "-t", session, "Escape"])

    // q asks because of the edit; y quits and the session ends.
    Tmux.tmux(["send-keys", "-t", session, "q"])
    screen = Tmux.waitForScreen(session) { $0.contains("Quit?") }
    #expect(screen.contains("Quit?"))
    Tmux.tmux(["send-keys", "-t", session, "y"])
    let deadline = Date().addingTimeInterval(5)
    while Tmux.sessionExists(session), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    #expect(!Tmux.sessionExists(session), "isrx did not exit after q, y")
  }

  /// The overview (o): rows for msp430 and x86_64 fill in with figures; Down, Enter
  /// selects the row under the cursor and closes it.
  @Test func overviewShowsEveryTargetAndEnterSelects() throws {
    guard Tmux.isReady else { try Test.cancel("tmux or the isrx binary is not ready") }
    let session = "isrx-overview-\(ProcessInfo.processInfo.processIdentifier)"
    let state = NSTemporaryDirectory() + "isrx-overview-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: state) }
    Tmux.tmux(["new-session", "-d", "-s", session, "-x", "80", "-y", "24", "env", "XDG_STATE_HOME=\(state)", Tmux.binary])
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    _ = Tmux.waitForScreen(session) { $0.contains("EXPLORE") }
    Tmux.send(session, "o")
    func hasFigures(_ screen: String, _ name: String) -> Bool {
      screen.split(separator: "\n").contains { $0.contains(" \(name) ") && $0.contains("%)") }
    }
    var screen = Tmux.waitForScreen(session, timeout: 60) { hasFigures($0, "msp430") && hasFigures($0, "x86_64") }
    #expect(hasFigures(screen, "msp430"), "\(screen)")
    #expect(hasFigures(screen, "x86_64"), "\(screen)")
    #expect(screen.contains("OVERVIEW"))
    Tmux.send(session, "Down")
    Tmux.send(session, "Enter")
    screen = Tmux.waitForScreen(session) { $0.contains("x86_64 · direct ISR") }
    #expect(screen.contains("x86_64 · direct ISR"), "\(screen)")
    #expect(!screen.contains("OVERVIEW"))
  }

  /// Rust mode in the explorer: the Rust sample, rustc's x86-interrupt code, and RISC-V's
  /// riscv-interrupt-m entry saves after a target switch.
  @Test(.enabled(if: Toolchain.discover().rustc != nil, "rustc is not installed"))
  func rustSampleCompilesWithRustc() throws {
    guard Tmux.isReady else { try Test.cancel("tmux or the isrx binary is not ready") }
    let session = "isrx-rust-\(ProcessInfo.processInfo.processIdentifier)"
    // Its own state directory: a recovery copy another run left must not be offered here.
    let state = NSTemporaryDirectory() + "isrx-rust-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: state) }
    Tmux.tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "48", "env", "XDG_STATE_HOME=\(state)", Tmux.binary, "--lang", "rust"])
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    var screen = Tmux.waitForScreen(session, timeout: 30) { $0.contains("iretl") }
    #expect(screen.contains("sample: timer.rs"))
    #expect(screen.contains("isr!(timer, {"))
    #expect(screen.contains("extern \"x86-interrupt\""), "\(screen)")
    #expect(screen.contains("iretl"))
    Tmux.send(session, "0")
    screen = Tmux.waitForScreen(session, timeout: 30) { $0.contains("riscv-interrupt-m") && $0.contains("entry sw") }
    #expect(screen.contains("riscv32 · direct ISR"))
    #expect(screen.contains("riscv-interrupt-m"), "\(screen)")
    #expect(screen.contains("entry sw      ra, 60(sp)"))
  }
}
