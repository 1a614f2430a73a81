/// The editable source text: lines, a cursor, and undo history.
///
/// Columns count Characters, so `é` or `漢` is one column here; use
/// `displayColumn(for:)` to find where a position appears on screen. Line breaks are `\n`
/// (a `\r\n` in loaded text becomes `\n`). Undo history stores snapshots of the line array:
/// the strings themselves are shared copy-on-write, so a step costs one pointer per line,
/// which is small for the source files this editor holds.
public struct TextBuffer: Equatable, Sendable {
  /// The lines, without line terminators; never empty.
  public private(set) var lines: [String]
  /// The cursor.
  public private(set) var cursor: TextPosition
  /// Whether `text` ends with a newline.
  public private(set) var hasTrailingNewline: Bool
  /// Incremented on every change to the text (edits, undo, redo); not on cursor moves.
  public private(set) var version: Int = 0
  /// The most undo steps kept.
  public var undoLimit = 1000
  /// The most lines all undo steps may hold together (oldest steps go first): each step keeps
  /// its own array of the lines (16 bytes a line; the strings are shared), so 1000 steps of a
  /// 60,000-line file would hold about 1 GB.
  public var undoLineBudget = 2_000_000

  /// The display column that vertical moves try to return to, kept across short lines.
  var goalColumn: Int?
  private var undoStack: [Snapshot] = []
  private var redoStack: [Snapshot] = []
  /// Identifies the current text state, so undoing back to the saved state is "unmodified".
  private var revision = 0
  private var nextRevision = 1
  private var savedRevision = 0
  /// The text as last saved, so typing it back makes the buffer unmodified again. Unchanged
  /// lines share storage with these, so comparing them is cheap.
  private var savedLines: [String] = []
  private var savedTrailingNewline = false
  /// Where the current run of typed characters ends, if the last edit was typing.
  private var typingEnd: TextPosition?

  private struct Snapshot: Equatable, Sendable {
    var lines: [String]
    var cursor: TextPosition
    var hasTrailingNewline: Bool
    var revision: Int
  }

  /// Creates a buffer holding `text`, cursor at the start, unmodified.
  public init(text: String = "") {
    (lines, hasTrailingNewline) = TextBuffer.split(text)
    cursor = .zero
    savedLines = lines
    savedTrailingNewline = hasTrailingNewline
  }

  /// The whole text, with `\n` line breaks and a final newline if the loaded text had one
  /// (or one was typed at the end).
  public var text: String {
    let body = lines.joined(separator: "\n")
    return hasTrailingNewline ? body + "\n" : body
  }

  /// The number of lines.
  public var lineCount: Int { lines.count }

  /// The line holding the cursor.
  public var currentLine: String { lines[cursor.line] }

  /// Whether the text differs from when `markSaved()` was last called (or from the initial
  /// text). Undoing back to the saved text makes this false again.
  public var isModified: Bool { revision != savedRevision }

  /// Records the current text as saved.
  public mutating func markSaved() {
    savedRevision = revision
    savedLines = lines
    savedTrailingNewline = hasTrailingNewline
  }

  /// Whether there is a step to undo.
  public var canUndo: Bool { !undoStack.isEmpty }
  /// Whether there is a step to redo.
  public var canRedo: Bool { !redoStack.isEmpty }

  // MARK: - Editing

  /// Inserts a typed character at the cursor (a newline is `insertNewline()`).
  ///
  /// Consecutive typed characters form one undo step; any other edit, cursor move or undo
  /// ends the run.
  public mutating func insert(_ character: Character) {
    if character == "\n" || character == "\r\n" || character == "\r" {
      insertNewline()
      return
    }
    if typingEnd != cursor { beginStep() }
    var line = lines[cursor.line]
    line.insert(character, at: index(in: line, column: cursor.column))
    lines[cursor.line] = line
    cursor.column += 1
    didChange()
    typingEnd = cursor
  }

  /// Inserts `string` (which may contain newlines, without auto-indent) as one undo step,
  /// e.g. for a paste.
  public mutating func insert(contentsOf string: String) {
    guard !string.isEmpty else { return }
    beginStep()
    let (pieces, endsWithNewline) = TextBuffer.split(string)
    var parts = pieces
    if endsWithNewline { parts.append("") }
    let line = lines[cursor.line]
    let split = index(in: line, column: cursor.column)
    let before = String(line[..<split])
    let after = String(line[split...])
    if parts.count == 1 {
      lines[cursor.line] = before + parts[0] + after
      cursor.column += parts[0].count
    } else {
      var replacement = [before + parts[0]]
      replacement.append(contentsOf: parts[1..<(parts.count - 1)])
      let last = parts[parts.count - 1]
      replacement.append(last + after)
      lines.replaceSubrange(cursor.line...cursor.line, with: replacement)
      cursor = TextPosition(line: cursor.line + parts.count - 1, column: last.count)
    }
    didChange()
  }

