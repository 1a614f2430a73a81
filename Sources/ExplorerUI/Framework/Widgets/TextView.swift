/// A scrollable view of styled lines, with an optional line-number gutter, a cursor line and
/// highlighted lines. Lines cut at the right edge end in a `›` marker; when scrolled
/// horizontally, lines with text scrolled off to the left start with a `‹` marker.
public struct TextView: Widget {
  /// The lines of the whole document (not just the visible ones).
  public var lines: [StyledLine]
  /// The index of the first visible line.
  public var scrollOffset: Int
  /// Columns scrolled off to the left.
  public var horizontalOffset: Int
  /// Whether a line-number gutter is drawn.
  public var showsLineNumbers: Bool
  /// The number shown for `lines[0]`.
  public var firstLineNumber: Int
  /// Line indices drawn in the `pairHighlight` role.
  public var highlightedLines: Set<Int>
  /// The line index drawn in the `cursorLine` role (takes precedence over highlights).
  public var cursorLine: Int?
  /// The document's line count when `lines` is only a window of it, so the gutter is as
  /// wide as for the whole document.
  public var gutterLineCount: Int?
  /// Line indices that differ from the other side of a comparison: tinted in the
  /// `changedRow` role (under the cursor line and highlights) and marked in the left column.
  public var changedLines: Set<Int> = []
  /// Whether the first column is kept for the change marker (`changeMarker` role), so a
  /// changed line shows even under the cursor line or a highlight, and in any theme.
  public var marksChanges = false

  /// The character drawn in the change column of a changed line.
  public static let changeMarker: Character = "▌"

  /// The character drawn in the last column of a line that is cut.
  public static let cutMarker: Character = "›"
  /// The character drawn in the first column of a line with text scrolled off to the left.
  public static let leftCutMarker: Character = "‹"

  /// Creates a text view.
  public init(
    lines: [StyledLine], scrollOffset: Int = 0, horizontalOffset: Int = 0,
    showsLineNumbers: Bool = false, firstLineNumber: Int = 1,
    highlightedLines: Set<Int> = [], cursorLine: Int? = nil
  ) {
    self.lines = lines
    self.scrollOffset = scrollOffset
    self.horizontalOffset = horizontalOffset
    self.showsLineNumbers = showsLineNumbers
    self.firstLineNumber = firstLineNumber
    self.highlightedLines = highlightedLines
    self.cursorLine = cursorLine
  }

  /// The width of the gutter (digits plus one space), or 0 without line numbers.
  public var gutterWidth: Int {
    guard showsLineNumbers else { return 0 }
    let largest = max(1, gutterLineCount ?? (firstLineNumber + lines.count - 1))
    return String(largest).count + 1
  }

  /// The scroll offset that keeps `line` visible in a view `height` rows tall, moving as
  /// little as possible from `current`.
  public static func scrollOffset(keeping line: Int, visibleIn height: Int, current: Int, count: Int? = nil) -> Int {
    guard height > 0 else { return max(0, line) }
    // Never scrolled past the point where the last line sits at the bottom: after the pane
    // grows (a resize) the lines above come back into view instead of blank rows below.
    let current = count.map { min(current, max(0, $0 - height)) } ?? current
    if line < current { return max(0, line) }
    if line >= current + height { return line - height + 1 }
    return max(0, current)
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let text = theme.style(.text)
    let markerWidth = marksChanges ? min(1, area.width) : 0
    let gutter = min(gutterWidth, area.width - markerWidth)
    let contentX = area.x + markerWidth + gutter
    let contentWidth = area.width - markerWidth - gutter
    for row in 0..<area.height {
      let y = area.y + row
      let index = scrollOffset + row
      let rowStyle: TextStyle
      if index == cursorLine {
        rowStyle = theme.style(.cursorLine).layered(over: text)
      } else if highlightedLines.contains(index) {
        rowStyle = theme.style(.pairHighlight).layered(over: text)
      } else if changedLines.contains(index) {
        rowStyle = theme.style(.changedRow).layered(over: text)
      } else {
        rowStyle = text
      }
      grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle)
      guard index >= 0, index < lines.count else { continue }
      if markerWidth > 0, changedLines.contains(index) {
        grid.put(TextView.changeMarker, x: area.x, y: y, style: theme.style(.changeMarker).layered(over: rowStyle))
      }
      if gutter > 0 {
        let number = String(firstLineNumber + index)
        let padded = String(repeating: " ", count: max(0, gutter - 1 - number.count)) + number
        let numberStyle = theme.style(.lineNumber).layered(over: rowStyle)
        grid.put(padded, x: area.x + markerWidth, y: y, style: numberStyle, maxWidth: gutter - 1)
      }
      guard contentWidth > 0 else { continue }
      let isCut = grid.put(
        lines[index], x: contentX, y: y, width: contentWidth, skip: max(0, horizontalOffset),
        base: rowStyle, theme: theme)
      let markerStyle = theme.style(.dim).layered(over: rowStyle)
      if isCut {
        grid.put(TextView.cutMarker, x: contentX + contentWidth - 1, y: y, style: markerStyle)
      }
      if horizontalOffset > 0, lines[index].spans.contains(where: { !$0.text.isEmpty }) {
        grid.put(TextView.leftCutMarker, x: contentX, y: y, style: markerStyle)
      }
    }
  }
}
