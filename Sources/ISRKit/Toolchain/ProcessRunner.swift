import Foundation

/// What a finished (or stopped) process left behind.
public struct ProcessResult: Sendable, Hashable {
  public var exitStatus: Int32
  public var standardOutput: String
  public var standardError: String
  /// Wall time from spawn to exit.
  public var seconds: Double
}

/// Runs one program with an argument vector (never through a shell), in a given directory,
/// with a time limit and an output limit. Output goes to files in that (private) directory,
/// so a chatty child can never block on a full pipe.
public enum ProcessRunner {
  /// Runs `executable` with `arguments` in `directory`.
  ///
  /// - Throws: `ToolchainError.timedOut` when the program runs longer than `timeLimit`
  ///   seconds, `.outputFlood` when it writes more than `outputLimit` bytes (it is killed in
  ///   both cases), `.launchFailed` when it cannot start.
  public static func run(
    _ executable: String, _ arguments: [String], in directory: URL,
    environment: [String: String]? = nil,
    timeLimit: Double = 20, outputLimit: Int = 8 << 20, record: Bool = true
  ) throws(ToolchainError) -> ProcessResult {
    if record { ProcessJournal.shared.record(executable, arguments, environment, in: directory) }
    let outURL = directory.appendingPathComponent(".stdout")
    let errURL = directory.appendingPathComponent(".stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
      let out = try FileHandle(forWritingTo: outURL)
      let err = try FileHandle(forWritingTo: errURL)
      defer { try? out.close(); try? err.close() }
      process.standardOutput = out
      process.standardError = err
      process.standardInput = FileHandle.nullDevice
      let start = Date()
      try process.run()
      // Wake on exit at once; every 50 ms look at the clock and the output size.
      while finished.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
        let elapsed = Date().timeIntervalSince(start)
        if elapsed > timeLimit {
          kill(process.processIdentifier, SIGKILL)
          finished.wait()
          throw ToolchainError.timedOut(tool: executable, seconds: timeLimit)
        }
        if fileSize(outURL) + fileSize(errURL) > outputLimit {
          kill(process.processIdentifier, SIGKILL)
          finished.wait()
          throw ToolchainError.outputFlood(tool: executable, bytes: outputLimit)
        }
      }
      let seconds = Date().timeIntervalSince(start)
      let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
      let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
      return ProcessResult(
        exitStatus: process.terminationStatus, standardOutput: stdout, standardError: stderr,
        seconds: seconds)
    } catch let error as ToolchainError {
      throw error
    } catch {
      throw ToolchainError.launchFailed(tool: executable, reason: "\(error)")
    }
  }

  private static func fileSize(_ url: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
  }
}
