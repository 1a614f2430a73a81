import Foundation
import ISRKit
import FuzzSupport
import Testing


/// Structural invariants that must hold for any input.
private func checkInvariants(_ listing: AsmListing, _ text: String) {
  #expect(listing.lines.indices.allSatisfy { listing.lines[$0].index == $0 })
  var previousEnd = 0
  for f in listing.functions {
    #expect(f.lineRange.lowerBound >= previousEnd && f.lineRange.upperBound <= listing.lines.count)
    #expect(!f.lineRange.isEmpty)
    #expect(f.instructionIndices.allSatisfy { f.lineRange.contains($0) && listing.lines[$0].instruction != nil })
    previousEnd = f.lineRange.upperBound
  }
  let shown = listing.displayed(.default)
  #expect(shown.count <= listing.lines.count)
  #expect(zip(shown, shown.dropFirst()).allSatisfy { $0.index < $1.index })
}

@Suite struct AssemblyRobustnessTests {
  static let alphabet: [UInt8] = Array("\"\\#@;/:.,$%()[]{}=&*+- \t\n\r0123456789abcxyz_LBB.loc .file .type,@function .size .globl".utf8)

  @Test func emptyAndDegenerateInputs() {
    for dialect in AsmDialect.allCases {
      let empty = AsmListing(parsing: "", dialect: dialect)
      #expect(empty.lines.isEmpty && empty.functions.isEmpty && empty.mainFile == nil && empty.files.isEmpty)
      for text in [
        "\"", ":", "=", "\"\":", "\t.loc", "\t.loc\t99999999999999999999999 1", "\t.file\t1", "\t.file\t1 \"",
        "\t.file 0 \"a\\", "\t.type\t,@function\n:", "\t.type\tf,@function\nf:", "\t.size\t", "\t.section\t\"",
        "\t.popsection\n\t.previous", "\u{0}\u{0}", "\\", "//", "@", ";;", "1b", "\t.long\t1b 2f $ $$ .", "é:", "\r\n\r",
      ] {
        checkInvariants(AsmListing(parsing: text, dialect: dialect), text)
      }
    }
  }

  @Test func randomBytesNeverCrash() {
    var rng = FuzzRNG(state: 0xC0FFEE)
    for round in 0..<(2_000 * fuzzScale) {
      let count = Int.random(in: 0..<160, using: &rng)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(count)
      for _ in 0..<count {
        // Mostly syntax-relevant characters, sometimes arbitrary bytes (invalid UTF-8 included).
        if Bool.random(using: &rng) || round % 7 == 0 {
          bytes.append(UInt8.random(in: 0...255, using: &rng))
        } else {
          bytes.append(Self.alphabet.randomElement(using: &rng) ?? 0x20)
        }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      let dialect = AsmDialect.allCases[round % AsmDialect.allCases.count]
      checkInvariants(AsmListing(parsing: text, dialect: dialect), text)
    }
  }

  @Test(arguments: AsmTarget.all)
  func mutatedFixturesNeverCrash(_ target: AsmTarget) throws {
    let original = Array(try AsmFixtures.text("\(target.name).s").utf8)
    var rng = FuzzRNG(state: target.name.utf8.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 })
    for _ in 0..<(150 * fuzzScale) {
      var bytes = original
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        guard !bytes.isEmpty else { break }
        let at = Int.random(in: 0..<bytes.count, using: &rng)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0:  // delete a run
          bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &rng)))
        case 1:  // insert syntax characters
          bytes.insert(contentsOf: (0..<Int.random(in: 1...6, using: &rng)).map { _ in
            Self.alphabet.randomElement(using: &rng) ?? 0x22
          }, at: at)
        case 2:  // truncate
          bytes.removeSubrange(at...)
        case 5:  // a hostile directive or control-flow line on a line of its own
          let line = Self.hostileLines.randomElement(using: &rng) ?? ""
          let newline = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
          bytes.insert(contentsOf: Array((line + "\n").utf8), at: newline)
        case 3:  // duplicate a chunk somewhere else
          let chunk = bytes[at..<min(bytes.count, at + Int.random(in: 1...400, using: &rng))]
          bytes.insert(contentsOf: chunk, at: Int.random(in: 0...bytes.count, using: &rng))
        default:  // flip a byte
          bytes[at] ^= UInt8.random(in: 1...255, using: &rng)
        }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      let listing = AsmListing(parsing: text, dialect: target.dialect)
      checkInvariants(listing, text)
      // The cost model reads the same mutated listing: graph, paths, roles, table cycles.
      if let descriptor = TargetCatalog.target(id: target.name) {
        for function in listing.functions.prefix(4) {
          let flow = FunctionFlow(listing: listing, function: function, target: descriptor)
          let paths = flow.extremePaths()
          _ = InstructionRole.classify(flow)
          _ = CycleAnalysis.cyclePaths(flow, target: descriptor)
          #expect(paths.shortest.allSatisfy { flow.steps.indices.contains($0) })
          #expect(paths.longest.allSatisfy { flow.steps.indices.contains($0) })
        }
      }
    }
  }

  /// Lines a hostile source can make clang emit (through inline asm) or a fuzzer invents:
  /// huge sizes and counts, jumps to nowhere, tables of junk, self-loops.
  static let hostileLines = [
    "\t.size\ttimer, 0xffffffffffffffff", "\t.set\tevil, 0x100", "\t.zero\t4294967295",
    "\t.p2align\t63", "\t.rept\t100000000", "\t.endr", ".LBB9_9:", "\tjmp\t.LBB9_9", "\tb\t.LBB9_9",
    "\tj\t.LBB9_9", "\trjmp\t.LBB9_9", "\tjmp\t*.LJTI0_0(,%rax,8)", ".LJTI0_0:", "\t.quad\t.LJTI0_0",
    "\t.word\t.LBB9_9-.LJTI0_0", "\tbeq\t.LBB9_9", "\tiretq", "\tmret", "\treti", "\teret",
    "\tpop\t{r4, pc}", "\tbx\tlr", "\tcall\tnowhere", "\tpushq\t%rax", "\tsubq\t$-9223372036854775808, %rsp",
    "\taddi\tsp, sp, -2147483648", "\t.cfi_def_cfa_offset 99999999999",
  ]

}

/// Fuzz iterations multiplier: 1 in the normal suite; `ISRX_FUZZ_SCALE=50 swift test
/// --filter AssemblyRobustness` runs 100k random and 80k mutated listings.
let fuzzScale = max(1, Int(ProcessInfo.processInfo.environment["ISRX_FUZZ_SCALE"] ?? "") ?? 1)
