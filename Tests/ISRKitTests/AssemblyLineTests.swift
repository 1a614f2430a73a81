import ISRKit
import Testing

/// Parses one line on its own.
private func line(_ text: String, _ dialect: AsmDialect) -> AsmLine? {
  AsmListing(parsing: text, dialect: dialect).lines.first
}

private func instr(_ text: String, _ dialect: AsmDialect) -> AsmInstruction? {
  line(text, dialect)?.instruction
}

/// Hand-picked single lines copied verbatim from the recorded fixtures.
@Suite struct AssemblyLineTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let fixture: String
    let dialect: AsmDialect
    let text: String
    let kind: AsmLineKind
    let comment: String?
    var testDescription: String { "\(fixture): \(text)" }

    static func i(_ m: String, _ ops: [String]) -> AsmLineKind {
      .instruction(AsmInstruction(mnemonic: m, operands: ops))
    }
  }

  static let cases: [Case] = [
    // ARM: brace groups are one operand; '@' comments; '#' immediates.
    Case(fixture: "arm", dialect: .arm, text: "\tpush\t{r0, r11, r12, lr}",
         kind: Case.i("push", ["{r0, r11, r12, lr}"]), comment: nil),
    Case(fixture: "arm", dialect: .arm, text: "\tsubs\tpc, lr, #4",
         kind: Case.i("subs", ["pc", "lr", "#4"]), comment: nil),
    Case(fixture: "arm", dialect: .arm, text: "\tmovw\tlr, :lower16:ticks",
         kind: Case.i("movw", ["lr", ":lower16:ticks"]), comment: nil),
    Case(fixture: "arm", dialect: .arm, text: "timer:                                  @ @timer",
         kind: .label("timer"), comment: "@timer"),
    Case(fixture: "arm", dialect: .arm, text: "\t.eabi_attribute\t67, \"2.09\"\t@ Tag_conformance",
         kind: .directive(name: ".eabi_attribute", arguments: "67, \"2.09\""), comment: "Tag_conformance"),
    Case(fixture: "arm", dialect: .arm, text: "\t.type\ttimer,%function",
         kind: .directive(name: ".type", arguments: "timer,%function"), comment: nil),
    Case(fixture: "arm", dialect: .arm, text: "\t.save\t{r0, r11, r12, lr}",
         kind: .directive(name: ".save", arguments: "{r0, r11, r12, lr}"), comment: nil),
    Case(fixture: "arm", dialect: .arm, text: "\t@DEBUG_VALUE: sum_to:n <- $r0",
         kind: .commentOnly, comment: "DEBUG_VALUE: sum_to:n <- $r0"),
    Case(fixture: "arm", dialect: .arm, text: "@ %bb.0:", kind: .commentOnly, comment: "%bb.0:"),
    Case(fixture: "arm", dialect: .arm,
         text: "\t.section\t.debug_loclists,\"\",%progbits",
         kind: .directive(name: ".section", arguments: ".debug_loclists,\"\",%progbits"), comment: nil),
    Case(fixture: "arm", dialect: .arm, text: ".LBB1_2:                                @ =>This Inner Loop Header: Depth=1",
         kind: .label(".LBB1_2"), comment: "=>This Inner Loop Header: Depth=1"),
    Case(fixture: "cortex-m", dialect: .arm, text: "\tpop.w\t{r7, lr}",
         kind: Case.i("pop.w", ["{r7, lr}"]), comment: nil),
    Case(fixture: "cortex-m", dialect: .arm, text: "\tadd.w\tr0, r0, r0, lsl #1",
         kind: Case.i("add.w", ["r0", "r0", "r0", "lsl #1"]), comment: nil),
    Case(fixture: "cortex-m", dialect: .arm, text: "\t.loc\t0 0 0 is_stmt 0                 @ isr.c:0",
         kind: .directive(name: ".loc", arguments: "0 0 0 is_stmt 0"), comment: "isr.c:0"),

    // x86 (AT&T): '#' comments, '@' is not a comment.
    Case(fixture: "x86", dialect: .x86, text: "\t.type\ttimer,@function",
         kind: .directive(name: ".type", arguments: "timer,@function"), comment: nil),
    Case(fixture: "x86", dialect: .x86, text: "timer:                                  # @timer",
         kind: .label("timer"), comment: "@timer"),
    Case(fixture: "x86", dialect: .x86, text: "\t.section\t.debug_loclists,\"\",@progbits",
         kind: .directive(name: ".section", arguments: ".debug_loclists,\"\",@progbits"), comment: nil),
    Case(fixture: "x86", dialect: .x86, text: "\tandl\t$-16, %esp",
         kind: Case.i("andl", ["$-16", "%esp"]), comment: nil),
    Case(fixture: "x86", dialect: .x86, text: "\t#DEBUG_VALUE: timer:f <- [DW_OP_plus_uconst 4] [$ebp+0]",
         kind: .commentOnly, comment: "DEBUG_VALUE: timer:f <- [DW_OP_plus_uconst 4] [$ebp+0]"),
    Case(fixture: "x86", dialect: .x86, text: "\t.loc\t0 43 1 epilogue_begin is_stmt 0 # isr.c:43:1",
         kind: .directive(name: ".loc", arguments: "0 43 1 epilogue_begin is_stmt 0"), comment: "isr.c:43:1"),
    Case(fixture: "x86_64", dialect: .x86, text: "\tleal\t(%rcx,%rax), %r8d",
         kind: Case.i("leal", ["(%rcx,%rax)", "%r8d"]), comment: nil),
    Case(fixture: "x86_64", dialect: .x86, text: "\tjmp\tnotify                          # TAILCALL",
         kind: Case.i("jmp", ["notify"]), comment: "TAILCALL"),
    Case(fixture: "x86_64", dialect: .x86,
         text: "                                        # kill: def $eax killed $eax killed $rax",
         kind: .commentOnly, comment: "kill: def $eax killed $eax killed $rax"),
    Case(fixture: "x86_64", dialect: .x86, text: "\t.file\t0 \"/tmp/isrx\" \"isr.c\" md5 0xba8bae4764e9d058adfb42c8b855496d",
         kind: .directive(name: ".file", arguments: "0 \"/tmp/isrx\" \"isr.c\" md5 0xba8bae4764e9d058adfb42c8b855496d"),
         comment: nil),
    Case(fixture: "x86_64", dialect: .x86, text: "\tretq", kind: Case.i("retq", []), comment: nil),

    // AArch64: '//' comments; '#' immediates; brackets are one operand.
    Case(fixture: "aarch64", dialect: .aarch64, text: "\tldr\tw9, [x8, :lo12:ticks]",
         kind: Case.i("ldr", ["w9", "[x8, :lo12:ticks]"]), comment: nil),
    Case(fixture: "aarch64", dialect: .aarch64, text: "\tadd\tw8, w8, w8, lsl #1",
         kind: Case.i("add", ["w8", "w8", "w8", "lsl #1"]), comment: nil),
    Case(fixture: "aarch64", dialect: .aarch64, text: "\tb.eq\t.LBB1_7", kind: Case.i("b.eq", [".LBB1_7"]), comment: nil),
    Case(fixture: "aarch64", dialect: .aarch64, text: "// %bb.0:", kind: .commentOnly, comment: "%bb.0:"),
    Case(fixture: "aarch64", dialect: .aarch64, text: "\t.type\ttimer,@function",
         kind: .directive(name: ".type", arguments: "timer,@function"), comment: nil),
    Case(fixture: "aarch64", dialect: .aarch64,
         text: "\t.loc\t1 4 12                          // ./isr_inline.h:4:12 @[ isr.c:59:10 ]",
         kind: .directive(name: ".loc", arguments: "1 4 12"), comment: "./isr_inline.h:4:12 @[ isr.c:59:10 ]"),

    // MIPS: '$' registers and labels, '#' comments.
    Case(fixture: "mips", dialect: .mips, text: "\tsw\t$27, 4($sp)", kind: Case.i("sw", ["$27", "4($sp)"]), comment: nil),
    Case(fixture: "mips", dialect: .mips, text: "\tlw\t$2, %lo(ticks)($1)",
         kind: Case.i("lw", ["$2", "%lo(ticks)($1)"]), comment: nil),
    Case(fixture: "mips", dialect: .mips, text: "\tsw\t$2, 12($sp)                     # 4-byte Folded Spill",
         kind: Case.i("sw", ["$2", "12($sp)"]), comment: "4-byte Folded Spill"),
    Case(fixture: "mips", dialect: .mips, text: "\tmfc0\t$26, $13, 0", kind: Case.i("mfc0", ["$26", "$13", "0"]), comment: nil),
    Case(fixture: "mips", dialect: .mips, text: "$BB1_2:                                 #   in Loop: Header=BB1_4 Depth=1",
         kind: .label("$BB1_2"), comment: "in Loop: Header=BB1_4 Depth=1"),
    Case(fixture: "mips", dialect: .mips, text: "$func_begin0 = $tmp0",
         kind: .directive(name: "=", arguments: "$func_begin0 = $tmp0"), comment: nil),
    Case(fixture: "mips", dialect: .mips, text: "\t.frame\t$sp,16,$ra",
         kind: .directive(name: ".frame", arguments: "$sp,16,$ra"), comment: nil),
    Case(fixture: "mips", dialect: .mips, text: "\t.size\ttimer, $func_end0-timer",
         kind: .directive(name: ".size", arguments: "timer, $func_end0-timer"), comment: nil),

    // PowerPC: bare-number registers, '@' relocation suffixes, dotted mnemonics.
    // Recorded with -ppc-asm-full-reg-names, as isrx compiles: r3, not 3.
    Case(fixture: "powerpc", dialect: .powerpc, text: "\tlwz r4, ticks@l(r3)", kind: Case.i("lwz", ["r4", "ticks@l(r3)"]), comment: nil),
    Case(fixture: "powerpc", dialect: .powerpc, text: "\tlis r3, ticks@ha", kind: Case.i("lis", ["r3", "ticks@ha"]), comment: nil),
    Case(fixture: "powerpc", dialect: .powerpc, text: "\tandi. r6, r4, 1", kind: Case.i("andi.", ["r6", "r4", "1"]), comment: nil),
    Case(fixture: "powerpc", dialect: .powerpc, text: "\tbc 4, gt, .LBB1_2", kind: Case.i("bc", ["4", "gt", ".LBB1_2"]), comment: nil),
    Case(fixture: "powerpc", dialect: .powerpc, text: "\tstwu r1, -16(r1)", kind: Case.i("stwu", ["r1", "-16(r1)"]), comment: nil),

    // RISC-V.
    Case(fixture: "riscv64", dialect: .riscv, text: "\tlw\ta1, %pcrel_lo(.Lpcrel_hi0)(a0)",
         kind: Case.i("lw", ["a1", "%pcrel_lo(.Lpcrel_hi0)(a0)"]), comment: nil),
    Case(fixture: "riscv32", dialect: .riscv, text: "\tsw\ta0, 12(sp)                      # 4-byte Folded Spill",
         kind: Case.i("sw", ["a0", "12(sp)"]), comment: "4-byte Folded Spill"),
    Case(fixture: "riscv32", dialect: .riscv,
         text: "\t.attribute\t5, \"rv32i2p1_m2p0_a2p1_c2p0_zmmul1p0_zaamo1p0_zalrsc1p0_zca1p0\"",
         kind: .directive(name: ".attribute", arguments: "5, \"rv32i2p1_m2p0_a2p1_c2p0_zmmul1p0_zaamo1p0_zalrsc1p0_zca1p0\""),
         comment: nil),

    // AVR: ';' comments and symbol assignments.
    Case(fixture: "avr", dialect: .avr, text: "__SREG__ = 63", kind: .directive(name: "=", arguments: "__SREG__ = 63"), comment: nil),
    Case(fixture: "avr", dialect: .avr, text: "\tin\tr0, 63", kind: Case.i("in", ["r0", "63"]), comment: nil),
    Case(fixture: "avr", dialect: .avr, text: "\tlds\tr25, ticks+1", kind: Case.i("lds", ["r25", "ticks+1"]), comment: nil),
    Case(fixture: "avr", dialect: .avr, text: "timer:                                  ; @timer", kind: .label("timer"), comment: "@timer"),
    Case(fixture: "avr", dialect: .avr, text: "\t; Declaring this symbol tells the CRT that it should",
         kind: .commentOnly, comment: "Declaring this symbol tells the CRT that it should"),
    Case(fixture: "avr", dialect: .avr, text: "\t.type\tticks,@object                   ; @ticks",
         kind: .directive(name: ".type", arguments: "ticks,@object"), comment: "@ticks"),

    // MSP430.
    Case(fixture: "msp430", dialect: .msp430, text: "\tinc\t&ticks", kind: Case.i("inc", ["&ticks"]), comment: nil),
    Case(fixture: "msp430", dialect: .msp430, text: "\tcall\t#notify", kind: Case.i("call", ["#notify"]), comment: nil),
    Case(fixture: "msp430", dialect: .msp430, text: "\tbit\t#1, r14", kind: Case.i("bit", ["#1", "r14"]), comment: nil),
    Case(fixture: "msp430", dialect: .msp430, text: "\t.section\t__interrupt_vector_2,\"ax\",@progbits",
         kind: .directive(name: ".section", arguments: "__interrupt_vector_2,\"ax\",@progbits"), comment: nil),
  ]

  @Test(arguments: cases)
  func parsesRealLine(_ c: Case) throws {
    // The line really occurs in the recorded fixture…
    let fixture = try AsmFixtures.text("\(c.fixture).s")
    #expect(fixture.split(separator: "\n").contains { $0 == c.text }, "not in \(c.fixture).s")
    // …and parses the same on its own and inside the full listing.
    let alone = try #require(line(c.text, c.dialect))
    #expect(alone.kind == c.kind)
    #expect(alone.comment == c.comment)
    #expect(alone.text == c.text)
    let listing = AsmListing(parsing: fixture, dialect: c.dialect)
    let inListing = try #require(listing.lines.first { $0.text == c.text })
    #expect(inListing.kind == c.kind)
  }

  @Test func assignmentAccessor() throws {
    let l = try #require(line("__SREG__ = 63", .avr))
    let a = try #require(l.assignment)
    #expect(a.symbol == "__SREG__" && a.value == "63")
    #expect(line("\tnop", .avr)?.assignment == nil)
  }

  @Test func commentMarkersInsideStringsAreNotComments() {
    #expect(line("\t.ascii\t\"a#b\"  # real", .x86)?.kind == .directive(name: ".ascii", arguments: "\"a#b\""))
    #expect(line("\t.ascii\t\"a#b\"  # real", .x86)?.comment == "real")
    #expect(line("\t.asciz\t\"x@y\"\t@ c", .arm)?.kind == .directive(name: ".asciz", arguments: "\"x@y\""))
    #expect(line("\t.asciz\t\"x;y\\\";z\" ; c", .avr)?.kind == .directive(name: ".asciz", arguments: "\"x;y\\\";z\""))
    #expect(line("\t.asciz\t\"x//y\" // c", .aarch64)?.comment == "c")
    // Unterminated string: everything after the quote is part of the string.
    #expect(line("\t.ascii\t\"abc # not a comment", .x86)?.comment == nil)
  }

  @Test func operandSplittingRespectsNesting() {
    #expect(instr("\tld1\t{v0.4s, v1.4s}, [x0], #32", .aarch64)?.operands == ["{v0.4s, v1.4s}", "[x0]", "#32"])
    #expect(instr("\tmovl\t(%eax,%ebx,4), %ecx", .x86)?.operands == ["(%eax,%ebx,4)", "%ecx"])
    #expect(instr("\tldr\tr0, [r1, #4]!", .arm)?.operands == ["r0", "[r1, #4]!"])
    #expect(instr("\tvaddps\t%zmm1, %zmm2, %zmm3 {%k1}", .x86)?.operands == ["%zmm1", "%zmm2", "%zmm3 {%k1}"])
    #expect(instr("\tlock incl\tticks(%rip)", .x86) == AsmInstruction(mnemonic: "lock incl", operands: ["ticks(%rip)"]))
    #expect(instr("\tnop", .riscv)?.operands == [])
    // Unbalanced closers never go negative.
    #expect(instr("\tfoo\ta), b, (c, d", .x86)?.operands == ["a)", "b", "(c, d"])
  }

  @Test func labelsOfEveryFlavour() {
    #expect(line("timer:", .x86)?.kind == .label("timer"))
    #expect(line(".LBB0_1:", .x86)?.kind == .label(".LBB0_1"))
    #expect(line("$BB0_2:", .mips)?.kind == .label("$BB0_2"))
    #expect(line("1:", .arm)?.kind == .label("1"))
    #expect(line("\"quoted name\":", .x86)?.kind == .label("quoted name"))
    #expect(line("  .Ltmp3:  # x", .x86)?.kind == .label(".Ltmp3"))
    // A segment-override operand is not a label.
    #expect(line("\tmovq\t%fs:0, %rax", .x86)?.instruction?.operands == ["%fs:0", "%rax"])
  }

  @Test func blankAndCommentLines() {
    #expect(line("", .x86) == nil)
    #expect(AsmListing(parsing: "\n", dialect: .x86).lines.map(\.kind) == [.blank])
    #expect(AsmListing(parsing: "a:\r\n\tnop\r\n", dialect: .x86).lines.map(\.text) == ["a:", "\tnop"])
    #expect(line("   \t ", .x86)?.kind == .blank)
    #expect(line("#", .x86)?.comment == "")
    #expect(line("# 5 \"isr.c\"", .arm)?.kind == .commentOnly)  // '#' in column 1 is a comment everywhere
    #expect(line("\t# leading hash", .aarch64)?.kind == .commentOnly)
  }
}
