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
        switch Int.random(in: 0..<5, using: &rng) {
        case 0:  // delete a run
          bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &rng)))
        case 1:  // insert syntax characters
          bytes.insert(contentsOf: (0..<Int.random(in: 1...6, using: &rng)).map { _ in
            Self.alphabet.randomElement(using: &rng) ?? 0x22
          }, at: at)
        case 2:  // truncate
          bytes.removeSubrange(at...)
        case 3:  // duplicate a chunk somewhere else
          let chunk = bytes[at..<min(bytes.count, at + Int.random(in: 1...400, using: &rng))]
          bytes.insert(contentsOf: chunk, at: Int.random(in: 0...bytes.count, using: &rng))
        default:  // flip a byte
          bytes[at] ^= UInt8.random(in: 1...255, using: &rng)
        }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      checkInvariants(AsmListing(parsing: text, dialect: target.dialect), text)
    }
  }

}

/// Fuzz iterations multiplier: 1 in the normal suite; `ISRX_FUZZ_SCALE=50 swift test
/// --filter AssemblyRobustness` runs 100k random and 80k mutated listings.
let fuzzScale = max(1, Int(ProcessInfo.processInfo.environment["ISRX_FUZZ_SCALE"] ?? "") ?? 1)
