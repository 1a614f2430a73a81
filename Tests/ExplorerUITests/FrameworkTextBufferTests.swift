import Testing

import ExplorerUI

@Suite struct FrameworkTextBufferTests {
  func type(_ text: String, into buffer: inout TextBuffer) {
    for c in text { buffer.insert(c) }
  }

  @Test func textRoundTripsWithAndWithoutTrailingNewline() {
    for text in ["", "a", "a\n", "a\nb", "a\nb\n", "\n", "\n\n", "x\n\ny"] {
      #expect(TextBuffer(text: text).text == text)
    }
    #expect(TextBuffer(text: "a\r\nb\r\n").text == "a\nb\n")
    #expect(TextBuffer(text: "a\nb\n").lines == ["a", "b"])
    #expect(TextBuffer(text: "").lines == [""])
  }

  @Test func typingInsertsAtTheCursor() {
    var b = TextBuffer(text: "ac")
    b.moveRight()
    b.insert("b")
    #expect(b.text == "abc")
    #expect(b.cursor == TextPosition(line: 0, column: 2))
  }

  @Test func newlineCopiesLeadingWhitespace() {
    var b = TextBuffer(text: "\t  x = 1;")
    b.moveEnd()
    b.insertNewline()
    #expect(b.lines == ["\t  x = 1;", "\t  "])
    #expect(b.cursor == TextPosition(line: 1, column: 3))
    // Splitting inside the indentation keeps only the indentation before the cursor.
    var c = TextBuffer(text: "    y")
    c.moveTo(TextPosition(line: 0, column: 2))
    c.insert(Character("\n"))
    #expect(c.lines == ["  ", "    y"])
  }

  @Test func backspaceAndDeleteJoinLines() {
    var b = TextBuffer(text: "ab\ncd")
    b.moveTo(TextPosition(line: 1, column: 0))
    let step1 = b.backspace()
    #expect(step1)
    #expect(b.text == "abcd")
    #expect(b.cursor == TextPosition(line: 0, column: 2))
    b.moveTo(TextPosition(line: 0, column: 4))
    let step2 = b.deleteForward()
    #expect(!step2)
    b.moveToDocumentStart()
    let step3 = b.backspace()
    #expect(!step3)
    let step4 = b.deleteForward()
    #expect(step4)
    #expect(b.text == "bcd")
    var c = TextBuffer(text: "x\ny")
    c.moveEnd()
    c.deleteForward()
    #expect(c.text == "xy")
  }

  @Test func wideAndCombiningCharactersAreOneColumn() {
    var b = TextBuffer(text: "漢e\u{301}x")
    b.moveEnd()
    #expect(b.cursor.column == 3)
    b.backspace()
    b.backspace()
    #expect(b.text == "漢")
    #expect(b.displayColumn(for: b.cursor) == 2)
  }

  @Test func verticalMovesKeepTheGoalColumn() {
    var b = TextBuffer(text: "long line\nab\nanother line")
    b.moveTo(TextPosition(line: 0, column: 7))
    b.moveDown()
    #expect(b.cursor == TextPosition(line: 1, column: 2))
    b.moveDown()
    #expect(b.cursor == TextPosition(line: 2, column: 7))
    b.moveUp()
    b.moveUp()
    #expect(b.cursor == TextPosition(line: 0, column: 7))
    b.moveUp()
    #expect(b.cursor == TextPosition(line: 0, column: 0))
  }

  @Test func goalColumnUsesDisplayColumns() {
    var b = TextBuffer(text: "\tx\nabcdefgh")
    b.moveEnd()
    #expect(b.displayColumn(for: b.cursor) == 5)
    b.moveDown()
    #expect(b.cursor == TextPosition(line: 1, column: 5))
    #expect(b.position(line: 0, displayColumn: 2) == TextPosition(line: 0, column: 0))
    #expect(b.position(line: 0, displayColumn: 4) == TextPosition(line: 0, column: 1))
    #expect(b.position(line: 0, displayColumn: 40) == TextPosition(line: 0, column: 2))
  }

  @Test func horizontalMovesWrapAcrossLines() {
    var b = TextBuffer(text: "ab\ncd")
    b.moveTo(TextPosition(line: 0, column: 2))
    b.moveRight()
    #expect(b.cursor == TextPosition(line: 1, column: 0))
    b.moveLeft()
    #expect(b.cursor == TextPosition(line: 0, column: 2))
    b.moveToDocumentEnd()
    #expect(b.cursor == TextPosition(line: 1, column: 2))
    b.moveRight()
    #expect(b.cursor == TextPosition(line: 1, column: 2))
  }

