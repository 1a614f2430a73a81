import ISRKit
import Testing
@testable import ExplorerUI

/// Explanations that need the instruction's context, not only its mnemonic and role: the
/// baseline stub's vector-number push, pushal/popal, and the synthesized wrapper's call into
/// the body (which used to read "your code (the ISR body)").
@Suite struct ExplanationContextTests {
  static let toolchain = Toolchain.discover()
  static let x86 = TargetCatalog.target(.x86)

  @Test func theStubsImmediatePushIsTheVectorNumber() throws {
    let build = try BaselineBuild.build(
      source: "volatile int t;\nISR(timer) { t++; }\n", target: Self.x86, vector: 32, toolchain: Self.toolchain, handler: "timer")
    let document = AsmDocument.baseline(build)
    let push = try #require(document.rows.first { $0.instruction?.mnemonic == "pushl" && $0.instruction?.operands.first == "$32" })
    let text = InstructionExplainer.explain(try #require(push.instruction), role: push.role, target: Self.x86)
    #expect(text.contains("vector number"), "\(text)")
    let pushal = try #require(document.rows.first { $0.instruction?.mnemonic == "pushal" })
    #expect(InstructionExplainer.explain(try #require(pushal.instruction), role: pushal.role, target: Self.x86).contains("all eight general registers"))
  }

  @Test(arguments: [TargetID.aarch64, .powerpc])
  func theWrappersCallIntoTheBodyIsExplainedAsSuch(_ id: TargetID) throws {
    let target = TargetCatalog.target(id)
    let codegen = try Codegen.compile("volatile int t;\nISR(timer) { t++; }\n", for: target, toolchain: Self.toolchain)
    let synthesized = try SynthesizedISR.build(codegen, function: "timer", toolchain: Self.toolchain)
    let document = AsmDocument.direct(codegen, synthesized: synthesized)
    let call = try #require(document.rows.first { $0.explanation != nil }, "no explained row")
    #expect(call.explanation?.contains("calls your ISR body") == true)
    #expect(call.instruction?.operands.last == synthesized.body)
  }
}
