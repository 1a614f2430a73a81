/// A horizontal bar showing `value` out of `maximum`, followed by a label:
/// `███████▌      42 cyc`.
///
/// The bar uses eighth-block characters for sub-cell precision, or `#` when `usesASCII` is set
/// (for terminals without those glyphs).
public struct HBar: Widget {
  /// The value shown.
  public var value: Double
  /// The value of a full-width bar.
  public var maximum: Double
  /// Text after the bar (right-aligned in the area).
  public var label: String
  /// The role of the bar.
  public var role: StyleRole
  /// The role of the label.
  public var labelRole: StyleRole
  /// Whether to draw with `#` instead of block characters.
  public var usesASCII: Bool

  /// The partial blocks for 1/8 ... 7/8 of a cell.
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// Creates a bar.
  public init(
    value: Double, maximum: Double, label: String = "", role: StyleRole = .barDirect,
    labelRole: StyleRole = .text, usesASCII: Bool = false
  ) {
    self.value = value
    self.maximum = maximum
    self.label = label
    self.role = role
    self.labelRole = labelRole
    self.usesASCII = usesASCII
  }

  /// The bar for `width` columns: how many full cells, then at most one partial cell.
  func segments(width: Int) -> (full: Int, partial: Character?) {
    guard width > 0, maximum > 0, value.isFinite, maximum.isFinite else { return (0, nil) }
    let fraction = min(max(value / maximum, 0), 1)
    if usesASCII { return (Int((fraction * Double(width)).rounded()), nil) }
    let eighthCount = Int((fraction * Double(width) * 8).rounded())
    return (eighthCount / 8, eighthCount % 8 > 0 ? HBar.eighths[eighthCount % 8 - 1] : nil)
  }

  /// The character of a full cell.
  var fullCharacter: Character { usesASCII ? "#" : "█" }

  /// The bar's characters for a bar `width` columns wide (without padding).
  public func barText(width: Int) -> String {
    let (full, partial) = segments(width: width)
    return String(repeating: fullCharacter, count: full) + (partial.map { String($0) } ?? "")
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let labelWidth = min(CharacterWidth.of(label), area.width)
    let barWidth = max(0, area.width - labelWidth - (labelWidth > 0 ? 1 : 0))
    // Full cells are one repeated cell, filled directly rather than laid out as text (the
    // cost panel draws ten bars a frame; grapheme-breaking them was half of its time).
    let (full, partial) = segments(width: barWidth)
    let style = theme.style(role)
    grid.fill(Rect(x: area.x, y: area.y, width: full, height: 1), with: Cell(fullCharacter, style: style))
    if let partial { grid.put(partial, x: area.x + full, y: area.y, style: style) }
    if labelWidth > 0 {
      grid.put(label, x: area.maxX - labelWidth, y: area.y, style: theme.style(labelRole),
        maxWidth: labelWidth)
    }
  }
}
