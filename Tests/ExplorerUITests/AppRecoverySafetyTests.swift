import ExplorerUI
import Foundation
import ISRKit
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The recovery copy against hostile or failing file systems, and its order with compiles.
@Suite struct AppRecoverySafetyTests {
  typealias Sandbox = AppRuntimeFileTests.Sandbox

  /// Records, at each submit, the text sent and what the recovery copy held at that moment.
  final class WatchingCompiler: CompileSubmitting {
    let recoveryPath: String
    let seen = Mutex<[(source: String, copy: String?)]>([])
    init(recoveryPath: String) { self.recoveryPath = recoveryPath }
    func submit(source: String, jobs: [CompileJob], visibleCount: Int, version: Int, options: BuildOptions) {
      let copy = FileManager.default.contents(atPath: recoveryPath)
        .flatMap { RecoveryRecord(decoding: String(decoding: $0, as: UTF8.self))?.text }
      seen.withLock { $0.append((source, copy)) }
    }
  }

  @Test func theRecoveryCopyHoldsTheTextBeforeItIsCompiled() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let watcher = WatchingCompiler(recoveryPath: sandbox.recoveryPath)
    var state = AppState(
      text: sandbox.read() ?? "", filePath: sandbox.file,
      targets: [TargetInfo(target: TargetCatalog.all[0])])
    state.size = Size(width: 120, height: 40)
    // Type, then let the compile debounce (0.15 s) pass, well before the copy's own 1 s timer.
    let pause = AppRuntimeFileTests.ScriptBackend.Step.run { Thread.sleep(forTimeInterval: 0.25) }
    let backend = AppRuntimeFileTests.ScriptBackend(
      AppRuntimeFileTests.keys([.char("i")] + typing("int a;")) + [pause, pause]
        + AppRuntimeFileTests.keys(typing(" int b;")) + [pause, pause])
    let runtime = ExplorerRuntime(
      backend: backend, toolchain: Toolchain(compilers: [:]), state: state, themeDirectory: nil,
      recoveryDirectory: sandbox.recoveryDirectory, compiler: watcher)
    runtime.run()
    let edited = watcher.seen.withLock { $0 }.filter { $0.source != "ISR(timer) {\n}\n" }
    #expect(edited.count == 2, "\(edited.map(\.source))")
    for submit in edited {
      #expect(submit.copy == submit.source, "compiled before the copy was written: \(submit)")
    }
  }

  @Test func aSymlinkPlantedAtTheRecoveryNameIsNotFollowed() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let victim = sandbox.root + "/victim"
    FileManager.default.createFile(atPath: victim, contents: Data("precious\n".utf8))
    try FileManager.default.createDirectory(
      atPath: sandbox.recoveryDirectory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    #expect(symlink(victim, sandbox.recoveryPath) == 0)
    let (runtime, _) = AppRuntimeFileTests.runtime(
      sandbox, AppRuntimeFileTests.keys([.char("i")] + typing("int x;")) + [.signal(SIGHUP)])
    runtime.run()
    #expect(sandbox.read(victim) == "precious\n", "the link's target was overwritten")
    var info = stat()
    #expect(lstat(sandbox.recoveryPath, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
    #expect(sandbox.read(sandbox.recoveryPath)?.contains("int x;") == true)
  }

  @Test func aStateDirectoryOwnedBySomeoneElseIsRefused() throws {
    guard geteuid() == 0 else { try Test.cancel("only root can give a directory away") }
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let state = sandbox.root + "/state"
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    #expect(chown(state, 4242, 4242) == 0)
    let (runtime, _) = AppRuntimeFileTests.runtime(
      sandbox, AppRuntimeFileTests.keys([.char("i")] + typing("int x;")) + [.signal(SIGHUP)])
    #expect(runtime.state.status?.contains("belongs to another user") == true, "\(runtime.state.status ?? "")")
    runtime.run()
    #expect(!FileManager.default.fileExists(atPath: sandbox.recoveryPath))
  }

  @Test func anOrphanedTempCopyIsOfferedBackAndCleaned() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let dead: pid_t = 4_194_000
    guard kill(dead, 0) != 0 else { try Test.cancel("the chosen pid is alive") }
    try FileManager.default.createDirectory(
      atPath: sandbox.recoveryDirectory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    let record = RecoveryRecord(path: sandbox.file, time: Date(), pid: dead, text: "int orphan;\n")
    let orphan = sandbox.recoveryDirectory + "/.\(Recovery.fileName(for: sandbox.file)).isrx-\(dead)-1.tmp"
    FileManager.default.createFile(atPath: orphan, contents: Data(record.encoded.utf8))
    let broken = sandbox.recoveryDirectory + "/.\(Recovery.fileName(for: sandbox.file)).isrx-\(dead)-2.tmp"
    FileManager.default.createFile(atPath: broken, contents: Data("isrx recov".utf8))
    let (runtime, _) = AppRuntimeFileTests.runtime(sandbox, [])
    #expect(runtime.state.recoveryOffer?.record.text == "int orphan;\n")
    #expect(sandbox.recoveryFiles() == [Recovery.fileName(for: sandbox.file)])
  }

  @Test func failedRecoveryWritesBackOff() {
    var scheduler = RecoveryScheduler()
    let t0 = Date()
    #expect(scheduler.step(isModified: true, version: 1, now: t0) == nil)
    #expect(scheduler.step(isModified: true, version: 1, now: t0 + 1.1) == .write(version: 1))
    scheduler.didFail(now: t0 + 1.1)
    #expect(scheduler.step(isModified: true, version: 1, now: t0 + 1.15) == nil)
    #expect(scheduler.step(isModified: true, version: 1, now: t0 + 2.2) == .write(version: 1))
    scheduler.didFail(now: t0 + 2.2)
    #expect(scheduler.step(isModified: true, version: 1, now: t0 + 3.3) == nil)
    #expect(scheduler.step(isModified: true, version: 1, now: t0 + 4.3) == .write(version: 1))
    for _ in 0..<10 { scheduler.didFail(now: t0 + 5) }
    #expect(scheduler.step(isModified: true, version: 1, now: t0 + 34) == nil)
    #expect(scheduler.step(isModified: true, version: 1, now: t0 + 35.1) == .write(version: 1))
  }

  @Test func aFailingRecoveryCopyDoesNotHideSaveFailed() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    // The recovery "directory" lies under a regular file: every write fails.
    FileManager.default.createFile(atPath: sandbox.root + "/state", contents: Data())
    let pause = AppRuntimeFileTests.ScriptBackend.Step.run { Thread.sleep(forTimeInterval: 0.3) }
    let (runtime, _) = AppRuntimeFileTests.runtime(
      sandbox,
      AppRuntimeFileTests.keys([.char("i")] + typing("int x;"))
        + [.run { try? FileManager.default.removeItem(atPath: sandbox.file)
                  try? FileManager.default.createDirectory(atPath: sandbox.file, withIntermediateDirectories: true) }]
        + AppRuntimeFileTests.keys([.ctrl("s")]) + Array(repeating: pause, count: 6))
    runtime.run()
    #expect(runtime.state.status?.hasPrefix("save failed") == true, "\(runtime.state.status ?? "nil")")
  }
}
