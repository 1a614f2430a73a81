/// Where each part of the explorer goes for a terminal size: plain rectangle arithmetic shared
/// by the view (drawing) and `update` (paging, scrolling, mouse hit-testing).
public struct AppLayout: Hashable, Sendable {
  /// The smallest terminal the explorer draws into.
  public static let minimum = Size(width: 80, height: 24)
  /// Rows of the cost panel, borders included (folded: one line of figures).
  public static let costHeight = 11
  public static let foldedCostHeight = 3
  /// Rows of the explanation bar opened in full.
  public static let expandedExplainHeight = 4

  /// The whole screen.
  public var screen: Rect
  /// The tab row.
  public var tabs: Rect
  /// The source pane (with border).
  public var source: Rect
  /// The assembly pane(s) (with border): one, or two in compare mode.
  public var asm: [Rect]
  /// The cost panel (with border).
  public var cost: Rect
  /// The explanation bar (empty when hidden).
  public var explain: Rect
  /// The key bar.
  public var keyBar: Rect

  /// Whether the screen is large enough to draw the explorer.
  public var fits: Bool { screen.size.fits(AppLayout.minimum) }

  /// The layout of `state` on a screen of `size`.
  public init(size: Size, state: AppState) {
    screen = Rect(size: size)
    var rest = screen
    (tabs, rest) = rest.splitRows(topHeight: 1)
    (rest, keyBar) = rest.splitRows(bottomHeight: 1)
    if state.showsExplain {
      (rest, explain) = rest.splitRows(bottomHeight: state.explainExpanded ? AppLayout.expandedExplainHeight : 1)
    } else {
      explain = Rect(x: 0, y: rest.maxY, width: size.width, height: 0)
    }
    (rest, cost) = rest.splitRows(bottomHeight: state.costCollapsed ? AppLayout.foldedCostHeight : AppLayout.costHeight)
    if state.compare == .off {
      let parts = rest.split(.horizontal, [.percentage(40), .fill(1)])
      source = parts[0]
      asm = [parts[1]]
    } else {
      let parts = rest.split(.horizontal, [.percentage(32), .fill(1), .fill(1)])
      source = parts[0]
      asm = [parts[1], parts[2]]
    }
  }

  /// Rows of text inside a bordered pane.
  public static func innerHeight(_ pane: Rect) -> Int { max(1, pane.height - 2) }
}
