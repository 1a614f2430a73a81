import ExplorerUI
import Foundation
@testable import ISRKit
import Testing

/// Leaving the explorer (here by SIGTERM) stops the compiler runs in progress, children of
/// wrapper scripts included (issue 10, item 3).
@Suite struct AppToolShutdownTests {
  /// Live (not zombie) processes whose command line contains `marker`.
  static func live(_ marker: String) -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { pid_t($0) }.filter { pid in
      guard let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"),
            String(decoding: cmdline, as: UTF8.self).contains(marker),
            let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")") else { return false }
      let state = stat[stat.index(close, offsetBy: 2)]
      return state != "Z" && state != "X"
    }
  }

  static func waitFor(_ seconds: Double, _ condition: () -> Bool) -> Bool {
    let start = Date()
    while Date().timeIntervalSince(start) < seconds {
      if condition() { return true }
      usleep(50_000)
    }
    return condition()
  }

  @Test func quittingKillsTheCompilersChildren() throws {
    let marker = "isrxmark\(UInt32.random(in: 0...UInt32.max))"
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-wrap-\(marker)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let sleeper = dir.appendingPathComponent("sleep-\(marker)").path
    try FileManager.default.createSymbolicLink(atPath: sleeper, withDestinationPath: "/bin/sleep")
    let wrapper = dir.appendingPathComponent("clang").path
    try "#!/bin/sh\n\(sleeper) 1000\necho done\n".write(toFile: wrapper, atomically: true, encoding: .utf8)
    chmod(wrapper, 0o755)

    let target = try #require(TargetCatalog.target(id: "x86_64"))
    let compiler = CompilerInfo(path: wrapper, version: "wrapper \(marker)", backends: ["x86-64"])
    let toolchain = Toolchain(compilers: [.clang: compiler], timeLimit: 100)
    var state = AppState(text: "ISR(timer) {}\n", filePath: nil, targets: [TargetInfo(target: target)])
    state.size = Size(width: 120, height: 40)
    var started = false
    let backend = AppRuntimeFileTests.ScriptBackend([
      .run { started = Self.waitFor(20) { !Self.live(marker).isEmpty } },
      .signal(SIGTERM),
    ])
    let runtime = ExplorerRuntime(backend: backend, toolchain: toolchain, state: state, themeDirectory: nil)
    runtime.run()
    #expect(started)
    #expect(Self.waitFor(3) { Self.live(marker).isEmpty }, "left running: \(Self.live(marker))")
  }
}
