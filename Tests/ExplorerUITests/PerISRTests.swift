import ExplorerUI
import ISRKit
import Testing

/// A file with several ISRs: the cost panel names the ISR it costs, follows the one under the
/// source cursor, and `I` moves the cursor to the next ISR.
@Suite struct PerISRTests {
  static let source = """
    #include <stdint.h>

    volatile uint8_t rx_buf[16];
    volatile uint8_t rx_head;
    volatile uint32_t ticks;

    ISR(uart_rx) {
      rx_buf[rx_head & 15] = (uint8_t)ticks;
      rx_head++;
    }

    ISR(timer) {
      ticks++;
    }

    """
  /// 0-based lines of the two declarations.
  static let uartLine = 6, timerLine = 11

  /// A state with real reports for both ISRs on x86 (the first target), fed as the service
  /// feeds them: the first ISR's report and the others.
  static func reportedState() throws -> AppState {
    let toolchain = Toolchain.discover()
    let target = try #require(TargetCatalog.target(id: "x86"))
    var state = makeState(source)
    state.selected = try #require(state.targets.firstIndex { $0.target.name == "x86" })
    let uart = TargetReport.make(source: source, target: target, toolchain: toolchain, settings: CostSettings(), function: "uart_rx")
    let timer = TargetReport.make(source: source, target: target, toolchain: toolchain, settings: CostSettings(), function: "timer")
    #expect(uart.isr == "uart_rx" && timer.isr == "timer")
    #expect(uart.direct != nil && timer.direct != nil)
    _ = AppUpdate.update(&state, .reported(target: "x86", version: 0, report: uart, baseline: nil, others: [timer]))
    return state
  }

  static func screen(_ state: AppState) -> String {
    AppView.render(state, size: state.size).lines.joined(separator: "\n")
  }

  @Test func regionsRunFromTheDeclarationToTheClosingBrace() {
    let lines = Self.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let regions = ISRRegion.regions(of: ["timer", "uart_rx", "missing"], in: lines)
    #expect(regions == [
      ISRRegion(name: "uart_rx", lines: Self.uartLine...(Self.uartLine + 3)),
      ISRRegion(name: "timer", lines: Self.timerLine...(Self.timerLine + 2)),
    ])
    // A prototype or a call is not the definition.
    let withPrototype = ["void timer(void);", "void f(void) { timer(); }", "void timer(void) {", "}"]
    #expect(ISRRegion.regions(of: ["timer"], in: withPrototype) == [ISRRegion(name: "timer", lines: 2...3)])
  }

  @Test func thePanelNamesTheISRUnderTheCursorAndFollowsIt() throws {
    var state = try Self.reportedState()
    // The explorer starts on the first ISR's line.
    #expect(state.buffer.cursor.line == Self.uartLine)
    var text = Self.screen(state)
    #expect(text.contains("cost · x86 · uart_rx: direct ISR vs double-dispatch baseline"), "\(text)")
    let uart = try #require(state.results["x86"]?.reports["uart_rx"]?.direct)
    let timer = try #require(state.results["x86"]?.reports["timer"]?.direct)
    #expect(uart.instructionsCompact != timer.instructionsCompact, "the two ISRs cost differently")
    #expect(state.costedReport?.report.isr == "uart_rx")

    // Down into the timer ISR's body: the panel switches to it.
    state.buffer.moveTo(TextPosition(line: Self.timerLine + 1, column: 2))
    text = Self.screen(state)
    #expect(text.contains("cost · x86 · timer: direct ISR vs double-dispatch baseline"), "\(text)")
    #expect(state.costedReport?.report.isr == "timer")

    // Through the arrow keys as a user moves: back up into uart_rx's body.
    for _ in 0..<3 { press([.up], &state) }
    #expect(state.buffer.cursor.line == Self.timerLine - 2)
    #expect(Self.screen(state).contains("cost · x86 · uart_rx:"))

    // Outside every ISR (the declarations above): the first ISR, named.
    state.buffer.moveTo(TextPosition(line: 2, column: 0))
    #expect(Self.screen(state).contains("cost · x86 · uart_rx:"))
  }

  @Test func thePickerKeyMovesToTheNextISR() throws {
    var state = try Self.reportedState()
    #expect(state.buffer.cursor.line == Self.uartLine)
    press([.char("I")], &state)
    #expect(state.buffer.cursor.line == Self.timerLine)
    #expect(Self.screen(state).contains("cost · x86 · timer:"))
    #expect(state.status == "cost: timer")
    // And round to the first again.
    press([.char("I")], &state)
    #expect(state.buffer.cursor.line == Self.uartLine)
    #expect(Self.screen(state).contains("cost · x86 · uart_rx:"))
    // From above every ISR, the first one below the cursor.
    state.buffer.moveTo(TextPosition(line: 0, column: 0))
    press([.char("I")], &state)
    #expect(state.buffer.cursor.line == Self.uartLine)
  }

  @Test func thePickerWorksBeforeAnyReport() {
    var state = makeState(Self.source)
    press([.char("I")], &state)
    #expect(state.buffer.cursor.line == Self.timerLine)
  }

  @Test func aSingleISRIsNamedAndThePickerSaysSo() throws {
    let toolchain = Toolchain.discover()
    let source = "volatile int ticks;\nISR(tick) {\n  ticks++;\n}\n"
    var state = makeState(source)
    state.selected = try #require(state.targets.firstIndex { $0.target.name == "x86" })
    let report = TargetReport.make(source: source, target: try #require(TargetCatalog.target(id: "x86")),
                                   toolchain: toolchain, settings: CostSettings())
    _ = AppUpdate.update(&state, .reported(target: "x86", version: 0, report: report, baseline: nil))
    #expect(Self.screen(state).contains("cost · x86 · tick: direct ISR vs double-dispatch baseline"))
    press([.char("I")], &state)
    #expect(state.status == "tick is the only ISR")
  }
}
