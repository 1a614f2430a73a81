import Foundation
import ISRKit

/// `y`, `Y` and `M`: the view as text for the clipboard or a Markdown file. The update step
/// chooses what to copy or write; the runtime does the writing (an effect).
enum ViewOutput {
  /// The listing of the focused asm pane, the target it is for and its result.
  static func focusedListing(_ state: AppState) -> (document: AsmDocument, target: Target, result: TargetResult)? {
    let second = state.focus == .secondAsm && state.compare != .off
    let index = second ? state.secondIndex : state.selected
    let family = second ? state.secondCompiler : state.compiler
    let baseline = second ? (state.compare == .directVsBaseline || state.showsBaseline)
      : (state.showsBaseline && state.compare != .directVsBaseline)
    guard let result = state.result(index, by: family),
      let document = baseline ? result.baselineAsm : result.asm
    else { return nil }
    let target = state.targets[index].target
    return (document, state.language == .c ? target.compiled(by: family) : target, result)
  }

  static func yank(_ part: YankPart, _ state: inout AppState) -> [Effect] {
    let what = part == .listing ? "listing" : "cost table"
    let text: String?
    switch part {
    case .listing: text = focusedListing(state).map { ViewExport.listingText($0.document) }
    case .cost: text = state.costedReport.map { ViewExport.costMarkdown($0.report, settings: state.settings) }
    }
    guard let text else {
      state.status = "no \(what) to copy yet"
      return []
    }
    guard Clipboard.osc52(text) != nil else {
      state.status = "the \(what) is too large for the terminal clipboard (\(text.utf8.count / 1024) KiB): M exports it to a file"
      return []
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    state.status = "copied the \(what) (\(lines) lines) to the clipboard (OSC 52; the terminal must allow it)"
    return [.copyToClipboard(text)]
  }

  static func export(_ state: inout AppState) -> [Effect] {
    guard let shown = focusedListing(state) else {
      state.status = "nothing to export yet: the listing is still compiling"
      return []
    }
    let file = state.filePath.map { URL(fileURLWithPath: $0) }
    let directory = file?.deletingLastPathComponent().path ?? FileManager.default.currentDirectoryPath
    let base = file?.deletingPathExtension().lastPathComponent ?? "isrx-sample"
    let compiler = state.language == .rust ? "rustc" : shown.target.compilerFamily.rawValue
    let text = ViewExport.markdown(
      file: file?.lastPathComponent, target: shown.target, compilerVersion: shown.result.compilerVersion,
      document: shown.document, report: state.costedReport?.report, settings: state.settings)
    return [.writeExport(text: text, directory: directory, stem: "\(base).\(shown.target.name).\(compiler)")]
  }
}

/// Writes an export next to the source without ever replacing a file.
enum ExportFile {
  static func write(_ text: String, directory: String, stem: String) -> (path: String?, error: String?) {
    for n in 1...99 {
      let path = directory + "/" + stem + (n == 1 ? "" : "-\(n)") + ".md"
      // O_EXCL: created here or not at all, so an existing file (or a planted symlink) is
      // never written through.
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if fd < 0 {
        if errno == EEXIST { continue }
        return (nil, "\(path): \(String(cString: strerror(errno)))")
      }
      let bytes = Array(text.utf8)
      let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
      close(fd)
      guard written == bytes.count else { return (nil, "\(path): short write") }
      return (path, nil)
    }
    return (nil, "\(directory)/\(stem).md and 98 numbered copies exist")
  }
}
