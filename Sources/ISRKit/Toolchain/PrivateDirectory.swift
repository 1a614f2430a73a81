import Foundation
import Synchronization

/// A temporary directory only the current user can enter, removed when the work in it is
/// done. Its name carries isrx's pid (`isrx-PID-XXXXXX`), so a directory left by a run that
/// was killed (`kill -9`, power loss) is recognised and removed by the next isrx.
public enum PrivateDirectory {
  private static let live = Mutex<Set<String>>([])
  private static let swept = Atomic<Bool>(false)

  /// Creates a fresh private directory, runs `body` in it and removes it afterwards.
  public static func with<T>(
    _ body: (URL) throws(ToolchainError) -> T
  ) throws(ToolchainError) -> T {
    if !swept.exchange(true, ordering: .relaxed) { removeStale() }
    let pid = getpid()
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-\(pid)-XXXXXX").path
    var template = Array(base.utf8CString)
    guard let made = mkdtemp(&template) else {
      throw ToolchainError.launchFailed(tool: "mkdtemp", reason: String(cString: strerror(errno)))
    }
    let path = String(cString: made)
    // mkdtemp makes it 0700; check rather than trust (a umask cannot widen it, but a
    // directory someone else owns or can write to must never be used).
    var info = stat()
    guard lstat(path, &info) == 0, info.st_uid == getuid(), info.st_mode & 0o7777 == 0o700,
          info.st_mode & S_IFMT == S_IFDIR else {
      throw ToolchainError.launchFailed(tool: "mkdtemp", reason: "\(path) is not a private directory")
    }
    live.withLock { _ = $0.insert(path) }
    defer {
      try? FileManager.default.removeItem(atPath: path)
      live.withLock { _ = $0.remove(path) }
    }
    return try body(URL(fileURLWithPath: path, isDirectory: true))
  }

  /// Removes every private directory in use (isrx is exiting early; the tools in them have
  /// been killed).
  public static func removeAllLive() {
    for path in live.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
  }

  /// Removes `isrx-PID-*` directories of this user whose process no longer exists.
  public static func removeStale(in directory: String = FileManager.default.temporaryDirectory.path) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    for name in names {
      let parts = name.split(separator: "-")
      guard parts.count == 3, parts[0] == "isrx", parts[2].count == 6, let pid = pid_t(parts[1]), pid > 0,
            pid != getpid() else { continue }
      guard kill(pid, 0) != 0, errno == ESRCH else { continue }  // still running (or not ours to ask)
      let path = directory + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0, info.st_uid == getuid(), info.st_mode & S_IFMT == S_IFDIR else { continue }
      try? FileManager.default.removeItem(atPath: path)
    }
  }
}
