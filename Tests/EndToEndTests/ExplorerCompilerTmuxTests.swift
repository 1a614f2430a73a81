import Foundation
import ISRKit
import Testing

/// GCC in the real explorer: `g` switches avr to avr-gcc, `c` `c` puts clang and GCC side by
/// side, each pane titled with its compiler and ending in `reti`.
@Suite(.serialized) struct ExplorerCompilerTmuxTests {
  /// The columns of `screen` from the `n`th pane's top-left corner (`┌` on the row below the
  /// tabs) to the next one's, row by row.
  static func pane(_ n: Int, of screen: String) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(Array.init)
    guard let top = lines.first else { return "" }
    let corners = top.indices.filter { top[$0] == "┌" }
    guard corners.indices.contains(n) else { return "" }
    let left = corners[n], right = corners.indices.contains(n + 1) ? corners[n + 1] : Int.max
    return lines.map { String($0[min(left, $0.count)..<min(right, $0.count)]) }.joined(separator: "\n")
  }

  @Test func gAndCompareShowClangAndGCCSideBySide() throws {
    guard Tmux.isReady else { try Test.cancel("tmux or the isrx binary is not ready") }
    let avr = TargetCatalog.target(.avr)
    if case .missing(let why) = Toolchain.discover().availability(avr.compiled(by: .gcc)) {
      try Test.cancel("no GCC for avr: \(why)")
    }
    let session = "isrx-gcc-\(ProcessInfo.processInfo.processIdentifier)"
    let state = NSTemporaryDirectory() + "isrx-gcc-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: state) }
    Tmux.tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "48", "env", "XDG_STATE_HOME=\(state)", Tmux.binary])
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    var screen = Tmux.waitForScreen(session, timeout: 30) { $0.contains("EXPLORE") && $0.contains("iretl") }

    // Back along the tab row to avr (msp430 and atmega2560 come first from x86).
    for _ in 0..<15 where !screen.contains("┌ avr · direct ISR") {
      Tmux.send(session, "BTab")
      screen = Tmux.waitForScreen(session, timeout: 2) { $0.contains("┌ avr · direct ISR") }
    }
    #expect(screen.contains("┌ avr · direct ISR · clang"), "\(screen)")
    // The source cursor to the closing brace (line 17): the panes show the exit sequence.
    for _ in 0..<5 { Tmux.send(session, "Down") }

    // g: avr-gcc's listing, in GCC's own words.
    Tmux.send(session, "g")
    screen = Tmux.waitForScreen(session, timeout: 60) {
      $0.contains("┌ avr · direct ISR · avr-gcc") && $0.contains("reti") && $0.contains("__SREG__")
    }
    #expect(screen.contains("┌ avr · direct ISR · avr-gcc"), "\(screen)")
    #expect(screen.contains("out     __SREG__, r0"), "\(screen)")

    // c, c: GCC (the current compiler) beside clang, both ending in reti, and the cost
    // panel with both sides and the difference.
    Tmux.send(session, "c")
    Tmux.send(session, "c")
    screen = Tmux.waitForScreen(session, timeout: 60) { screen in
      Self.pane(1, of: screen).contains("reti") && Self.pane(2, of: screen).contains("reti")
        && screen.contains("clang − gcc") && screen.contains("instructions")
    }
    let gcc = Self.pane(1, of: screen), clang = Self.pane(2, of: screen)
    #expect(gcc.hasPrefix("┌ avr-gcc "), "\(gcc)")
    #expect(clang.hasPrefix("┌ clang "), "\(clang)")
    #expect(gcc.contains("reti") && clang.contains("reti"), "\(screen)")
    #expect(gcc.contains("__SREG__") && !clang.contains("__SREG__"), "each pane its own compiler's:\n\(screen)")
    #expect(screen.contains("clang − gcc"), "\(screen)")
  }
}
