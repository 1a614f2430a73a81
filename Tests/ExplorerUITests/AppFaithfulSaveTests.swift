import ExplorerUI
import Foundation
import ISRKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Saves change only the lines the user edited, and keep the file's mode, owner and links.
@Suite struct AppFaithfulSaveTests {
  typealias Sandbox = AppRuntimeFileTests.Sandbox

  static func bytes(_ path: String) -> [UInt8] {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
  }

  static func runtime(_ sandbox: Sandbox, _ steps: [AppRuntimeFileTests.ScriptBackend.Step]) -> ExplorerRuntime {
    let decoded = SourceBytes.decode(bytes(sandbox.file), name: sandbox.file)
    var state = AppState(
      text: decoded.text, filePath: sandbox.file, targets: [TargetInfo(target: TargetCatalog.all[0])])
    state.readOnlyReason = decoded.readOnlyReason
    state.size = Size(width: 120, height: 40)
    return ExplorerRuntime(
      backend: AppRuntimeFileTests.ScriptBackend(steps), toolchain: Toolchain(compilers: [:]),
      state: state, themeDirectory: nil, recoveryDirectory: sandbox.recoveryDirectory,
      compiler: AppRecoverySafetyTests.WatchingCompiler(recoveryPath: "/nonexistent"))
  }

  static func write(_ bytes: [UInt8], _ path: String) {
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
  }

  @Test func editingOneLineOfACRLFFileKeepsEveryOtherByte() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    // CRLF lines, one LF line, a UTF-8 é, trailing spaces, no final newline.
    let original = Array("/* caf\u{e9} */\r\nint a;  \r\nISR(timer) {\n  a++;\r\n}".utf8)
    Self.write(original, sandbox.file)
    let runtime = Self.runtime(
      sandbox, AppRuntimeFileTests.keys([.char("i"), .up, .end] + typing(" int b;") + [.ctrl("s")]))
    runtime.run()
    #expect(runtime.state.status?.hasPrefix("saved") == true, "\(runtime.state.status ?? "")")
    let expected = Array("/* caf\u{e9} */\r\nint a;   int b;\r\nISR(timer) {\n  a++;\r\n}".utf8)
    #expect(Self.bytes(sandbox.file) == expected)
  }

  @Test func newLinesTakeTheFilesLineEnding() {
    let original = Array("a\r\nb\r\nc\r\n".utf8)
    #expect(SourceBytes.encode("a\r\nb\nX\nY\nc\n", original: original) == Array("a\r\nb\r\nX\r\nY\r\nc\r\n".utf8))
    #expect(SourceBytes.encode("a\nc\n", original: original) == Array("a\r\nc\r\n".utf8))
    #expect(SourceBytes.encode("a\nb\nc", original: original) == Array("a\r\nb\r\nc".utf8))
    #expect(SourceBytes.encode("x\n", original: nil) == Array("x\n".utf8))
    // An edited LF line in a CRLF file keeps its LF.
    #expect(SourceBytes.encode("a\nB\nc\n", original: Array("a\r\nb\nc\r\n".utf8)) == Array("a\r\nB\nc\r\n".utf8))
  }

  @Test func aFileThatIsNotUTF8OpensReadOnlyAndIsNeverConverted() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let original: [UInt8] = Array("/* caf".utf8) + [0xE9] + Array(" */\r\nISR(timer) {\r\n}\r\n".utf8)
    Self.write(original, sandbox.file)
    let runtime = Self.runtime(
      sandbox, AppRuntimeFileTests.keys([.char("i")] + typing("x") + [.ctrl("s")]))
    #expect(runtime.state.readOnlyReason?.contains("not valid UTF-8 (byte 0xE9 on line 1)") == true)
    runtime.run()
    #expect(runtime.state.mode == .explore)
    #expect(runtime.state.status?.contains("not valid UTF-8") == true, "\(runtime.state.status ?? "")")
    #expect(Self.bytes(sandbox.file) == original)
  }

  @Test func aFileOverTheSizeLimitOpensReadOnly() {
    let big = [UInt8](repeating: 0x61, count: SourceBytes.editableLimit + 1)
    #expect(SourceBytes.decode(big, name: "big.c").readOnlyReason?.contains("over the 2 MiB editing limit") == true)
    #expect(SourceBytes.decode(Array(big.dropLast()), name: "ok.c").readOnlyReason == nil)
  }

  @Test func aReadOnlyFileAsksBeforeItIsOverwritten() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    #expect(chmod(sandbox.file, 0o444) == 0)
    let original = Self.bytes(sandbox.file)
    // C-s asks; c cancels (file unchanged); C-s asks again; o writes.
    let runtime = Self.runtime(
      sandbox,
      AppRuntimeFileTests.keys([.char("i"), .char("x"), .ctrl("s")])
        + [.run { #expect(Self.bytes(sandbox.file) == original) }]
        + AppRuntimeFileTests.keys([.char("c"), .ctrl("s")])
        + [.run { #expect(Self.bytes(sandbox.file) == original) }]
        + AppRuntimeFileTests.keys([.char("o")]))
    runtime.run()
    #expect(Self.bytes(sandbox.file) == Array("xISR(timer) {\n}\n".utf8))
    var info = stat()
    #expect(stat(sandbox.file, &info) == 0 && info.st_mode & 0o7777 == 0o444)
  }

  @Test func hardLinksAndOwnerAreKept() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let link = sandbox.root + "/link.c"
    #expect(Glibc.link(sandbox.file, link) == 0)
    let isRoot = geteuid() == 0
    if isRoot { #expect(chown(sandbox.file, 4242, 4343) == 0) }
    var before = stat()
    stat(sandbox.file, &before)
    let runtime = Self.runtime(sandbox, AppRuntimeFileTests.keys([.char("i"), .char("y"), .ctrl("s")]))
    runtime.run()
    #expect(Self.bytes(link) == Array("yISR(timer) {\n}\n".utf8), "the hard link was broken")
    var after = stat()
    stat(sandbox.file, &after)
    #expect(after.st_ino == before.st_ino && after.st_nlink == 2)
    #expect(after.st_uid == before.st_uid && after.st_gid == before.st_gid)
    #expect(after.st_mode == before.st_mode)
  }

  @Test func theOwnerIsKeptWhenTheFileIsReplaced() throws {
    guard geteuid() == 0 else { try Test.cancel("needs root (to change a file's owner)") }
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    #expect(chown(sandbox.file, 4242, 4343) == 0)
    let runtime = Self.runtime(sandbox, AppRuntimeFileTests.keys([.char("i"), .char("y"), .ctrl("s")]))
    runtime.run()
    var after = stat()
    stat(sandbox.file, &after)
    #expect(Self.bytes(sandbox.file) == Array("yISR(timer) {\n}\n".utf8))
    #expect(after.st_uid == 4242 && after.st_gid == 4343)
    let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: sandbox.root))?.filter { $0.hasSuffix(".tmp") }
    #expect(leftovers == [])
  }
}
