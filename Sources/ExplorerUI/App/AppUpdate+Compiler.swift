import ISRKit

extension AppUpdate {
  /// `g`: every listing, cost and the overview come from the other compiler family. Rust
  /// sources stay with rustc (GCC compiles C); a target the new compiler cannot build stays
  /// selected and says what to install.
  static func toggleCompiler(_ state: inout AppState) {
    if state.language == .rust {
      state.status = "GCC compiles C: Rust stays with rustc"
      return
    }
    state.compiler = state.compiler.other
    state.asmCursor = 0
    state.asmScroll = 0
    state.asmHScroll = 0
    state.secondCursor = nil
    let name = state.selectedTarget?.target.name ?? ""
    if let missing = state.missing(state.selected) {
      state.status = "\(name) · \(state.compiler): \(missing)"
    } else {
      state.status = "compiler: \(state.compiler) (g: back to \(state.compiler.other))"
    }
  }

  /// A compile of every job the screen and the overview need that is neither built from the
  /// current text nor already asked for, visible ones first (nil when there is none). It
  /// replaces the compile in progress, so it carries every unbuilt job, not only the new ones.
  static func missingCompile(_ state: inout AppState) -> Effect? {
    let order = state.compileOrder
    guard order.contains(where: { !state.isBuilt($0) && !state.requestedJobs.contains($0) }) else { return nil }
    let jobs = order.filter { !state.isBuilt($0) }
    state.requestedJobs = Set(jobs)
    return .compile(source: state.buffer.text, jobs: jobs, version: state.sourceVersion)
  }
}

extension AppState {
  /// Whether the compare panes are two listings of the user's source aligned by source line.
  var isCompareAligned: Bool {
    (compare == .twoTargets || compare == .twoCompilers) && alignsCompare
  }
}
