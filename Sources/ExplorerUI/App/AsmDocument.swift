import ISRKit

/// One row of the assembly pane, derived once per compile result (not per frame).
public struct AsmRow: Hashable, Sendable {
  /// What the row shows.
  public enum Kind: Hashable, Sendable {
    /// A function heading with its plainly worded label.
    case heading
    /// A label inside a function.
    case label
    /// An instruction.
    case instruction(AsmInstruction)
    /// Any other text (directives kept by the filter, notes).
    case other
  }

  /// The text to show (tabs kept; the view expands them).
  public var text: String
  /// What the row is.
  public var kind: Kind
  /// The source line the instruction came from (1-based), if known.
  public var sourceLine: Int?
  /// The instruction's role on the interrupt path, when the function is an ISR or a baseline
  /// piece.
  public var role: InstructionRole?
  /// What this instruction does here, where its context says more than its mnemonic and role
  /// (an alignment push, the synthesized wrapper's call into the body).
  public var explanation: String?

  /// Creates a row.
  public init(text: String, kind: Kind, sourceLine: Int? = nil, role: InstructionRole? = nil) {
    self.text = text
    self.kind = kind
    self.sourceLine = sourceLine
    self.role = role
  }

  /// The instruction on this row, if any.
  public var instruction: AsmInstruction? {
    if case .instruction(let instruction) = kind { return instruction }
    return nil
  }
}

/// The rows of an assembly pane: the filtered listing of every function with role colouring.
public struct AsmDocument: Hashable, Sendable {
  /// The rows, in order.
  public var rows: [AsmRow]
  /// One sentence saying what the listing of the ISR is on this target (from
  /// `Codegen.label(for:)`), e.g. that a target has no compiler interrupt convention.
  public var summary: String?
  /// Whether the summary warns that the target has no ISR convention.
  public var isPlainFunctionOnly: Bool
  /// Whether the rows start with the entry/exit isrx synthesized (no compiler convention).
  public var isSynthesized: Bool

  /// Creates a document from rows.
  public init(
    rows: [AsmRow], summary: String? = nil, isPlainFunctionOnly: Bool = false,
    isSynthesized: Bool = false
  ) {
    self.rows = rows
    self.summary = summary
    self.isPlainFunctionOnly = isPlainFunctionOnly
    self.isSynthesized = isSynthesized
  }

  /// The filtered listing of `codegen` (as `isrx asm` shows it), instructions of ISR functions
  /// labelled entry/body/exit/return.
  public static func direct(_ codegen: Codegen, synthesized: SynthesizedISR? = nil) -> AsmDocument {
    direct(codegen, synthesized: synthesized, analyses: [:], wrapperAnalysis: nil)
  }

  /// The listing of a compiled target, with the roles its one analysis found.
  public static func direct(_ compiled: CompiledTarget) -> AsmDocument? {
    compiled.codegen.map {
      direct($0, synthesized: compiled.synthesized, analyses: compiled.analyses, wrapperAnalysis: compiled.wrapperAnalysis)
    }
  }

  static func direct(
    _ codegen: Codegen, synthesized: SynthesizedISR?, analyses: [String: FunctionAnalysis], wrapperAnalysis: FunctionAnalysis?
  ) -> AsmDocument {
    var rows: [AsmRow] = []
    if let synthesized {
      // Where no compiler convention exists, the entry/exit isrx synthesizes comes first,
      // labelled as such: it is never presented as compiler output.
      let saves = synthesized.saves.map(\.register).joined(separator: " ")
      rows.append(AsmRow(
        text: "── \(synthesized.symbol): SYNTHESIZED BY ISRX, not compiler output (saves \(saves))",
        kind: .heading))
      let wrapper = synthesized.wrapper.listing
      if let function = wrapper.function(named: synthesized.symbol) {
        let roleOfLine = (wrapperAnalysis ?? FunctionAnalysis(flow: FunctionFlow(
          listing: wrapper, function: function, target: codegen.target))).roleOfLine
        var wrapperRows = functionRows(wrapper, function, roleOfLine: roleOfLine, uniformRole: nil)
        for i in wrapperRows.indices {
          guard case .instruction(let instruction) = wrapperRows[i].kind,
                instruction.operands.last == synthesized.body else { continue }
          wrapperRows[i].explanation = "\(instruction.mnemonic) \(synthesized.body): the synthesized wrapper calls your ISR body, compiled as a plain function; around this call it saves what the body may clobber and returns with \(codegen.target.returnMnemonics.first ?? "the return from interrupt")"
        }
        rows += wrapperRows
      }
      rows.append(AsmRow(text: "", kind: .other))
      rows.append(AsmRow(text: "── the body, compiled by \(codegen.target.compilerFamily) as a plain function", kind: .heading))
    }
    let listing = codegen.listing
    for function in listing.functions {
      let role = codegen.roles[function.name] ?? .function
      var roleOfLine: [Int: InstructionRole] = [:]
      var padding: Set<Int> = []
      if role != .function {
        // The build's own analysis; made here only for a listing built without one.
        let analysis = analyses[function.name] ?? FunctionAnalysis(flow: FunctionFlow(
          listing: listing, function: function, target: codegen.target, machineCode: codegen.output.machineCode))
        roleOfLine = analysis.roleOfLine
        padding = analysis.alignmentPushLines
      }
      if !rows.isEmpty { rows.append(AsmRow(text: "", kind: .other)) }
      rows.append(AsmRow(text: "\(function.name):", kind: .heading))
      rows += functionRows(listing, function, roleOfLine: roleOfLine, uniformRole: nil, padding: padding)
    }
    let isr = codegen.isrNames.first
    // The summary stays on screen when the rows scroll, so it must say what is synthesized.
    let summary = synthesized.map {
      "SYNTHESIZED BY ISRX, not compiler output: \(codegen.target.displayName) has no compiler "
        + "interrupt convention, so isrx wraps the body (compiled by \(codegen.target.compilerFamily) as a plain function) "
        + "in \($0.symbol), which saves what the body clobbers and returns with "
        + "\(codegen.target.returnMnemonics.first ?? "the return from interrupt")"
    } ?? isr.map { codegen.label(for: $0) }
    return AsmDocument(
      rows: rows, summary: summary,
      isPlainFunctionOnly: isr.map { codegen.roles[$0] == .plainBodyNoConvention } ?? false,
      isSynthesized: synthesized != nil)
  }

