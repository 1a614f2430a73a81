import Foundation
import Testing
@testable import ISRKit

/// Per-mnemonic documentation of body instructions (issue #15): every mnemonic the
/// compilers emit for real ISR bodies is documented, and the lookup reads each
/// architecture's spellings (size suffixes, condition codes, widths, record dots) right.
@Suite struct MnemonicDocsTests {
  /// Realistic ISR shapes beside the sample: a FIFO drain loop, a switch on a status
  /// register with an early return and calls out, 64-bit/multiply/divide arithmetic, and a
  /// descriptor copy with bit fields and a table lookup.
  static let declarations = """
    #define UART_STATUS (*(volatile unsigned char *)0x4000)
    #define UART_DATA   (*(volatile unsigned char *)0x4001)
    volatile unsigned char rx_buf[64];
    volatile unsigned char rx_head, rx_tail;
    volatile unsigned overruns;

    #define DMA_STATUS (*(volatile unsigned *)0x40002000)
    #define DMA_CLEAR  (*(volatile unsigned *)0x40002004)
    struct channel { unsigned count; unsigned errors; short last; signed char level; };
    volatile struct channel chans[4];
    volatile int state;
    void on_error(int code);
    void wake(unsigned which);

    #define ADC_DATA (*(volatile unsigned short *)0x40003000)
    volatile unsigned long long uptime_us;
    volatile int average;
    volatile int samples[8];
    volatile unsigned idx;
    volatile long threshold;
    volatile unsigned char flags;

    struct desc { unsigned src, dst, len, ctl; };
    volatile struct desc *const DESC = (volatile struct desc *)0x40004000;
    struct desc shadow;
    static const unsigned short table[16] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768};
    volatile unsigned short out;
    struct bits { unsigned mode : 3; unsigned en : 1; unsigned cnt : 12; };
    volatile struct bits cfg;
    volatile unsigned char seq;
    """

  static let handlers = """
    ISR(uart_rx) {
      while (UART_STATUS & 1) {
        unsigned char c = UART_DATA;
        unsigned char next = (rx_head + 1) & 63;
        if (next == rx_tail) { overruns++; continue; }
        rx_buf[rx_head] = c;
        rx_head = next;
      }
    }

    ISR(dma) {
      unsigned s = DMA_STATUS;
      if (s == 0) return;
      DMA_CLEAR = s;
      unsigned ch = (s >> 4) & 3;
      switch (s & 7) {
      case 1: chans[ch].count++; break;
      case 2: chans[ch].errors += 2; on_error(-(int)ch); break;
      case 3: chans[ch].last = (short)(s >> 16); break;
      case 4: chans[ch].level = (signed char)s; state = state * 3 + 1; break;
      case 5: wake(ch); break;
      default: state = -1; break;
      }
    }

    ISR(adc) {
      uptime_us += 125;
      int v = ADC_DATA;
      int scaled = (v * 3300) >> 12;
      samples[idx & 7] = scaled;
      idx++;
      average = (average * 7 + scaled) / 8;
      if (scaled > threshold) flags |= 0x80;
      else flags &= ~0x80;
      if (scaled < 0 || (unsigned)scaled % 10 == 3) flags ^= 1;
    }

    ISR(dma_desc) {
      shadow.src = DESC->src;
      shadow.dst = DESC->dst;
      shadow.len = DESC->len;
      shadow.ctl = DESC->ctl;
      out = table[shadow.ctl & 15];
      cfg.cnt = cfg.cnt + 1;
      cfg.en = !cfg.en;
      seq = (unsigned char)(seq << 1) | (seq >> 7);
    }
    """

  /// The same handlers again as plain functions (`name_plain`), what the baseline's handler
  /// is (the prelude's ISRX_PLAIN_HANDLERS form): one compile per target covers both.
  static let plainAgain = """
    #undef ISR
    #define ISR(name) __attribute__((used, noinline)) void name##_plain(void)
    """

  /// Mnemonics the documentation may skip, and why.
  /// avr-gcc writes `/* prologue: Signal */` lines, which the listing parser takes for
  /// instructions (a parser matter, not a mnemonic).
  static func isParserArtifact(_ mnemonic: String) -> Bool { mnemonic.hasPrefix("/*") }

