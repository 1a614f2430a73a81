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
}
