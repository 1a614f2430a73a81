import ArgumentParser
import Foundation
import ISRKit

/// `isrx asm FILE --target T`: the real compiler output of the ISR, filtered for reading.
struct AsmCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "asm",
    abstract: "Print the compiled listing of the ISR(s) in FILE, each instruction with its source line.")

  @Argument(help: "C source file (use ISR(name) { ... } or a hand-written attribute).")
  var file: String

  @Option(name: .shortAndLong, help: "Target id(s), comma-separated, or 'all' (see `isrx targets`).")
  var target: String = "all"

  @Option(name: .long, help: "Only this function (default: every function in the file).")
  var function: String?

  @Flag(name: .long, help: "Print the compiler's assembly unfiltered.")
  var raw = false

  @Flag(name: .long, help: "Keep directives in the filtered listing.")
  var directives = false

  @Flag(name: .long, help: "Keep comment-only lines.")
  var comments = false

  @Flag(name: .long, help: "Keep labels nothing refers to.")
  var labels = false

  @Flag(name: .long, help: "Print JSON instead of text.")
  var json = false

  @Option(name: .customShort("D"), help: "Define a macro for the compile (repeatable), e.g. -D HZ=100.")
  var defines: [String] = []

  func run() throws {
    let source = try readSource(file)
    let targets = try selectTargets(target)
    let toolchain = Toolchain.discover()
    var filters = AsmFilters.default
    if directives { filters.remove(.hideDirectives) }
    if comments { filters.remove(.hideCommentOnly) }
    if labels { filters.remove(.hideUnusedLabels) }

    var reports: [ListingReport] = []
    var failed = false
    var missing: [String] = []
    for target in targets {
      guard case .available = toolchain.availability(target) else {
        if case .missing(let why) = toolchain.availability(target) { missing.append("\(target.id): \(why)") }
        continue
      }
      let codegen = try Codegen.compile(source, for: target, toolchain: toolchain, extraFlags: defines.map { "-D" + $0 })
      if !codegen.output.succeeded { failed = true }
      reports.append(ListingReport(codegen: codegen, function: function, filters: raw ? [] : filters))
    }

    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      let document = ListingDocument(file: file, targets: reports, unavailable: missing)
      print(String(decoding: try encoder.encode(document), as: UTF8.self))
    } else {
      for report in reports {
        print(report.text(source: source, path: file, raw: raw))
      }
      for line in missing { printError("isrx: skipped \(line)") }
    }
    if failed { throw ExitCode(1) }
    if reports.isEmpty {
      printError("isrx: no selected target has a compiler installed")
      throw ExitCode(2)
    }
  }
}

/// One target's listing, in the shape printed as text and JSON.
struct ListingReport: Encodable {
  struct Function: Encodable {
    var name: String
    var role: String
    var label: String
    var lines: [Line]
  }
  struct Line: Encodable {
    var text: String
    var kind: String
    var mnemonic: String?
    var operands: [String]?
    var sourceLine: Int?
    /// entry/body/exit/return for ISRs (what the convention added), nil elsewhere.
    var role: String? = nil
  }

  var target: String
  var displayName: String
  var convention: String?
  var compiler: String
  var succeeded: Bool
  var diagnostics: [Diagnostic]
  var functions: [Function]
  var rawAssembly: String

  init(codegen: Codegen, function: String?, filters: AsmFilters) {
    target = codegen.target.id
    displayName = codegen.target.displayName
    convention = codegen.target.convention.reportName
    compiler = codegen.output.compilerVersion
    succeeded = codegen.output.succeeded
    diagnostics = codegen.output.diagnostics
    rawAssembly = codegen.output.assembly
    let listing = codegen.listing
    let shown = Set(listing.displayed(filters).map(\.index))
    functions = listing.functions
      .filter { function == nil || $0.name == function }
      .map { fn in
        let role = codegen.roles[fn.name] ?? .function
        var roleOfLine: [Int: InstructionRole] = [:]
        if role != .function {
          let flow = FunctionFlow(listing: listing, function: fn, target: codegen.target)
          for (step, stepRole) in zip(flow.steps, InstructionRole.classify(flow)) { roleOfLine[step.lineIndex] = stepRole }
        }
        let lines = fn.lineRange.compactMap { index -> Line? in
          let line = listing.lines[index]
          guard shown.contains(line.index) else { return nil }
          switch line.kind {
          case .instruction(let instruction):
            return Line(text: line.text, kind: "instruction", mnemonic: instruction.mnemonic,
                        operands: instruction.operands, sourceLine: line.sourceLine,
                        role: roleOfLine[index]?.rawValue)
          case .label(let name):
            if name == fn.name { return nil }  // printed as the function's heading
            return Line(text: line.text, kind: "label", sourceLine: nil)
          case .directive: return Line(text: line.text, kind: "directive", sourceLine: nil)
          case .commentOnly: return Line(text: line.text, kind: "comment", sourceLine: nil)
          case .blank: return Line(text: line.text, kind: "blank", sourceLine: nil)
          }
        }
        return Function(name: fn.name, role: role.rawValue, label: codegen.label(for: fn.name), lines: lines)
      }
  }

  func text(source: String, path: String, raw: Bool) -> String {
    var out = ["== \(target) · \(displayName) · \(compiler)"]
    if !succeeded || !diagnostics.isEmpty {
      out.append(DiagnosticPrinter.format(diagnostics, source: source, path: path))
    }
    if raw {
      out.append(rawAssembly)
      return out.joined(separator: "\n")
    }
    for function in functions {
      out.append("")
      out.append("\(function.name):    ; \(function.label)")
      for line in function.lines {
        let number = line.sourceLine.map { String($0).leftPadded(4) } ?? "    "
        let text = line.text.replacingOccurrences(of: "\t", with: " ")
        out.append("\(number) \((line.role ?? "").rightPadded(6)) | \(text)")
      }
    }
    return out.joined(separator: "\n")
  }
}

struct ListingDocument: Encodable {
  var file: String
  var targets: [ListingReport]
  var unavailable: [String]
}