  /// Splits the line at the cursor, indenting the new line with the current line's leading
  /// whitespace (only as much of it as lies before the cursor).
  public mutating func insertNewline() {
    beginStep()
    let line = lines[cursor.line]
    let split = index(in: line, column: cursor.column)
    let indent = String(line[..<split].prefix { $0 == " " || $0 == "\t" })
    lines[cursor.line] = String(line[..<split])
    lines.insert(indent + line[split...], at: cursor.line + 1)
    cursor = TextPosition(line: cursor.line + 1, column: indent.count)
    didChange()
  }

  /// Deletes the character before the cursor, joining with the previous line at a line start.
  /// Returns false (and changes nothing) at the start of the document.
  @discardableResult
  public mutating func backspace() -> Bool {
    if cursor.column > 0 {
      beginStep()
      var line = lines[cursor.line]
      line.remove(at: index(in: line, column: cursor.column - 1))
      lines[cursor.line] = line
      cursor.column -= 1
    } else if cursor.line > 0 {
      beginStep()
      let previous = lines[cursor.line - 1]
      lines[cursor.line - 1] = previous + lines[cursor.line]
      lines.remove(at: cursor.line)
      cursor = TextPosition(line: cursor.line - 1, column: previous.count)
    } else {
      return false
    }
    didChange()
    return true
  }

  /// Deletes the character after the cursor, joining the next line at a line end.
  /// Returns false (and changes nothing) at the end of the document.
  @discardableResult
  public mutating func deleteForward() -> Bool {
    let line = lines[cursor.line]
    if cursor.column < line.count {
      beginStep()
      var edited = line
      edited.remove(at: index(in: edited, column: cursor.column))
      lines[cursor.line] = edited
    } else if cursor.line + 1 < lines.count {
      beginStep()
      lines[cursor.line] = line + lines[cursor.line + 1]
      lines.remove(at: cursor.line + 1)
    } else {
      return false
    }
    didChange()
    return true
  }

  /// Replaces the whole text as one undo step, keeping the cursor as close as possible.
  public mutating func replaceAll(with text: String) {
    beginStep()
    (lines, hasTrailingNewline) = TextBuffer.split(text)
    cursor = clamped(cursor)
    didChange()
  }

  // MARK: - Undo

  /// Restores the text before the last step. Returns false when there is nothing to undo.
  @discardableResult
  public mutating func undo() -> Bool {
    guard let snapshot = undoStack.popLast() else { return false }
    redoStack.append(self.snapshot)
    restore(snapshot)
    return true
  }

  /// Re-applies the last undone step. Returns false when there is nothing to redo.
  @discardableResult
  public mutating func redo() -> Bool {
    guard let snapshot = redoStack.popLast() else { return false }
    undoStack.append(self.snapshot)
    restore(snapshot)
    return true
  }

  private var snapshot: Snapshot {
    Snapshot(
      lines: lines, cursor: cursor, hasTrailingNewline: hasTrailingNewline, revision: revision)
  }

  private mutating func restore(_ snapshot: Snapshot) {
    lines = snapshot.lines
    cursor = snapshot.cursor
    hasTrailingNewline = snapshot.hasTrailingNewline
    revision = snapshot.revision
    version += 1
    typingEnd = nil
    goalColumn = nil
  }

  /// Records the state before an edit as an undo step and ends any typing run.
  private mutating func beginStep() {
    undoStack.append(snapshot)
    if undoStack.count > undoLimit { undoStack.removeFirst(undoStack.count - undoLimit) }
    var total = undoStack.reduce(0) { $0 + $1.lines.count }
    var drop = 0
    while total > undoLineBudget, drop < undoStack.count - 1 {
      total -= undoStack[drop].lines.count
      drop += 1
    }
    if drop > 0 { undoStack.removeFirst(drop) }
    redoStack.removeAll()
    typingEnd = nil
  }

  private mutating func didChange() {
    revision = nextRevision
    nextRevision += 1
    // Typed back to the saved text: unmodified again (the title's [+] goes away).
    if hasTrailingNewline == savedTrailingNewline, lines == savedLines { revision = savedRevision }
    version += 1
    goalColumn = nil
  }

  // MARK: - Helpers

  /// Moves the cursor without editing: ends any typing run and forgets the goal column.
  mutating func setCursor(_ position: TextPosition) {
    cursor = position
    typingEnd = nil
    goalColumn = nil
  }

  func index(in line: String, column: Int) -> String.Index {
    line.index(line.startIndex, offsetBy: min(max(0, column), line.count))
  }

  func clamped(_ position: TextPosition) -> TextPosition {
    let line = min(max(0, position.line), lines.count - 1)
    return TextPosition(line: line, column: min(max(0, position.column), lines[line].count))
  }

  /// Splits text into lines and notes whether it ended with a newline.
  static func split(_ text: String) -> (lines: [String], trailingNewline: Bool) {
    var lines: [String] = []
    var current = ""
    for character in text {
      if character == "\n" || character == "\r\n" {
        lines.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    let trailing = !text.isEmpty && current.isEmpty && !lines.isEmpty
    if !trailing { lines.append(current) }
    return (lines, trailing)
  }
}