  @Test func homeIsSmartAndPagesMoveByLines() {
    var b = TextBuffer(text: (0..<30).map { "  line \($0)" }.joined(separator: "\n"))
    b.moveEnd()
    b.moveHome()
    #expect(b.cursor.column == 2)
    b.moveHome()
    #expect(b.cursor.column == 0)
    b.pageDown(10)
    #expect(b.cursor.line == 10)
    b.pageDown(100)
    #expect(b.cursor.line == 29)
    b.pageUp(5)
    #expect(b.cursor.line == 24)
  }

  @Test func consecutiveTypingIsOneUndoStep() {
    var b = TextBuffer(text: "x")
    b.moveEnd()
    type("abc", into: &b)
    b.insertNewline()
    type("de", into: &b)
    #expect(b.text == "xabc\nde")
    let step5 = b.undo()
    #expect(step5)
    #expect(b.text == "xabc\n")
    let step6 = b.undo()
    #expect(step6)
    #expect(b.text == "xabc")
    let step7 = b.undo()
    #expect(step7)
    #expect(b.text == "x")
    let step8 = b.undo()
    #expect(!step8)
    let redone = b.redo() && b.redo() && b.redo()
    #expect(redone)
    #expect(b.text == "xabc\nde")
    let step9 = b.redo()
    #expect(!step9)
  }

  @Test func movingTheCursorEndsATypingRun() {
    var b = TextBuffer()
    type("ab", into: &b)
    b.moveLeft()
    b.moveRight()
    type("cd", into: &b)
    b.undo()
    #expect(b.text == "ab")
  }

  @Test func anEditAfterUndoClearsRedo() {
    var b = TextBuffer()
    type("ab", into: &b)
    b.undo()
    b.insert("z")
    #expect(!b.canRedo)
    #expect(b.text == "z")
  }

  @Test func modifiedTracksTheSavedRevision() {
    var b = TextBuffer(text: "a")
    #expect(!b.isModified)
    b.insert("x")
    #expect(b.isModified)
    b.undo()
    #expect(!b.isModified)
    b.redo()
    b.markSaved()
    #expect(!b.isModified)
    b.undo()
    #expect(b.isModified)
    b.redo()
    #expect(!b.isModified)
  }

  @Test func versionCountsChangesOnly() {
    var b = TextBuffer(text: "a")
    let v0 = b.version
    b.moveEnd()
    #expect(b.version == v0)
    b.insert("b")
    b.insert("c")
    #expect(b.version == v0 + 2)
    b.undo()
    #expect(b.version == v0 + 3)
    b.backspace()
    #expect(b.version == v0 + 4)
    _ = b.redo()
    #expect(b.version == v0 + 4)
  }

  @Test func pasteIsOneStepWithoutAutoIndent() {
    var b = TextBuffer(text: "  ab")
    b.moveTo(TextPosition(line: 0, column: 3))
    b.insert(contentsOf: "1\n2\n3")
    #expect(b.text == "  a1\n2\n3b")
    #expect(b.cursor == TextPosition(line: 2, column: 1))
    b.undo()
    #expect(b.text == "  ab")
    b.replaceAll(with: "new\n")
    #expect(b.text == "new\n")
    b.undo()
    #expect(b.text == "  ab")
  }

  @Test func typingANewlineAtTheEndKeepsTrailingNewlineState() {
    var b = TextBuffer(text: "a\n")
    b.moveToDocumentEnd()
    #expect(b.cursor == TextPosition(line: 0, column: 1))
    b.insertNewline()
    #expect(b.text == "a\n\n")
  }
}

@Suite struct TextBufferSavedStateTests {
  @Test func typingTheSavedTextBackIsUnmodified() {
    var buffer = TextBuffer(text: "ticks++;\n")
    buffer.moveTo(TextPosition(line: 0, column: 8))
    buffer.backspace()
    #expect(buffer.isModified)
    buffer.insert(";")
    #expect(!buffer.isModified, "the text is the saved text again")
    buffer.insert(" ")
    #expect(buffer.isModified)
  }
}
