import Foundation
import ISRKit
import Testing
@testable import ExplorerUI

/// clang and GCC side by side on AVR, from the explorer's own compile service (real
/// compilers, real emulator): both panes titled with their compiler, both ending in `reti`,
/// GCC's prologue in GCC's words, the cost panel with both sides and the difference; and the
/// whole screen as a snapshot at 80×24 and 160×48.
@Suite struct CompilerCompareScreenTests {
  static let source = ScreenSnapshotTests.source

  /// The clang-vs-gcc compare of `id`, once the compile service has listed and costed both
  /// (cancelled, naming the package, when this machine has no GCC for it).
  static func loaded(_ id: String, size: Size) throws -> AppState {
    let toolchain = Toolchain.discover()
    let target = try #require(TargetCatalog.target(id: id))
    if case .missing(let why) = toolchain.availability(target) { try Test.cancel("clang for \(id): \(why)") }
    if case .missing(let why) = toolchain.availability(target.compiled(by: .gcc)) {
      try Test.cancel("GCC for \(id): \(why)")
    }
    var state = makeState(source, size: size)
    state.selected = try #require(state.targets.firstIndex { $0.target.name == id })
    press([.char("c"), .char("c")], &state)
    #expect(state.compare == .twoCompilers)
    let inbox = Inbox()
    let service = CompileService(toolchain: toolchain, inbox: inbox)
    let jobs = state.visibleJobs
    service.submit(source: state.buffer.text, jobs: jobs, visibleCount: jobs.count, version: state.sourceVersion)
    var reported = Set<CompilerFamily>()
    let deadline = Date().addingTimeInterval(120)
    while reported.count < 2, Date() < deadline {
      for action in inbox.drain() {
        if case .reported(_, _, _, _, _, let compiler) = action { reported.insert(compiler) }
        _ = AppUpdate.update(&state, action)
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    #expect(reported == [.clang, .gcc], "both compilers' reports arrived")
    return state
  }

  /// The text of one pane: the columns between its borders on every row.
  static func pane(_ lines: [String], from left: Int, to right: Int) -> String {
    lines.map { line in
      let characters = Array(line)
      return String(characters[min(left, characters.count)..<min(right, characters.count)])
    }.joined(separator: "\n")
  }

  @Test func clangAndGCCSideBySide() throws {
    var state = try Self.loaded("avr", size: Size(width: 160, height: 48))
    let gcc = try #require(state.result(state.selected, by: .gcc))
    #expect(gcc.compilerVersion?.contains("avr-gcc") == true, "GCC's listing comes from avr-gcc: \(gcc.compilerVersion ?? "nil")")
    // The closing brace: both panes scroll to the exit sequence.
    state.buffer.moveTo(TextPosition(line: 4, column: 0))
    _ = AppUpdate.update(&state, .resized(state.size))
    let lines = Array(AppView.render(state, size: state.size).lines.dropFirst())  // below the tab row
    let top = Array(lines[0])
    let corners = top.indices.filter { top[$0] == "┌" }
    #expect(corners.count == 3, "source and two asm panes")
    let clangPane = Self.pane(lines, from: corners[1], to: corners[2])
    let gccPane = Self.pane(lines, from: corners[2], to: top.count)
    #expect(clangPane.hasPrefix("┌ clang "), "\(clangPane)")
    #expect(gccPane.hasPrefix("┌ avr-gcc "), "\(gccPane)")
    #expect(clangPane.contains("reti") && gccPane.contains("reti"))
    // GCC names AVR's fixed registers; clang writes numbers.
    #expect(gccPane.contains("__SREG__") || gccPane.contains("__zero_reg__"), "\(gccPane)")
    let screen = lines.joined(separator: "\n")
    #expect(screen.contains("gcc − clang"), "the cost panel's difference column")
    #expect(screen.contains("measured ("), "\(screen)")
  }

  /// The snapshot leaves out what depends on the machine rather than on isrx: compiler and
  /// emulator versions.
  @Test func snapshots() throws {
    var state = try Self.loaded("avr", size: Size(width: 160, height: 48))
    for family in CompilerFamily.allCases {
      state.resultsByCompiler[family]?["avr"]?.compilerVersion = nil
      state.resultsByCompiler[family]?["avr"]?.report?.measured = nil
    }
    for size in [Size(width: 160, height: 48), Size(width: 80, height: 24)] {
      _ = AppUpdate.update(&state, .resized(size))
      try ScreenSnapshotTests().check("compare-clang-gcc-\(size.width)x\(size.height)", state)
    }
  }
}
