import Foundation
import ISRKit
import Testing

@testable import ExplorerUI

/// The Markdown export and the clipboard text of the current view.
@Suite struct ViewExportTests {
  @Test func markdownHasTheListingAndTheReportsTable() throws {
    let toolchain = Toolchain.discover()
    let target = TargetCatalog.target(.x86_64)
    guard toolchain.availability(target).compiler != nil else { try Test.cancel("no clang") }
    let source = "volatile unsigned ticks;\nISR(timer) { ticks++; }\n"
    let compiled = CompiledTarget.make(source: source, target: target, toolchain: toolchain)
    let document = try #require(AsmDocument.direct(compiled))
    let report = TargetReport.make(source: source, target: target, toolchain: toolchain, settings: CostSettings())
    let text = ViewExport.markdown(
      file: "isr.c", target: target, compilerVersion: compiled.codegen?.output.compilerVersion,
      document: document, report: report, settings: CostSettings())
    #expect(text.hasPrefix("# isr.c on x86-64\n"))
    #expect(text.contains("Compiled by clang version"))
    #expect(text.contains("```asm\n"))
    #expect(text.contains("   2 body   |  incl ticks(%rip)"))
    #expect(text.contains("   2 return |  iretq"))
    // The same table `isrx report --format markdown` prints.
    #expect(text.contains(ReportFormat.markdown.render([report], settings: CostSettings())))
  }

  @Test func osc52CarriesTheTextAndRefusesTooMuch() throws {
    let sequence = try #require(Clipboard.osc52("iretq\n"))
    #expect(sequence == "\u{1B}]52;c;" + Data("iretq\n".utf8).base64EncodedString() + "\u{07}")
    #expect(Clipboard.osc52(String(repeating: "x", count: Clipboard.maximumBytes + 1)) == nil)
  }

  @Test func exportNeverWritesOverAFileOrThroughASymlink() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-export-\(UUID())").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "mine".write(toFile: dir + "/v.md", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/v-2.md", withDestinationPath: dir + "/target")
    let written = ExportFile.write("# export\n", directory: dir, stem: "v")
    #expect(written.path == dir + "/v-3.md", "\(written)")
    #expect(try String(contentsOfFile: dir + "/v.md", encoding: .utf8) == "mine")
    #expect(!FileManager.default.fileExists(atPath: dir + "/target"))
    #expect(try String(contentsOfFile: dir + "/v-3.md", encoding: .utf8) == "# export\n")
    let failed = ExportFile.write("x", directory: dir + "/missing", stem: "v")
    #expect(failed.path == nil && failed.error?.contains("No such file") == true, "\(failed)")
  }

  @Test func yankWithNothingCompiledSaysSo() {
    var state = AppState(text: "ISR(t) {}\n", filePath: nil, targets: TargetInfo.catalog(availableWith: Toolchain(compilers: [:])))
    #expect(AppUpdate.update(&state, .yank(.listing)).isEmpty)
    #expect(state.status == "no listing to copy yet")
    #expect(AppUpdate.update(&state, .exportMarkdown).isEmpty)
    #expect(state.status?.hasPrefix("nothing to export yet") == true)
  }
}
