/// The bottom line: a mode badge followed by key hints, e.g.
/// ` EXPLORE  C-s save  Tab focus …`, and optional right-aligned text.
///
/// Hints come from `KeyMap.barEntries(for:)`, so they always match what the keys do. Hints
/// that do not fit entirely are dropped from the end.
public struct KeyBar: Widget {
  /// The mode name shown in the badge (drawn with a space on each side).
  public var mode: String
  /// The badge's role (`modeExplore` or `modeEdit`).
  public var modeRole: StyleRole
  /// The key hints, in order.
  public var entries: [KeyHelp]
  /// Text drawn at the right end of the bar (kept in preference to hints).
  public var trailing: String

  /// Creates a key bar.
  public init(mode: String, modeRole: StyleRole, entries: [KeyHelp], trailing: String = "") {
    self.mode = mode
    self.modeRole = modeRole
    self.entries = entries
    self.trailing = trailing
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let y = area.y
    let textStyle = theme.style(.keyBarText)
    grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: textStyle)
    var x = area.x
    if !mode.isEmpty {
      x += grid.put(" \(mode) ", x: x, y: y, style: theme.style(modeRole),
        maxWidth: area.maxX - x)
    }
    var limit = area.maxX
    let trailingWidth = CharacterWidth.of(trailing)
    if trailingWidth > 0, trailingWidth + 1 <= area.maxX - x {
      limit = area.maxX - trailingWidth - 1
      grid.put(trailing, x: limit + 1, y: y, style: textStyle)
    }
    let keyStyle = theme.style(.keyBarKey)
    for entry in entries {
      let keyWidth = CharacterWidth.of(entry.key)
      let width = 1 + keyWidth + 1 + CharacterWidth.of(entry.description)
      guard x + width <= limit else { break }
      x += 1
      x += grid.put(entry.key, x: x, y: y, style: keyStyle)
      x += 1
      x += grid.put(entry.description, x: x, y: y, style: textStyle)
    }
  }
}
