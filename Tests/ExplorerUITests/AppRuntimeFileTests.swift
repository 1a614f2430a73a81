import ExplorerUI
import Foundation
import ISRKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The runtime's file I/O, driven by a scripted backend against real temporary files: the
/// recovery copy (written on a termination signal, offered at start, removed or moved aside),
/// saves that check the disk first, and atomic writes.
@Suite struct AppRuntimeFileTests {
  /// A backend that plays a script: keys, file changes between keys, and a signal. When the
  /// script runs out it reports SIGTERM so `run()` always ends.
  final class ScriptBackend: TerminalBackend {
    enum Step {
      case key(Key)
      case run(() -> Void)
      case signal(Int32)
    }
    var size = Size(width: 120, height: 40)
    var colorCount = 0
    var steps: [Step]
    var pendingTerminationSignal: Int32?
    var ranOut = false
    init(_ steps: [Step]) { self.steps = steps }
    func present(_ grid: CellGrid) {}
    func stop() {}
    func nextKey(timeoutMilliseconds: Int) -> Key? {
      guard !steps.isEmpty else {
        ranOut = true
        pendingTerminationSignal = SIGTERM
        return nil
      }
      switch steps.removeFirst() {
      case .key(let key): return key
      case .run(let body): body(); return nil
      case .signal(let signal): pendingTerminationSignal = signal; return nil
      }
    }
  }

