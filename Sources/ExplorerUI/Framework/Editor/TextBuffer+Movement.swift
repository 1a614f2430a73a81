extension TextBuffer {
  /// Moves the cursor to `position` (clamped to the text).
  public mutating func moveTo(_ position: TextPosition) {
    setCursor(clamped(position))
  }

  /// Moves one character left, to the end of the previous line at a line start.
  public mutating func moveLeft() {
    if cursor.column > 0 {
      setCursor(TextPosition(line: cursor.line, column: cursor.column - 1))
    } else if cursor.line > 0 {
      setCursor(TextPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count))
    }
  }

  /// Moves one character right, to the start of the next line at a line end.
  public mutating func moveRight() {
    if cursor.column < lines[cursor.line].count {
      setCursor(TextPosition(line: cursor.line, column: cursor.column + 1))
    } else if cursor.line + 1 < lines.count {
      setCursor(TextPosition(line: cursor.line + 1, column: 0))
    }
  }

  /// Moves up one line, keeping the goal column across shorter lines.
  public mutating func moveUp() { moveVertically(by: -1) }

  /// Moves down one line, keeping the goal column across shorter lines.
  public mutating func moveDown() { moveVertically(by: 1) }

  /// Moves up `lines` lines (at least one), keeping the goal column.
  public mutating func pageUp(_ lines: Int) { moveVertically(by: -max(1, lines)) }

  /// Moves down `lines` lines (at least one), keeping the goal column.
  public mutating func pageDown(_ lines: Int) { moveVertically(by: max(1, lines)) }

  /// Moves to the first non-blank character of the line, or to column 0 if already there
  /// ("smart home").
  public mutating func moveHome() {
    let indent = lines[cursor.line].prefix { $0 == " " || $0 == "\t" }.count
    setCursor(TextPosition(line: cursor.line, column: cursor.column == indent ? 0 : indent))
  }

  /// Moves to the end of the line.
  public mutating func moveEnd() {
    setCursor(TextPosition(line: cursor.line, column: lines[cursor.line].count))
  }

  /// Moves to the start of the document.
  public mutating func moveToDocumentStart() { setCursor(.zero) }

  /// Moves to the end of the document.
  public mutating func moveToDocumentEnd() {
    setCursor(TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count))
  }

  /// The screen column (0-based, tabs expanded to `tabWidth` stops, wide characters counted
  /// twice) at which `position` appears.
  public func displayColumn(for position: TextPosition, tabWidth: Int = CellGrid.tabWidth)
    -> Int
  {
    let p = clamped(position)
    var column = 0
    for character in lines[p.line].prefix(p.column) {
      column = TextBuffer.advance(column, over: character, tabWidth: tabWidth)
    }
    return column
  }

  /// The position on `line` whose character covers screen column `displayColumn` (for mouse
  /// clicks); past the end of the line, the line end.
  public func position(line: Int, displayColumn: Int, tabWidth: Int = CellGrid.tabWidth)
    -> TextPosition
  {
    let lineIndex = min(max(0, line), lines.count - 1)
    var column = 0
    var index = 0
    for character in lines[lineIndex] {
      let next = TextBuffer.advance(column, over: character, tabWidth: tabWidth)
      if displayColumn < next { return TextPosition(line: lineIndex, column: index) }
      column = next
      index += 1
    }
    return TextPosition(line: lineIndex, column: index)
  }

  /// The screen columns `line` takes (tabs expanded to `tabWidth` stops, wide characters
  /// counted twice).
  public static func displayWidth(of line: some StringProtocol, tabWidth: Int = CellGrid.tabWidth)
    -> Int
  {
    var column = 0
    for character in line {
      column = advance(column, over: character, tabWidth: tabWidth)
    }
    return column
  }

  static func advance(_ column: Int, over character: Character, tabWidth: Int) -> Int {
    if character == "\t" { return (column / tabWidth + 1) * tabWidth }
    return column + CharacterWidth.of(character)
  }

  private mutating func moveVertically(by delta: Int) {
    let goal = goalColumn ?? displayColumn(for: cursor)
    let target = min(max(0, cursor.line + delta), lines.count - 1)
    if target == cursor.line {
      // At the first or last line, moving further goes to that line's start or end.
      setCursor(
        TextPosition(line: target, column: delta < 0 ? 0 : lines[target].count))
      return
    }
    setCursor(position(line: target, displayColumn: goal))
    goalColumn = goal
  }
}
