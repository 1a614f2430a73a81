import Foundation
import Testing
import ISRKit

/// Runs the real `isrx` binary built by `swift build` (the same one a user runs).
enum CLI {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let binary = packageRoot.appendingPathComponent(".build/debug/isrx").path
  static let sample = packageRoot.appendingPathComponent("Sources/ISRKit/Resources/samples/timer.c").path

  struct Result { var status: Int32; var stdout: String; var stderr: String }

  static func run(_ arguments: [String]) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus,
                  stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errData, as: UTF8.self))
  }

  static func temporaryFile(_ text: String, name: String = "isr.c") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-cli-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: CLI.binary), "build isrx first: swift build"))
struct CLITests {
  @Test func asmPrintsTheISRWithSourceLinesAndRoles() throws {
    let file = try CLI.temporaryFile("volatile unsigned ticks;\nISR(timer) { ticks++; }\n")
    let result = try CLI.run(["asm", file, "--target", "x86_64"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("timer:"))
    #expect(result.stdout.contains("   2 body   |  incl ticks(%rip)"))
    #expect(result.stdout.contains("   2 return |  iretq"))
    #expect(!result.stdout.contains(".cfi"))  // directives are filtered by default
  }

  /// -O reaches the compile: -O0 keeps `ticks` in memory and adds instructions; the
  /// measured run of that code still agrees with its static figures.
  @Test func optimisationLevelReachesTheCompileAndTheMeasurement() throws {
    let o2 = try CLI.run(["report", CLI.sample, "-t", "x86_64", "--format", "json", "--no-measure"])
    let o0 = try CLI.run(["report", CLI.sample, "-t", "x86_64", "-O0", "--format", "json"])
    #expect(o0.status == 0, "\(o0.stderr)")
    func target(_ json: String) throws -> [String: Any] {
      let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      return try #require((object["targets"] as? [[String: Any]])?.first)
    }
    func instructions(_ json: String) throws -> Int {
      let direct = try #require(try target(json)["direct"] as? [String: Any])
      return try #require((direct["instructions"] as? [String: Any])?["max"] as? Int)
    }
    #expect(try instructions(o0.stdout) > instructions(o2.stdout))
    let measured = try #require(try target(o0.stdout)["measured"] as? [String: Any])
    #expect((measured["disagreements"] as? [Any])?.isEmpty == true, "\(measured["disagreements"] ?? "")")
    let bad = try CLI.run(["asm", CLI.sample, "-t", "x86_64", "-O9"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("-O9: use one of -O0 -O1 -O2 -O3 -Os -Oz -Og"), "\(bad.stderr)")
  }

  @Test func asmJSONHasEveryAvailableTarget() throws {
    let result = try CLI.run(["asm", CLI.sample, "--json"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let targets = (object?["targets"] as? [[String: Any]]) ?? []
    #expect(targets.count >= 10)
    let aarch64 = targets.first { $0["target"] as? String == "aarch64" }
    let functions = aarch64?["functions"] as? [[String: Any]]
    #expect((functions?.first?["label"] as? String)?.contains("NOT AN ISR") == true)
  }

  @Test func compileErrorShowsTheLineAndFails() throws {
    let file = try CLI.temporaryFile("volatile int x;\nISR(t) {\n  x++\n}\n")
    let result = try CLI.run(["asm", file, "--target", "riscv32"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("isr.c:3:6: error: expected ';'") || result.stdout.contains(":4:1: error: expected ';'"))
    #expect(result.stdout.contains("|   x++"))
  }

  @Test func expandShowsTheConvention() throws {
    let result = try CLI.run(["expand", CLI.sample, "--target", "avr"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("__attribute__((signal, used, noinline)) void timer(void)"))
  }

  @Test func unknownTargetIsAClearError() throws {
    let result = try CLI.run(["asm", CLI.sample, "--target", "z80"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("unknown target 'z80'"))
  }

  @Test func cpuChoosesTheCoreOfATarget() throws {
    let m0 = try CLI.run(["report", CLI.sample, "--targets", "cortex-m", "--cpu", "cortex-m0plus", "--no-measure", "--format", "json"])
    #expect(m0.status == 0)
    #expect(m0.stdout.contains("\"target\" : \"cortex-m0plus\"") || m0.stdout.contains("\"target\":\"cortex-m0plus\""), "\(m0.stdout.prefix(300))")
    let wrong = try CLI.run(["report", CLI.sample, "--targets", "cortex-m", "--cpu", "atmega2560", "--no-measure"])
    #expect(wrong.status != 0)
    #expect(wrong.stderr.contains("its cores: cortex-m (cortex-m3), cortex-m0plus"), "\(wrong.stderr)")
  }

  @Test func reportTableAndJSON() throws {
    let table = try CLI.run(["report", "--targets", "x86,riscv32"])
    #expect(table.status == 0)
    #expect(table.stdout.contains("stub: 13 B, 6 instructions, 40 B of software stack"))
    let json = try CLI.run(["report", CLI.sample, "--targets", "all", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let targets = (object?["targets"] as? [[String: Any]]) ?? []
    #expect(targets.count == TargetCatalog.all.count)
    for target in targets where target["error"] == nil {
      for key in ["target", "direct", "baseline", "savings"] { #expect(target[key] != nil, "\(key)") }
      #expect(target.keys.contains("convention"))  // null where no convention exists
      for variant in ["direct", "baseline"] {
        let figures = target[variant] as? [String: Any]
        let instructions = figures?["instructions"] as? [String: Any]
        #expect(instructions?["min"] as? Int != nil && instructions?["max"] as? Int != nil)
        #expect(instructions?["loops"] as? [Any] != nil, "\(variant).instructions.loops")
        for key in ["softwareStackBytes", "hardwareFrameBytes", "codeBytes", "savedRegisters"] {
          #expect(figures?[key] != nil, "\(variant).\(key)")
        }
      }
    }
  }

  static let twoISRs = """
    #include <stdint.h>
    volatile uint8_t rx_buf[16];
    volatile uint8_t rx_head;
    volatile uint32_t ticks;

    ISR(uart_rx) {
      rx_buf[rx_head & 15] = (uint8_t)ticks;
      rx_head++;
    }

    ISR(timer) {
      ticks++;
    }
    """

  /// A file with two ISRs: one report per ISR per target, in listing order; `--function`
  /// keeps one.
  @Test func reportCoversEveryISROfTheFile() throws {
    let file = try CLI.temporaryFile(Self.twoISRs, name: "two.c")
    let table = try CLI.run(["report", file, "-t", "x86_64,avr"])
    #expect(table.status == 0, "\(table.stderr)")
    let lines = table.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let rows = lines.prefix { !$0.isEmpty }.dropFirst().map { $0.split(separator: " ").prefix(3).map(String.init) }
    #expect(rows.map { [$0[0], $0[2]] } == [["x86_64", "uart_rx"], ["x86_64", "timer"], ["avr", "uart_rx"], ["avr", "timer"]],
            "\(table.stdout)")
    // The measured table and the notes say which ISR each line is about.
    for label in ["x86_64 · uart_rx", "x86_64 · timer", "avr · uart_rx", "avr · timer"] {
      #expect(lines.contains { $0.hasPrefix(label + " ") }, "measured row \(label)")
      #expect(lines.contains(label + ":"), "notes of \(label)")
    }
    #expect(!table.stdout.contains("avr, avr"), "a target with several ISRs is named once beside its emulator")

    let json = try CLI.run(["report", file, "-t", "x86_64,avr", "--format", "json", "--no-measure"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let targets = (object?["targets"] as? [[String: Any]]) ?? []
    #expect(targets.map { "\($0["target"] ?? "")/\($0["isr"] ?? "")" }
            == ["x86_64/uart_rx", "x86_64/timer", "avr/uart_rx", "avr/timer"])
    for target in targets { #expect(target["savings"] != nil && target["error"] == nil) }
    // The two ISRs are costed separately, not the first one twice.
    let instructions = targets.prefix(2).map { (($0["direct"] as? [String: Any])?["instructions"] as? [String: Any])?["max"] as? Int }
    #expect(instructions[0] != instructions[1])

    let csv = try CLI.run(["report", file, "-t", "x86_64", "--format", "csv", "--no-measure"])
    #expect(csv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] } == ["uart_rx", "timer"])

    let one = try CLI.run(["report", file, "-t", "x86_64,avr", "--function", "timer", "--format", "json"])
    let only = ((try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])?["targets"] as? [[String: Any]]) ?? []
    #expect(only.map { "\($0["target"] ?? "")/\($0["isr"] ?? "")" } == ["x86_64/timer", "avr/timer"])
    let oneTable = try CLI.run(["report", file, "-t", "x86_64", "--function", "timer", "--no-measure"])
    #expect(oneTable.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }.count == 2, "header and one row")
    #expect(oneTable.stdout.contains("\nx86_64:\n"), "one ISR per target: the notes are headed by the target alone")
  }

  @Test func vectorsAreBoundedByTheTarget() throws {
    let run = try CLI.run(["report", CLI.sample, "-t", "x86", "--vectors", "300", "--no-measure"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("x86 has at most 256 vectors"), "\(run.stderr)")
  }
}
