import ISRKit
import Testing

private func parse(_ lines: [String], _ dialect: AsmDialect = .x86) -> AsmListing {
  AsmListing(parsing: lines.joined(separator: "\n") + "\n", dialect: dialect)
}

@Suite struct AssemblyListingTests {
  @Test func locTracksLinesAndFlags() throws {
    let listing = parse([
      "\t.file\t\"a.c\"",
      "\t.file\t0 \"/d\" \"a.c\" md5 0x00",
      "\t.text",
      "\t.globl\tf",
      "\t.type\tf,@function",
      "f:",
      "\tnop",  // before any .loc: no line
      "\t.loc\t0 5 3 prologue_end",
      "\tnop",
      "\t.loc\t0 6 1 is_stmt 0",
      "\tnop",
      "\tnop",  // inherits 6
      "\t.loc\t0 0 1 is_stmt 0",
      "\tnop",  // line 0 = no line
      "\t.loc\t0 7 1 epilogue_begin discriminator 2",
      "\tret",
      ".Lfunc_end0:",
      "\t.size\tf, .Lfunc_end0-f",
    ])
    let f = try #require(listing.function(named: "f"))
    #expect(listing.instructions(in: f).map(\.sourceLine) == [nil, 5, 6, 6, nil, 7])
    #expect(listing.mainFile == 0)
    #expect(listing.files == [0: "/d/a.c"])
    #expect(f.lineRange == 5..<18)
  }

  @Test func dwarf4StyleFileNumbersAndHeaders() throws {
    let listing = parse([
      "\t.file\t\"main.c\"",
      "\t.file\t1 \"/src\" \"main.c\"",
      "\t.globl\tg",
      "\t.type\tg,@function",
      "g:",
      "\t.loc\t1 10 0",
      "\tpushl\t%ebp",
      "\t.file\t2 \"/src/include\" \"util.h\"",
      "\t.loc\t2 3 5",
      "\tincl\t%eax",
      "\t.file\t3 \"/src\" \"main.c\"",  // duplicate entry for the main file
      "\t.loc\t3 11 0",
      "\tretl",
      "\t.size\tg, .-g",
    ])
    let g = try #require(listing.function(named: "g"))
    #expect(listing.mainFile == 1)
    #expect(listing.files[2] == "/src/include/util.h")
    #expect(listing.instructions(in: g).map(\.sourceLine) == [10, nil, 11])
  }

  @Test func mainFileWithoutUnnumberedFileFallsBackToFirstLocInAFunction() throws {
    let listing = parse([
      "\t.file\t7 \"x.h\"",
      "\t.file\t3 \"y.c\"",
      "\t.loc\t7 1 0",  // outside any function
      "\t.type\th,@function",
      "h:",
      "\t.loc\t3 4 0",
      "\tret",
      "\t.size\th, .-h",
    ])
    #expect(listing.mainFile == 3)
    #expect(listing.instructions(in: try #require(listing.function(named: "h"))).map(\.sourceLine) == [4])
  }

  @Test func functionsFromGloblFallbackEndBeforeDataSections() throws {
    let listing = parse(
      [
        "\t.text",
        "\t.globl\tstart",
        "start:",
        "\tbl\thelper",
        "1:",
        "\tb\t1b",
        "\t.data",
        "\t.globl\tmsg",
        "msg:",
        "\t.asciz\t\"hi\"",
        "\t.text",
        "\t.globl\thelper",
        "helper:",
        "\tbx\tlr",
        "",
        "@ trailing comment",
      ], .arm)
    #expect(listing.functions.map(\.name) == ["start", "helper"])
    #expect(listing.function(named: "start")?.lineRange == 2..<6)
    #expect(listing.function(named: "helper")?.lineRange == 12..<14)
    #expect(listing.lines[8].function == nil)  // msg: is data
    #expect(listing.usedLabels.contains("1"))
    #expect(!listing.usedLabels.contains("msg"))
  }

  @Test func objectTypedGloblIsNotAFunction() {
    let listing = parse(["\t.globl\tx", "\t.type\tx,@object", "x:", "\t.long\t0", "\t.size\tx, 4"])
    #expect(listing.functions.isEmpty)
  }

