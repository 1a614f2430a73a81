import ISRKit

/// Geometry the view draws with and the update step needs (mouse hits, scrolling): kept
/// here so the update never asks the view.
extension AppLayout {
  /// The overview screen's area: everything between the tab row and the key bar.
  var overview: Rect {
    Rect(x: screen.x, y: tabs.maxY, width: screen.width, height: max(0, keyBar.y - tabs.maxY))
  }

  /// The area the tabs occupy on the tab row (after the program name).
  static func tabArea(_ layout: AppLayout) -> Rect {
    layout.tabs.inset(left: 6)
  }

  /// The tab bar for `state`, with names shortened when the full ones do not fit.
  static func tabBar(_ state: AppState) -> TabBar {
    let available = max(0, state.size.width - 6)
    func items(_ title: (Int, Target) -> String) -> [TabBar.Item] {
      state.targets.enumerated().map { i, info in
        // Greyed and marked where the current compiler cannot build the target.
        let available = info.isAvailable(with: state.compiler)
        let state: TabBar.State = i == state.selected ? .active : available ? .enabled : .disabled
        return TabBar.Item(title(i, info.target) + (available ? "" : "✗"), state: state)
      }
    }
    func width(_ items: [TabBar.Item]) -> Int { TabBar(items).width(from: 0, through: items.count - 1) }
    let numbered = items { i, t in "\(i < 9 ? String(i + 1) : i == 9 ? "0" : " ")\u{00A0}\(t.name)" }
    if width(numbered) <= available { return TabBar(numbered) }
    let full = items { _, t in t.name }
    if width(full) <= available { return TabBar(full) }
    // Short labels, scrolled so the selected tab is in view (room for the ‹ › markers).
    let short = TabBar(items { _, t in t.tabLabel })
    if width(short.items) <= available { return short }
    var first = 0
    while first < state.selected, short.width(from: first, through: state.selected) > available - 4 { first += 1 }
    return TabBar(short.items, first: first)
  }

  /// The lines of the document's label above the listing in a pane whose inside is `inner`:
  /// short panes keep one line for it, but a no-convention warning always gets room.
  static func summaryLines(_ document: AsmDocument, in inner: Rect, singleLine: Bool = false) -> [String] {
    guard let summary = document.summary, inner.width > 1 else { return [] }
    // Aligned compare panes keep one line each, so their rows stay level.
    if !singleLine, document.isPlainFunctionOnly || inner.height >= 20 {
      return Array(TooSmall.wrap(summary, width: inner.width - 1).prefix(3))
    }
    return [Truncation.fit(summary, width: inner.width)]
  }

  /// The width of the source pane's line-number gutter (digits plus one space), as the
  /// view's `TextView` draws it.
  static func sourceGutterWidth(_ state: AppState) -> Int {
    String(max(1, state.buffer.lineCount)).count + 1
  }

  /// The columns an assembly row takes when drawn.
  static func asmRowWidth(_ row: AsmRow, comments: Bool = true) -> Int {
    AppView.styledRow(row, stale: false, comments: comments).displayWidth
  }

  /// The largest horizontal offset of the primary assembly pane: the one that brings the end
  /// of its widest row to the pane's right edge (0 when every row fits).
  static func asmHScrollLimit(_ state: AppState, layout: AppLayout) -> Int {
    guard let pane = layout.asm.first else { return 0 }
    let widest = AppUpdate.primaryRows(state).reduce(0) { max($0, asmRowWidth($1, comments: state.showsCompilerComments)) }
    // Compared panes keep their first column for the change marks.
    return max(0, widest - Box.inner(of: pane).width + (state.compare == .off ? 0 : 1))
  }
}
