import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real explorer on a CRLF file with a Latin-1 byte: it refuses to edit it, says why on
/// screen, and the file keeps every byte.
@Suite(.enabled(if: Tmux.isReady, "needs tmux and a built isrx (swift build)"))
struct ExplorerFaithfulFileTests {
  @Test func aCRLFFileWithALatin1ByteIsNeverAltered() throws {
    let sandbox = ExplorerCrashTests.Sandbox("")
    defer { sandbox.remove() }
    let original: [UInt8] = Array("/* caf".utf8) + [0xE9] + Array(" */\r\nvolatile unsigned ticks;\r\nISR(timer) {\r\n  ticks++;\r\n}\r\n".utf8)
    FileManager.default.createFile(atPath: sandbox.file, contents: Data(original))
    let session = ExplorerCrashTests.newSession(
      "isrx-latin1", ["env", "XDG_STATE_HOME=\(sandbox.state)", Tmux.binary, sandbox.file])
    defer { Tmux.tmux(["kill-session", "-t", session]) }
    var screen = Tmux.waitForScreen(session) { $0.contains("ISR(timer)") && $0.contains("EXPLORE") }
    #expect(screen.contains("not valid UTF-8"), "\(screen)")
    Tmux.send(session, "i")
    Tmux.type(session, "int typed;")
    Tmux.send(session, "C-s")
    screen = Tmux.waitForScreen(session, timeout: 3) { $0.contains("int typed;") }
    #expect(!screen.contains("int typed;"), "the buffer was edited:\n\(screen)")
    #expect(screen.contains("not valid UTF-8"), "\(screen)")
    let now = FileManager.default.contents(atPath: sandbox.file).map { [UInt8]($0) }
    #expect(now == original)
    Tmux.send(session, "q")
    #expect(Tmux.wait(timeout: 5) { !Tmux.sessionExists(session) })
    #expect(FileManager.default.contents(atPath: sandbox.file).map { [UInt8]($0) } == original)
  }
}
