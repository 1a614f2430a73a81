import Foundation
@testable import ISRKit
import Testing

/// The process runner's own guarantees, on real processes (issue 10, items 3 and 6).
@Suite struct ProcessRunnerTests {
  func shell(_ script: String, timeLimit: Double = 20) throws(ToolchainError) -> ProcessResult {
    try PrivateDirectory.with { dir throws(ToolchainError) in
      try ProcessRunner.run("/bin/sh", ["-c", script], in: dir, timeLimit: timeLimit)
    }
  }

  @Test func limitsAreSetBeforeExec() throws {
    let result = try shell("ulimit -v; ulimit -t; ulimit -f", timeLimit: 7)
    let values = result.standardOutput.split(separator: "\n").map(String.init)
    // KiB of address space, CPU seconds (wall limit rounded up + 1), 512-byte blocks.
    #expect(values == ["\(1 << 20)", "8", "\((64 << 20) / 512)"])
  }

  @Test func eachRunLeadsItsOwnProcessGroup() throws {
    let result = try shell("echo $$; ps -o pgid= -p $$")
    let values = result.standardOutput.split(whereSeparator: \.isWhitespace).map(String.init)
    #expect(values.count == 2 && values[0] == values[1])
    #expect(values.first != "\(getpgrp())")
  }

  @Test func noOtherDescriptorReachesTheTool() throws {
    let fd = open("/dev/null", O_RDONLY)  // without O_CLOEXEC, as a careless caller might
    #expect(dup2(fd, 100) == 100)
    defer { close(fd); close(100) }
    let result = try shell("ls /proc/self/fd")
    let open = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(open.contains("2") && !open.contains("100"), "\(open)")
  }

  @Test func aCrashIsReportedWithItsSignal() throws {
    let result = try shell("kill -SEGV $$")
    #expect(result.signal == SIGSEGV)
    #expect(result.exitStatus == 128 + SIGSEGV)
    #expect(Toolchain.describeEnd(of: result, tool: "clang") == "clang crashed (SIGSEGV)")
  }

  @Test func timeLimitStopsBackgroundChildrenToo() throws {
    let started = Date()
    #expect(throws: ToolchainError.timedOut(tool: "/bin/sh", seconds: 1)) {
      try shell("sleep 30 & sleep 31; wait", timeLimit: 1)
    }
    #expect(Date().timeIntervalSince(started) < 5)
  }

  @Test func groupIsKilledWhenTheLeaderExits() throws {
    // The leader exits at once; the child it left behind must not outlive the run.
    let result = try shell("(sleep 30; echo late) >/dev/null 2>&1 & echo $!")
    let child = pid_t(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    #expect(child > 0)
    usleep(200_000)
    let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8)
    let state = stat.flatMap { text in text.lastIndex(of: ")").map { text[text.index($0, offsetBy: 2)] } }
    #expect(state == nil || state == "Z")
  }

  @Test func privateDirectoryIsPrivateAndNamedByPid() throws {
    var seen = ""
    try PrivateDirectory.with { dir throws(ToolchainError) in
      seen = dir.path
      var info = stat()
      #expect(lstat(dir.path, &info) == 0)
      #expect(info.st_mode & 0o777 == 0o700 && info.st_uid == getuid())
      #expect(dir.lastPathComponent.hasPrefix("isrx-\(getpid())-"))
    }
    #expect(!FileManager.default.fileExists(atPath: seen))
  }

  @Test func privateDirectoryIsRemovedOnError() throws {
    var seen = ""
    #expect(throws: ToolchainError.self) {
      try PrivateDirectory.with { dir throws(ToolchainError) in
        seen = dir.path
        throw ToolchainError.resourceMissing("x")
      }
    }
    #expect(!seen.isEmpty && !FileManager.default.fileExists(atPath: seen))
  }

  @Test func timeLimitFromTheEnvironmentValue() {
    #expect(ToolLimits.seconds(from: "3") == 3)
    #expect(ToolLimits.seconds(from: "0") == nil && ToolLimits.seconds(from: "-1") == nil)
    #expect(ToolLimits.seconds(from: "nan") == nil && ToolLimits.seconds(from: "x") == nil)
  }
}
