import CSpawn
import Foundation

/// What a finished (or stopped) process left behind.
public struct ProcessResult: Sendable, Hashable {
  /// The exit status, or 128 + the signal number when a signal ended it.
  public var exitStatus: Int32
  public var standardOutput: String
  public var standardError: String
  /// Wall time from spawn to exit.
  public var seconds: Double
  /// The signal that ended the process (a crash: SIGSEGV, SIGABRT, ...), if one did.
  public var signal: Int32? = nil
}

/// Runs one program with an argument vector (never through a shell), in a given directory,
/// with a time limit and an output limit. Output goes to files in that (private) directory,
/// so a chatty child can never block on a full pipe. The program leads its own process
/// group, which is killed as a whole at the time limit and when the run ends (no stray
/// child of a wrapper script survives), and runs under `ToolLimits`' rlimits.
public enum ProcessRunner {
  /// Runs `executable` with `arguments` in `directory`.
  ///
  /// - Throws: `ToolchainError.timedOut` when the program runs longer than `timeLimit`
  ///   seconds, `.outputFlood` when it writes more than `outputLimit` bytes (it is killed in
  ///   both cases), `.launchFailed` when it cannot start.
  public static func run(
    _ executable: String, _ arguments: [String], in directory: URL,
    environment: [String: String]? = nil,
    timeLimit: Double = ToolLimits.defaultSeconds, outputLimit: Int = 8 << 20, record: Bool = true
  ) throws(ToolchainError) -> ProcessResult {
    if record { ProcessJournal.shared.record(executable, arguments, environment, in: directory) }
    let outPath = directory.appendingPathComponent(".stdout").path
    let errPath = directory.appendingPathComponent(".stderr").path
    let input = open("/dev/null", O_RDONLY | O_CLOEXEC)
    let out = open(outPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    let err = open(errPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    defer { for fd in [input, out, err] where fd >= 0 { close(fd) } }
    guard input >= 0, out >= 0, err >= 0 else {
      throw .launchFailed(tool: executable, reason: String(cString: strerror(errno)))
    }
    let limits = ToolLimits(seconds: timeLimit)
    var cLimits = isrx_limits(
      address_space_bytes: limits.addressSpaceBytes, cpu_seconds: limits.cpuSeconds,
      file_size_bytes: limits.fileSizeBytes)
    let env = environment ?? ProcessInfo.processInfo.environment
    let start = Date()
    let pid = withCStrings([executable] + arguments) { argv in
      withCStrings(env.map { "\($0.key)=\($0.value)" }) { envp in
        isrx_spawn(executable, argv, envp, directory.path, input, out, err, &cLimits)
      }
    }
    guard pid > 0 else {
      throw .launchFailed(tool: executable, reason: String(cString: strerror(-pid)))
    }
    guard ProcessGroups.register(pid) else {
      finish(pid)
      ProcessGroups.parkIfClosed()
      throw .launchFailed(tool: executable, reason: "isrx is exiting")
    }
    defer { ProcessGroups.unregister(pid) }

    // Wait for the exit without reaping, so the pid and its group id cannot be reused before
    // the group is killed: on a pidfd (woken at once), else by polling every 0.5–20 ms.
    // Every 20 ms at most, look at the clock and the output size.
    let pidfd = isrx_pidfd_open(pid)
    defer { if pidfd >= 0 { close(pidfd) } }
    var pause = 0.000_5
    while !hasExited(pid) {
      if Date().timeIntervalSince(start) > timeLimit {
        finish(pid)
        throw .timedOut(tool: executable, seconds: timeLimit)
      }
      if fileSize(outPath) + fileSize(errPath) > outputLimit {
        finish(pid)
        throw .outputFlood(tool: executable, bytes: outputLimit)
      }
      if pidfd >= 0 {
        var entry = pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0)
        _ = poll(&entry, 1, 20)
      } else {
        Thread.sleep(forTimeInterval: pause)
        pause = min(pause * 2, 0.02)
      }
    }
    let status = finish(pid)
    if status & 0x7F == SIGKILL { ProcessGroups.parkIfClosed() }
    let seconds = Date().timeIntervalSince(start)
    var result = ProcessResult(
      exitStatus: 0, standardOutput: read(outPath), standardError: read(errPath), seconds: seconds)
    if status & 0x7F == 0 {
      result.exitStatus = (status >> 8) & 0xFF
    } else {
      result.signal = status & 0x7F
      result.exitStatus = 128 + (status & 0x7F)
      if result.signal == SIGXFSZ { throw .outputFlood(tool: executable, bytes: Int(limits.fileSizeBytes)) }
      if result.signal == SIGXCPU { throw .timedOut(tool: executable, seconds: Double(limits.cpuSeconds)) }
    }
    return result
  }

  private static func hasExited(_ pid: pid_t) -> Bool {
    var info = siginfo_t()
    let rc = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
    // waitid leaves si_pid 0 while the child runs; an error means there is nothing to wait for.
    return rc != 0 || info._sifields._kill.si_pid != 0
  }

  /// Kills whatever is left of the group (the leader, or children it left behind), then
  /// reaps the leader; returns its wait status.
  @discardableResult
  private static func finish(_ pid: pid_t) -> Int32 {
    kill(-pid, SIGKILL)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status
  }

  private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
  }

  /// Output is usually empty: read without Foundation, which leaks on empty files (FileContents).
  private static func read(_ path: String) -> String {
    FileContents.bytes(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  private static func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }
}
