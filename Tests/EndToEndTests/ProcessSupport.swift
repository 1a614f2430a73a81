import Foundation
import Testing

/// Running isrx with an environment and a deadline, and looking for processes by a marker.
enum Processes {
  struct Finished { var status: Int32; var reason: Process.TerminationReason; var stdout: String; var stderr: String; var seconds: Double; var pid: pid_t }

  /// Runs isrx with extra environment variables; kills it (and fails the wait) after `deadline`.
  static func isrx(_ arguments: [String], environment: [String: String] = [:], deadline: Double = 60,
                   whileRunning: ((pid_t) -> Void)? = nil) throws -> Finished {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLI.binary)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-test-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    // Files, not pipes: a leftover child holding a pipe open must not hang the test.
    let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    let start = Date()
    try process.run()
    whileRunning?(process.processIdentifier)
    while process.isRunning && Date().timeIntervalSince(start) < deadline { usleep(20_000) }
    if process.isRunning { process.terminate(); kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    return Finished(
      status: process.terminationStatus, reason: process.terminationReason,
      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
      seconds: Date().timeIntervalSince(start), pid: process.processIdentifier)
  }

  /// Live (not zombie) processes whose command line contains `marker`.
  static func live(_ marker: String) -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { pid_t($0) }.filter { pid in
      guard let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"),
            String(decoding: cmdline, as: UTF8.self).contains(marker),
            let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")") else { return false }
      let state = stat[stat.index(close, offsetBy: 2)]
      return state != "Z" && state != "X"
    }
  }

  /// Waits up to `seconds` for no live process to carry `marker`; returns those left.
  static func waitGone(_ marker: String, seconds: Double = 3) -> [pid_t] {
    let start = Date()
    while Date().timeIntervalSince(start) < seconds {
      if live(marker).isEmpty { return [] }
      usleep(50_000)
    }
    return live(marker)
  }

  /// A compiler wrapper script in a fresh directory: `--version` / `-print-targets` go to
  /// the real clang unless `hangProbes`; a compile runs `sleep-MARKER 1000` as a child
  /// (no exec), so only a kill of the whole process group ends it.
  static func sleepingWrapper(hangProbes: Bool = false) throws -> (path: String, marker: String) {
    let marker = "isrxmark\(UInt32.random(in: 0...UInt32.max))"
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-wrap-\(marker)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let sleeper = dir.appendingPathComponent("sleep-\(marker)").path
    try FileManager.default.createSymbolicLink(atPath: sleeper, withDestinationPath: "/bin/sleep")
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    let clang = path.map { "\($0)/clang" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "clang"
    let probes = hangProbes ? "" : "case \"$1\" in --version|-print-targets) exec \(clang) \"$@\";; esac\n"
    let script = "#!/bin/sh\n\(probes)\(sleeper) 1000\necho done\n"
    let wrapper = dir.appendingPathComponent("clang").path
    try script.write(toFile: wrapper, atomically: true, encoding: .utf8)
    chmod(wrapper, 0o755)
    return (wrapper, marker)
  }

  /// A wrapper script that runs the real clang as a child (no exec), through a symbolic
  /// link whose name carries the marker.
  static func clangWrapper() throws -> (path: String, marker: String, directory: URL) {
    let marker = "isrxmark\(UInt32.random(in: 0...UInt32.max))"
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-wrap-\(marker)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    let clang = try #require(path.map { "\($0)/clang" }.first { FileManager.default.isExecutableFile(atPath: $0) })
    let real = URL(fileURLWithPath: clang).resolvingSymlinksInPath().path
    let link = dir.appendingPathComponent("clang-\(marker)").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let wrapper = dir.appendingPathComponent("clang").path
    try "#!/bin/sh\n\(link) \"$@\"\nexit $?\n".write(toFile: wrapper, atomically: true, encoding: .utf8)
    chmod(wrapper, 0o755)
    return (wrapper, marker, dir)
  }

  /// Removes a wrapper's directory (after the test has checked its processes are gone).
  static func cleanUp(_ wrapper: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: wrapper).deletingLastPathComponent())
  }

  /// Private directories isrx process `pid` left in the temporary directory.
  static func privateDirectories(of pid: pid_t) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
    return names.filter { $0.hasPrefix("isrx-\(pid)-") }
  }
}
