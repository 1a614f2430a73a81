import Foundation
import ISRKit
import Testing
@testable import ExplorerUI

/// Rust listings read like the source: symbols demangled (`isr::TICKS`, not
/// `_RNvCs…3isr5TICKS`), and the convention's entry/exit rows pair with the `isr!` line.
@Suite struct RustListingTests {
  static let toolchain = Toolchain.discover()

  @Test(.enabled(if: toolchain.rustc != nil && RustDemangler.names(in: ["_RNvCseGpo5mbobj0_3isr5TICKS"]).isEmpty == false))
  func symbolsAreDemangledAndEntryRowsPairWithTheIsrLine() throws {
    let source = try Resources.sample(language: .rust)
    let codegen = try Codegen.compile(source, for: TargetCatalog.target(.x86_64), toolchain: Self.toolchain, language: .rust)
    let raw = AsmDocument.direct(codegen)
    #expect(raw.rows.contains { $0.text.contains("_RNv") }, "the sample's static is mangled by rustc")
    let declarations = PortableISR.rustDeclarationLines(in: source)
    let line = try #require(declarations["timer"])
    let document = raw.attributingConventionRows(to: declarations)
      .demangled(RustDemangler.names(in: raw.rows.map(\.text)))
    #expect(!document.rows.contains { $0.text.contains("_RNv") })
    #expect(document.rows.contains { $0.text.contains("isr::TICKS") })
    let entry = try #require(document.rows.first { $0.role == .entry })
    #expect(entry.sourceLine == line, "entry rows pair with isr!( on line \(line)")
  }
}
