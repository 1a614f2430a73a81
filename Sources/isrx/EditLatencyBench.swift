import ExplorerUI
import Foundation
import ISRKit

/// `isrx bench`'s latency figures: what a user waits for after typing. Each edit goes through
/// the explorer's own pieces — the key's action in `AppUpdate`, the runtime's debounce, the
/// compile service (visible target first) and the inbox — until the visible target's listing,
/// then its costs, are current.
enum EditLatencyBench {
  struct Figures {
    var toListing: [Double]
    var toCosts: [Double]
  }

  static func measure(source: String, toolchain: Toolchain, edits: Int) -> Figures {
    var state = AppState(text: source, filePath: nil, targets: TargetInfo.catalog(availableWith: toolchain))
    _ = AppUpdate.update(&state, .resized(Size(width: 200, height: 60)))
    let inbox = Inbox()
    let service = CompileService(toolchain: toolchain, inbox: inbox)
    var figures = Figures(toListing: [], toCosts: [])

    // Runs effects as the runtime does (compiles after the debounce) until the visible
    // target's costs match the text; returns the two latencies from `start`.
    func settle(_ effects: [ExplorerUI.Effect], from start: Date, debounce: Bool) -> (Double, Double)? {
      var pending: (source: String, jobs: [CompileJob], version: Int, due: Date)?
      for case .compile(let text, let jobs, let version) in effects {
        pending = (text, jobs, version, start.addingTimeInterval(debounce ? ExplorerRuntime.debounceSeconds : 0))
      }
      var listing: Double?
      let deadline = Date().addingTimeInterval(120)
      while Date() < deadline {
        if let job = pending, Date() >= job.due {
          pending = nil
          service.submit(source: job.source, jobs: job.jobs, visibleCount: state.visibleJobs.count, version: job.version)
        }
        for action in inbox.drain() { _ = AppUpdate.update(&state, action) }
        if let result = state.selectedResult, !state.isStale(result) {
          if listing == nil { listing = Date().timeIntervalSince(start) }
          if !state.isReportStale(result) { return (listing ?? 0, Date().timeIntervalSince(start)) }
        }
        usleep(1_000)
      }
      return nil
    }

    _ = settle(AppUpdate.start(state), from: Date(), debounce: false)
    _ = AppUpdate.update(&state, .enterEdit)
    for _ in 0..<max(1, edits) {
      let start = Date()
      let effects = AppUpdate.update(&state, .insert(" "))
      if let (listing, costs) = settle(effects, from: start, debounce: true) {
        figures.toListing.append(listing * 1000)
        figures.toCosts.append(costs * 1000)
      }
    }
    return figures
  }
}
