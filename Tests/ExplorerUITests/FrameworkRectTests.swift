import Testing

import ExplorerUI

@Suite struct FrameworkRectTests {
  @Test func insetShrinksEverySideAndNeverGoesNegative() {
    let r = Rect(x: 2, y: 3, width: 10, height: 5)
    #expect(r.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 3))
    #expect(r.inset(horizontal: 2, vertical: 0) == Rect(x: 4, y: 3, width: 6, height: 5))
    #expect(r.inset(by: 10).isEmpty)
    #expect(Rect(x: 0, y: 0, width: -3, height: 2).width == 0)
  }

  @Test func splitColumnsAndRowsClamp() {
    let r = Rect(x: 0, y: 0, width: 10, height: 4)
    let (left, right) = r.splitColumns(leftWidth: 3)
    #expect(left == Rect(x: 0, y: 0, width: 3, height: 4))
    #expect(right == Rect(x: 3, y: 0, width: 7, height: 4))
    #expect(r.splitColumns(leftWidth: 99).right.width == 0)
    let (top, bottom) = r.splitRows(bottomHeight: 1)
    #expect(top == Rect(x: 0, y: 0, width: 10, height: 3))
    #expect(bottom == Rect(x: 0, y: 3, width: 10, height: 1))
  }

  @Test func splitByConstraintsCoversTheRectangle() {
    let r = Rect(x: 1, y: 0, width: 81, height: 24)
    let parts = r.split(.horizontal, [.percentage(50), .fill(1)])
    #expect(parts == [
      Rect(x: 1, y: 0, width: 40, height: 24), Rect(x: 41, y: 0, width: 41, height: 24),
    ])
    let rows = r.split(.vertical, [.length(1), .fill(2), .fill(1), .length(1)])
    #expect(rows.map(\.height) == [1, 14, 8, 1])
    #expect(rows.map(\.y) == [0, 1, 15, 23])
  }

  @Test func splitShrinksFixedPartsThatDoNotFit() {
    let parts = Rect(x: 0, y: 0, width: 5, height: 1).split(.horizontal, [.length(4), .length(4)])
    #expect(parts.map(\.width) == [4, 1])
  }

  @Test func intersectionAndCentering() {
    let a = Rect(x: 0, y: 0, width: 10, height: 10)
    #expect(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)) ==
      Rect(x: 5, y: 5, width: 5, height: 5))
    #expect(a.intersection(Rect(x: 20, y: 0, width: 1, height: 1)).isEmpty)
    #expect(a.centered(width: 4, height: 2) == Rect(x: 3, y: 4, width: 4, height: 2))
    #expect(a.centered(width: 40, height: 2).width == 10)
    #expect(a.contains(x: 9, y: 9) && !a.contains(x: 10, y: 0))
  }
}
