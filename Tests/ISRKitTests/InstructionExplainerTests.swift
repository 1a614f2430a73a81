import ISRKit
import Testing

/// Explanations of real instructions from clang's ISR output for the built-in sample.
@Suite struct InstructionExplainerTests {
  private func target(_ id: String) throws -> Target {
    try #require(TargetCatalog.target(id: id))
  }

  @Test func x86_64IretqSaysWhatItPops() throws {
    let text = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "iretq", operands: []), role: .return, target: try target("x86_64"))
    #expect(text.contains("RIP, CS, RFLAGS, RSP and SS"))
  }

  @Test func i386RealignmentIsExplained() throws {
    let text = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "andl", operands: ["$-16", "%esp"]), role: .entry,
      target: try target("x86"))
    #expect(text.contains("realigns every i386 ISR"))
  }

  @Test func x86CldCitesTheABI() throws {
    let text = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "cld", operands: []), role: .entry, target: try target("x86_64"))
    #expect(text.contains("DF=0"))
  }

  @Test func armReturnAndRealignment() throws {
    let arm = try target("arm")
    let subs = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "subs", operands: ["pc", "lr", "#4"]), role: .return, target: arm)
    #expect(subs.contains("SPSR"))
    let bfc = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "bfc", operands: ["sp", "#0", "#3"]), role: .entry, target: arm)
    #expect(bfc.contains("8-byte alignment"))
  }

  @Test func cortexMNeedsNoSpecialReturn() throws {
    let text = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "bxne", operands: ["lr"]), role: .body, target: try target("cortex-m"))
    #expect(text.contains("EXC_RETURN"))
  }

  @Test func mipsCoprocessorReadsAndTheOrderingBug() throws {
    let mips = try target("mips")
    let epc = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "mfc0", operands: ["$27", "$14", "0"]), role: .entry, target: mips)
    #expect(epc.contains("EPC"))
    #expect(epc.contains("bug"))
    let cause = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "mfc0", operands: ["$26", "$13", "0"]), role: .entry, target: mips)
    #expect(cause.contains("Cause"))
  }

  @Test(arguments: [
    ("riscv32", "mret", "mepc"), ("avr", "reti", "sets the I flag"),
    ("msp430", "reti", "SR then PC"), ("aarch64", "ret", "eret"), ("powerpc", "blr", "rfi"),
  ])
  func returnInstructions(id: String, mnemonic: String, expected: String) throws {
    let text = InstructionExplainer.explain(
      AsmInstruction(mnemonic: mnemonic, operands: []), role: .return, target: try target(id))
    #expect(text.contains(expected))
  }

  @Test func avrSregRead() throws {
    let text = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "in", operands: ["r0", "63"]), role: .entry, target: try target("avr"))
    #expect(text.contains("SREG"))
  }

  @Test func unknownInstructionFallsBackByRole() throws {
    let text = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "movl", operands: ["$1", "%eax"]), role: .body,
      target: try target("x86"))
    #expect(text.contains("your code"))
  }

  /// Every instruction of a real compile gets a non-empty explanation.
  @Test func explainsEveryLineOfARealCompile() throws {
    let toolchain = Toolchain.discover()
    let source = try Resources.sample()
    let riscv = try target("riscv32")
    let codegen = try Codegen.compile(source, for: riscv, toolchain: toolchain)
    let function = try #require(codegen.listing.function(named: "timer"))
    let flow = FunctionFlow(listing: codegen.listing, function: function, target: riscv)
    let roles = InstructionRole.classify(flow)
    let texts = zip(flow.steps, roles).map { step, role in
      InstructionExplainer.explain(step.instruction, role: role, target: riscv)
    }
    #expect(texts.allSatisfy { !$0.isEmpty })
    #expect(texts.last?.contains("mepc") == true)
  }
}

/// A conditional return of a plain function (PowerPC `bnelr`) is a function return.
@Suite struct PlainReturnExplanationTests {
  @Test func powerpcConditionalReturnIsAFunctionReturn() throws {
    let text = InstructionExplainer.explain(
      AsmInstruction(mnemonic: "bnelr", operands: []), role: .return, target: TargetCatalog.target(.powerpc))
    #expect(text.contains("ordinary function return"))
    #expect(text.contains("rfi"))
  }
}
