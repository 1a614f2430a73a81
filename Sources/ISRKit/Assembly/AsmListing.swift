// Parsing a whole clang `-S` listing: lines, functions, `.loc` source mapping and label usage.

public struct AsmListing: Sendable, Hashable {
  public var lines: [AsmLine]
  public var functions: [AsmFunction]
  /// The `.file` number of the compiled source (DWARF 5 clang output uses 0), or nil if unknown.
  public var mainFile: Int?
  /// The numbered `.file N ["dir"] "name"` table, each resolved to `dir/name` (or `name` when it is
  /// absolute or has no directory).
  public var files: [Int: String]
  /// The unnumbered `.file "name"` (the compiler's input file name), if any.
  public var sourceFileName: String?
  /// Labels referenced by an instruction operand or by a data directive outside debug sections,
  /// plus every function label.
  public private(set) var usedLabels: Set<String>

  public init(parsing text: String, dialect: AsmDialect) {
    var text = text
    var builder = AsmListingBuilder(dialect: dialect)
    text.withUTF8 { builder.run($0) }
    let result = builder.finish()
    lines = result.lines
    functions = result.functions
    mainFile = result.mainFile
    files = result.files
    sourceFileName = result.sourceFileName
    usedLabels = result.usedLabels
  }

  /// Lines that survive the display filters, in order.
  public func displayed(_ filters: AsmFilters) -> [AsmLine] {
    if filters.isEmpty { return lines }
    return lines.filter { line in
      switch line.kind {
      case .directive: return !filters.contains(.hideDirectives)
      case .commentOnly, .blank: return !filters.contains(.hideCommentOnly)
      case .label(let name): return !filters.contains(.hideUnusedLabels) || usedLabels.contains(name)
      case .instruction: return true
      }
    }
  }

  public func function(named name: String) -> AsmFunction? {
    functions.first { $0.name == name }
  }

  /// The function whose line range contains the line at `index`.
  public func function(containingLine index: Int) -> AsmFunction? {
    functions.first { $0.lineRange.contains(index) }
  }

  /// Only the `.instruction` lines of `function`, in order.
  public func instructions(in function: AsmFunction) -> [AsmLine] {
    function.instructionIndices.compactMap { $0 >= 0 && $0 < lines.count ? lines[$0] : nil }
  }
}

// MARK: - Builder

private let dataDirectives: Set<String> = [
  ".byte", ".short", ".hword", ".half", ".value", ".word", ".long", ".int", ".quad", ".dword",
  ".xword", ".octa", ".2byte", ".4byte", ".8byte", ".uleb128", ".sleb128", ".dc", ".dc.a", ".dc.b",
  ".dc.w", ".dc.l", ".dc.q", ".rva", ".secrel32", ".inst", ".inst.n", ".inst.w", ".reloc",
]

struct AsmSectionState {
  var name: String
  var isCode: Bool
  var isDebug: Bool
  var id: Int
}

struct AsmLocRecord {
  var lineIndex: Int
  var file: Int
}

struct AsmListingBuilder {
  struct Result {
    var lines: [AsmLine]
    var functions: [AsmFunction]
    var mainFile: Int?
    var files: [Int: String]
    var sourceFileName: String?
    var usedLabels: Set<String>
  }

  let dialect: AsmDialect
  let scanner: AsmLineScanner

  var lines: [AsmLine] = []
  /// Per line: the interned id of the section it is in.
  var sectionOfLine: [Int] = []
  /// Per line: the active `.loc` (file, line) for instruction lines, else (-1, 0).
  var locOfLine: [(file: Int, line: Int)] = []

  var labelOrder: [(name: String, index: Int)] = []
  var labelInCode: [Int: Bool] = [:]
  var functionTypes: Set<String> = []
  var otherTypes: Set<String> = []
  var globals: [String: Int] = [:]
  var sizeDirectives: [String: [Int]] = [:]
  var referenced: Set<String> = []
  var locs: [AsmLocRecord] = []
  var fileNames: [Int: String] = [:]
  var fileDirs: [Int: String] = [:]
  var sourceFileName: String?

  private var section = AsmSectionState(name: "", isCode: true, isDebug: false, id: 0)
  private var previousSection: AsmSectionState?
  private var sectionStack: [AsmSectionState] = []
  private var sectionIDs: [String: Int] = ["": 0]
  var curLocFile = -1
  var curLocLine = 0

