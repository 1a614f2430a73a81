import Foundation

/// A recovery copy of unsaved edits: which file, when, and the text.
///
/// On disk it is a small text file: a header of `key: value` lines, an empty line, then the
/// text exactly as in the buffer, so it can be read (and rescued) by hand:
///
///     isrx recovery 1
///     path: /home/me/timer.c
///     time: 1714564800.250 (2024-05-01 12:00:00 UTC)
///     pid: 4242
///
///     ISR(timer) { … }
public struct RecoveryRecord: Hashable, Sendable {
  /// The absolute path of the edited file, nil for the built-in sample.
  public var path: String?
  /// When the copy was written.
  public var time: Date
  /// The process that wrote it.
  public var pid: Int32
  /// The buffer's text.
  public var text: String

  /// Creates a record.
  public init(path: String?, time: Date, pid: Int32 = 0, text: String) {
    self.path = path
    self.time = time
    self.pid = pid
    self.text = text
  }

  static let magic = "isrx recovery 1"

  /// The file contents for this record.
  public var encoded: String {
    let seconds = time.timeIntervalSince1970
    let pathValue = path.map(Recovery.escape) ?? Recovery.sampleName
    let utc = Recovery.format(time, timeZone: TimeZone(identifier: "UTC") ?? .current)
    let header = [
      RecoveryRecord.magic,
      "path: \(pathValue)",
      "time: \(String(format: "%.3f", seconds)) (\(utc) UTC)",
      "pid: \(pid)",
    ]
    return header.joined(separator: "\n") + "\n\n" + text
  }

  /// Parses a recovery file; nil when it is not one (or is damaged).
  public init?(decoding contents: String) {
    guard let headerEnd = contents.range(of: "\n\n") else { return nil }
    let header = contents[..<headerEnd.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
    guard header.first == Substring(RecoveryRecord.magic) else { return nil }
    var path: String??
    var time: Date?
    var pid: Int32 = 0
    for line in header.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon]
      var value = line[line.index(after: colon)...]
      if value.first == " " { value = value.dropFirst() }
      switch key {
      case "path":
        path = value == Substring(Recovery.sampleName) ? .some(nil) : .some(Recovery.unescape(String(value)))
      case "time":
        let number = value.split(separator: " ").first.map(String.init) ?? ""
        time = Double(number).map(Date.init(timeIntervalSince1970:))
      case "pid":
        pid = Int32(value) ?? 0
      default:
        continue
      }
    }
    guard let path, let time else { return nil }
    self.init(path: path, time: time, pid: pid, text: String(contents[headerEnd.upperBound...]))
  }
}

/// What the start-up recovery question offers: a copy whose text differs from the file.
public struct RecoveryOffer: Hashable, Sendable {
  /// The copy found.
  public var record: RecoveryRecord
  /// Whether the file on disk was modified after the copy was written (someone saved it
  /// since, so restoring may undo their changes).
  public var isOlderThanFile: Bool
  /// When the copy was written, for people ("2024-05-01 14:03:22 (5 min ago)").
  public var timeText: String

  /// Creates an offer.
  public init(record: RecoveryRecord, isOlderThanFile: Bool, timeText: String) {
    self.record = record
    self.isOlderThanFile = isOlderThanFile
    self.timeText = timeText
  }
}

/// The answer to the recovery question.
public enum RecoveryChoice: Hashable, Sendable {
  /// Put the recovered text in the buffer (as unsaved edits; C-s writes it).
  case restore
  /// Delete the recovery copy and edit the file as it is on disk.
  case discard
  /// Edit the file as it is on disk and move the copy aside, untouched.
  case keep
}

/// The answer to "the file changed on disk since loaded" when saving.
public enum ConflictChoice: Hashable, Sendable {
  /// Write the buffer over the changed file.
  case overwrite
  /// Load the file from disk, dropping the unsaved edits.
  case reload
  /// Do nothing.
  case cancel
}

/// Pure recovery-file logic: where copies live, their names, whether to offer one, and how
/// to describe its time. The file I/O is in `ExplorerRuntime`.
public enum Recovery {
  /// The file name used for the built-in sample.
  public static let sampleName = "sample"

