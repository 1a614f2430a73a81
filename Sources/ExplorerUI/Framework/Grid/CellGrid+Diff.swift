extension CellGrid {
  /// One changed cell, as handed to a terminal backend.
  public typealias Change = (x: Int, y: Int, cell: Cell)

  /// The cells that differ from `previous`, in row-major order; every cell when the sizes
  /// differ (a resize needs a full redraw).
  public func diff(from previous: CellGrid) -> [Change] {
    var changes: [Change] = []
    guard previous.width == width, previous.height == height else {
      changes.reserveCapacity(cells.count)
      for (i, cell) in cells.enumerated() {
        changes.append((i % max(1, width), i / max(1, width), cell))
      }
      return changes
    }
    cells.withUnsafeBufferPointer { now in
      previous.cells.withUnsafeBufferPointer { before in
        for i in 0..<now.count where now[i] != before[i] {
          changes.append((i % width, i / width, now[i]))
        }
      }
    }
    return changes
  }
}
