/// A rectangle of terminal cells, in columns (`x`, `width`) and rows (`y`, `height`).
///
/// Layout is plain arithmetic on rectangles so it can be tested without a terminal.
/// Negative sizes never occur: every helper clamps widths and heights at zero.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  /// The leftmost column.
  public var x: Int
  /// The top row.
  public var y: Int
  /// The number of columns.
  public var width: Int
  /// The number of rows.
  public var height: Int

  /// Creates a rectangle; negative sizes are clamped to zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Creates a rectangle at the origin covering `size`.
  public init(size: Size) {
    self.init(x: 0, y: 0, width: size.width, height: size.height)
  }

  /// The empty rectangle at the origin.
  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  /// The column just past the right edge.
  public var maxX: Int { x + width }
  /// The row just past the bottom edge.
  public var maxY: Int { y + height }
  /// The size of the rectangle.
  public var size: Size { Size(width: width, height: height) }
  /// Whether the rectangle covers no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether the cell at (`x`, `y`) lies inside the rectangle.
  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }

  /// The rectangle shrunk by `amount` cells on every side.
  public func inset(by amount: Int) -> Rect {
    inset(top: amount, left: amount, bottom: amount, right: amount)
  }

  /// The rectangle shrunk by `horizontal` columns on the left and right and `vertical` rows on
  /// the top and bottom.
  public func inset(horizontal: Int, vertical: Int) -> Rect {
    inset(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
  }

  /// The rectangle shrunk by the given amount on each side (never below zero size).
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    let newWidth = max(0, width - left - right)
    let newHeight = max(0, height - top - bottom)
    return Rect(
      x: x + min(left, width), y: y + min(top, height), width: newWidth, height: newHeight)
  }

  /// The overlap of two rectangles, or an empty rectangle when they do not overlap.
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    guard right > left, bottom > top else { return Rect(x: left, y: top, width: 0, height: 0) }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// Splits off the leftmost `width` columns (clamped), returning both parts.
  public func splitColumns(leftWidth: Int) -> (left: Rect, right: Rect) {
    let w = min(max(0, leftWidth), width)
    return (
      Rect(x: x, y: y, width: w, height: height),
      Rect(x: x + w, y: y, width: width - w, height: height)
    )
  }

  /// Splits off the top `height` rows (clamped), returning both parts.
  public func splitRows(topHeight: Int) -> (top: Rect, bottom: Rect) {
    let h = min(max(0, topHeight), height)
    return (
      Rect(x: x, y: y, width: width, height: h),
      Rect(x: x, y: y + h, width: width, height: height - h)
    )
  }

  /// Splits off the bottom `height` rows (clamped), returning both parts.
  public func splitRows(bottomHeight: Int) -> (top: Rect, bottom: Rect) {
    splitRows(topHeight: height - min(max(0, bottomHeight), height))
  }

  /// Splits the rectangle along `axis` according to `constraints`.
  ///
  /// Fixed lengths and percentages are honoured first (shrunk from the end if they do not fit);
  /// the remaining space is shared between `.fill` parts in proportion to their weights, with
  /// rounding leftovers going to the last fill part. The parts are contiguous and cover the
  /// rectangle exactly when at least one `.fill` is present.
  public func split(_ axis: Axis, _ constraints: [LayoutConstraint]) -> [Rect] {
    let total = axis == .horizontal ? width : height
    var sizes = [Int](repeating: 0, count: constraints.count)
    var remaining = total
    for (i, c) in constraints.enumerated() {
      let wanted: Int
      switch c {
      case .length(let n): wanted = max(0, n)
      case .percentage(let p): wanted = total * min(max(0, p), 100) / 100
      case .fill: continue
      }
      sizes[i] = min(wanted, remaining)
      remaining -= sizes[i]
    }
    let weights = constraints.map { c -> Int in
      if case .fill(let w) = c { return max(0, w) }
      return 0
    }
    let weightSum = weights.reduce(0, +)
    if weightSum > 0 {
      var given = 0
      var lastFill = 0
      for (i, w) in weights.enumerated() where w > 0 {
        sizes[i] = remaining * w / weightSum
        given += sizes[i]
        lastFill = i
      }
      sizes[lastFill] += remaining - given
    }
    var parts: [Rect] = []
    parts.reserveCapacity(sizes.count)
    var offset = axis == .horizontal ? x : y
    for s in sizes {
      switch axis {
      case .horizontal: parts.append(Rect(x: offset, y: y, width: s, height: height))
      case .vertical: parts.append(Rect(x: x, y: offset, width: width, height: s))
      }
      offset += s
    }
    return parts
  }

  /// A rectangle of at most `width`×`height` centred inside this one.
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(max(0, w), width)
    let ch = min(max(0, h), height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }

  public var description: String { "Rect(x: \(x), y: \(y), \(width)×\(height))" }
}

/// The direction in which `Rect.split` lays parts out.
public enum Axis: Hashable, Sendable {
  /// Parts side by side, left to right.
  case horizontal
  /// Parts stacked, top to bottom.
  case vertical
}

/// How much of a split a part receives.
public enum LayoutConstraint: Hashable, Sendable {
  /// Exactly this many cells (fewer if they do not fit).
  case length(Int)
  /// This percentage (0...100) of the whole rectangle.
  case percentage(Int)
  /// A share, by weight, of what is left after lengths and percentages.
  case fill(Int)
}

/// A width and height in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Creates a size.
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// Whether this size is at least `other` in both dimensions.
  public func fits(_ other: Size) -> Bool { width >= other.width && height >= other.height }

  public var description: String { "\(width)×\(height)" }
}
