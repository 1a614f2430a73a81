import ArgumentParser
import ExplorerUI
import Foundation
import ISREmulator
import ISRKit

#if canImport(Glibc)
  import Glibc
#endif

/// `isrx bench`: the performance figures of issue 7, measured in one run on this machine.
///
/// Every figure is a ratio or a duration measured here, in this process; nothing is timed
/// inside the unit tests (the machines are noisy).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure refresh, arch toggle, render time and memory (build with -c release).")

  @Option(help: "Cold refreshes to run (the median is reported).")
  var runs = 3

  @Option(help: "Frames to time for toggle and render figures.")
  var frames = 200

  @Option(name: .customLong("latency-edits"), help: "Edits to time from key to current listing and costs (the median is reported).")
  var latencyEdits = 20

  @Option(help: "Edits to compile for the memory-growth figure (0 skips it).")
  var edits = 500

  func run() throws {
    let source = try Resources.sample()
    let toolchain = Toolchain.discover()
    let targets = TargetCatalog.all.filter { toolchain.availability($0).compiler != nil }
    let width = ProcessInfo.processInfo.activeProcessorCount
    print("isrx bench · \(machineDescription()) · \(targets.count) targets · sample timer.c")
    #if DEBUG
      print("note: this is a debug build; `swift run -c release isrx bench` gives the real figures")
    #endif

    // 1. Warm arch toggle and frame rendering, with every result cached in the state,
    //    as the explorer's own background service produced them.
    var state = loadedState(source, toolchain)
    let size = Size(width: 200, height: 60)
    _ = AppUpdate.update(&state, .resized(size))
    var toggles: [Double] = []
    var renders: [Double] = []
    for _ in 0..<max(1, frames) {
      let start = DispatchTime.now().uptimeNanoseconds
      let effects = AppUpdate.update(&state, .cycleTarget(1))
      let grid = AppView.render(state, size: size)
      let end = DispatchTime.now().uptimeNanoseconds
      precondition(grid.height == 60 && !effects.contains { if case .compile = $0 { true } else { false } },
                   "a toggle with cached results must not recompile")
      toggles.append(Double(end - start) / 1e6)
      let renderStart = DispatchTime.now().uptimeNanoseconds
      _ = AppView.render(state, size: size)
      renders.append(Double(DispatchTime.now().uptimeNanoseconds - renderStart) / 1e6)
    }
    let toggle = median(toggles)
    let render = median(renders)
    print(String(format: "warm arch toggle (key → finished 200×60 frame): median %.2f ms, max %.2f ms (goal ≤ 16 ms) %@",
                 toggle, toggles.max() ?? 0, toggle <= 16 ? "ok" : "MISSED"))
    print(String(format: "render one 200×60 frame: median %.3f ms (goal ≤ 1 ms) %@", render, render <= 1 ? "ok" : "MISSED"))

    // Peak memory so far: the explorer's work (every target compiled, analysed, drawn),
    // before the refresh benchmark keeps its journals of tool runs in memory.
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let megabytes = Double(usage.ru_maxrss) / 1024
    print(String(format: "peak memory: %.1f MB (goal ≤ 60 MB) %@", megabytes, megabytes <= 60 ? "ok" : "MISSED"))

    // What a user waits for after typing: the visible target's listing, then its costs.
    let latency = EditLatencyBench.measure(source: source, toolchain: toolchain, edits: latencyEdits)
    let toListing = median(latency.toListing), toCosts = median(latency.toCosts)
    print(String(format: "edit → current listing of the visible target (debounce %.0f ms included): median %.0f ms of %d edits (goal ≤ 250 ms) %@",
                 ExplorerRuntime.debounceSeconds * 1000, toListing, latency.toListing.count, toListing <= 250 ? "ok" : "MISSED"))
    print(String(format: "edit → current costs of the visible target (static + measured): median %.0f ms (goal ≤ 500 ms) %@",
                 toCosts, toCosts <= 500 ? "ok" : "MISSED"))

    // 2. Cold refresh vs. the bare tools it runs, replayed with the same parallelism.
    _ = refresh(source, targets, toolchain)  // warm the file cache and the dynamic loader
    var refreshTimes: [Double] = []
    var bareTimes: [Double] = []
    var toolRuns = 0
    for _ in 0..<max(1, runs) {
      toolchain.clearCache()
      ProcessJournal.shared.start()
      let start = Date()
      _ = refresh(source, targets, toolchain)
      refreshTimes.append(Date().timeIntervalSince(start))
      let entries = ProcessJournal.shared.stop()
      toolRuns = entries.count
      bareTimes.append(ProcessJournal.replay(entries, width: width))
    }
    let refresh = median(refreshTimes)
    let bare = median(bareTimes)
    let ratio = refresh / bare
    print(String(format: "cold refresh (direct + baseline + analysis + emulation): %.3f s (median of %d)", refresh, refreshTimes.count))
    print(String(format: "bare compiler/assembler/linker runs it needs (%d runs, %d at a time): %.3f s", toolRuns, width, bare))
    print(String(format: "ratio: %.2f (goal ≤ 1.15) %@", ratio, ratio <= 1.15 ? "ok" : "MISSED"))

    // 3. Memory over many edits: each edit compiled and measured by the explorer's service.
    //    Issue 10's goal: resident memory flat over 500 edits (growth under 10 MB).
    if edits > 0, let target = targets.first(where: { $0.id == .x86_64 }) ?? targets.first {
      let growth = EditMemoryBench.growth(source: source, target: target, toolchain: toolchain, edits: edits)
      print(String(format: "memory after %d edits (%@, compiled and measured): %+.1f MB resident (goal < %.0f MB over %d edits) %@",
                   edits, target.name, growth, EditMemoryBench.goalMegabytes, edits,
                   growth < EditMemoryBench.goalMegabytes ? "ok" : "MISSED"))
      if edits < 500 { print("note: the memory goal is stated for 500 edits (the default); fewer edits check less") }
    }
  }

  /// Everything the explorer computes for every target after an edit.
  private func refresh(_ source: String, _ targets: [Target], _ toolchain: Toolchain) -> [TargetReport] {
    let settings = CostSettings()
    return Measurement.reports(source: source, targets: targets, toolchain: toolchain, settings: settings)
  }

  /// An explorer state with the compile and report results of every target, produced by the
  /// explorer's own background service.
  private func loadedState(_ source: String, _ toolchain: Toolchain) -> AppState {
    var state = AppState(text: source, filePath: nil, targets: TargetInfo.catalog(availableWith: toolchain))
    let inbox = Inbox()
    let service = CompileService(toolchain: toolchain, inbox: inbox)
    let wanted = state.targets.filter(\.isAvailable).map(\.target.name)
    service.submit(source: source, jobs: wanted.map { CompileJob($0) }, visibleCount: 1, version: state.sourceVersion)
    var reported: Set<String> = []
    let deadline = Date().addingTimeInterval(120)
    while reported.count < wanted.count, Date() < deadline {
      for action in inbox.drain() {
        if case .reported(let target, _, _, _, _, _) = action { reported.insert(target) }
        _ = AppUpdate.update(&state, action)
      }
      usleep(2_000)
    }
    return state
  }

  private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[sorted.count / 2]
  }

  private func machineDescription() -> String {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown CPU"
    let memory = ProcessInfo.processInfo.physicalMemory >> 30
    return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory) GiB"
  }
}
