import Foundation
import ISRKit
import Testing
@testable import ExplorerUI

/// Whole-screen snapshots: the full grid of the main states at 80×24, as text, against a
/// golden file in Snapshots/ (in the manner of ratatui's TestBackend), so a layout change
/// shows as a diff. `ISRX_UPDATE_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests`
/// rewrites them; review the diff before committing.
@Suite struct ScreenSnapshotTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  static let size = Size(width: 80, height: 24)
  static let source = "volatile unsigned ticks;\n\nISR(timer) {\n  ticks++;\n}\n"

  static func screen(_ state: AppState) -> String {
    AppView.render(state, size: state.size).lines.map { line in
      // Trailing blanks are not part of what a reader checks.
      var text = line
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }.joined(separator: "\n") + "\n"
  }

  func check(_ name: String, _ state: AppState) throws {
    let url = Self.directory.appendingPathComponent("\(name).txt")
    let actual = Self.screen(state)
    if ProcessInfo.processInfo.environment["ISRX_UPDATE_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if actual != expected {
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let diff = zip(e, a).enumerated().filter { $1.0 != $1.1 }.prefix(6).map { "line \($0 + 1):\n- \($1.0)\n+ \($1.1)" }
      Issue.record("\(name) differs from Snapshots/\(name).txt:\n\(diff.joined(separator: "\n"))")
    }
  }

  @Test func explore() throws {
    try check("explore", makeState(Self.source, size: Self.size))
  }

  @Test func help() throws {
    var state = makeState(Self.source, size: Self.size)
    press([.char("?")], &state)
    try check("help", state)
  }

  @Test func edit() throws {
    var state = makeState(Self.source, size: Self.size)
    press([.char("i"), .char("x")], &state)
    try check("edit", state)
  }

  @Test func quitWithUnsavedEdits() throws {
    var state = makeState(Self.source, size: Self.size)
    press([.char("i"), .char("x"), .escape, .char("q")], &state)
    try check("quit-question", state)
  }

  @Test func lastTargetSelectedAt80Columns() throws {
    var state = makeState(Self.source, size: Self.size)
    state.selected = TargetCatalog.all.count - 1
    try check("last-target", state)
  }

  /// The overview with real reports for x86 and msp430 (the rest compiling): only figures,
  /// names and isrx's own words, nothing of the machine (no compiler version or path).
  @Test func overview() throws {
    var state = try AppOverviewTests.reported(["x86", "msp430"], size: Self.size)
    press([.char("o"), .down], &state)
    try check("overview-80x24", state)
    state.size = Size(width: 160, height: 48)
    try check("overview-160x48", state)
  }

  @Test func terminalTooSmall() throws {
    try check("too-small", makeState(Self.source, size: Size(width: 50, height: 12)))
  }
}
