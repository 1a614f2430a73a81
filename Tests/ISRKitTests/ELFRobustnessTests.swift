import Foundation
@testable import ISRKit
import FuzzSupport
import Testing

/// Byte mutations shared by the ELF fuzzers: the reader must return or throw, never trap.
enum ELFMutation {
  /// Values that break naive arithmetic, written over offset and size fields.
  static let interesting: [UInt64] = [0, 1, 0x7F, 0xFF, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFF, 0x8000_0000_0000_0000,
                                      0x7FFF_FFFF_FFFF_FFFF, .max, .max - 0xFFF, 1 << 36]

  static func mutate<G: RandomNumberGenerator>(_ original: [UInt8], using rng: inout G) -> [UInt8] {
    var bytes = original
    for _ in 0..<Int.random(in: 1...6, using: &rng) {
      guard bytes.count > 8 else { break }
      let at = Int.random(in: 0..<bytes.count - 8, using: &rng)
      switch Int.random(in: 0..<6, using: &rng) {
      case 0, 1:  // an interesting value over an aligned 4- or 8-byte field
        let value = interesting.randomElement(using: &rng)!
        let width = Bool.random(using: &rng) ? 8 : 4
        let aligned = at & ~(width - 1)
        for i in 0..<width { bytes[aligned + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
      case 2:  // one of the header's counts, entry sizes or table offsets
        let field = [0x20, 0x28, 0x2E, 0x30, 0x32, 0x36, 0x38, 0x3A, 0x3C, 0x3E].randomElement(using: &rng)!
        if field < bytes.count { bytes[field] = UInt8.random(in: 0...255, using: &rng) }
      case 3:  // truncate
        bytes.removeSubrange(at...)
      case 4:  // delete a run
        bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &rng)))
      default:  // flip a byte
        bytes[at] ^= UInt8.random(in: 1...255, using: &rng)
      }
    }
    return bytes
  }
}


/// The ELF reader on random bytes and on mutated real objects of every target (issue 10,
/// item 9). `ISRX_FUZZ_SCALE=30`: 30,000 random and about 66,000 mutated objects.
@Suite struct ELFRobustnessTests {
  /// Reads the object the way isrx does; every accessor must be safe on what comes back.
  @discardableResult
  static func exercise(_ bytes: [UInt8]) -> Bool {
    guard let object = try? ELFObject(bytes) else { return false }
    _ = object.codeBytes
    for symbol in object.symbols.prefix(64) { _ = object.functionSize(symbol.name) }
    return true
  }

  @Test func randomBytesNeverTrap() {
    var rng = FuzzRNG(state: 0xE1F)
    for round in 0..<(1_000 * fuzzScale) {
      var bytes = (0..<Int.random(in: 0..<600, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
      if round % 2 == 0, bytes.count >= 64 {  // a valid-looking identification, so the header is read
        bytes.replaceSubrange(0..<6, with: [0x7F, 0x45, 0x4C, 0x46, UInt8(1 + round % 4 / 2), UInt8(1 + round % 3 % 2)])
      }
      Self.exercise(bytes)
    }
  }

  @Test(arguments: availableTargets)
  func mutatedRealObjectsNeverTrap(_ target: Target) throws {
    let codegen = try compile(tickSource, target.name)
    try #require(codegen.output.succeeded)
    let original = codegen.output.object
    #expect((try? ELFObject(original)) != nil)
    var rng = FuzzRNG(state: UInt64(target.name.utf8.reduce(7) { $0 &* 31 &+ Int($1) }.magnitude))
    var parsed = 0
    let rounds = 200 * fuzzScale
    for _ in 0..<rounds where Self.exercise(ELFMutation.mutate(original, using: &rng)) { parsed += 1 }
    // Both paths are exercised: some mutants still read, others are refused.
    #expect(parsed > 0 && parsed < rounds, "\(parsed) of \(rounds)")
  }
}
