import Foundation
import ISRKit
import Testing

/// Loads the real clang listings recorded by `Fixtures/asm/record.sh`.
enum AsmFixtures {
  static func url(_ name: String) throws -> URL {
    let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return base.appendingPathComponent("asm").appendingPathComponent(name)
  }

  static func text(_ name: String) throws -> String {
    try String(contentsOf: url(name), encoding: .utf8)
  }

  static func listing(_ target: AsmTarget) throws -> AsmListing {
    AsmListing(parsing: try text("\(target.name).s"), dialect: target.dialect)
  }

  /// The lines of isr.c (1-based line N is element N-1).
  static func sourceLines() throws -> [Substring] {
    try text("isr.c").split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// 1-based line of the first source line containing `needle`.
  static func sourceLine(containing needle: String) throws -> Int {
    let lines = try sourceLines()
    let i = try #require(lines.firstIndex { $0.contains(needle) })
    return i + 1
  }
}

/// One isrx target as recorded in the fixtures.
struct AsmTarget: Sendable, CustomTestStringConvertible {
  let name: String
  let dialect: AsmDialect
  /// What the ISR's last instruction must be.
  let isReturn: @Sendable (AsmInstruction) -> Bool
  /// The instruction that performs `ticks++`.
  let increment: AsmInstruction

  var testDescription: String { name }

  static func ret(_ mnemonic: String, _ operands: [String] = []) -> @Sendable (AsmInstruction) -> Bool {
    { $0.mnemonic == mnemonic && $0.operands == operands }
  }

  static let all: [AsmTarget] = [
    AsmTarget(
      name: "x86", dialect: .x86, isReturn: ret("iretl"),
      increment: AsmInstruction(mnemonic: "incl", operands: ["ticks"])),
    AsmTarget(
      name: "x86_64", dialect: .x86, isReturn: ret("iretq"),
      increment: AsmInstruction(mnemonic: "incl", operands: ["ticks(%rip)"])),
    AsmTarget(
      name: "arm", dialect: .arm, isReturn: ret("subs", ["pc", "lr", "#4"]),
      increment: AsmInstruction(mnemonic: "add", operands: ["r0", "r0", "#1"])),
    AsmTarget(
      name: "cortex-m", dialect: .arm,
      isReturn: { i in
        (i.mnemonic == "bx" && i.operands == ["lr"])
          || (i.mnemonic.hasPrefix("pop") && (i.operands.first?.contains("pc") ?? false))
      },
      increment: AsmInstruction(mnemonic: "adds", operands: ["r1", "#1"])),
    AsmTarget(
      name: "aarch64", dialect: .aarch64, isReturn: ret("ret"),
      increment: AsmInstruction(mnemonic: "add", operands: ["w9", "w9", "#1"])),
    AsmTarget(
      name: "mips", dialect: .mips, isReturn: ret("eret"),
      increment: AsmInstruction(mnemonic: "addiu", operands: ["$2", "$2", "1"])),
    AsmTarget(
      name: "powerpc", dialect: .powerpc, isReturn: ret("blr"),
      increment: AsmInstruction(mnemonic: "addi", operands: ["r4", "r4", "1"])),
    AsmTarget(
      name: "riscv32", dialect: .riscv, isReturn: ret("mret"),
      increment: AsmInstruction(mnemonic: "addi", operands: ["a1", "a1", "1"])),
    AsmTarget(
      name: "riscv64", dialect: .riscv, isReturn: ret("mret"),
      increment: AsmInstruction(mnemonic: "addi", operands: ["a1", "a1", "1"])),
    AsmTarget(
      name: "avr", dialect: .avr, isReturn: ret("reti"),
      increment: AsmInstruction(mnemonic: "adiw", operands: ["r24", "1"])),
    AsmTarget(
      name: "msp430", dialect: .msp430, isReturn: ret("reti"),
      increment: AsmInstruction(mnemonic: "inc", operands: ["&ticks"])),
  ]
}

@Suite struct AssemblyFixtureTests {
  @Test(arguments: AsmTarget.all)
  func findsAllThreeFunctions(_ target: AsmTarget) throws {
    let listing = try AsmFixtures.listing(target)
    #expect(listing.functions.map(\.name) == ["timer", "sum_to", "report"])
    for function in listing.functions {
      // Each range starts at the function's label and ends with its `.size` directive.
      #expect(listing.lines[function.lineRange.lowerBound].kind == .label(function.name))
      let last = listing.lines[function.lineRange.upperBound - 1]
      guard case .directive(".size", let args) = last.kind else {
        Issue.record("\(target.name) \(function.name) ends at \(last.text)")
        continue
      }
      #expect(args.hasPrefix(function.name + ","))
      for i in function.lineRange { #expect(listing.lines[i].function == function.name) }
    }
    // Data and debug lines are outside every function.
    let ticksLabel = try #require(listing.lines.first { $0.kind == .label("ticks") })
    #expect(ticksLabel.function == nil)
  }

  @Test(arguments: AsmTarget.all)
  func isrEndsInTheRightReturn(_ target: AsmTarget) throws {
    let listing = try AsmFixtures.listing(target)
    let isr = try #require(listing.function(named: "timer"))
    let instructions = listing.instructions(in: isr)
    #expect(instructions.count == isr.instructionIndices.count)
    let last = try #require(instructions.last?.instruction)
    #expect(target.isReturn(last), "\(target.name): last ISR instruction is \(last)")
  }

  @Test(arguments: AsmTarget.all)
  func isrInstructionsMapIntoTheISRBody(_ target: AsmTarget) throws {
    let listing = try AsmFixtures.listing(target)
    let isr = try #require(listing.function(named: "timer"))
    let source = try AsmFixtures.sourceLines()
    let first = try AsmFixtures.sourceLine(containing: "void timer(")
    let close = try #require(source[first...].firstIndex { $0.hasPrefix("}") }) + 1
    let instructions = listing.instructions(in: isr)
    #expect(!instructions.isEmpty)
    for line in instructions {
      let sourceLine = try #require(line.sourceLine, "\(target.name): no source line for \(line.text)")
      #expect((1...source.count).contains(sourceLine))
      #expect((first...close).contains(sourceLine), "\(target.name): \(line.text) → \(sourceLine)")
    }
  }

  @Test(arguments: AsmTarget.all)
  func incrementMapsToTicksPlusPlus(_ target: AsmTarget) throws {
    let listing = try AsmFixtures.listing(target)
    let isr = try #require(listing.function(named: "timer"))
    let ticksLine = try AsmFixtures.sourceLine(containing: "ticks++")
    let increment = try #require(
      listing.instructions(in: isr).first { $0.instruction == target.increment },
      "\(target.name): no \(target.increment) in the ISR")
    #expect(increment.sourceLine == ticksLine)
  }

