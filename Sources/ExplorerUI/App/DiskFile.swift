import Foundation
import ISRKit

/// The edited file on disk: what was last loaded or saved (its bytes, so a save keeps every
/// byte outside the edited lines, and its modification time, to notice changes made behind
/// the explorer's back), and the atomic save that refuses to overwrite such a change.
final class DiskFile {
  /// How often to look at the file's modification time.
  static let pollSeconds = 0.5

  let path: String
  private var date: Date?
  private var bytes: [UInt8]?
  private var lastPoll = Date()

  init(path: String) {
    self.path = path
    date = DiskFile.modificationDate(path)
    bytes = DiskFile.readBytes(path)
  }

  /// Temp files of saves that an earlier run started and never finished (it was killed
  /// before the rename, so the file kept its old bytes): those holding the file's own bytes
  /// are removed; the others hold text that never reached the file and are kept and named,
  /// never deleted behind the user's back.
  func unfinishedSaves() -> [String] {
    var kept: [String] = []
    for temp in RecoveryStore.orphanedTemps(of: path) {
      if let tempBytes = DiskFile.readBytes(temp), tempBytes == bytes {
        unlink(temp)
      } else {
        kept.append(temp)
      }
    }
    return kept
  }

  /// What a save came to.
  enum SaveOutcome {
    /// The file changed on disk since it was loaded: its text now; nothing was written.
    case changedOnDisk(String)
    /// The file is read-only: the question to ask before writing over it.
    case needsConfirmation(String)
    /// Written (error nil) or failed.
    case finished(error: String?)
  }

  /// Saves `text` unless the file on disk is no longer `expecting`, or is read-only and the
  /// user has not agreed to write over it.
  func save(_ text: String, expecting: String?, readOnlyConfirmed: Bool) -> SaveOutcome {
    if let current = DiskFile.readBytes(path), String(decoding: current, as: UTF8.self) != expecting {
      date = DiskFile.modificationDate(path)
      bytes = current
      return .changedOnDisk(String(decoding: current, as: UTF8.self))
    }
    var info = stat()
    if !readOnlyConfirmed, stat(path, &info) == 0, info.st_mode & 0o222 == 0 {
      return .needsConfirmation("\(path) is read-only (mode 0\(String(info.st_mode & 0o7777, radix: 8)))")
    }
    let encoded = SourceBytes.encode(text, original: bytes)
    let error = FileSaver.save(encoded, to: path)
    if error == nil {
      date = DiskFile.modificationDate(path)
      bytes = encoded
    }
    return .finished(error: error)
  }

  /// The file's text when it changed on disk since last seen (looked at every
  /// `pollSeconds`), else nil.
  func poll(now: Date = Date()) -> String? {
    guard now.timeIntervalSince(lastPoll) >= DiskFile.pollSeconds else { return nil }
    lastPoll = now
    guard let changed = DiskFile.modificationDate(path), changed != date else { return nil }
    date = changed
    guard let current = DiskFile.readBytes(path) else { return nil }
    bytes = current
    return String(decoding: current, as: UTF8.self)
  }

  // FileContents, not FileManager: the file is re-read whenever it changes on disk, and
  // Foundation leaks 4 KiB on each read of an empty file.
  static func readBytes(_ path: String) -> [UInt8]? {
    FileContents.bytes(atPath: path)
  }

  static func readText(_ path: String) -> String? {
    FileContents.bytes(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  static func modificationDate(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }
}