  /// `$XDG_STATE_HOME/isrx/recovery`, or `~/.local/state/isrx/recovery` when XDG_STATE_HOME
  /// is unset, empty or relative (as the XDG spec asks).
  public static func directory(environment: [String: String], home: String) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return trimmingSlash(state) + "/isrx/recovery"
    }
    let base = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home
    return trimmingSlash(base) + "/.local/state/isrx/recovery"
  }

  /// The recovery file name for the file at absolute `path` (nil: the sample): the file's
  /// name for people, then a hash of the whole path so files of the same name do not collide.
  public static func fileName(for path: String?) -> String {
    guard let path else { return sampleName }
    let base = path.split(separator: "/").last.map(String.init) ?? "file"
    let safe = String(
      base.unicodeScalars.map { scalar -> Character in
        let c = Character(scalar)
        return scalar.isASCII && (c.isLetter || c.isNumber || c == "." || c == "_" || c == "-")
          ? c : "_"
      }.prefix(40))
    return "\(safe)-\(hexHash(path)).recovery"
  }

  /// `path` made absolute against `currentDirectory`, with `.` and `..` resolved.
  public static func absolutePath(_ path: String, currentDirectory: String) -> String {
    let joined = path.hasPrefix("/") ? path : trimmingSlash(currentDirectory) + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// The offer for a recovery copy `record` of a file whose text on disk is `diskText`
  /// (nil: the file does not exist and the buffer starts from `fallbackText`) and whose
  /// modification time is `diskDate`, described at `now`; nil when the copy holds nothing the file lacks (then
  /// it can be deleted).
  public static func offer(
    _ record: RecoveryRecord, diskText: String?, diskDate: Date?, fallbackText: String,
    now: Date = Date(), timeZone: TimeZone = .current
  ) -> RecoveryOffer? {
    guard record.text != (diskText ?? fallbackText) else { return nil }
    let older = diskDate.map { record.time < $0 } ?? false
    return RecoveryOffer(
      record: record, isOlderThanFile: older,
      timeText: describe(record.time, now: now, timeZone: timeZone))
  }

  /// The question's time: "2024-05-01 14:03:22 (5 min ago)".
  public static func describe(_ time: Date, now: Date, timeZone: TimeZone = .current) -> String {
    "\(format(time, timeZone: timeZone)) (\(ago(now.timeIntervalSince(time))))"
  }

  /// "just now", "42 s ago", "5 min ago", "3 h ago", "2 days ago", "in the future".
  public static func ago(_ seconds: TimeInterval) -> String {
    if seconds < -1 { return "in the future" }
    let s = Int(max(0, seconds))
    switch s {
    case 0..<2: return "just now"
    case 2..<60: return "\(s) s ago"
    case 60..<3600: return "\(s / 60) min ago"
    case 3600..<86400: return "\(s / 3600) h ago"
    default: return s / 86400 == 1 ? "1 day ago" : "\(s / 86400) days ago"
    }
  }

  /// `yyyy-MM-dd HH:mm:ss` in `timeZone`.
  public static func format(_ time: Date, timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: time)
    func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
    return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
  }

  /// 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits (stable across runs and machines).
  public static func hexHash(_ string: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in string.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  static func trimmingSlash(_ path: String) -> String {
    var p = Substring(path)
    while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
    return String(p)
  }

  /// Backslash-escapes `\` and line breaks so a path fits on one header line.
  static func escape(_ path: String) -> String {
    var out = ""
    for c in path {
      switch c {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.append(c)
      }
    }
    return out
  }

  static func unescape(_ value: String) -> String {
    var out = ""
    var escaping = false
    for c in value {
      if escaping {
        switch c {
        case "n": out.append("\n")
        case "r": out.append("\r")
        default: out.append(c)
        }
        escaping = false
      } else if c == "\\" {
        escaping = true
      } else {
        out.append(c)
      }
    }
    return out
  }
}

/// When to write and remove the recovery copy, from the buffer's state over time.
///
/// A copy is written `delay` seconds after the last edit, or `maxDelay` seconds after the
/// first unwritten edit when typing never pauses; it is removed once the buffer has no
/// unsaved edits (saved, or undone back to the saved text).
public struct RecoveryScheduler: Sendable {
  /// Seconds of quiet after an edit before the copy is written.
  public static let delay: TimeInterval = 1.0
  /// The longest an edit stays unwritten while typing continues.
  public static let maxDelay: TimeInterval = 3.0

  /// What to do now.
  public enum Step: Hashable, Sendable {
    /// Write the buffer's text (at this text version).
    case write(version: Int)
    /// Remove the copy.
    case remove
  }

  /// Whether a copy of ours (or one adopted at start-up) is on disk.
  public private(set) var hasFile: Bool
  /// The text version last written.
  public private(set) var writtenVersion: Int?
  private var seenVersion: Int?
  private var firstUnwritten: Date?
  private var lastChange: Date?

  /// Creates a scheduler; `hasFile` when a copy is already on disk for this file.
  public init(hasFile: Bool = false) {
    self.hasFile = hasFile
  }

  /// The step due at `now` for a buffer at text `version` that `isModified`, if any.
  public mutating func step(isModified: Bool, version: Int, now: Date) -> Step? {
    guard isModified else {
      firstUnwritten = nil
      lastChange = nil
      seenVersion = version
      return hasFile ? .remove : nil
    }
    if version != seenVersion {
      seenVersion = version
      lastChange = now
    }
    guard version != writtenVersion || !hasFile else {
      firstUnwritten = nil
      return nil
    }
    if firstUnwritten == nil { firstUnwritten = lastChange ?? now }
    let quiet = now.timeIntervalSince(lastChange ?? now) >= RecoveryScheduler.delay
    let overdue = now.timeIntervalSince(firstUnwritten ?? now) >= RecoveryScheduler.maxDelay
    guard mayWrite(now: now) else { return nil }
    return quiet || overdue ? .write(version: version) : nil
  }

  /// Records a successful write of text `version`.
  public mutating func didWrite(version: Int) {
    hasFile = true
    writtenVersion = version
    firstUnwritten = nil
    failures = 0
    retryAt = nil
  }

  /// Consecutive failed writes, and when the next may be tried.
  public private(set) var failures = 0
  private var retryAt: Date?

  /// Records a failed write at `now`: the next try waits 1 s, then 2, 4… up to 30 s (a full
  /// disk must not be retried on every tick of the main loop).
  public mutating func didFail(now: Date) {
    failures += 1
    retryAt = now.addingTimeInterval(min(30, pow(2, Double(failures - 1))))
  }

  /// Whether a write may be tried at `now` (not backing off after a failure).
  public func mayWrite(now: Date) -> Bool { retryAt.map { now >= $0 } ?? true }

  /// Records that the copy is gone (removed, or moved aside).
  public mutating func didRemove() {
    hasFile = false
    writtenVersion = nil
  }

  /// Records that the copy on disk no longer matches any version (e.g. after restoring it
  /// into the buffer, the next edit must be written again).
  public mutating func adopt() {
    hasFile = true
    writtenVersion = nil
  }
}
