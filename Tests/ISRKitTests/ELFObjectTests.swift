import Foundation
@testable import ISRKit
import Testing

/// The ELF reader on real objects with forged fields: errors, never traps (issue 10, item 1).
@Suite struct ELFObjectTests {
  static func object() throws -> [UInt8] {
    let codegen = try compile(tickSource, "x86_64")
    try #require(codegen.output.succeeded)
    return codegen.output.object
  }

  static func put(_ value: UInt64, _ width: Int, at offset: Int, in bytes: inout [UInt8]) {
    for i in 0..<width { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
  }

  @Test func realObjectReads() throws {
    let elf = try ELFObject(try Self.object())
    #expect(elf.functionSize("timer") != nil)
    #expect(elf.fileType == 1)
  }

  @Test func sectionHeaderOffsetPastIntMax() throws {
    var bytes = try Self.object()
    Self.put(0xFFFF_FFFF_FFFF_FF00, 8, at: 0x28, in: &bytes)  // e_shoff
    #expect(throws: ELFObject.ParseError.self) { try ELFObject(bytes) }
  }

  @Test func forgedSectionOffsetsAndSizes() throws {
    let original = try Self.object()
    let shoff = Int(original[0x28]) | Int(original[0x29]) << 8 | Int(original[0x2A]) << 16
    let shnum = Int(original[0x3C]) | Int(original[0x3D]) << 8
    for index in 0..<shnum {
      for field in [0x18, 0x20, 0x38] {  // sh_offset, sh_size, sh_entsize
        for value: UInt64 in [.max, 1 << 63, 0x7FFF_FFFF_FFFF_FFFF, 1] {
          var bytes = original
          Self.put(value, 8, at: shoff + index * 0x40 + field, in: &bytes)
          _ = try? ELFObject(bytes)  // must return or throw
        }
      }
    }
  }

  @Test func truncatedEverywhere() throws {
    let original = try Self.object()
    for length in stride(from: 0, to: original.count, by: 7) {
      _ = try? ELFObject(Array(original[0..<length]))
    }
  }
}
