import ArgumentParser
import Foundation
import ISRKit

/// `isrx asm FILE --target T`: the real compiler output of the ISR, filtered for reading.
struct AsmCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "asm",
    abstract: "Print the compiled listing of the ISR(s) in FILE, each instruction with its source line.")

  @Argument(help: "C or Rust (.rs) source file (use ISR(name) { ... } / isr!(name, { ... }) or a hand-written attribute / ABI).")
  var file: String

  @Option(name: .long, help: "Source language: c or rust (default: from the file name).")
  var lang: String?

  @Flag(name: .long, help: "On targets without a compiler convention (aarch64, powerpc), also print the entry/exit wrapper isrx synthesizes around each ISR body.")
  var synth = false

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

  @Option(name: .customShort("O", allowingJoined: true),
          help: "Optimisation level of every compile: 0, 1, 2 (isrx's default), 3, s, z or g, e.g. -O0.")
  var optimization: String?

  @Option(name: .customShort("D"), help: "Define a macro for the compile (repeatable), e.g. -D HZ=100.")
  var defines: [String] = []

  @Option(help: "The core, where a target has several: each target becomes its variant with this id or -mcpu/-mmcu/-march (e.g. --cpu cortex-m0plus, --cpu atmega2560).")
  var cpu: String?

  @OptionGroup var tools: ToolOptions

  func run() throws {
    let source = try readSource(file)
    let language = try sourceLanguage(file: file, lang: lang)
    let targets = try selectTargets(target, cpu: cpu).map { $0.compiled(by: tools.compilerFamily) }
    let toolchain = tools.toolchain()
    var filters = AsmFilters.default
    if directives { filters.remove(.hideDirectives) }
    if comments { filters.remove(.hideCommentOnly) }
    if labels { filters.remove(.hideUnusedLabels) }

    var reports: [ListingReport] = []
    var failed = false
    var missing: [String] = []
    for target in targets {
      guard case .available = toolchain.availability(target, language: language) else {
        if case .missing(let why) = toolchain.availability(target, language: language) { missing.append("\(target.name): \(why)") }
        continue
      }
      // One compile and analysis per target, the same value the report and explorer use.
      let compiled = CompiledTarget.make(
        source: source, target: target, toolchain: toolchain, extraFlags: try FlagPolicy.check(optimizationFlags(optimization) + defines.map { "-D" + $0 }),
        language: language, function: function)
      guard let codegen = compiled.codegen else { throw ValidationError(compiled.error ?? "\(target.name): not compiled") }
      if !codegen.output.succeeded { failed = true }
      var report = ListingReport(codegen: codegen, analyses: compiled.analyses, function: function, filters: raw ? [] : filters)
      if synth, codegen.output.succeeded, codegen.convention.kind == .none, SynthesizedISR.supports(target) {
        for name in codegen.isrNames where function == nil || name == function {
          let wrapper = try compiled.synthesized.flatMap { $0.body == name ? $0 : nil }
            ?? SynthesizedISR.build(codegen, function: name, toolchain: toolchain)
          report.synthesized.append(ListingReport.Synthesized(wrapper, filters: raw ? [] : filters))
        }
      }
      reports.append(report)
    }

    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      let document = ListingDocument(file: file, targets: reports, unavailable: missing)
      print(terminalSafe(String(decoding: try encoder.encode(document), as: UTF8.self)))
    } else {
      for report in reports {
        var text = report.text(source: source, path: file, raw: raw)
        // Readable Rust symbols in the text listing (JSON keeps the linker's names).
        if language == .rust, !raw { text = RustDemangler.apply(RustDemangler.names(in: [text]), to: text) }
        print(terminalSafe(text))
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
  /// Wrappers isrx synthesized (`--synth`): never compiler output.
  var synthesized: [Synthesized] = []

  /// One synthesized wrapper, in the shape printed as text and JSON.
  struct Synthesized: Encodable {
    var synthesized = true
    var label = SynthesizedISR.label
    var symbol: String
    var body: String
    var saves: [SynthesizedISR.Save]
    var frameBytes: Int
    var assembledBy: String
    var lines: [String]

    init(_ synth: SynthesizedISR, filters: AsmFilters) {
      symbol = synth.symbol
      body = synth.body
      saves = synth.saves
      frameBytes = synth.frameBytes
      assembledBy = synth.wrapper.compilerVersion
      let listing = synth.wrapper.listing
      let shown = Set(listing.displayed(filters).map(\.index))
      if let fn = listing.function(named: synth.symbol) {
        lines = fn.lineRange.filter { shown.contains($0) }.map { listing.lines[$0].text }
          .filter { $0 != synth.symbol + ":" }
      } else {
        lines = synth.source.split(separator: "\n").map(String.init)
      }
    }
  }

  init(codegen: Codegen, analyses: [String: FunctionAnalysis], function: String?, filters: AsmFilters) {
    target = codegen.target.name
    displayName = codegen.target.displayName
    convention = codegen.convention.reportName
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
        let roleOfLine = role == .function ? [:] : analyses[fn.name]?.roleOfLine ?? [:]
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
    for wrapper in synthesized {
      let saved = wrapper.saves.map(\.register).joined(separator: ", ")
      out.append("")
      out.append("\(wrapper.symbol):    ; SYNTHESIZED BY ISRX (not compiler output): saves \(saved) (\(wrapper.frameBytes) B), calls \(wrapper.body); assembled by \(wrapper.assembledBy)")
      for line in wrapper.lines {
        out.append("     \("synth".rightPadded(6)) | \(line.replacingOccurrences(of: "\t", with: " "))")
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
