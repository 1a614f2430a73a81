/// An in-memory screen: a `width`×`height` array of cells that widgets draw into.
///
/// The app renders a complete `CellGrid` for every frame; the terminal backend then draws only
/// the cells that changed since the previous frame (`diff(from:)`). Cells are stored row by row
/// in one flat array so that a full-screen render touches contiguous memory.
public struct CellGrid: Hashable, Sendable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// The cells, row-major: the cell at (x, y) is `cells[y * width + x]`.
  public internal(set) var cells: [Cell]

  /// The columns between tab stops when `put` expands a tab.
  public static let tabWidth = 4

  /// Creates a grid filled with `fill`.
  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = [Cell](repeating: fill, count: self.width * self.height)
  }

  /// Creates a grid of `size`, filled with `fill`.
  public init(size: Size, fill: Cell = .blank) {
    self.init(width: size.width, height: size.height, fill: fill)
  }

  /// The grid's size.
  public var size: Size { Size(width: width, height: height) }
  /// The whole grid as a rectangle at the origin.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at (`x`, `y`); reading outside the grid gives a blank cell and writing there is
  /// ignored. Writing does not repair wide characters; use `put` for text.
  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < width, y < height else { return .blank }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// The rows as strings (continuation cells omitted), for tests and debugging.
  public var lines: [String] {
    (0..<height).map { line(at: $0) }
  }

  /// Row `y` as a string (continuation cells omitted).
  public func line(at y: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var s = ""
    s.reserveCapacity(width)
    let start = y * width
    for i in start..<start + width where !cells[i].isContinuation {
      s.append(cells[i].character)
    }
    return s
  }

  /// Fills `rect` (clipped to the grid) with spaces in `style`.
  public mutating func fill(_ rect: Rect, style: TextStyle) {
    fill(rect, with: Cell(" ", style: style))
  }

  /// Fills `rect` (clipped to the grid) with copies of `cell`.
  ///
  /// A wide character cut in half by the rectangle's edge is replaced by a space.
  public mutating func fill(_ rect: Rect, with cell: Cell) {
    let r = rect.intersection(bounds)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      repairWideCharacter(x: r.x, y: y)
      repairWideCharacter(x: r.maxX, y: y)
      let start = y * width
      for x in r.x..<r.maxX {
        cells[start + x] = cell
      }
    }
  }

  /// Writes `string` starting at (`x`, `y`) and returns the number of columns used.
  ///
  /// Text is clipped at the grid's right edge and after `maxWidth` columns. A wide character
  /// that does not fit entirely is not drawn. Tabs advance to the next multiple of
  /// `CellGrid.tabWidth` counted from `tabOrigin` (by default `x`), control characters are
  /// shown as `�`, and zero-width characters are skipped. Writing over half of an existing
  /// wide character blanks its other half so the grid never holds a broken pair.
  @discardableResult
  public mutating func put(
    _ string: some StringProtocol, x: Int, y: Int, style: TextStyle, maxWidth: Int? = nil,
    tabOrigin: Int? = nil
  ) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
    let shift = tabOrigin ?? x
    var column = x - shift
    _ = write(string, y: y, column: &column, shift: shift, visible: (x - shift)..<(limit - shift),
      style: style)
    return max(0, column + shift - x)
  }

  /// Writes one character at (`x`, `y`) and returns its width (0 if it did not fit).
  @discardableResult
  public mutating func put(_ character: Character, x: Int, y: Int, style: TextStyle) -> Int {
    guard x >= 0, y >= 0, x < width, y < height else { return 0 }
    let w = CharacterWidth.of(character)
    guard w > 0, x + w <= width else { return 0 }
    // A control character is shown as its picture (one column), never stored raw.
    if let picture = ControlPicture.placeholder(for: character) {
      setCell(Cell(picture, style: style), x: x, y: y)
      return 1
    }
    setCell(Cell(character, style: style), x: x, y: y)
    if w == 2 { setCell(.continuation(style: style), x: x + 1, y: y) }
    return w
  }

  /// Stores `cell` at an in-bounds position, first blanking the other half of any wide
  /// character that the write would split.
  private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
    let i = y * width + x
    if !cell.isContinuation {
      repairWideCharacter(x: x, y: y)
      if x + 1 < width, cells[i + 1].isContinuation, !cells[i].isContinuation {
        // Overwriting the left half of a wide character: its right half becomes a space.
        cells[i + 1] = Cell(" ", style: cells[i + 1].style)
      }
    } else if x + 1 < width, cells[i + 1].isContinuation {
      cells[i + 1] = Cell(" ", style: cells[i + 1].style)
    }
    cells[i] = cell
  }

  /// If (`x`, `y`) is the right half of a wide character, turns that character into a space.
  private mutating func repairWideCharacter(x: Int, y: Int) {
    guard x > 0, x < width else { return }
    let i = y * width + x
    if cells[i].isContinuation {
      cells[i - 1] = Cell(" ", style: cells[i - 1].style)
      cells[i] = Cell(" ", style: cells[i].style)
    }
  }
}
