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
  /// The first tab shown: a row too narrow for every tab scrolls, `‹`/`›` marking the tabs
  /// out of view on either side.
  public var first: Int

  /// Creates a tab bar.
  public init(_ items: [Item], first: Int = 0) {
    self.items = items
    self.first = max(0, min(first, max(0, items.count - 1)))
  }

  /// Columns the tabs from `first` through `last` take, with their separators.
  public func width(from first: Int, through last: Int) -> Int {
    guard first <= last, last < items.count else { return 0 }
    return items[first...last].reduce(0) { $0 + CharacterWidth.of($1.title) + 3 } - 1
  }

  /// Whether the tabs from `first` on overflow `area` (so a `›` marker is drawn).
  func overflows(_ area: Rect) -> Bool {
    width(from: first, through: items.count - 1) > area.width - (first > 0 ? 2 : 0)
  }

  /// The column range each tab occupies in `area` (empty ranges for tabs out of view):
  /// whole tabs only, between the scroll markers.
  public func layout(in area: Rect) -> [Range<Int>] {
    let end = area.maxX - (overflows(area) ? 2 : 0)
    var x = area.x + (first > 0 ? 2 : 0)
    var ranges: [Range<Int>] = []
    for (index, item) in items.enumerated() {
      let width = CharacterWidth.of(item.title) + 2
      guard index >= first, x + width <= end else {
        ranges.append(area.x..<area.x)
        if index >= first { x = end }
        continue
      }
      ranges.append(x..<x + width)
      x += width + 1
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
    if first > 0 { grid.put("‹", x: area.x, y: area.y, style: theme.style(.tabInactive), maxWidth: 1) }
    if overflows(area), area.width > 2 {
      grid.put("›", x: area.maxX - 1, y: area.y, style: theme.style(.tabInactive), maxWidth: 1)
    }
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
