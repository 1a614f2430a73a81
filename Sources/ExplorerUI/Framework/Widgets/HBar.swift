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

  /// The bar's characters for a bar `width` columns wide (without padding).
  public func barText(width: Int) -> String {
    guard width > 0, maximum > 0, value.isFinite, maximum.isFinite else { return "" }
    let fraction = min(max(value / maximum, 0), 1)
    if usesASCII {
      return String(repeating: "#", count: Int((fraction * Double(width)).rounded()))
    }
    let eighthCount = Int((fraction * Double(width) * 8).rounded())
    var text = String(repeating: "█", count: eighthCount / 8)
    if eighthCount % 8 > 0 { text.append(HBar.eighths[eighthCount % 8 - 1]) }
    return text
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let labelWidth = min(CharacterWidth.of(label), area.width)
    let barWidth = max(0, area.width - labelWidth - (labelWidth > 0 ? 1 : 0))
    grid.put(barText(width: barWidth), x: area.x, y: area.y, style: theme.style(role),
      maxWidth: barWidth)
    if labelWidth > 0 {
      grid.put(label, x: area.maxX - labelWidth, y: area.y, style: theme.style(labelRole),
        maxWidth: labelWidth)
    }
  }
}
