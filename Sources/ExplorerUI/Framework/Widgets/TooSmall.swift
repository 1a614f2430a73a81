/// The message shown instead of the UI when the terminal is below the minimum size:
/// "Terminal too small: need at least 80×24, have 60×20", word-wrapped and centred.
public struct TooSmall: Widget {
  /// The smallest size the UI supports.
  public var minimum: Size
  /// The terminal's current size.
  public var actual: Size

  /// Creates the message.
  public init(minimum: Size, actual: Size) {
    self.minimum = minimum
    self.actual = actual
  }

  /// The message text.
  public var message: String {
    "Terminal too small: need at least \(minimum.width)×\(minimum.height), "
      + "have \(actual.width)×\(actual.height)"
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    grid.fill(area, style: theme.style(.text))
    let wrapped = TooSmall.wrap(message, width: area.width)
    let top = area.y + max(0, (area.height - wrapped.count) / 2)
    for (i, line) in wrapped.enumerated() where top + i < area.maxY {
      let w = CharacterWidth.of(line)
      grid.put(line, x: area.x + max(0, (area.width - w) / 2), y: top + i,
        style: theme.style(.warning), maxWidth: area.width)
    }
  }

  /// Splits `text` at spaces into lines of at most `width` columns (words longer than the
  /// width are cut).
  static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if CharacterWidth.of(candidate) <= width {
        current = candidate
      } else {
        if !current.isEmpty { lines.append(current) }
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
