import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Saves that never truncate or half-write the original, and keep what the file is: its
/// mode, owner and hard links.
///
/// The new bytes always go first to a temporary file next to the target, fsynced. Then,
/// like vim's `backupcopy=auto`: a file with other hard links, or whose owner a new file
/// could not get, is overwritten in place (space reserved first with `posix_fallocate`, so a
/// full disk fails before the original is touched); any other file is replaced by renaming
/// the copy over it. A symbolic link is followed (its target is saved).
public enum FileSaver {
  /// Writes `bytes` to `path`; returns an error message, or nil when saved.
  public static func save(_ bytes: [UInt8], to path: String) -> String? {
    var target = path
    if let resolved = realpath(path, nil) {
      target = String(cString: resolved)
      free(resolved)
    }
    var info = stat()
    let exists = stat(target, &info) == 0
    let directory = (target as NSString).deletingLastPathComponent
    let temp = RecoveryStore.tempPath(for: target)
    let mode = exists ? info.st_mode & 0o7777 : 0o666
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
    guard fd >= 0 else { return "\(temp): \(FileBytes.errorText())" }
    func abandon(_ message: String) -> String {
      close(fd)
      unlink(temp)
      return message
    }
    if exists, fchmod(fd, mode) != 0 { return abandon(FileBytes.errorText()) }
    if let error = FileBytes.writeAll(bytes, to: fd) { return abandon(error) }
    if fsync(fd) != 0 { return abandon(FileBytes.errorText()) }
    var inPlace = exists && info.st_nlink > 1
    if exists, !inPlace, fchown(fd, info.st_uid, info.st_gid) != 0 { inPlace = true }
    close(fd)
    if inPlace {
      if let error = overwrite(target, with: bytes) {
        // The original may be partly written only if a write failed after space was
        // reserved; the complete text is kept next to it.
        return error.touched ? "\(error.message); the new text is in \(temp)" : {
          unlink(temp)
          return error.message
        }()
      }
      unlink(temp)
      return nil
    }
    guard rename(temp, target) == 0 else {
      let message = FileBytes.errorText()
      unlink(temp)
      return message
    }
    let dirFD = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
    if dirFD >= 0 {
      fsync(dirFD)
      close(dirFD)
    }
    return nil
  }

  /// Writes `bytes` over the file at `path` in place (same inode); `touched` tells whether
  /// the original may have changed when it fails.
  static func overwrite(_ path: String, with bytes: [UInt8]) -> (message: String, touched: Bool)? {
    let fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return ("\(path): \(FileBytes.errorText())", false) }
    defer { close(fd) }
    if !bytes.isEmpty {
      let status = posix_fallocate(fd, 0, off_t(bytes.count))
      // Some file systems cannot reserve space; a full disk is the one answer that stops here.
      if status == ENOSPC || status == EFBIG { return (String(cString: strerror(status)), false) }
    }
    if let error = FileBytes.writeAll(bytes, to: fd) { return (error, true) }
    if ftruncate(fd, off_t(bytes.count)) != 0 || fsync(fd) != 0 {
      return (FileBytes.errorText(), true)
    }
    return nil
  }
}
