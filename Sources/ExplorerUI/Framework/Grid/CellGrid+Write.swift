extension CellGrid {
  /// The text writer behind `put`: lays `string` out in logical columns starting at `column`
  /// (tab stops are multiples of `tabWidth` in logical columns), and draws the characters whose
  /// columns lie in `visible` at screen column `column + shift` of row `y`.
  ///
  /// A character starting before `visible` shows only the visible part of it, as blanks. A
  /// character, other than a tab, that ends after `visible` stops the run. On return `column`
  /// is the logical column after the last character laid out. Returns true when the run
  /// stopped because text remained beyond `visible` (the line was cut).
  mutating func write(
    _ string: some StringProtocol, y: Int, column: inout Int, shift: Int, visible: Range<Int>,
    style: TextStyle
  ) -> Bool {
    guard y >= 0, y < height else { return false }
    // Clip the visible range to the grid.
    let lo = max(visible.lowerBound, -shift)
    let hi = min(visible.upperBound, width - shift)
    guard lo < hi else {
      return !string.isEmpty
    }
    // ASCII runs are one cell per byte (tabs aside), so they are copied without grapheme
    // breaking; only the rest goes through Character iteration. An ASCII character directly
    // before non-ASCII text may start a grapheme with combining marks, and `\r` may start
    // `\r\n`, so those are left to the Character path.
    let cut: Bool? = string.utf8.withContiguousStorageIfAvailable { bytes in
      writeMixed(string, bytes: bytes, y: y, column: &column, shift: shift, lo: lo, hi: hi,
        style: style)
    }
    if let cut { return cut }
    return writeCharacters(string, y: y, column: &column, shift: shift, lo: lo, hi: hi,
      style: style)
  }

  /// Copies ASCII runs straight from the UTF-8 bytes and hands everything else, one grapheme
  /// at a time, to `writeCharacters`.
  private mutating func writeMixed<S: StringProtocol>(
    _ string: S, bytes: UnsafeBufferPointer<UInt8>, y: Int, column: inout Int, shift: Int,
    lo: Int, hi: Int, style: TextStyle
  ) -> Bool {
    var offset = 0
    let count = bytes.count
    while offset < count {
      var runEnd = offset
      while runEnd < count {
        let b = bytes[runEnd]
        if b >= 0x80 || b == 13 { break }
        runEnd += 1
      }
      // The last ASCII character before non-ASCII text may start a grapheme with combining
      // marks, and `\r` may start `\r\n`: both go to the Character path.
      if runEnd < count, runEnd > offset, bytes[runEnd] >= 0x80 { runEnd -= 1 }
      if runEnd > offset {
        let run = UnsafeBufferPointer(rebasing: bytes[offset..<runEnd])
        if writeASCII(run, y: y, column: &column, shift: shift, lo: lo, hi: hi, style: style) {
          return true
        }
        offset = runEnd
        continue
      }
      let utf8 = string.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: offset)
      let end = string.index(after: start)
      if writeCharacters(string[start..<end], y: y, column: &column, shift: shift, lo: lo,
        hi: hi, style: style)
      {
        return true
      }
      offset += utf8.distance(from: start, to: end)
    }
    return false
  }

  /// Lays out and draws `text` one grapheme at a time (see `write`).
  private mutating func writeCharacters(
    _ text: some Sequence<Character>, y: Int, column: inout Int, shift: Int, lo: Int, hi: Int,
    style: TextStyle
  ) -> Bool {
    for character in text {
      let next: Int
      if character == "\t" {
        next = (column / CellGrid.tabWidth + 1) * CellGrid.tabWidth
      } else {
        next = column + CharacterWidth.of(character)
      }
      if next == column { continue }
      if next <= lo {
        column = next
        continue
      }
      if column >= hi { return true }
      if next > hi && character != "\t" { return true }
      if column < lo || character == "\t" {
        for c in max(column, lo)..<min(next, hi) {
          put(" ", x: c + shift, y: y, style: style)
        }
      } else {
        put(character, x: column + shift, y: y, style: style)
      }
      column = next
    }
    return false
  }

  private mutating func writeASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, y: Int, column: inout Int, shift: Int, lo: Int,
    hi: Int, style: TextStyle
  ) -> Bool {
    let rowStart = y * width
    let gridWidth = width
    var first = -1
    var last = -1
    var cut = false
    var col = column
    cells.withUnsafeMutableBufferPointer { cells in
      for b in bytes {
        let next = b == 9 ? (col / CellGrid.tabWidth + 1) * CellGrid.tabWidth : col + 1
        if next <= lo {
          col = next
          continue
        }
        if col >= hi {
          cut = true
          break
        }
        let cell =
          b == 9 ? Cell(ascii: 0x20, style: style)
          : (b < 0x20 || b == 0x7F)
            ? Cell(ControlPicture.placeholder(value: UInt32(b))!, style: style)
            : Cell(ascii: b, style: style)
        let from = max(col, lo) + shift
        let to = min(next, hi) + shift
        if first < 0 {
          first = from
          // Writing over the right half of a wide character: blank its left half.
          if from > 0, cells[rowStart + from].isContinuation {
            cells[rowStart + from - 1] = Cell(" ", style: cells[rowStart + from - 1].style)
          }
        }
        for x in from..<to {
          cells[rowStart + x] = cell
        }
        last = to - 1
        col = next
      }
      // Writing over the left half of a wide character: blank its orphaned right half.
      if last >= 0, last + 1 < gridWidth, cells[rowStart + last + 1].isContinuation {
        cells[rowStart + last + 1] = Cell(" ", style: cells[rowStart + last + 1].style)
      }
    }
    column = col
    return cut
  }
}
