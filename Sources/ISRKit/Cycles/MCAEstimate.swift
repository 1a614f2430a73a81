import Foundation

/// Cycle estimates from LLVM's scheduling models (`llvm-mca`) for cores whose timing depends
/// on the pipeline: the executed path as one block, one iteration. An estimate, labelled so:
/// llvm-mca models issue and latency, not caches or branch prediction. Instructions it
/// rejects (the return-from-interrupt ones, privileged moves) are left out and named.
enum MCAEstimate {
  struct Result: Sendable, Hashable {
    var cycles: Int?
    var excluded: [String]
    var tool: String
    var problem: String?
  }

  /// Bounded in bytes: every edit brings new paths, and the explorer runs for hours.
  private static let cache = BoundedCache<String, Result>(budget: 1 << 20)

  /// `llvm-mca` (Debian's llvm-14 ships it as llvm-mca-14): `ISRX_LLVM_MCA`, else on PATH.
  static var toolPath: String? {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["ISRX_LLVM_MCA"], !explicit.isEmpty { return explicit }
    let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in ["llvm-mca-14", "llvm-mca"] {
      for dir in path + ["/usr/lib/llvm-14/bin"] {
        let candidate = dir + "/" + name
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  /// Cycles of `lines` (instructions as assembly text, in execution order) on `cpu`.
  static func cycles(of lines: [String], triple: String, cpu: String, timeLimit: Double = 10) -> Result {
    guard let tool = toolPath else {
      return Result(cycles: nil, excluded: [], tool: "llvm-mca", problem: "llvm-mca not found (apt-get install llvm-14)")
    }
    // Nothing left to schedule (an empty ISR: only the return, which llvm-mca does not take):
    // the path costs nothing beyond what the caller names as not costed.
    if lines.isEmpty { return Result(cycles: 0, excluded: [], tool: "llvm-mca", problem: nil) }
    let key = ([triple, cpu] + lines).joined(separator: "\n")
    if let known = cache.value(for: key) { return known }
    var kept = lines
    var excluded: [String] = []
    var result = Result(cycles: nil, excluded: [], tool: "llvm-mca", problem: nil)
    // Each rejected line is dropped and named; a few tries at most.
    for _ in 0..<6 {
      let text = (kept + labelDefinitions(for: kept)).joined(separator: "\n") + "\n"
      let run: ProcessResult
      do {
        run = try PrivateDirectory.with { directory throws(ToolchainError) in
          let file = directory.appendingPathComponent("path.s")
          do { try text.write(to: file, atomically: false, encoding: .utf8) } catch {
            throw .launchFailed(tool: "write path.s", reason: "\(error)")
          }
          return try ProcessRunner.run(
            tool, ["-mtriple=\(triple)", "-mcpu=\(cpu)", "-iterations=1", "path.s"], in: directory, timeLimit: timeLimit)
        }
      } catch {
        result.problem = "\(error)"
        break
      }
      if run.exitStatus == 0, let cycles = totalCycles(run.standardOutput) {
        result.cycles = cycles
        break
      }
      if let rejected = unsupportedInstruction(run.standardError),
         let index = kept.firstIndex(where: { normalized($0) == normalized(rejected) }) {
        excluded.append(kept[index].trimmingCharacters(in: " \t"))
        kept.remove(at: index)
        continue
      }
      guard let line = firstErrorLine(run.standardError), line >= 1, line <= kept.count else {
        result.problem = run.standardError.split(separator: "\n").first.map(String.init) ?? "llvm-mca failed"
        break
      }
      excluded.append(kept[line - 1].trimmingCharacters(in: " \t"))
      kept.remove(at: line - 1)
    }
    result.excluded = excluded
    let final = result
    let bytes = key.utf8.count + excluded.reduce(0) { $0 + $1.utf8.count + 16 } + (final.problem?.utf8.count ?? 0) + 128
    cache.store(final, for: key, bytes: bytes)
    return final
  }

  /// `.LBB0_2:` lines for the local labels the instructions name, so the assembler accepts
  /// branches whose targets are not on the path.
  private static func labelDefinitions(for lines: [String]) -> [String] {
    var labels: [String] = []
    for line in lines {
      for token in JumpTable.tokens(line) where (token.hasPrefix(".L") || token.hasPrefix("$BB") || token.hasPrefix("$JTI")) && !labels.contains(token) {
        labels.append(token)
      }
    }
    return labels.map { $0 + ":" }
  }

  private static func totalCycles(_ output: String) -> Int? {
    for line in output.split(separator: "\n") where line.hasPrefix("Total Cycles:") {
      return Int(line.dropFirst("Total Cycles:".count).trimmingCharacters(in: .whitespaces))
    }
    return nil
  }

  /// `note: instruction: <tab>call<tab>scheduler_tick` → the instruction's text.
  private static func unsupportedInstruction(_ text: String) -> String? {
    for line in text.split(separator: "\n") where line.hasPrefix("note: instruction:") {
      return String(line.dropFirst("note: instruction:".count))
    }
    return nil
  }

  private static func normalized(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).joined(separator: " ")
  }

  /// `path.s:3:2: error: ...` → 3.
  private static func firstErrorLine(_ text: String) -> Int? {
    for line in text.split(separator: "\n") where line.contains("error:") {
      let parts = line.split(separator: ":")
      if parts.count > 2, parts[0].hasSuffix("path.s"), let number = Int(parts[1]) { return number }
    }
    return nil
  }
}