  /// A fresh directory with `x.c` holding `text`, and a recovery directory beside it.
  struct Sandbox {
    let root: String
    var file: String { root + "/x.c" }
    var recoveryDirectory: String { root + "/state/isrx/recovery" }
    init(_ text: String = "ISR(timer) {\n}\n") {
      root = NSTemporaryDirectory() + "isrx-runtime-\(UUID().uuidString)"
      try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      write(text)
    }
    func write(_ text: String) { FileManager.default.createFile(atPath: file, contents: Data(text.utf8)) }
    func read(_ path: String? = nil) -> String? {
      FileManager.default.contents(atPath: path ?? file).map { String(decoding: $0, as: UTF8.self) }
    }
    func recoveryFiles() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: recoveryDirectory)) ?? []).sorted()
    }
    var recoveryPath: String { recoveryDirectory + "/" + Recovery.fileName(for: file) }
    func remove() { try? FileManager.default.removeItem(atPath: root) }
  }

  static func runtime(_ sandbox: Sandbox, _ steps: [ScriptBackend.Step]) -> (ExplorerRuntime, ScriptBackend) {
    let text = sandbox.read() ?? ""
    var state = AppState(
      text: text, filePath: sandbox.file, targets: [TargetInfo(target: TargetCatalog.all[0])])
    state.size = Size(width: 120, height: 40)
    let backend = ScriptBackend(steps)
    let runtime = ExplorerRuntime(
      backend: backend, toolchain: Toolchain(compilers: [:]), state: state, themeDirectory: nil,
      recoveryDirectory: sandbox.recoveryDirectory)
    return (runtime, backend)
  }

  static func keys(_ keys: [Key]) -> [ScriptBackend.Step] { keys.map { .key($0) } }

  @Test func aTerminationSignalWritesTheRecoveryCopyPrivately() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let (runtime, _) = Self.runtime(
      sandbox, Self.keys([.char("i")] + typing("x")) + [.signal(SIGHUP)])
    runtime.run()
    #expect(runtime.terminationSignal == SIGHUP)
    #expect(sandbox.recoveryFiles() == [Recovery.fileName(for: sandbox.file)])
    let record = try #require(sandbox.read(sandbox.recoveryPath).flatMap(RecoveryRecord.init(decoding:)))
    #expect(record.path == sandbox.file)
    #expect(record.text == "xISR(timer) {\n}\n")
    #expect(record.text == runtime.state.buffer.text)
    let attributes = try FileManager.default.attributesOfItem(atPath: sandbox.recoveryPath)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let directory = try FileManager.default.attributesOfItem(atPath: sandbox.recoveryDirectory)
    #expect((directory[.posixPermissions] as? Int) == 0o700)
    #expect(sandbox.read() == "ISR(timer) {\n}\n", "the file itself is untouched")
  }

  @Test func noCopyWithoutUnsavedEdits() {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let (runtime, _) = Self.runtime(sandbox, Self.keys([.char("i"), .char("x"), .ctrl("z")]) + [.signal(SIGTERM)])
    runtime.run()
    #expect(sandbox.recoveryFiles().isEmpty)
  }

  @Test func aCopyIsOfferedRestoredSavedAndThenRemoved() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    // Run 1: edit, killed.
    let (first, _) = Self.runtime(sandbox, Self.keys([.char("i")] + typing("int kept;")) + [.signal(SIGTERM)])
    first.run()
    let edited = first.state.buffer.text
    // Run 2: offered; r restores; C-s saves; the copy is gone; q quits without asking.
    let (second, backend) = Self.runtime(
      sandbox, Self.keys([.char("r"), .ctrl("s"), .char("q")]))
    #expect(second.state.recoveryOffer?.record.text == edited)
    second.run()
    #expect(!backend.ranOut, "q quit")
    #expect(sandbox.read() == edited)
    #expect(sandbox.recoveryFiles().isEmpty)
  }

  @Test func discardDeletesTheCopyAndKeepMovesItAside() throws {
    for (key, kept) in [(Key.char("d"), false), (.char("k"), true)] {
      let sandbox = Sandbox()
      defer { sandbox.remove() }
      let (first, _) = Self.runtime(sandbox, Self.keys([.char("i"), .char("z")]) + [.signal(SIGTERM)])
      first.run()
      // No `q` after the choice: the status line must still show what was done when the
      // script runs out (and a key would clear it).
      let (second, _) = Self.runtime(sandbox, Self.keys([key]))
      #expect(second.state.recoveryOffer != nil)
      second.run()
      #expect(second.state.buffer.text == "ISR(timer) {\n}\n")
      let files = sandbox.recoveryFiles()
      if kept {
        #expect(files.count == 1 && files[0].hasPrefix(Recovery.fileName(for: sandbox.file) + ".kept-"))
        #expect(second.state.status?.contains("kept the recovery copy") == true)
      } else {
        #expect(files.isEmpty)
      }
    }
  }

  @Test func aCopyWithTheFilesOwnTextIsDroppedSilently() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    try FileManager.default.createDirectory(atPath: sandbox.recoveryDirectory, withIntermediateDirectories: true)
    let record = RecoveryRecord(path: sandbox.file, time: Date(), text: sandbox.read() ?? "")
    FileManager.default.createFile(atPath: sandbox.recoveryPath, contents: Data(record.encoded.utf8))
    let (runtime, _) = Self.runtime(sandbox, [])
    #expect(runtime.state.recoveryOffer == nil)
    #expect(sandbox.recoveryFiles().isEmpty)
  }

  @Test func quittingWithDiscardRemovesTheCopy() {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let (first, _) = Self.runtime(sandbox, Self.keys([.char("i"), .char("z")]) + [.signal(SIGTERM)])
    first.run()
    #expect(!sandbox.recoveryFiles().isEmpty)
    let (second, _) = Self.runtime(
      sandbox, Self.keys([.char("r"), .char("q"), .char("y")]))
    second.run()
    #expect(second.terminationSignal == nil)
    #expect(sandbox.recoveryFiles().isEmpty)
    #expect(sandbox.read() == "ISR(timer) {\n}\n")
  }

  /// A save killed before its rename leaves a temp beside the file: a copy of the file's own
  /// bytes is removed at the next start; one holding other text is kept and named.
  @Test func unfinishedSavesOfDeadRunsAreCleanedOrNamed() throws {
    let sandbox = Sandbox("ISR(timer) {\n}\n")
    defer { sandbox.remove() }
    let dead: Int32 = 999_999  // beyond pid_max on Linux: never a live process
    let same = sandbox.root + "/.x.c.isrx-\(dead)-1.tmp"
    let other = sandbox.root + "/.x.c.isrx-\(dead)-2.tmp"
    FileManager.default.createFile(atPath: same, contents: Data("ISR(timer) {\n}\n".utf8))
    FileManager.default.createFile(atPath: other, contents: Data("ISR(timer) { edited(); }\n".utf8))
    let (runtime, _) = Self.runtime(sandbox, [])
    #expect(!FileManager.default.fileExists(atPath: same), "a copy of the file's bytes is gone")
    #expect(FileManager.default.fileExists(atPath: other), "text that never reached the file is kept")
    #expect(runtime.state.status?.contains(other) == true, "\(runtime.state.status ?? "")")
  }

  @Test func saveChecksTheDiskFirstEvenBeforeThePollNotices() {
    let sandbox = Sandbox("mine\n")
    defer { sandbox.remove() }
    let (runtime, _) = Self.runtime(
      sandbox,
      Self.keys([.char("i"), .char("!")]) + [.run { sandbox.write("theirs\n") }]
        + Self.keys([.ctrl("s")])
        + [.run { #expect(sandbox.read() == "theirs\n") }]
        + Self.keys([.char("o"), .escape, .char("q")]))
    runtime.run()
    #expect(runtime.terminationSignal == nil)
    #expect(sandbox.read() == "!mine\n")
  }

  @Test func reloadFromTheSaveQuestionTakesTheDiskText() {
    let sandbox = Sandbox("mine\n")
    defer { sandbox.remove() }
    let (runtime, _) = Self.runtime(
      sandbox,
      Self.keys([.char("i"), .char("!")]) + [.run { sandbox.write("theirs\n") }]
        + Self.keys([.ctrl("s"), .char("r"), .escape, .char("q")]))
    runtime.run()
    #expect(runtime.terminationSignal == nil)
    #expect(runtime.state.buffer.text == "theirs\n")
    #expect(sandbox.read() == "theirs\n")
  }

  @Test func atomicWritesKeepPermissionsFollowLinksAndLeaveNoTemporaries() throws {
    let sandbox = Sandbox("old\n")
    defer { sandbox.remove() }
    chmod(sandbox.file, 0o640)
    #expect(FileSaver.save(Array("new\n".utf8), to: sandbox.file) == nil)
    #expect(sandbox.read() == "new\n")
    let mode = try FileManager.default.attributesOfItem(atPath: sandbox.file)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    // Through a symbolic link: the target changes, the link stays a link.
    let link = sandbox.root + "/link.c"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: sandbox.file)
    #expect(FileSaver.save(Array("via link\n".utf8), to: link) == nil)
    #expect(sandbox.read() == "via link\n")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == sandbox.file)
    // A new file; then a directory that cannot be written reports an error.
    #expect(FileSaver.save(Array("fresh".utf8), to: sandbox.root + "/new.c") == nil)
    #expect(FileSaver.save(Array("x".utf8), to: sandbox.root + "/missing/dir/a.c") != nil)
    let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.root)
    #expect(!names.contains { $0.hasSuffix(".tmp") }, "\(names)")
  }
}
