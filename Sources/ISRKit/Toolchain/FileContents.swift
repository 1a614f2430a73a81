import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads whole files with `open`/`read`, for files read on every edit.
///
/// Why not Foundation: on Linux, swift-foundation (Swift 6.3) reads a file whose size is 0
/// into a 4 KiB buffer and, when nothing comes, returns an empty `Data` without freeing that
/// buffer. `String(contentsOfFile:)`, `Data(contentsOf:)` and `FileManager.contents(atPath:)`
/// all go that way, and most tool runs leave an empty stdout or stderr: about 100 such reads
/// an edit, 4 KiB each, were the explorer's memory growth (+18 MB per 100 edits).
public enum FileContents {
  /// The bytes of the regular file at `path`, or nil if it cannot be opened or read, or is
  /// not a regular file (a FIFO is refused, not waited on, as Foundation does). Files that
  /// report size 0 but have contents (`/proc`) are read to the end as well.
  public static func bytes(atPath path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(Int(info.st_size), 0))
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[..<count])
    }
  }

  /// The file at `path` as UTF-8 text; nil if it cannot be read or is not valid UTF-8 (as
  /// `String(contentsOfFile:encoding: .utf8)`).
  public static func text(atPath path: String) -> String? {
    bytes(atPath: path).flatMap { String(validating: $0, as: UTF8.self) }
  }

  /// The bytes of the file at `url` (a file URL).
  public static func bytes(at url: URL) -> [UInt8]? { bytes(atPath: url.path) }

  /// The file at `url` (a file URL) as text.
  public static func text(at url: URL) -> String? { text(atPath: url.path) }
}
