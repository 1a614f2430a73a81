import Foundation
import Testing

/// A compiler that never finishes, in a child of a wrapper script: isrx must stop the whole
/// tree at the time limit and on SIGTERM, leave no process and no private directory
/// behind (issue 10, items 3 and 6).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: CLI.binary), "build isrx first: swift build"),
       .serialized)
struct ToolBoundsTests {
  @Test func timeLimitKillsTheWrappersChild() throws {
    let (wrapper, marker) = try Processes.sleepingWrapper()
    defer { Processes.cleanUp(wrapper) }
    let run = try Processes.isrx(
      ["asm", CLI.sample, "-t", "x86_64"], environment: ["ISRX_CLANG": wrapper, "ISRX_TIME_LIMIT": "3"], deadline: 30)
    #expect(run.reason == .exit && run.status != 0)
    #expect(run.seconds < 10, "took \(run.seconds) s")
    #expect(run.stderr.contains("did not finish within 3 s and was stopped"))
    #expect(Processes.waitGone(marker).isEmpty)
    #expect(Processes.privateDirectories(of: run.pid).isEmpty)
  }

  @Test func fifoIncludeThroughAWrapper() throws {
    // clang blocks opening the FIFO; only killing the wrapper's group reaches it.
    let (wrapper, marker, dir) = try Processes.clangWrapper()
    defer { Processes.cleanUp(wrapper) }
    let fifo = dir.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let file = try CLI.temporaryFile("#include \"\(fifo)\"\nISR(timer) {}\n")
    let run = try Processes.isrx(
      ["asm", file, "-t", "x86_64"], environment: ["ISRX_CLANG": wrapper, "ISRX_TIME_LIMIT": "3"], deadline: 30)
    #expect(run.reason == .exit && run.status != 0)
    #expect(run.seconds < 10, "took \(run.seconds) s")
    #expect(run.stderr.contains("did not finish within 3 s"))
    #expect(Processes.waitGone(marker).isEmpty)
  }

  @Test func timeLimitOption() throws {
    let (wrapper, marker) = try Processes.sleepingWrapper()
    defer { Processes.cleanUp(wrapper) }
    let run = try Processes.isrx(
      ["expand", CLI.sample, "-t", "x86_64", "--time-limit", "2"], environment: ["ISRX_CLANG": wrapper], deadline: 30)
    #expect(run.status != 0 && run.seconds < 10)
    #expect(run.stderr.contains("did not finish within 2 s"))
    #expect(Processes.waitGone(marker).isEmpty)
  }

  @Test func versionProbeIsBounded() throws {
    let (wrapper, marker) = try Processes.sleepingWrapper(hangProbes: true)
    defer { Processes.cleanUp(wrapper) }
    let run = try Processes.isrx(["targets"], environment: ["ISRX_CLANG": wrapper, "ISRX_TIME_LIMIT": "2"], deadline: 30)
    #expect(run.seconds < 10, "took \(run.seconds) s")
    #expect(run.stdout.contains("unavailable: ISRX_CLANG=\(wrapper) could not be used: \(wrapper) did not finish within 2 s"))
    #expect(Processes.waitGone(marker).isEmpty)
  }

  @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
  func signalStopsTheToolTree(_ signal: Int32) throws {
    let (wrapper, marker) = try Processes.sleepingWrapper()
    defer { Processes.cleanUp(wrapper) }
    let run = try Processes.isrx(
      // Every target: the workers are all busy waiting for tools when the signal comes.
      ["report", CLI.sample], environment: ["ISRX_CLANG": wrapper, "ISRX_TIME_LIMIT": "100"],
      deadline: 30
    ) { pid in
      let start = Date()
      while Processes.live(marker).isEmpty && Date().timeIntervalSince(start) < 20 { usleep(50_000) }
      kill(pid, signal)
    }
    #expect(run.reason == .uncaughtSignal && run.status == signal)
    #expect(run.seconds < 25)
    #expect(Processes.waitGone(marker).isEmpty)
    #expect(Processes.privateDirectories(of: run.pid).isEmpty)
  }

  @Test func killNineTakesTheToolAlongAndTheNextRunCleansUp() throws {
    let (wrapper, marker) = try Processes.sleepingWrapper()
    defer { Processes.cleanUp(wrapper) }
    var directories: [String] = []
    var wrapperWasRunning = false
    let run = try Processes.isrx(
      ["asm", CLI.sample, "-t", "x86_64"], environment: ["ISRX_CLANG": wrapper, "ISRX_TIME_LIMIT": "100"],
      deadline: 30
    ) { pid in
      _ = Tmux.wait(timeout: 20) { !Processes.live(marker).isEmpty }
      directories = Processes.privateDirectories(of: pid)
      wrapperWasRunning = Processes.live(marker).contains { Self.argv0($0) == "/bin/sh" }
      kill(pid, SIGKILL)
    }
    #expect(run.reason == .uncaughtSignal && run.status == SIGKILL)
    #expect(!directories.isEmpty && wrapperWasRunning)
    // The wrapper (isrx's child) dies with isrx; its own child is out of reach.
    #expect(Tmux.wait(timeout: 3) { !Processes.live(marker).contains { Self.argv0($0) == "/bin/sh" } })
    for pid in Processes.live(marker) { kill(pid, SIGKILL) }
    let next = try Processes.isrx(["expand", CLI.sample, "-t", "x86_64"])
    #expect(next.status == 0)
    #expect(Processes.privateDirectories(of: run.pid).isEmpty, "left: \(directories)")
  }

  static func argv0(_ pid: pid_t) -> String? {
    FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")?.split(separator: 0).first
      .map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func staleDirectoriesOfDeadRunsAreRemoved() throws {
    // A pid that is certainly dead: a child that has exited and been reaped.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    let tmp = FileManager.default.temporaryDirectory
    let stale = tmp.appendingPathComponent("isrx-\(child.processIdentifier)-Ab3dEf")
    let alive = tmp.appendingPathComponent("isrx-\(getpid())-Ab3dEf")
    for dir in [stale, alive] {
      try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    }
    defer { try? FileManager.default.removeItem(at: alive) }
    let run = try Processes.isrx(["expand", CLI.sample, "-t", "x86_64"])
    #expect(run.status == 0)
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(FileManager.default.fileExists(atPath: alive.path))  // this test process is alive
    #expect(Processes.privateDirectories(of: run.pid).isEmpty)
  }
}
