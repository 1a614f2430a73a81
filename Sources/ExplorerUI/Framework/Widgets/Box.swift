/// A bordered box with an optional title, like `┌Source───┐`.
public struct Box: Widget {
  /// The title drawn into the top border, after the corner.
  public var title: String?
  /// Text drawn into the top border at the right, e.g. a status.
  public var trailingTitle: String?
  /// Whether the box has focus (drawn in `borderFocused`).
  public var isFocused: Bool
  /// If set, the interior is cleared with this role's style.
  public var fill: StyleRole?

  /// Creates a box.
  public init(
    title: String? = nil, trailingTitle: String? = nil, isFocused: Bool = false,
    fill: StyleRole? = nil
  ) {
    self.title = title
    self.trailingTitle = trailingTitle
    self.isFocused = isFocused
    self.fill = fill
  }

  /// The area inside the border.
  public static func inner(of area: Rect) -> Rect { area.inset(by: 1) }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard area.width >= 2, area.height >= 2 else { return }
    let border = theme.style(isFocused ? .borderFocused : .border)
    if let fill {
      grid.fill(Box.inner(of: area), style: theme.style(fill))
    }
    let top = area.y
    let bottom = area.maxY - 1
    let right = area.maxX - 1
    // Cells, not strings: borders are drawn every frame, and a string of box-drawing
    // characters would be split into graphemes and measured character by character.
    let line = Cell("─", style: border)
    grid.fill(Rect(x: area.x + 1, y: top, width: area.width - 2, height: 1), with: line)
    grid.fill(Rect(x: area.x + 1, y: bottom, width: area.width - 2, height: 1), with: line)
    grid.fill(Rect(x: area.x, y: top + 1, width: 1, height: area.height - 2), with: Cell("│", style: border))
    grid.fill(Rect(x: right, y: top + 1, width: 1, height: area.height - 2), with: Cell("│", style: border))
    _ = grid.put("┌", x: area.x, y: top, style: border)
    _ = grid.put("┐", x: right, y: top, style: border)
    _ = grid.put("└", x: area.x, y: bottom, style: border)
    _ = grid.put("┘", x: right, y: bottom, style: border)
    let room = area.width - 2
    var used = 0
    if let title, !title.isEmpty, room > 0 {
      let titleStyle = theme.style(.title).layered(over: border)
      let shown = Truncation.fit(title, width: room)
      used = grid.put(shown, x: area.x + 1, y: top, style: titleStyle)
    }
    if let trailingTitle, !trailingTitle.isEmpty {
      let available = room - used - (used > 0 ? 1 : 0)
      if available > 0 {
        let shown = Truncation.fit(trailingTitle, width: available)
        let width = CharacterWidth.of(shown)
        grid.put(shown, x: right - width, y: top, style: border)
      }
    }
  }
}

/// Shortening text to a width with an ellipsis.
public enum Truncation {
  /// `text` if it fits in `width` columns, else its longest prefix that fits together with a
  /// trailing `…`.
  public static func fit(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    if CharacterWidth.of(text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
      let w = CharacterWidth.of(character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }
}
