import Foundation
import Testing

/// The settings panel in the real explorer: `S`, → makes every compile -O0 (the listing and
/// its title change), the choice is written to `$XDG_CONFIG_HOME/isrx/config.toml`, and the
/// next start compiles with -O0 again; a broken settings file is reported and left alone.
@Suite(.serialized) struct ExplorerSettingsTmuxTests {
  @Test func optimisationIsAppliedAndRemembered() throws {
    guard Tmux.isReady else { try Test.cancel("tmux or the isrx binary is not ready") }
    let config = NSTemporaryDirectory() + "isrx-settings-\(UUID().uuidString)"
    let state = NSTemporaryDirectory() + "isrx-settings-state-\(UUID().uuidString)"
    defer {
      try? FileManager.default.removeItem(atPath: config)
      try? FileManager.default.removeItem(atPath: state)
    }
    let session = "isrx-settings-\(ProcessInfo.processInfo.processIdentifier)"
    func start() -> String {
      Tmux.tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "48",
                 "env", "XDG_CONFIG_HOME=\(config)", "XDG_STATE_HOME=\(state)", Tmux.binary])
      return Tmux.waitForScreen(session, timeout: 30) { $0.contains("EXPLORE") && $0.contains("iretl") }
    }
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    var screen = start()
    #expect(screen.contains("┌ x86 · direct ISR · clang"), "\(screen)")
    #expect(!screen.contains("-O0"))

    Tmux.send(session, "S")
    screen = Tmux.waitForScreen(session, timeout: 5) { $0.contains("Settings") && $0.contains("SETTINGS") }
    #expect(screen.contains("optimisation    -O2 (default)"), "\(screen)")
    Tmux.send(session, "Right")
    // -O0 keeps `ticks` in memory around the increment: `movl ticks, %eax` … `addl $1`.
    screen = Tmux.waitForScreen(session, timeout: 60) { $0.contains("-O0 ─") && $0.contains("addl    $1, %eax") }
    #expect(screen.contains("┌ x86 · direct ISR · clang") && screen.contains("-O0 ─"), "the title names the flag: \(screen)")
    #expect(screen.contains("addl    $1, %eax"), "\(screen)")
    let file = config + "/isrx/config.toml"
    #expect(Tmux.wait(timeout: 5) { FileManager.default.fileExists(atPath: file) })
    let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    #expect(text.contains("optimization = \"-O0\""), "\(text)")

    // Quit and start again: -O0 from the first frame.
    Tmux.send(session, "Escape")
    Tmux.send(session, "q")
    #expect(Tmux.wait(timeout: 10) { !Tmux.sessionExists(session) })
    screen = start()
    screen = Tmux.waitForScreen(session, timeout: 60) { $0.contains("-O0 ─") && $0.contains("addl    $1, %eax") }
    #expect(screen.contains("-O0 ─") && screen.contains("addl    $1, %eax"), "\(screen)")
    Tmux.send(session, "q")
    #expect(Tmux.wait(timeout: 10) { !Tmux.sessionExists(session) })

    // A file the user broke: reported at start, the explorer runs on defaults, the file stays.
    try "optimization = \"-O9\"\n".write(toFile: file, atomically: true, encoding: .utf8)
    screen = start()
    screen = Tmux.waitForScreen(session, timeout: 10) { $0.contains("settings not used") }
    #expect(screen.contains("settings not used"), "\(screen)")
    #expect(!screen.contains("-O0 ─"))
    #expect((try? String(contentsOfFile: file, encoding: .utf8)) == "optimization = \"-O9\"\n")
  }
}
