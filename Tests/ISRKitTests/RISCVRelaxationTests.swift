import Testing
@testable import ISRKit

/// What RISC-V pseudo-instructions become after the link: ld.lld relaxes a `call`
/// (auipc+jalr, R_RISCV_CALL with R_RISCV_RELAX) to one `jal`, but not an `lla`
/// (auipc+addi, R_RISCV_PCREL_HI20 with R_RISCV_RELAX), which GCC writes as one listing line:
/// counted as one, the GCC baseline ran 81 instructions where isrx said 78–79.
@Suite struct RISCVRelaxationTests {
  @Test func gccLlaIsTwoInstructionsAndCallIsOne() throws {
    let target = try #require(TargetCatalog.target(id: TargetID.riscv64.rawValue)).compiled(by: .gcc)
    guard sharedToolchain.availability(target).compiler != nil else { return }  // gcc-riscv64-unknown-elf missing
    let source = """
      extern void (*const table[])(void);
      extern volatile unsigned which;
      void work(void);
      ISR(dispatch) { work(); table[which](); table[3](); }
      """
    let codegen = try Codegen.compile(source, for: target, toolchain: sharedToolchain)
    let function = try #require(codegen.listing.function(named: "dispatch"))
    let flow = FunctionFlow(listing: codegen.listing, function: function, target: target, machineCode: codegen.output.machineCode)
    let lla = try #require(flow.steps.first { $0.instruction.mnemonic == "lla" }, "\(flow.steps.map(\.instruction.text))")
    #expect(lla.extraInstructions == 1)
    // `lwu a5,which`: a load from a symbol is auipc+lwu too.
    let load = try #require(flow.steps.first { $0.instruction.mnemonic == "lwu" && $0.instruction.operands.last == "which" },
                            "\(flow.steps.map(\.instruction.text))")
    #expect(load.extraInstructions == 1)
    let call = try #require(flow.steps.first { $0.instruction.mnemonic == "call" })
    #expect(call.extraInstructions == 0)
  }
}
