/// A box centred over the screen holding lines of text: the help screen and dialogs.
public struct Overlay: Widget {
  /// The box title.
  public var title: String
  /// The content lines.
  public var lines: [StyledLine]
  /// Text drawn into the bottom border (e.g. "Esc close").
  public var footer: String
  /// The first content line shown (for long help).
  public var scrollOffset: Int

  /// Creates an overlay.
  public init(title: String, lines: [StyledLine], footer: String = "", scrollOffset: Int = 0) {
    self.title = title
    self.lines = lines
    self.footer = footer
    self.scrollOffset = scrollOffset
  }

  /// The rectangle the box occupies in `area`: the content plus a border and one column of
  /// padding on each side, clamped to `area`.
  public func frame(in area: Rect) -> Rect {
    let contentWidth = lines.map(\.displayWidth).max() ?? 0
    let width = max(contentWidth + 4, CharacterWidth.of(title) + 4, CharacterWidth.of(footer) + 4)
    return area.centered(width: width, height: lines.count + 2)
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    let box = frame(in: area)
    guard box.width >= 2, box.height >= 2 else { return }
    let style = theme.style(.overlay)
    grid.fill(box, style: style)
    Box(title: title, isFocused: true).render(in: box, into: &grid, theme: theme)
    let inner = Box.inner(of: box).inset(horizontal: 1, vertical: 0)
    for row in 0..<inner.height {
      let index = scrollOffset + row
      guard index >= 0, index < lines.count else { break }
      grid.put(lines[index], x: inner.x, y: inner.y + row, width: inner.width, base: style,
        theme: theme)
    }
    if !footer.isEmpty, box.width > 4 {
      let shown = Truncation.fit(footer, width: box.width - 4)
      let w = CharacterWidth.of(shown)
      grid.put(shown, x: box.maxX - 2 - w, y: box.maxY - 1,
        style: theme.style(.dim).layered(over: style))
    }
  }

  /// Help lines for key bindings: a heading per group (in the `title` role) and one
  /// `key  description` line per entry, keys padded to a common width.
  public static func helpLines(_ entries: [KeyHelp]) -> [StyledLine] {
    let keyWidth = entries.map { CharacterWidth.of($0.key) }.max() ?? 0
    var result: [StyledLine] = []
    var group: String?
    for entry in entries {
      if entry.group != group {
        if group != nil { result.append("") }
        group = entry.group
        if !entry.group.isEmpty { result.append(StyledLine(entry.group, role: .title)) }
      }
      let padding = String(repeating: " ", count: keyWidth - CharacterWidth.of(entry.key))
      result.append(
        StyledLine([
          StyledSpan(entry.key, role: .keyBarKey), StyledSpan(padding + "  " + entry.description),
        ]))
    }
    return result
  }
}
