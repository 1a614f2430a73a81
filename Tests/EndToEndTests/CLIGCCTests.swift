import Foundation
import ISRKit
import Testing

/// `--compiler gcc` through the real binary: the listing is GCC's, the header names it, and
/// a missing GCC names its Debian package while the other targets still work.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: CLI.binary), "build isrx first: swift build"))
struct CLIGCCTests {
  private func requireGCC(_ id: TargetID) throws {
    let target = TargetCatalog.target(id).compiled(by: .gcc)
    guard case .available = Toolchain.discover().availability(target) else {
      try Test.cancel("no GCC for \(id): apt-get install -y \(target.gcc?.package ?? "?")")
    }
  }

  @Test func avrGCCListingEndsInRetiAndNamesTheCompiler() throws {
    try requireGCC(.avr)
    let result = try CLI.run(["asm", CLI.sample, "--target", "avr", "--compiler", "gcc"])
    #expect(result.status == 0, "\(result.stderr)")
    let header = try #require(result.stdout.split(separator: "\n").first)
    #expect(header.contains("avr-gcc"))
    // avr-gcc's own prologue idiom, which clang never writes.
    #expect(result.stdout.contains("clr __zero_reg__"))
    let instructions = result.stdout.split(separator: "\n").filter { $0.contains("|  ") }
    #expect(instructions.last?.hasSuffix("reti") == true)
    // GCC's comment lines (`/* prologue: Signal */`) are not instructions: no role column.
    for line in result.stdout.split(separator: "\n") where line.contains("/*") {
      #expect(!["entry", "body", "exit", "return"].contains { line.contains(" \($0) ") }, "\(line)")
    }
  }

  @Test func missingGCCNamesThePackageAndTheRestStillWork() throws {
    try requireGCC(.avr)
    // A PATH with clang but no GCC driver.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-nogcc-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let clang = try #require(Toolchain.discover().compilers[.clang]?.path)
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("clang").path, withDestinationPath: clang)
    let result = try Processes.isrx(
      ["report", CLI.sample, "-t", "avr,x86_64", "--no-measure"], environment: ["PATH": dir.path])
    #expect(result.status == 0)
    let gcc = try Processes.isrx(
      ["report", CLI.sample, "-t", "avr,x86_64", "--compiler", "gcc", "--no-measure"], environment: ["PATH": dir.path])
    #expect(gcc.stdout.contains("avr-gcc was not found on PATH: apt-get install -y gcc-avr"))
    #expect(gcc.stdout.contains("gcc was not found on PATH: apt-get install -y gcc"))
  }

  @Test func msp430SaysItHasNoGCC() throws {
    let result = try CLI.run(["report", CLI.sample, "-t", "msp430,x86_64", "--compiler", "gcc", "--no-measure", "--format", "json"])
    #expect(result.stdout.contains("no Debian package has an MSP430 GCC"))
  }

  @Test func reportNamesTheCompilerInTableAndJSON() throws {
    try requireGCC(.x86_64)
    let table = try CLI.run(["report", CLI.sample, "-t", "x86_64", "--compiler", "gcc", "--no-measure"])
    #expect(table.stdout.contains("Compiled by gcc: gcc ("))
    #expect(table.stdout.contains("gcc -fstack-usage for timer"))
    let json = try CLI.run(["report", CLI.sample, "-t", "x86_64", "--compiler", "gcc", "--no-measure", "--format", "json"])
    #expect(json.stdout.contains("\"compiler\" : \"gcc\""))
  }

  @Test func unknownCompilerIsRefused() throws {
    let result = try CLI.run(["asm", CLI.sample, "-t", "avr", "--compiler", "icc"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("unknown compiler 'icc'; use clang or gcc"))
  }
}
