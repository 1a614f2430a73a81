import ExplorerUI
import Foundation
import ISRKit
import Testing

/// A large file costs what is visible: the source pane colours and draws only its window,
/// with the same colours as colouring the whole file.
@Suite struct AppLargeFileTests {
  @Test func windowedColouringMatchesColouringTheWholeFile() {
    let lines = [
      "#define X /* not a comment opener in a directive", "int a; /* opens", "still comment",
      "ends */ int b = '\"'; char *s = \"/* in a string\";", "// line /* comment", "int c; /*",
      "*/ int d;", "x = 1 /* one */ + /* two", "*/ y;",
    ]
    let whole = CSyntax.highlight(lines)
    for start in 0..<lines.count {
      for end in start...lines.count {
        #expect(CSyntax.highlight(lines, window: start..<end) == Array(whole[start..<end]), "\(start)..<\(end)")
      }
    }
  }

  @Test func aFrameOfALargeFileDrawsOnlyItsWindow() {
    // About 5 MB: 150,000 lines (opened read-only, but still drawn). Colouring all of it took
    // about 2 s a frame in a debug build.
    let text = (0..<150_000).map { "int v\($0) = \($0); /* line \($0) */" }.joined(separator: "\n")
    var state = makeState(text)
    state.sourceScroll = 140_000
    let start = Date()
    let grid = AppView.render(state, size: state.size)
    let seconds = Date().timeIntervalSince(start)
    #expect(grid.lines.contains { $0.contains("140001 int v140000 = 140000;") }, "\(grid.lines.prefix(8))")
    #expect(seconds < 0.5, "one frame took \(seconds) s")
  }
}

/// Undo history of a large file stays within a line budget (the oldest steps go first).
@Suite struct FrameworkTextBufferUndoBudgetTests {
  @Test func undoStepsOfALargeFileAreBoundedByLines() {
    var buffer = TextBuffer(text: String(repeating: "int x;\n", count: 20_000))
    for _ in 0..<300 {
      buffer.insertNewline()  // one undo step each (a new line is not a typing run)
      buffer.moveDown()
    }
    var undos = 0
    while buffer.undo() { undos += 1 }
    // 2,000,000 lines over steps of about 20,000 lines each.
    #expect(undos > 0 && undos <= 100, "\(undos) undo steps kept")
  }
}