  /// The mnemonics of every ISR body (role `.body`) and of every instruction of the plain
  /// copies.
  private func bodyMnemonics(_ target: Target) throws -> Set<String> {
    let source = [try Resources.sample(), Self.declarations, Self.handlers, Self.plainAgain, Self.handlers]
      .joined(separator: "\n")
    let codegen = try Codegen.compile(source, for: target, toolchain: sharedToolchain)
    #expect(codegen.output.succeeded, "\(target.name): \(codegen.output)")
    var found: Set<String> = []
    for function in codegen.listing.functions {
      if function.name.hasSuffix("_plain") {
        found.formUnion(codegen.listing.instructions(in: function).compactMap { $0.instruction?.mnemonic })
      } else if (codegen.roles[function.name] ?? .function) != .function {
        let flow = FunctionFlow(listing: codegen.listing, function: function, target: target)
        for (step, role) in zip(flow.steps, InstructionRole.classify(flow)) where role == .body {
          found.insert(step.instruction.mnemonic)
        }
      }
    }
    #expect(codegen.isrNames.count == 5, "\(target.name): \(codegen.isrNames)")
    #expect(codegen.listing.functions.filter { $0.name.hasSuffix("_plain") }.count == 4)
    return found.filter { !Self.isParserArtifact($0) }
  }

  @Test(arguments: TargetID.allCases, CompilerFamily.allCases)
  func everyBodyMnemonicOfRealOutputIsDocumented(id: TargetID, compiler: CompilerFamily) throws {
    let target = TargetCatalog.target(id).compiled(by: compiler)
    guard sharedToolchain.availability(target).compiler != nil else {
      try Test.cancel("\(id) \(compiler): \(sharedToolchain.availability(target))")
    }
    let mnemonics = try bodyMnemonics(target)
    #expect(mnemonics.count > 10, "\(id) \(compiler): too few mnemonics to mean anything: \(mnemonics.sorted())")
    let undocumented = mnemonics.filter { MnemonicDocs.doc($0, on: target.architecture) == nil }
    #expect(undocumented.isEmpty, "\(id) \(compiler) undocumented: \(undocumented.sorted().joined(separator: " "))")
  }

  // MARK: - Spellings

  private func doc(_ mnemonic: String, _ architecture: Architecture) -> String {
    MnemonicDocs.doc(mnemonic, on: architecture) ?? "<none>"
  }

  @Test func x86SizeSuffixesConditionsAndPrefixes() {
    #expect(doc("addl", .x86).hasPrefix("adds the source to the destination"))
    #expect(doc("addl", .x86).hasSuffix("; 32-bit operands"))
    #expect(doc("addq", .x86_64).hasSuffix("; 64-bit operands"))
    #expect(doc("movzbl", .x86).contains("zero-extended"))
    // `jl` is jump-if-less, not `j` with a size suffix; `cmovnsl` is cmov + ns + l.
    #expect(doc("jl", .x86).contains("signed <"))
    #expect(doc("cmovnsl", .x86_64).contains("sign flag is clear"))
    #expect(doc("setae", .x86).contains("unsigned >="))
    #expect(!doc("calll", .x86).contains("32-bit"))
    #expect(doc("lock incl", .x86).contains("atomic"))
    #expect(MnemonicDocs.doc("frobl", on: .x86) == nil)
  }

  @Test func armConditionsWidthsAndFlagSetting() {
    #expect(doc("ldrne", .armA).hasPrefix("loads a 32-bit word"))
    #expect(doc("ldrne", .armA).contains("only if not equal"))
    #expect(doc("ldrbls", .armA).contains("unsigned lower or same"))
    #expect(doc("ldr.w", .cortexM) == doc("ldr", .cortexM))
    #expect(doc("adds", .cortexM).contains("also updates the condition flags"))
    // `bls` is b + ls (not bl + s), `lsls` is lsl + s (not a condition), `blt` is b + lt.
    #expect(doc("bls", .armA) == "branches to the label if unsigned lower or same: <= (C clear or Z set)")
    #expect(doc("lsls", .cortexM).hasPrefix("logical shift left"))
    #expect(doc("blt", .cortexM).contains("signed <"))
    #expect(doc("ite", .cortexM).hasPrefix("If-Then"))
    #expect(doc("itete", .cortexM).hasPrefix("If-Then"))
  }

  @Test func aarch64BranchSpellings() {
    #expect(doc("b.eq", .aarch64) == doc("beq", .aarch64))
    #expect(doc("b.hi", .aarch64).contains("unsigned higher"))
    #expect(doc("bl", .aarch64).hasPrefix("calls"))
    #expect(doc("subs", .aarch64).contains("NZCV"))
  }

