/// A run of text drawn in one style role.
public struct StyledSpan: Hashable, Sendable {
  /// The text (no newlines).
  public var text: String
  /// The role the text is drawn in.
  public var role: StyleRole

  /// Creates a span.
  public init(_ text: String, role: StyleRole = .text) {
    self.text = text
    self.role = role
  }
}

/// One line of styled text: spans drawn left to right.
public struct StyledLine: Hashable, Sendable, ExpressibleByStringLiteral {
  /// The spans, in order.
  public var spans: [StyledSpan]

  /// Creates a line from spans.
  public init(_ spans: [StyledSpan]) {
    self.spans = spans
  }

  /// Creates a line of one span.
  public init(_ text: String, role: StyleRole = .text) {
    spans = [StyledSpan(text, role: role)]
  }

  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// The line's text without styles.
  public var plainText: String { spans.map(\.text).joined() }

  /// The columns the line occupies, with tabs expanded to `CellGrid.tabWidth` stops.
  public var displayWidth: Int {
    var column = 0
    for span in spans {
      for character in span.text {
        column = TextBuffer.advance(column, over: character, tabWidth: CellGrid.tabWidth)
      }
    }
    return column
  }
}

extension CellGrid {
  /// Draws `line` on row `y` from column `x`, skipping its first `skip` columns and clipping
  /// after `width` columns; span styles are layered over `base`. Tab stops count from the
  /// start of the line. Returns whether the line was cut at the right edge.
  @discardableResult
  public mutating func put(
    _ line: StyledLine, x: Int, y: Int, width: Int, skip: Int = 0, base: TextStyle,
    theme: Theme
  ) -> Bool {
    let skip = max(0, skip)
    let visible = skip..<(skip + max(0, width))
    var column = 0
    for span in line.spans {
      let style = theme.style(span.role).layered(over: base)
      if write(span.text, y: y, column: &column, shift: x - skip, visible: visible, style: style)
      {
        return true
      }
    }
    return false
  }
}
