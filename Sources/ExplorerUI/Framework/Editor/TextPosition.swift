/// A position in a `TextBuffer`: a 0-based line and a 0-based column counted in Characters.
public struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The line index.
  public var line: Int
  /// The column, in Characters (grapheme clusters) from the start of the line.
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The start of the document.
  public static let zero = TextPosition(line: 0, column: 0)

  public static func < (a: TextPosition, b: TextPosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  public var description: String { "\(line):\(column)" }
}