  @Test func mipsAndRISCVPseudoInstructions() {
    #expect(doc("beqz", .mips).contains("zero"))
    #expect(doc("lui", .mips).contains("%hi"))
    #expect(doc("nop", .mips).contains("delay slot"))
    #expect(doc("beqz", .riscv).hasPrefix("branches if the register is zero"))
    #expect(doc("c.addi", .riscv).contains("compressed"))
    #expect(doc("amoadd.w.aqrl", .riscv).contains("acquire and release"))
  }

  @Test func powerpcRecordFormsAndConditions() {
    #expect(doc("andi.", .powerpc).contains("CR0"))
    #expect(doc("add.", .powerpc).contains("the dot also sets CR0"))
    #expect(doc("bnelr", .powerpc).hasPrefix("returns (branches to LR) if not equal"))
    #expect(doc("blt", .powerpc).hasPrefix("branches to the label if less than"))
    #expect(doc("beq+", .powerpc) == doc("beq", .powerpc))
    #expect(doc("blr", .powerpc).hasPrefix("returns"))
  }

  @Test func avrAndMSP430() {
    #expect(doc("lds", .avr).contains("2 words"))
    #expect(doc("adiw", .avr).contains("register pair"))
    #expect(doc("mov.b", .msp430).hasSuffix("(byte-sized)"))
    #expect(doc("mov.w", .msp430) == doc("mov", .msp430))
    #expect(doc("bis", .msp430).contains("OR"))
  }

  // MARK: - The explanation

  @Test func bodyExplanationsNameTheInstructionAndKeepTheRole() {
    let x86 = TargetCatalog.target(.x86)
    let add = InstructionExplainer.explain(AsmInstruction(mnemonic: "addl", operands: ["$1", "%eax"]), role: .body, target: x86)
    #expect(add.hasPrefix("addl $1, %eax: adds the source to the destination"))
    #expect(add.hasSuffix("your code (the ISR body)"))
    let handler = InstructionExplainer.explain(AsmInstruction(mnemonic: "addl", operands: ["$1", "%eax"]), role: .handler, target: x86)
    #expect(handler.contains("baseline handler"))
    // GCC's PowerPC operands are `%r3`: the text is the mnemonic's either way.
    let ppc = TargetCatalog.target(.powerpc).compiled(by: .gcc)
    let lwz = InstructionExplainer.explain(AsmInstruction(mnemonic: "lwz", operands: ["%r9", "ticks@l(%r9)"]), role: .body, target: ppc)
    #expect(lwz.hasPrefix("lwz %r9, ticks@l(%r9): loads a 32-bit word"))
    // A body instruction that only shares a mnemonic with the convention's is the body's.
    let cortexM = TargetCatalog.target(.cortexM)
    let loop = InstructionExplainer.explain(AsmInstruction(mnemonic: "b", operands: [".LBB0_2"]), role: .body, target: cortexM)
    #expect(loop.hasPrefix("b .LBB0_2: branches to the label"))
    let tail = InstructionExplainer.explain(AsmInstruction(mnemonic: "b.w", operands: ["scheduler_tick"]), role: .body, target: cortexM)
    #expect(tail.contains("tail call"))
    let field = InstructionExplainer.explain(AsmInstruction(mnemonic: "bfc", operands: ["r0", "#4", "#1"]), role: .body, target: TargetCatalog.target(.arm))
    #expect(field.contains("clears width bits"))
    let ext = InstructionExplainer.explain(AsmInstruction(mnemonic: "ext", operands: ["$2", "$4", "4", "2"]), role: .body, target: TargetCatalog.target(.mips))
    #expect(ext.contains("extracts a bit field") && !ext.contains("RIPL"))
    // The baseline handler is a plain function: its pop into pc is an ordinary return.
    let pop = InstructionExplainer.explain(AsmInstruction(mnemonic: "pop", operands: ["{r7, pc}"]), role: .handler, target: cortexM)
    #expect(!pop.contains("EXC_RETURN"))
    // Entry texts stay the convention's.
    let push = InstructionExplainer.explain(AsmInstruction(mnemonic: "pushq", operands: ["%rax"]), role: .entry, target: TargetCatalog.target(.x86_64))
    #expect(push.contains("ISR must preserve every register"))
  }
}
