/// A row of tabs, e.g. one per architecture: ` x86-64  arm  riscv `.
///
/// Each tab is drawn as its title padded with one space on each side, tabs separated by one
/// space. `render` returns each tab's column range so mouse clicks can be hit-tested with
/// `TabBar.index(atX:in:)`.
public struct TabBar: Widget {
  /// One tab.
  public struct Item: Hashable, Sendable {
    /// The tab's label.
    public var title: String
    /// How the tab is shown.
    public var state: State

    /// Creates a tab.
    public init(_ title: String, state: State = .enabled) {
      self.title = title
      self.state = state
    }
  }

  /// A tab's state.
  public enum State: Hashable, Sendable {
    /// The selected tab.
    case active
    /// A tab that can be selected.
    case enabled
    /// A tab that cannot be selected.
    case disabled
  }

  /// The tabs, left to right.
  public var items: [Item]

  /// Creates a tab bar.
  public init(_ items: [Item]) {
    self.items = items
  }

  /// The column range each tab occupies in `area` (empty ranges for tabs clipped away).
  public func layout(in area: Rect) -> [Range<Int>] {
    var x = area.x
    var ranges: [Range<Int>] = []
    for item in items {
      let width = CharacterWidth.of(item.title) + 2
      let end = min(x + width, area.maxX)
      ranges.append(x..<max(x, end))
      x = min(end + 1, area.maxX)
    }
    return ranges
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    _ = draw(in: area, into: &grid, theme: theme)
  }

  /// Draws the tabs and returns each tab's column range (as `layout(in:)`).
  @discardableResult
  public func draw(in area: Rect, into grid: inout CellGrid, theme: Theme) -> [Range<Int>] {
    guard !area.isEmpty else { return items.map { _ in area.x..<area.x } }
    let ranges = layout(in: area)
    for (item, range) in zip(items, ranges) where !range.isEmpty {
      let role: StyleRole
      switch item.state {
      case .active: role = .tabActive
      case .enabled: role = .tabInactive
      case .disabled: role = .tabUnavailable
      }
      grid.put(
        " \(item.title) ", x: range.lowerBound, y: area.y, style: theme.style(role),
        maxWidth: range.count)
    }
    return ranges
  }

  /// The index of the tab whose range contains column `x`, if any.
  public static func index(atX x: Int, in ranges: [Range<Int>]) -> Int? {
    ranges.firstIndex { $0.contains(x) }
  }
}