  @Test func functionEndsWithoutSize() throws {
    // .cfi_endproc ends a function that has no .size.
    let a = parse([
      "\t.type\tf,@function", "f:", "\t.cfi_startproc", "\tret", "\t.cfi_endproc", "# after", "\t.p2align\t4",
    ])
    #expect(a.function(named: "f")?.lineRange == 1..<5)

    // A .Lfunc_end label ends it (the label is included).
    let b = parse(["\t.type\tf,@function", "f:", "\tret", ".Lfunc_end0:", "\t.p2align\t4", ".Lother:", "\tnop"])
    #expect(b.function(named: "f")?.lineRange == 1..<4)

    // Two functions without any end marker: the first stops at its last code line, not at the
    // next one's preamble.
    let c = parse([
      "\t.globl\tf", "\t.type\tf,@function", "f:", "\tret", "", "\t.globl\tg", "\t.p2align\t4", "\t.type\tg,@function",
      "g:", "\tret",
    ])
    #expect(c.function(named: "f")?.lineRange == 2..<4)
    #expect(c.function(named: "g")?.lineRange == 8..<10)

    // A .size for a *different* symbol does not end the function.
    let d = parse(["\t.type\tf,@function", "f:", "\tret", "\t.size\tother, 4", "\tnop", "\t.size\tf, .-f"])
    #expect(d.function(named: "f")?.lineRange == 1..<6)

    // MIPS-style `.ent`.
    let e = parse(["\t.ent\tk", "k:", "\tjr\t$ra", "\t.end\tk", "$func_end3:", "\t.size\tk, $func_end3-k"], .mips)
    #expect(e.function(named: "k")?.lineRange == 1..<6)
  }

  @Test func labelUsage() {
    let listing = parse([
      "\t.text",
      "\t.type\tf,@function",
      "f:",
      ".Ltmp0:",
      "\tleaq\t.LJTI0_0(%rip), %rcx",
      "\tmovl\t$counter, %eax",  // `$` immediate of a symbol
      "\tjmp\t*(%rcx)",
      ".LBB0_2:",
      "\tret",
      ".LBB0_3:",
      "\tret",
      ".LBB0_9:",
      ".Lfunc_end0:",
      "\t.size\tf, .Lfunc_end0-f",
      "\t.section\t.rodata,\"a\",@progbits",
      ".LJTI0_0:",
      "\t.long\t.LBB0_2-.LJTI0_0",
      "\t.quad\t.LBB0_3",
      "counter:",
      "\t.long\t0",
      "\t.section\t.debug_info,\"\",@progbits",
      ".Ldebug_info_start0:",
      "\t.quad\t.Ltmp0",
      "\t.quad\t.LBB0_9",
      "\t.long\t.Ldebug_info_start0",
    ])
    #expect(listing.usedLabels == ["f", ".LJTI0_0", ".LBB0_2", ".LBB0_3", "counter"])
    let shown = listing.displayed(.default).compactMap(\.label)
    #expect(shown == ["f", ".LBB0_2", ".LBB0_3", ".LJTI0_0", "counter"])
  }

  @Test func mipsDollarLabelsAreNotConfusedWithRegisters() {
    let listing = parse(
      [
        "\t.type\tf,@function", "f:", "\tbeqz\t$4, $BB0_2", "\tnop", "$BB0_1:", "\tnop", "$BB0_2:", "\tjr\t$ra",
        "4:", "$func_end0:", "\t.size\tf, $func_end0-f",
      ], .mips)
    #expect(listing.usedLabels == ["f", "$BB0_2"])
  }

  @Test func filtersCombine() {
    let listing = parse([
      "\t.text", "# comment", "", "\t.type\tf,@function", "f:", ".Lunused:", "\tret", "\t.size\tf, .-f",
    ])
    let kinds = { (filters: AsmFilters) in listing.displayed(filters).map(\.index) }
    #expect(kinds([]) == Array(0..<8))
    #expect(kinds(.hideDirectives) == [1, 2, 4, 5, 6])
    #expect(kinds(.hideCommentOnly) == [0, 3, 4, 5, 6, 7])
    #expect(kinds(.hideUnusedLabels) == [0, 1, 2, 3, 4, 6, 7])
    #expect(kinds(.default) == [4, 6])
    #expect(AsmFilters.default == [.hideDirectives, .hideCommentOnly, .hideUnusedLabels])
  }

  @Test func lookups() throws {
    let listing = parse(["\t.type\tf,@function", "f:", "\tret", "\t.size\tf, .-f", "\t.byte\t1"])
    #expect(listing.function(named: "nope") == nil)
    #expect(listing.function(containingLine: 2)?.name == "f")
    #expect(listing.function(containingLine: 4) == nil)
    #expect(try #require(listing.function(named: "f")).instructionIndices == [2])
  }
}
