import ExplorerUI
import Foundation
import ISRKit

/// `isrx bench`'s memory figure: resident memory before and after a run of edits, each
/// compiled and measured by the explorer's own compile service, as typing would.
enum EditMemoryBench {
  /// Issue 10: resident memory stays flat while editing, growth under 10 MB over 500 edits.
  static let goalMegabytes = 10.0

  /// Megabytes of resident memory gained over `edits` edits (after 20 warm-up edits).
  static func growth(source: String, target: Target, toolchain: Toolchain, edits: Int) -> Double {
    let inbox = Inbox()
    let service = CompileService(toolchain: toolchain, inbox: inbox)
    var version = 0
    func edit() {
      version += 1
      service.submit(
        source: source + "\n/* edit \(version) */ int edit_\(version);\n", jobs: [CompileJob(target.name)],
        visibleCount: 1, version: version)
      let deadline = Date().addingTimeInterval(60)
      var done = false
      while !done, Date() < deadline {
        for case .reported(_, let v, _, _, _, _) in inbox.drain() where v == version { done = true }
        if !done { usleep(1_000) }
      }
    }
    for _ in 0..<20 { edit() }
    let before = residentMegabytes()
    for _ in 0..<edits { edit() }
    return residentMegabytes() - before
  }

  /// Resident memory now, from /proc/self/statm.
  static func residentMegabytes() -> Double {
    let statm = FileContents.text(atPath: "/proc/self/statm") ?? ""
    let pages = statm.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
  }
}
