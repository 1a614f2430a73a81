import Foundation
import Testing

/// `y` and `M` in the real explorer: the listing reaches the terminal's clipboard through
/// OSC 52 (tmux keeps it as a paste buffer with `set-clipboard on`), and the view is written
/// to a new Markdown file beside the source, never over an existing one.
@Suite(.serialized) struct ExplorerOutputTmuxTests {
  @Test func yankCopiesTheListingAndMExportsMarkdown() throws {
    guard Tmux.isReady else { try Test.cancel("tmux or the isrx binary is not ready") }
    let dir = NSTemporaryDirectory() + "isrx-output-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let source = dir + "/timer.c"
    try String(contentsOf: CLI.packageRoot.appendingPathComponent("Sources/ISRKit/Resources/samples/timer.c"), encoding: .utf8)
      .write(toFile: source, atomically: true, encoding: .utf8)
    // A file already at the export's name: it must survive.
    try "mine\n".write(toFile: dir + "/timer.x86.clang.md", atomically: true, encoding: .utf8)

    let session = "isrx-output-\(ProcessInfo.processInfo.processIdentifier)"
    Tmux.tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "48",
               "env", "XDG_STATE_HOME=\(dir)/state", "XDG_CONFIG_HOME=\(dir)/config", Tmux.binary, source])
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    Tmux.tmux(["set-option", "-s", "set-clipboard", "on"])
    var screen = Tmux.waitForScreen(session, timeout: 30) { $0.contains("EXPLORE") && $0.contains("iretl") }
    #expect(screen.contains("iretl"), "\(screen)")

    Tmux.send(session, "y")
    screen = Tmux.waitForScreen(session, timeout: 5) { $0.contains("copied the listing") }
    #expect(screen.contains("copied the listing"), "\(screen)")
    var buffer = ""
    Tmux.wait(timeout: 5) {
      buffer = Tmux.tmux(["show-buffer"])
      return buffer.contains("iretl")
    }
    #expect(buffer.contains("timer:"), "\(buffer)")
    #expect(buffer.contains(" return |  iretl"), "\(buffer)")

    // The cost figures in too, so the export has its table.
    _ = Tmux.waitForScreen(session, timeout: 60) { $0.contains("software stack") }
    Tmux.send(session, "M")
    screen = Tmux.waitForScreen(session, timeout: 5) { $0.contains("exported the view to") }
    #expect(screen.contains("exported the view to"), "\(screen)")
    #expect(try String(contentsOfFile: dir + "/timer.x86.clang.md", encoding: .utf8) == "mine\n")
    let export = try String(contentsOfFile: dir + "/timer.x86.clang-2.md", encoding: .utf8)
    #expect(export.hasPrefix("# timer.c on x86 (i386)"), "\(export)")
    #expect(export.contains("```asm\n") && export.contains("iretl"))
    #expect(export.contains("| target |"), "the cost table: \(export)")
  }
}
