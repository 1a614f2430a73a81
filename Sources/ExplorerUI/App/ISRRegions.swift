import ISRKit

/// Where each ISR sits in the source: from the line that declares it to the line of its
/// closing brace (0-based line indices). The cost panel follows the ISR under the source
/// cursor, and `I` moves the cursor to the next one's declaration.
public struct ISRRegion: Hashable, Sendable {
  /// The name the source uses (`ISR(timer)` → `timer`).
  public var name: String
  /// The declaration's line through the body's closing brace.
  public var lines: ClosedRange<Int>

  /// A region.
  public init(name: String, lines: ClosedRange<Int>) {
    self.name = name
    self.lines = lines
  }

  /// The regions of `names` in `lines`, in source order. A name's declaration is the first
  /// place it appears as a whole word and is followed by a `{` before any `;` (a prototype or
  /// a call is not a definition); its region runs to the matching `}`. Comments and strings
  /// are not parsed: the match is a heuristic for the explorer, not a C parser.
  public static func regions(of names: [String], in lines: [String]) -> [ISRRegion] {
    var result: [ISRRegion] = []
    for name in names where !name.isEmpty && !result.contains(where: { $0.name == name }) {
      if let lines = declaration(of: name, in: lines) { result.append(ISRRegion(name: name, lines: lines)) }
    }
    return result.sorted { $0.lines.lowerBound < $1.lines.lowerBound }
  }

  /// The ISR names the source declares (`ISR()`, `ISR_ERR()`, Rust `isr!()`), for when no
  /// target has reported its ISRs yet.
  public static func declaredNames(in source: String, language: SourceLanguage) -> [String] {
    language == .rust ? PortableISR.declaredRustNames(in: source) : PortableISR.allDeclaredNames(in: source)
  }

  private static func isIdentifier(_ c: Character) -> Bool {
    c == "_" || (c.isASCII && (c.isLetter || c.isNumber))
  }

  private static func declaration(of name: String, in lines: [String]) -> ClosedRange<Int>? {
    for (index, line) in lines.enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.hasPrefix("//") || trimmed.hasPrefix("*") || trimmed.hasPrefix("/*") { continue }
      var search = line[...]
      while let range = search.range(of: name) {
        defer { search = search[range.upperBound...] }
        let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
        let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
        guard !(before.map(isIdentifier) ?? false), !(after.map(isIdentifier) ?? false) else { continue }
        if let end = body(from: index, at: range.upperBound, in: lines) { return index...end }
      }
    }
    return nil
  }

  /// The line of the `}` closing the body whose `{` is the first of `{`/`;` after `start`,
  /// nil when a `;` comes first (or neither does).
  private static func body(from line: Int, at start: String.Index, in lines: [String]) -> Int? {
    var depth = 0
    var opened = false
    for index in line..<lines.count {
      let text = index == line ? lines[index][start...] : lines[index][...]
      for c in text {
        switch c {
        case "{":
          depth += 1
          opened = true
        case "}" where opened:
          depth -= 1
          if depth == 0 { return index }
        case ";" where !opened:
          return nil
        default: break
        }
      }
    }
    return opened ? lines.count - 1 : nil
  }
}

extension TargetResult {
  /// The report for the ISR named `name` (the source's name; a mangled Rust symbol ending in
  /// it matches too), nil when this target has none by that name.
  public func report(forISR name: String) -> TargetReport? {
    if let report = reports[name] { return report }
    let suffix = "\(name.utf8.count)\(name)"
    return isrNames.first { $0.hasSuffix(suffix) }.flatMap { reports[$0] }
  }
}

extension AppState {
  /// The regions of the ISRs in the source (of the selected target's ISRs, and of the ones the
  /// source declares), in source order.
  public var isrRegions: [ISRRegion] {
    var names = selectedResult?.isrNames ?? []
    for name in ISRRegion.declaredNames(in: buffer.text, language: language) where !names.contains(name) {
      names.append(name)
    }
    // A mangled Rust symbol is not in the source: the source's own name stands for it.
    return ISRRegion.regions(of: names, in: buffer.lines)
  }

  /// The report the cost panel shows and the ISR name it is for: the ISR whose source lines
  /// hold the cursor, where this target has a report for it; otherwise the first ISR's.
  public var costedReport: (isr: String?, report: TargetReport)? { costedReport(of: selectedResult) }

  /// The report of `result` for the ISR under the cursor (the first ISR's otherwise).
  public func costedReport(of result: TargetResult?) -> (isr: String?, report: TargetReport)? {
    guard let result, let first = result.report else { return nil }
    let line = buffer.cursor.line
    if result.reports.count > 1,
       let region = isrRegions.first(where: { $0.lines.contains(line) }),
       let report = result.report(forISR: region.name) {
      return (region.name, report)
    }
    let name = first.isr.map { isr in
      isrRegions.first { isr == $0.name || isr.hasSuffix("\($0.name.utf8.count)\($0.name)") }?.name ?? isr
    }
    return (name, first)
  }
}