  @Test(arguments: AsmTarget.all)
  func fileTableAndHeaderLines(_ target: AsmTarget) throws {
    let listing = try AsmFixtures.listing(target)
    #expect(listing.sourceFileName == "isr.c")
    #expect(listing.mainFile == 0)
    #expect(listing.files[0] == "/tmp/isrx/isr.c")
    #expect(listing.files[1] == "./isr_inline.h")

    // In report(), instructions after a `.loc 1 …` come from the header and have no source line;
    // the others carry the `.loc 0` line.
    let report = try #require(listing.function(named: "report"))
    var currentLoc: [Substring] = []
    var headerInstructions = 0
    for i in report.lineRange {
      let line = listing.lines[i]
      if case .directive(".loc", let args) = line.kind {
        currentLoc = args.split(separator: " ")
      } else if line.instruction != nil, currentLoc.count >= 2 {
        if currentLoc[0] == "1" || currentLoc[1] == "0" {
          headerInstructions += currentLoc[0] == "1" ? 1 : 0
          #expect(line.sourceLine == nil, "\(target.name): \(line.text)")
        } else {
          #expect(line.sourceLine == Int(currentLoc[1]), "\(target.name): \(line.text)")
        }
      }
    }
    #expect(headerInstructions > 0)
    // Non-instruction lines never carry a source line.
    #expect(listing.lines.allSatisfy { $0.instruction != nil || $0.sourceLine == nil })
  }

  @Test(arguments: AsmTarget.all)
  func filteredDisplayKeepsCodeAndUsedBranchLabels(_ target: AsmTarget) throws {
    let listing = try AsmFixtures.listing(target)
    let shown = listing.displayed(.default)
    #expect(!shown.contains { $0.isDirective })
    #expect(!shown.contains { $0.kind == .commentOnly || $0.kind == .blank })
    for line in shown {
      if let label = line.label { #expect(listing.usedLabels.contains(label), "\(label)") }
    }
    // Every instruction survives, in order.
    let allInstructions = listing.lines.filter { $0.instruction != nil }.map(\.index)
    #expect(shown.filter { $0.instruction != nil }.map(\.index) == allInstructions)

    // Function labels and the loop's branch targets are kept; debug-only temporaries are not.
    let shownLabels = Set(shown.compactMap(\.label))
    #expect(shownLabels.isSuperset(of: ["timer", "sum_to", "report", "ticks"]))
    #expect(!shownLabels.contains { $0.hasPrefix(".Ltmp") || $0.hasPrefix("$tmp") })
    #expect(!shownLabels.contains { $0.hasPrefix(".Lfunc_") || $0.hasPrefix("$func_") })
    #expect(!shownLabels.contains { $0.hasPrefix(".Ldebug") || $0.hasPrefix("$debug") })

    let sumTo = try #require(listing.function(named: "sum_to"))
    let definedInLoop = Set(sumTo.lineRange.compactMap { listing.lines[$0].label })
    let branchTargets = Set(
      listing.instructions(in: sumTo).flatMap { $0.instruction?.operands ?? [] }
        .filter { definedInLoop.contains($0) })
    #expect(!branchTargets.isEmpty, "\(target.name): no branch labels found in sum_to")
    #expect(shownLabels.isSuperset(of: branchTargets))
    #expect(branchTargets.allSatisfy { $0.hasPrefix(".LBB") || $0.hasPrefix("$BB") })
  }

  @Test(arguments: AsmTarget.all)
  func everyDirectiveAndInstructionLineIsClassified(_ target: AsmTarget) throws {
    let text = try AsmFixtures.text("\(target.name).s")
    let listing = AsmListing(parsing: text, dialect: target.dialect)
    let raw = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(listing.lines.count == raw.count)
    for (line, rawLine) in zip(listing.lines, raw) {
      #expect(line.text == String(rawLine))
      let code = rawLine.drop { $0 == " " || $0 == "\t" }
      // Lines that begin with a dot are directives or labels, never instructions.
      if code.hasPrefix(".") {
        #expect(line.isDirective || line.label != nil, "\(line.text)")
      }
      // An instruction's mnemonic is never a comment marker or empty.
      if let i = line.instruction {
        #expect(!i.mnemonic.isEmpty)
        #expect(!i.mnemonic.hasPrefix(target.dialect.commentMarker))
        #expect(!i.operands.contains(""), "\(line.text)")
      }
    }
  }
}
