import Foundation
import Testing
@testable import ISRKit

/// Whole-file reads without Foundation (which leaks a buffer per empty file on Linux).
@Suite struct FileContentsTests {
  @Test func readsEmptyAndNonEmptyFiles() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-filecontents-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let empty = directory.appendingPathComponent("empty")
    let text = directory.appendingPathComponent("text")
    let big = directory.appendingPathComponent("big")
    try Data().write(to: empty)
    try Data("héllo\n".utf8).write(to: text)
    let bigBytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try Data(bigBytes).write(to: big)
    #expect(FileContents.bytes(at: empty) == [])
    #expect(FileContents.text(at: empty) == "")
    #expect(FileContents.text(at: text) == "héllo\n")
    #expect(FileContents.bytes(at: big) == bigBytes)
    #expect(FileContents.text(at: big) == nil)  // not UTF-8, as String(contentsOfFile:) says
    #expect(FileContents.bytes(atPath: directory.path) == nil)
    #expect(FileContents.bytes(at: directory.appendingPathComponent("missing")) == nil)
    // Size 0 in stat, contents when read.
    #expect(FileContents.text(atPath: "/proc/self/statm").map { !$0.isEmpty } ?? true)
  }
}
