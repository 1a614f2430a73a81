import ISRKit
import Testing

/// Explanations of real GCC output: the texts describe GCC's own idioms and never blame
/// GCC for LLVM's habits.
@Suite struct GCCExplanationTests {
  /// Every instruction of the sample ISR compiled by the target's GCC, with its role and
  /// explanation.
  private func explained(_ id: TargetID) throws -> [(text: String, role: InstructionRole, explanation: String)] {
    let target = TargetCatalog.target(id).compiled(by: .gcc)
    guard sharedToolchain.availability(target).compiler != nil else {
      try Test.cancel("\(target.name): \(sharedToolchain.availability(target))")
    }
    let compiled = CompiledTarget.make(
      source: try Resources.sample(), target: target, toolchain: sharedToolchain, extraFlags: [], language: .c,
      function: nil)
    let analysis = try #require(compiled.analyses["timer"])
    return zip(analysis.flow.steps, analysis.roles).map { step, role in
      (step.instruction.text, role, InstructionExplainer.explain(step.instruction, role: role, target: target))
    }
  }

  @Test(arguments: [TargetID.x86, .x86_64, .arm, .mips, .avr, .riscv32, .powerpc])
  func gccOutputIsNeverExplainedAsLLVMs(id: TargetID) throws {
    for row in try explained(id) {
      #expect(!row.explanation.contains("LLVM"), "\(id) \(row.text): \(row.explanation)")
    }
  }

  @Test func avrGCCZeroRegisterAndSREG() throws {
    let rows = try explained(.avr)
    let clear = try #require(rows.first { $0.text.contains("__zero_reg__") && $0.text.hasPrefix("clr") })
    #expect(clear.explanation.contains("C zero register"))
    let sreg = try #require(rows.first { $0.text.hasPrefix("in") && $0.text.contains("__SREG__") })
    #expect(sreg.explanation.contains("SREG"))
  }

  @Test func armGCCReturnsWithLdmCaret() throws {
    let rows = try explained(.arm)
    let returns = rows.filter { $0.text.hasPrefix("ldm") && $0.text.hasSuffix("^") }
    #expect(!returns.isEmpty)
    for row in returns { #expect(row.explanation.contains("SPSR"), "\(row.text): \(row.explanation)") }
    let adjust = try #require(rows.first { $0.text.hasPrefix("sub") && $0.text.contains("lr, lr, #4") })
    #expect(adjust.explanation.contains("GCC"))
  }

  @Test func mipsGCCSavesEPCInsideItsFrame() throws {
    let rows = try explained(.mips)
    let epc = try #require(rows.first { $0.text.hasPrefix("mfc0") && $0.text.hasSuffix("$14") })
    #expect(epc.explanation.contains("EPC"))
    #expect(!epc.explanation.contains("bug"))
    let ripl = try #require(rows.first { $0.text.hasPrefix("srl") })
    #expect(ripl.explanation.contains("RIPL"))
  }

  @Test func x86GCCRealignsForTheCall() throws {
    let rows = try explained(.x86)
    let realign = try #require(rows.first { $0.text.hasPrefix("andl") && $0.text.contains("$-16") })
    #expect(realign.explanation.contains("GCC realigns"))
    let cld = try #require(rows.first { $0.text == "cld" })
    #expect(cld.explanation.contains("GCC"))
  }
}

/// GCC's MIPS interrupt options reach the compiler through `ISRX_ISR_ATTRIBUTES`.
@Suite struct GCCInterruptOptionTests {
  @Test func keepInterruptsMaskedDropsTheIPLRaise() throws {
    let target = TargetCatalog.target(.mips).compiled(by: .gcc)
    guard sharedToolchain.availability(target).compiler != nil else {
      try Test.cancel("mips: \(sharedToolchain.availability(target))")
    }
    func instructions(_ flags: [String]) throws -> [AsmInstruction] {
      let codegen = try Codegen.compile(try Resources.sample(), for: target, toolchain: sharedToolchain, extraFlags: flags)
      let function = try #require(codegen.listing.function(named: "timer"))
      return codegen.listing.instructions(in: function).compactMap(\.instruction)
    }
    // The default raises IPL to the interrupt's RIPL (`ins k1, k0, 10, 6`); masked does not.
    func raisesIPL(_ i: AsmInstruction) -> Bool { i.mnemonic == "ins" && i.operands.suffix(2) == ["10", "6"] }
    #expect(try instructions([]).contains(where: raisesIPL))
    let masked = try instructions(["-DISRX_ISR_ATTRIBUTES=keep_interrupts_masked"])
    #expect(!masked.contains(where: raisesIPL))
    let clear = try #require(masked.first { $0.mnemonic == "ins" && $0.operands.count == 4 && $0.operands[2] == "0" })
    let text = InstructionExplainer.explain(clear, role: .entry, target: target)
    #expect(text.contains("keep_interrupts_masked"))
  }
}
