import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The recovery copy's file I/O, made so that nobody else can redirect it: the directory
/// must be the user's own and private, files are created with `O_EXCL|O_NOFOLLOW` (a
/// planted symbolic link is never followed) and renamed into place (a link at the final
/// name is replaced, not written through).
public struct RecoveryStore: Sendable {
  /// The directory (`…/isrx/recovery`).
  public let directory: String
  /// The copy's path in it.
  public let path: String

  /// A store for the copy named `name` in `directory`.
  public init(directory: String, name: String) {
    self.directory = directory
    self.path = directory + "/" + name
  }

  /// Creates the directory (0700) if needed and checks that it, and its parent `isrx`, are
  /// real directories owned by this user that nobody else can write; that the directory
  /// above them is this user's or root's, and not writable by others unless sticky. Returns
  /// why not, or nil when it is safe.
  public func prepareDirectory() -> String? {
    let isrx = (directory as NSString).deletingLastPathComponent
    let base = (isrx as NSString).deletingLastPathComponent
    if let problem = RecoveryStore.checkBase(base) { return problem }
    for dir in [isrx, directory] {
      if mkdir(dir, 0o700) != 0 && errno != EEXIST {
        // A missing parent above `base` (first run): create the chain, then check again.
        if errno == ENOENT,
          (try? FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]))
            != nil
        {
          return prepareDirectory()
        }
        return "\(dir): \(String(cString: strerror(errno)))"
      }
      var info = stat()
      guard lstat(dir, &info) == 0 else { return "\(dir): \(String(cString: strerror(errno)))" }
      guard info.st_mode & S_IFMT == S_IFDIR else { return "\(dir) is not a directory" }
      guard info.st_uid == geteuid() else { return "\(dir) belongs to another user" }
      if info.st_mode & 0o077 != 0 { chmod(dir, 0o700) }
    }
    return nil
  }

  /// The directory holding `isrx/`: it may be missing (created later), but if it exists it
  /// must belong to this user or root, and others must not be able to rename what is in it.
  static func checkBase(_ base: String) -> String? {
    var info = stat()
    guard stat(base, &info) == 0 else { return nil }
    guard info.st_uid == geteuid() || info.st_uid == 0 else {
      return "\(base) belongs to another user (uid \(info.st_uid))"
    }
    if info.st_mode & 0o022 != 0 && info.st_mode & S_ISVTX == 0 {
      return "\(base) is writable by other users"
    }
    return nil
  }

  /// Writes `contents` as the copy: a new 0600 file (`O_EXCL|O_NOFOLLOW`), fsynced, then
  /// renamed over the copy. Returns an error message on failure (the temp file is removed).
  public func write(_ contents: String) -> String? {
    if let problem = prepareDirectory() { return problem }
    let temp = RecoveryStore.tempPath(for: path)
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return "\(temp): \(String(cString: strerror(errno)))" }
    if let error = FileBytes.writeAll(Array(contents.utf8), to: fd) ?? (fsync(fd) == 0 ? nil : FileBytes.errorText()) {
      close(fd)
      unlink(temp)
      return error
    }
    close(fd)
    guard rename(temp, path) == 0 else {
      let error = FileBytes.errorText()
      unlink(temp)
      return error
    }
    return nil
  }

  /// The copy's text, if it is a regular file of this user (a link or someone else's file
  /// planted at the name is not read).
  public func read() -> String? { RecoveryStore.readOwnFile(path) }

  static func readOwnFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid()
    else { return nil }
    return FileBytes.readAll(fd).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Removes the copy.
  public func remove() { unlink(path) }

  private static let counter = Counter()

  /// `.NAME.isrx-PID-N.tmp` next to `path`.
  static func tempPath(for path: String) -> String {
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    return directory + "/.\(name).isrx-\(getpid())-\(counter.next()).tmp"
  }

  /// Temp copies left by runs that died before renaming them (their pid is gone), newest
  /// first.
  public func orphanedTemps() -> [String] { RecoveryStore.orphanedTemps(of: path) }

  /// The temp files `tempPath(for: path)` made for runs that are gone (dead pid), newest
  /// first: the recovery copy's, or a saved file's when a save was killed before its rename.
  static func orphanedTemps(of path: String) -> [String] {
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let prefix = ".\(name).isrx-"
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let orphans = entries.filter { entry in
      guard entry.hasPrefix(prefix), entry.hasSuffix(".tmp") else { return false }
      let pid = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap { Int32($0) }
      guard let pid, pid != getpid() else { return false }
      return kill(pid, 0) != 0 && errno == ESRCH
    }.map { directory + "/" + $0 }
    func modified(_ path: String) -> Double {
      var info = stat()
      return stat(path, &info) == 0 ? Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9 : 0
    }
    return orphans.sorted { modified($0) > modified($1) }
  }

  /// Adopts orphaned temp copies: the newest complete one that is newer than the copy (or
  /// when there is none) becomes the copy, so it is offered back; every orphan is then
  /// removed.
  public func adoptOrphans() {
    let existing = read().flatMap(RecoveryRecord.init(decoding:))
    var adopted = false
    for orphan in orphanedTemps() {
      if !adopted, let text = RecoveryStore.readOwnFile(orphan),
        let record = RecoveryRecord(decoding: text),
        existing.map({ record.time > $0.time }) ?? true,
        write(text) == nil
      {
        adopted = true
      }
      unlink(orphan)
    }
  }
}

/// A thread-safe counter for unique temp names.
final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  func next() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}

/// Whole-buffer reads and writes on file descriptors, retrying short transfers and EINTR.
enum FileBytes {
  static func errorText() -> String { String(cString: strerror(errno)) }

  /// Writes every byte; nil, or the error.
  static func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
      if n < 0 {
        if errno == EINTR { continue }
        return errorText()
      }
      written += n
    }
    return nil
  }

  /// Reads to the end; nil on error.
  static func readAll(_ fd: Int32) -> [UInt8]? {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if n == 0 { return bytes }
      bytes += chunk[..<n]
    }
  }
}
