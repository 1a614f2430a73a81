import Foundation
import Synchronization

/// Records every tool isrx runs, with the files it found in its directory, so the
/// benchmark can replay exactly those invocations without isrx around them and compare.
/// Off unless a benchmark turns it on; recording copies small files only (sources, .s, .o).
public final class ProcessJournal: Sendable {
  /// One recorded tool run.
  public struct Entry: Sendable {
    public var executable: String
    public var arguments: [String]
    public var environment: [String: String]?
    /// Name → contents of the files in the working directory when the tool started.
    public var files: [String: Data]
  }

  /// The journal `ProcessRunner` writes to.
  public static let shared = ProcessJournal()

  private let state = Mutex<(isRecording: Bool, entries: [Entry])>((false, []))

  /// Starts recording (and forgets earlier entries).
  public func start() { state.withLock { $0 = (true, []) } }

  /// Stops recording and returns what was recorded.
  public func stop() -> [Entry] {
    state.withLock { current in
      let entries = current.entries
      current = (false, [])
      return entries
    }
  }

  var isRecording: Bool { state.withLock { $0.isRecording } }

  func record(_ executable: String, _ arguments: [String], _ environment: [String: String]?, in directory: URL) {
    guard isRecording else { return }
    var files: [String: Data] = [:]
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in names where !name.hasPrefix(".") {
      files[name] = FileContents.bytes(at: directory.appendingPathComponent(name)).map { Data($0) }
    }
    let entry = Entry(executable: executable, arguments: arguments, environment: environment, files: files)
    state.withLock { if $0.isRecording { $0.entries.append(entry) } }
  }

  /// Runs `entries` again, each in a fresh private directory with its recorded files,
  /// `width` at a time; returns the wall time in seconds.
  public static func replay(_ entries: [Entry], width: Int) -> Double {
    let start = Date()
    let next = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(width, entries.count))) { _ in
      while true {
        let index = next.withLock { value -> Int in defer { value += 1 }; return value }
        guard index < entries.count else { return }
        let entry = entries[index]
        _ = try? PrivateDirectory.with { directory throws(ToolchainError) in
          for (name, data) in entry.files {
            try? data.write(to: directory.appendingPathComponent(name))
          }
          return try ProcessRunner.run(entry.executable, entry.arguments, in: directory, environment: entry.environment, record: false)
        }
      }
    }
    return Date().timeIntervalSince(start)
  }
}
