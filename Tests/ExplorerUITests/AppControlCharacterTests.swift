import ExplorerUI
import ISRKit
import Testing

/// Text from a hostile file or tool output (ESC sequences that set the window title or the
/// clipboard) is drawn as visible pictures in every pane, never as raw control characters.
@Suite struct AppControlCharacterTests {
  static let esc = "\u{1b}]0;pwned\u{7}\u{1b}]52;c;aGk=\u{1b}\\\u{9b}2J"

  @Test func sourceAsmAndDiagnosticsShowControlsAsPictures() {
    var state = makeState("int a; /* \(Self.esc) */\nISR(timer) {\n  ticks++; // \(Self.esc)é\n}\n")
    let rows = [
      AsmRow(text: "timer: \(Self.esc)", kind: .heading),
      AsmRow(text: "\t.ascii \"\(Self.esc)\"", kind: .other),
    ]
    _ = AppUpdate.update(
      &state,
      .compiled(
        target: state.targets[state.selected].target.name, version: 0,
        result: TargetResult(
          version: 0, asm: AsmDocument(rows: rows, summary: "summary \(Self.esc)"),
          succeeded: false,
          diagnostics: Diagnostic.parse("\(Diagnostic.userSourceName):1:1: error: bad \(Self.esc)\n"))))
    for mode in [[], [Key.char("i")]] {
      press(mode, &state)
      let grid = AppView.render(state, size: state.size)
      var controls: [UInt32] = []
      for y in 0..<grid.height {
        for x in 0..<grid.width {
          let cell = grid[x, y]
          for i in 0..<cell.scalarCount where ControlPicture.isControl(cell.scalarValue(at: i)) {
            controls.append(cell.scalarValue(at: i))
          }
        }
      }
      #expect(controls.isEmpty, "raw control characters in cells: \(controls)")
      #expect(grid.lines.contains { $0.contains("\u{241B}]0;pwned\u{2407}") }, "\(grid.lines.joined(separator: "\n"))")
    }
  }
}
