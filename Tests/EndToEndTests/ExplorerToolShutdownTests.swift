import Foundation
import Testing

/// Leaving the real explorer (q, SIGTERM) while a compiler wrapper's child is running kills
/// that child too (issue 10, item 3).
@Suite(.enabled(if: Tmux.isReady, "needs tmux and a built isrx (swift build)"), .serialized)
struct ExplorerToolShutdownTests {
  enum WayOut: String, CaseIterable { case quitKey, sigterm }

  @Test(arguments: WayOut.allCases)
  func leavingTheExplorerStopsTheTools(_ way: WayOut) throws {
    let (wrapper, marker) = try Processes.sleepingWrapper()
    defer { Processes.cleanUp(wrapper) }
    let root = NSTemporaryDirectory() + "isrx-shutdown-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let file = root + "/timer.c"
    try "volatile unsigned ticks;\nISR(timer) {\n  ticks++;\n}\n".write(toFile: file, atomically: true, encoding: .utf8)

    let session = "isrx-shutdown-\(way.rawValue)-\(ProcessInfo.processInfo.processIdentifier)"
    Tmux.tmux(["new-session", "-d", "-s", session, "-x", "120", "-y", "40",
               "env", "ISRX_CLANG=\(wrapper)", "ISRX_TIME_LIMIT=100", "XDG_STATE_HOME=\(root)/state", Tmux.binary, file])
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    #expect(Tmux.wait(timeout: 20) { !Processes.live(marker).isEmpty }, "the wrapper never ran")
    switch way {
    case .quitKey:
      Tmux.send(session, "q")
    case .sigterm:
      // isrx itself: argv[0] is the binary (tmux may have started it through a shell).
      // Looked for a few times: on a loaded machine /proc can be read between states.
      func findIsrx() -> [pid_t] {
        Processes.live(file).filter { pid in
          let argv = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")?.split(separator: 0)
          return argv?.first.map { String(decoding: $0, as: UTF8.self) } == Tmux.binary
        }
      }
      var isrx: [pid_t] = []
      _ = Tmux.wait(timeout: 10) { isrx = findIsrx(); return isrx.count == 1 }
      #expect(isrx.count == 1, "isrx not found among \(Processes.live(file))")
      for pid in isrx { kill(pid, SIGTERM) }
    }
    #expect(Tmux.wait(timeout: 10) { !Tmux.sessionExists(session) }, "isrx did not exit")
    #expect(Processes.waitGone(marker).isEmpty, "the compiler wrapper's child outlived isrx")
  }
}
