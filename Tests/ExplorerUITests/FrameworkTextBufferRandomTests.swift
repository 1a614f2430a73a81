import Foundation
import FuzzSupport
import Testing

import ExplorerUI

/// Iterations multiplier, shared with the assembly parser fuzz: 1 in the normal suite;
/// `ISRX_FUZZ_SCALE=30 swift test --filter FrameworkTextBufferRandom` runs 30× more seeds
/// with 3× longer edit sequences.
let editorFuzzScale = max(1, Int(ProcessInfo.processInfo.environment["ISRX_FUZZ_SCALE"] ?? "") ?? 1)

/// Random edit sequences checked against a flat-string model of the same edits.
@Suite struct FrameworkTextBufferRandomTests {

  /// The model: the text as Characters and the cursor as an offset into it. A final newline
  /// is a property of the file, not a character the cursor can delete.
  struct Model {
    var text: [Character]
    var offset: Int
    var hasTrailingNewline: Bool

    init(_ buffer: TextBuffer) {
      text = Array(buffer.text)
      offset = Model.offset(of: buffer.cursor, in: buffer)
      hasTrailingNewline = buffer.hasTrailingNewline
    }

    static func offset(of p: TextPosition, in buffer: TextBuffer) -> Int {
      buffer.lines[..<p.line].reduce(0) { $0 + $1.count + 1 } + p.column
    }

    mutating func insert(_ c: Character) {
      text.insert(c, at: offset)
      offset += 1
    }

    mutating func newline() {
      let lineStart = text[..<offset].lastIndex(of: "\n").map { $0 + 1 } ?? 0
      let indent = text[lineStart..<offset].prefix { $0 == " " || $0 == "\t" }
      let inserted = ["\n"] + indent
      text.insert(contentsOf: inserted, at: offset)
      offset += inserted.count
    }

    mutating func paste(_ string: String) {
      text.insert(contentsOf: Array(string), at: offset)
      offset += string.count
    }

    mutating func backspace() {
      guard offset > 0 else { return }
      text.remove(at: offset - 1)
      offset -= 1
    }

    mutating func delete() {
      guard offset < text.count - (hasTrailingNewline ? 1 : 0) else { return }
      text.remove(at: offset)
    }
  }

  static let alphabet: [Character] = ["a", "b", " ", "\t", "é", "漢", "x", "{", "}"]

  @Test(arguments: 0..<40)
  func randomEditsMatchTheModelAndUndoRedoRestore(seedGroup: Int) {
    // Seeds 0..<40 in the normal suite; with ISRX_FUZZ_SCALE=N each group runs N seeds.
    for k in 0..<editorFuzzScale {
      run(seed: seedGroup + 40 * k, steps: 300 * min(editorFuzzScale, 3))
    }
  }

  func run(seed: Int, steps: Int) {
    var rng = FuzzRNG(state: UInt64(seed) &* 7919 &+ 1)
    let original = ["", "int x;\n", "  a\n\tb\n  c", "漢字\n"][seed % 4]
    var buffer = TextBuffer(text: original)
    // A small undo limit in some runs, so trimming the history is exercised too.
    if seed % 5 == 4 { buffer.undoLimit = 25 }
    for _ in 0..<steps {
      var model = Model(buffer)
      let op = Int.random(in: 0..<17, using: &rng)
      switch op {
      case 0...4:
        let c = Self.alphabet.randomElement(using: &rng) ?? "a"
        buffer.insert(c)
        model.insert(c)
      case 5:
        buffer.insertNewline()
        model.newline()
      case 6:
        buffer.backspace()
        model.backspace()
      case 7:
        buffer.deleteForward()
        model.delete()
      case 8: buffer.moveLeft()
      case 9: buffer.moveRight()
      case 10: buffer.moveUp()
      case 11: buffer.moveDown()
      case 12: Bool.random(using: &rng) ? buffer.moveHome() : buffer.moveEnd()
      case 13: buffer.pageDown(Int.random(in: 1...5, using: &rng))
      case 14: buffer.undo()
      case 15: buffer.redo()
      default:
        // A paste: several characters and line breaks as one step.
        let pasted = String(
          (0..<Int.random(in: 1...6, using: &rng)).map { _ in
            Bool.random(using: &rng) ? "\n" : Self.alphabet.randomElement(using: &rng) ?? "a"
          })
        buffer.insert(contentsOf: pasted)
        model.paste(pasted)
      }
      if (0...7).contains(op) || op == 16 {
        #expect(buffer.text == String(model.text), "seed \(seed) op \(op)")
        #expect(Model.offset(of: buffer.cursor, in: buffer) == model.offset)
      }
      #expect(buffer.cursor.line < buffer.lineCount)
      #expect(buffer.cursor.column <= buffer.currentLine.count)
    }
    // Steps undone near the end are still on the redo stack: the latest state is after them.
    while buffer.redo() {}
    let final = buffer.text
    var undone = 0
    while buffer.undo() { undone += 1 }
    #expect(undone <= buffer.undoLimit)
    if steps <= buffer.undoLimit {
      #expect(buffer.text == original, "seed \(seed)")
      #expect(!buffer.isModified)
    }
    while buffer.redo() {}
    #expect(buffer.text == final, "seed \(seed)")
  }
}