  /// Rust: the convention's entry/exit rows carry no source line (rustc emits no `.loc` for
  /// them); they come from the `isr!` line of their function, so they pair with it.
  public func attributingConventionRows(to declarations: [String: Int]) -> AsmDocument {
    guard !declarations.isEmpty else { return self }
    var copy = self
    var line: Int?
    for i in copy.rows.indices {
      let row = copy.rows[i]
      if row.kind == .heading { line = declarations[String(row.text.dropLast())] }
      if let line, row.sourceLine == nil, [.entry, .exit, .return].contains(row.role) {
        copy.rows[i].sourceLine = line
      }
    }
    return copy
  }

  /// The document with rustc's mangled symbols shown demangled (the rows' text only).
  public func demangled(_ names: [String: String]) -> AsmDocument {
    guard !names.isEmpty else { return self }
    var copy = self
    for i in copy.rows.indices { copy.rows[i].text = RustDemangler.apply(names, to: copy.rows[i].text) }
    copy.summary = copy.summary.map { RustDemangler.apply(names, to: $0) }
    return copy
  }

  /// The three pieces of the double-dispatch baseline: stub, unified handler, plain handler.
  public static func baseline(_ build: BaselineBuild) -> AsmDocument {
    var rows: [AsmRow] = []
    let pieces: [(String, BuildOutput, InstructionRole)] = [
      ("stub (\(build.stubCopies.rawValue), assembled from the template)", build.stub, .stub),
      ("unified handler (C dispatcher)", build.dispatcher, .dispatch),
      ("handler (your body as a plain function)", build.handler, .handler),
    ]
    for (title, output, role) in pieces {
      if !rows.isEmpty { rows.append(AsmRow(text: "", kind: .other)) }
      rows.append(AsmRow(text: "── \(title)", kind: .heading))
      let listing = output.listing
      for function in listing.functions {
        rows.append(AsmRow(text: "\(function.name):", kind: .label))
        rows += functionRows(listing, function, roleOfLine: [:], uniformRole: role)
      }
    }
    return AsmDocument(rows: rows)
  }

  private static func functionRows(
    _ listing: AsmListing, _ function: AsmFunction, roleOfLine: [Int: InstructionRole],
    uniformRole: InstructionRole?, padding: Set<Int> = []
  ) -> [AsmRow] {
    let shown = Set(listing.displayed(.default).map(\.index))
    var rows: [AsmRow] = []
    for index in function.lineRange {
      let line = listing.lines[index]
      guard shown.contains(line.index) else { continue }
      switch line.kind {
      case .instruction(let instruction):
        var row = AsmRow(
          text: line.text, kind: .instruction(instruction),
          // Stub and dispatcher lines point into their own sources, not the user's.
          sourceLine: uniformRole == nil || uniformRole == .handler ? line.sourceLine : nil,
          role: roleOfLine[index] ?? uniformRole)
        if padding.contains(index) {
          row.explanation = "\(instruction.mnemonic) \(instruction.operands.joined(separator: ", ")): pads the stack to keep it 16-byte aligned for calls; the value pushed does not matter and it is released with an add, not popped"
        }
        rows.append(row)
      case .label(let name):
        if name == function.name { continue }
        rows.append(AsmRow(text: line.text, kind: .label))
      default:
        continue
      }
    }
    return rows
  }
}