  init(dialect: AsmDialect) {
    self.dialect = dialect
    self.scanner = AsmLineScanner(dialect: dialect)
  }

  // MARK: Pass 1: lines

  mutating func run(_ buf: AsmBytes) {
    let n = buf.count
    var start = 0
    var estimate = 0
    for b in buf where b == 0x0A { estimate += 1 }
    lines.reserveCapacity(estimate + 1)
    sectionOfLine.reserveCapacity(estimate + 1)
    locOfLine.reserveCapacity(estimate + 1)
    while start < n {
      var end = start
      while end < n, buf[end] != 0x0A { end += 1 }
      var contentEnd = end
      if contentEnd > start, buf[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      handleLine(buf, start, contentEnd)
      start = end + 1
    }
  }

  private mutating func handleLine(_ buf: AsmBytes, _ lo: Int, _ hi: Int) {
    let index = lines.count
    let scanned = scanner.scan(buf, lo, hi)
    var loc = (file: -1, line: 0)
    switch scanned.kind {
    case .label(let name):
      labelOrder.append((name, index))
      labelInCode[index] = section.isCode
    case .directive(let name, _):
      handleDirective(name: name, buf, scanned.restLo, scanned.codeHi, index: index)
    case .instruction:
      loc = (curLocFile, curLocLine)
      collectReferences(buf, scanned.restLo, scanned.codeHi)
    case .commentOnly, .blank:
      break
    }
    lines.append(
      AsmLine(index: index, text: asmString(buf, lo, hi), kind: scanned.kind, comment: scanned.comment))
    sectionOfLine.append(section.id)
    locOfLine.append(loc)
  }

  private mutating func collectReferences(_ buf: AsmBytes, _ lo: Int, _ hi: Int) {
    asmForEachSymbolToken(buf, lo, hi) { a, b in
      let first = buf[a]
      if asmIsDigit(first) {
        // Numeric local label references: `1b` / `1f`.
        guard b - a >= 2 else { return }
        let last = buf[b - 1]
        guard last == AsmASCII.lowerB || last == AsmASCII.lowerF else { return }
        for k in a..<(b - 1) where !asmIsDigit(buf[k]) { return }
        referenced.insert(asmString(buf, a, b - 1))
        return
      }
      if first == AsmASCII.dollar {
        // `$BB0_2` (MIPS label) or `$ticks` (x86 immediate): record both spellings.
        if b - a == 1 { return }
        referenced.insert(asmString(buf, a, b))
        var k = a
        while k < b, buf[k] == AsmASCII.dollar { k += 1 }
        if k < b, !asmIsDigit(buf[k]) { referenced.insert(asmString(buf, k, b)) }
        return
      }
      if first == AsmASCII.dot, b - a == 1 { return }
      referenced.insert(asmString(buf, a, b))
    }
  }

  private mutating func handleDirective(name: String, _ buf: AsmBytes, _ lo: Int, _ hi: Int, index: Int) {
    switch name {
    case ".loc":
      parseLoc(buf, lo, hi, index: index)
    case ".file":
      parseFile(buf, lo, hi)
    case ".type":
      let args = asmSplitOperands(buf, lo, hi)
      guard args.count >= 2 else { return }
      var kind = Substring(args[1])
      while let f = kind.first, f == "@" || f == "%" || f == "\"" { kind = kind.dropFirst() }
      while let l = kind.last, l == "\"" { kind = kind.dropLast() }
      let symbol = unquoteSymbol(args[0])
      if kind == "function" || kind == "STT_FUNC" || kind == "gnu_indirect_function"
        || kind == "STT_GNU_IFUNC"
      {
        functionTypes.insert(symbol)
      } else {
        otherTypes.insert(symbol)
      }
    case ".ent":
      let args = asmSplitOperands(buf, lo, hi)
      if let first = args.first, !first.isEmpty { functionTypes.insert(unquoteSymbol(first)) }
    case ".globl", ".global":
      for symbol in asmSplitOperands(buf, lo, hi) where !symbol.isEmpty {
        let s = unquoteSymbol(symbol)
        if globals[s] == nil { globals[s] = index }
      }
    case ".size":
      if let first = asmSplitOperands(buf, lo, hi).first, !first.isEmpty {
        sizeDirectives[unquoteSymbol(first), default: []].append(index)
      }
    case ".text":
      switchSection(to: ".text", flags: nil)
    case ".data":
      switchSection(to: ".data", flags: nil)
    case ".bss":
      switchSection(to: ".bss", flags: nil)
    case ".section":
      let (sectionName, flags) = parseSectionArgs(buf, lo, hi)
      switchSection(to: sectionName, flags: flags)
    case ".pushsection":
      let (sectionName, flags) = parseSectionArgs(buf, lo, hi)
      sectionStack.append(section)
      switchSection(to: sectionName, flags: flags)
    case ".popsection":
      if let top = sectionStack.popLast() {
        previousSection = section
        section = top
      }
    case ".previous":
      if let prev = previousSection {
        previousSection = section
        section = prev
      }
    default:
      if !section.isDebug, dataDirectives.contains(name) {
        collectReferences(buf, lo, hi)
      }
    }
  }

  private func unquoteSymbol(_ s: String) -> String {
    guard s.count >= 2, s.first == "\"", s.last == "\"" else { return s }
    return String(s.dropFirst().dropLast())
  }

  private func parseSectionArgs(_ buf: AsmBytes, _ lo: Int, _ hi: Int) -> (String, String?) {
    var i = asmSkipSpaces(buf, lo, hi)
    var name = ""
    if i < hi, buf[i] == AsmASCII.quote {
      let (s, next) = asmReadQuoted(buf, i, hi)
      name = s
      i = next
    } else {
      let s = i
      while i < hi, !asmIsSpace(buf[i]), buf[i] != AsmASCII.comma { i += 1 }
      name = asmString(buf, s, i)
    }
    i = asmSkipSpaces(buf, i, hi)
    var flags: String?
    if i < hi, buf[i] == AsmASCII.comma {
      i = asmSkipSpaces(buf, i + 1, hi)
      if i < hi, buf[i] == AsmASCII.quote { flags = asmReadQuoted(buf, i, hi).0 }
    }
    return (name, flags)
  }

  private mutating func switchSection(to name: String, flags: String?) {
    let id: Int
    if let known = sectionIDs[name] {
      id = known
    } else {
      id = sectionIDs.count
      sectionIDs[name] = id
    }
    let isCode: Bool
    if let flags {
      isCode = flags.contains("x")
    } else {
      isCode =
        name.isEmpty || name.hasPrefix(".text") || name.hasPrefix(".init") || name.hasPrefix(".fini")
    }
    let isDebug = name.hasPrefix(".debug") || name.hasPrefix(".zdebug") || name.hasPrefix(".stab")
    previousSection = section
    section = AsmSectionState(name: name, isCode: isCode, isDebug: isDebug, id: id)
  }

  private mutating func parseLoc(_ buf: AsmBytes, _ lo: Int, _ hi: Int, index: Int) {
    var i = asmSkipSpaces(buf, lo, hi)
    guard let (file, afterFile) = asmReadInt(buf, i, hi) else { return }
    i = asmSkipSpaces(buf, afterFile, hi)
    guard i > afterFile, let (line, _) = asmReadInt(buf, i, hi) else { return }
    curLocFile = file
    curLocLine = line
    locs.append(AsmLocRecord(lineIndex: index, file: file))
  }

  private mutating func parseFile(_ buf: AsmBytes, _ lo: Int, _ hi: Int) {
    var i = asmSkipSpaces(buf, lo, hi)
    guard i < hi else { return }
    if let (number, next) = asmReadInt(buf, i, hi) {
      i = asmSkipSpaces(buf, next, hi)
      guard i < hi, buf[i] == AsmASCII.quote else { return }
      let (first, afterFirst) = asmReadQuoted(buf, i, hi)
      let j = asmSkipSpaces(buf, afterFirst, hi)
      if j < hi, buf[j] == AsmASCII.quote {
        fileDirs[number] = first
        fileNames[number] = asmReadQuoted(buf, j, hi).0
      } else {
        fileDirs[number] = ""
        fileNames[number] = first
      }
    } else if sourceFileName == nil {
      if buf[i] == AsmASCII.quote {
        sourceFileName = asmReadQuoted(buf, i, hi).0
      } else {
        var e = i
        while e < hi, !asmIsSpace(buf[e]) { e += 1 }
        sourceFileName = asmString(buf, i, e)
      }
    }
  }

  // MARK: Passes 2–4

  mutating func finish() -> Result {
    var functions = findFunctions()
    for f in functions.indices {
      var instructionIndices: [Int] = []
      for i in functions[f].lineRange {
        lines[i].function = functions[f].name
        if case .instruction = lines[i].kind { instructionIndices.append(i) }
      }
      functions[f].instructionIndices = instructionIndices
    }

    var files: [Int: String] = [:]
    for (number, name) in fileNames {
      files[number] = resolvedPath(number: number, name: name)
    }
    let mainFile = findMainFile(files: files)
    var mainFiles: Set<Int> = []
    if let mainFile {
      mainFiles.insert(mainFile)
      if let mainPath = files[mainFile], let mainName = fileNames[mainFile] {
        for (number, path) in files where path == mainPath || fileNames[number] == mainName {
          mainFiles.insert(number)
        }
      }
    }
    for i in lines.indices {
      let loc = locOfLine[i]
      if loc.line > 0, mainFiles.contains(loc.file), case .instruction = lines[i].kind {
        lines[i].sourceLine = loc.line
      }
    }

    var used: Set<String> = []
    for (name, _) in labelOrder where referenced.contains(name) { used.insert(name) }
    for f in functions { used.insert(f.name) }

    return Result(
      lines: lines, functions: functions, mainFile: mainFile, files: files,
      sourceFileName: sourceFileName, usedLabels: used)
  }

  private func resolvedPath(number: Int, name: String) -> String {
    let dir = fileDirs[number] ?? ""
    if dir.isEmpty || name.hasPrefix("/") { return name }
    return dir.hasSuffix("/") ? dir + name : dir + "/" + name
  }

  private func basename(_ path: String) -> Substring {
    if let slash = path.lastIndex(of: "/") { return path[path.index(after: slash)...] }
    return Substring(path)
  }

  private func findMainFile(files: [Int: String]) -> Int? {
    // The file of the first `.loc` inside a function.
    var firstInFunction: Int?
    for loc in locs where lines[loc.lineIndex].function != nil {
      firstInFunction = loc.file
      break
    }
    if let input = sourceFileName, !input.isEmpty {
      let inputBase = basename(input)
      let candidates = fileNames.filter { number, name in
        name == input || files[number] == input || basename(name) == inputBase
      }.keys.sorted()
      if let first = firstInFunction, candidates.contains(first) { return first }
      if let lowest = candidates.first { return lowest }
    }
    if let first = firstInFunction ?? locs.first?.file { return first }
    if fileNames[0] != nil { return 0 }
    if fileNames[1] != nil { return 1 }
    return nil
  }

  private func findFunctions() -> [AsmFunction] {
    var starts: [(name: String, index: Int)] = []
    var seen: Set<String> = []
    for (name, index) in labelOrder where !seen.contains(name) {
      let typed = functionTypes.contains(name)
      let fallback =
        !typed && !otherTypes.contains(name) && (globals[name].map { $0 < index } ?? false)
        && (labelInCode[index] ?? false)
      if typed || fallback {
        starts.append((name, index))
        seen.insert(name)
      }
    }

    var result: [AsmFunction] = []
    result.reserveCapacity(starts.count)
    for (k, start) in starts.enumerated() {
      let limit = k + 1 < starts.count ? starts[k + 1].index : lines.count
      let end: Int
      if let size = sizeDirectives[start.name]?.first(where: { $0 > start.index && $0 < limit }) {
        end = size + 1
      } else {
        end = fallbackEnd(start: start.index, limit: limit)
      }
      result.append(AsmFunction(name: start.name, lineRange: start.index..<end, instructionIndices: []))
    }
    return result
  }

  /// The end of a function that has no `.size`: its `.cfi_endproc`, its `.Lfunc_end`/`$func_end`
  /// label, a switch to another section, or the next function — whichever comes first — trimmed
  /// to the last line that belongs to the code.
  private func fallbackEnd(start: Int, limit: Int) -> Int {
    var pendingEnd: Int?
    var lastContent = start
    var i = start + 1
    while i < limit {
      if sectionOfLine[i] != sectionOfLine[start] { break }
      switch lines[i].kind {
      case .directive(let name, _):
        if name == ".cfi_endproc" { return i + 1 }
        if name == ".end" || name == ".fnend" || name == ".cantunwind" { lastContent = i }
      case .label(let name):
        if name.hasPrefix(".Lfunc_end") || name.hasPrefix("$func_end") {
          pendingEnd = i + 1
        } else if let pendingEnd {
          return pendingEnd
        }
        lastContent = i
      case .instruction:
        if let pendingEnd { return pendingEnd }
        lastContent = i
      case .commentOnly, .blank:
        break
      }
      i += 1
    }
    return pendingEnd ?? (lastContent + 1)
  }
}
