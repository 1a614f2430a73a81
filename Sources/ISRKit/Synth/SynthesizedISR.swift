/// The interrupt entry/exit isrx synthesizes where no compiler has an interrupt convention
/// (AArch64, PowerPC): the RFC's proposal, realised by isrx rather than by a compiler.
///
/// The body is compiled as a plain function (the compiler's real output). isrx finds the
/// caller-saved registers that code may change (`ClobberAnalysis`) and writes the smallest
/// wrapper around it: save exactly those plus the link register, call the body, restore,
/// return from the interrupt (`eret` / `rfi`). The wrapper is assembled by the same
/// toolchain, so it has real bytes, path costs and can be emulated like any variant.
/// It is always labelled "synthesized by isrx": it is not compiler output.
public struct SynthesizedISR: Sendable, Hashable {
  /// The label every view shows next to the wrapper.
  public static let label = "synthesized by isrx"

  /// Whether isrx synthesizes a convention for `target` (the no-convention targets it knows).
  public static func supports(_ target: Target) -> Bool {
    target.dialect == .aarch64 || target.dialect == .powerpc
  }

  /// The wrapper's symbol for a body named `body`.
  public static func symbol(for body: String) -> String { "isrx_synth_\(body)" }

  /// One register the wrapper saves, and why.
  public struct Save: Sendable, Hashable, Codable {
    public enum Reason: String, Sendable, Hashable, Codable {
      /// The body (or a function it calls in the file) writes this caller-saved register.
      case writtenByBody = "written by the body"
      /// The body calls out of the file: the callee may change any caller-saved register.
      case bodyCallsOut = "caller-saved, the body calls out of the file"
      /// The link register: the wrapper's own call overwrites it.
      case linkRegister = "link register: the wrapper's call overwrites it"
      /// Used by the wrapper to move a special register to memory.
      case scratch = "scratch for moving special registers"
    }
    public var register: String
    public var reason: Reason
    /// Offset from the wrapper's SP.
    public var offset: Int
  }

  public var target: Target
  /// The body (a plain function in `bodyOutput`).
  public var body: String
  /// The wrapper's symbol, `isrx_synth_<body>`.
  public var symbol: String
  public var clobbers: ClobberAnalysis.Result
  /// What the wrapper saves, in order.
  public var saves: [Save]
  /// Bytes the wrapper reserves on the stack.
  public var frameBytes: Int
  /// The generated assembly source.
  public var source: String
  /// The wrapper assembled by the toolchain (its listing and object).
  public var wrapper: BuildOutput
  /// The compiled body the wrapper calls (link both objects to run it).
  public var bodyOutput: BuildOutput

  /// Analyses `function` in `codegen` and assembles its wrapper.
  public static func build(
    _ codegen: Codegen, function: String, toolchain: Toolchain
  ) throws(ToolchainError) -> SynthesizedISR {
    let target = codegen.target
    let clobbers = ClobberAnalysis.analyse(listing: codegen.listing, function: function, target: target)
    let plan = plan(clobbers: clobbers, body: function, target: target)
    let job = BuildJob(target: target, mode: .assemblyWithPreprocessor, source: plan.source)
    let wrapper = try toolchain.build(job)
    return SynthesizedISR(
      target: target, body: function, symbol: symbol(for: function), clobbers: clobbers, saves: plan.saves,
      frameBytes: plan.frameBytes, source: plan.source, wrapper: wrapper, bodyOutput: codegen.output)
  }

  /// The wrapper for a body with the given clobbers: what it saves, and its assembly text.
  public static func plan(
    clobbers: ClobberAnalysis.Result, body: String, target: Target
  ) -> (saves: [Save], frameBytes: Int, source: String) {
    let reason: Save.Reason = clobbers.callsOut.isEmpty ? .writtenByBody : .bodyCallsOut
    switch target.dialect {
    case .powerpc: return powerpc(clobbers: clobbers, reason: reason, body: body)
    default: return aarch64(clobbers: clobbers, reason: reason, body: body)
    }
  }

  private static func header(_ name: String, body: String, clobbers: ClobberAnalysis.Result, saved: [String], returns: String) -> String {
    let why = clobbers.callsOut.isEmpty
      ? "the body (\(clobbers.functionsRead.joined(separator: ", "))) writes \(clobbers.registers.isEmpty && clobbers.special.isEmpty ? "no caller-saved register" : (clobbers.registers + clobbers.special).joined(separator: ", "))"
      : "the body calls \(clobbers.callsOut.joined(separator: ", ")) outside the file, so every caller-saved register may change"
    return """
      /*
      \(name): SYNTHESIZED BY ISRX, not compiler output.
      No compiler has an interrupt convention for this architecture. isrx compiled
      \(body) as a plain function and read its code: \(why).
      This wrapper saves exactly those plus the link register (\(saved.joined(separator: ", "))),
      calls \(body), restores them and returns with \(returns). It does not save the exception
      return state: interrupts stay masked, so nothing can overwrite it.
      */

      """
  }

  static func aarch64(clobbers: ClobberAnalysis.Result, reason: Save.Reason, body: String) -> (saves: [Save], frameBytes: Int, source: String) {
    let name = symbol(for: body)
    let registers = clobbers.registers.filter { $0 != "x30" } + ["x30"]
    let frame = (registers.count * 8 + 15) / 16 * 16  // SP stays 16-aligned
    var saves: [Save] = []
    for (i, register) in registers.enumerated() {
      saves.append(Save(register: register, reason: register == "x30" ? .linkRegister : reason, offset: i * 8))
    }
    var pairs: [[String]] = []
    var i = 0
    while i < registers.count {
      pairs.append(Array(registers[i..<min(i + 2, registers.count)]))
      i += 2
    }
    func op(_ pair: [String], store: Bool) -> String {
      (pair.count == 2 ? (store ? "stp" : "ldp") : (store ? "str" : "ldr")) + "\t" + pair.joined(separator: ", ")
    }
    var lines: [String] = []
    for (n, pair) in pairs.enumerated() {
      lines.append(n == 0 ? "\(op(pair, store: true)), [sp, #-\(frame)]!" : "\(op(pair, store: true)), [sp, #\(n * 16)]")
    }
    lines.append("bl\t\(body)")
    for (n, pair) in pairs.enumerated().reversed() where n > 0 {
      lines.append("\(op(pair, store: false)), [sp, #\(n * 16)]")
    }
    lines.append("\(op(pairs[0], store: false)), [sp], #\(frame)")
    lines.append("eret")
    let text = header(name, body: body, clobbers: clobbers, saved: registers, returns: "eret") + """
              .text
              .p2align 2
              .globl  \(name)
              .type   \(name), %function
      \(name):
      \(lines.map { "        " + $0 }.joined(separator: "\n"))
              .size   \(name), .-\(name)

      """
    return (saves, frame, text)
  }

  static func powerpc(clobbers: ClobberAnalysis.Result, reason: Save.Reason, body: String) -> (saves: [Save], frameBytes: Int, source: String) {
    let name = symbol(for: body)
    var gprs = clobbers.registers
    // LR (and CR/CTR/XER) move through a GPR: one the wrapper saves anyway, else r0.
    var saves: [Save] = []
    if gprs.isEmpty { gprs = ["r0"] }
    let scratch = gprs[0]
    var offset = 8  // 0: back chain, 4: the body's LR save word
    for register in gprs {
      let why: Save.Reason = clobbers.registers.contains(register) ? reason : .scratch
      saves.append(Save(register: register, reason: why, offset: offset))
      offset += 4
    }
    let specials = ["lr"] + clobbers.special
    var specialOffsets: [(String, Int)] = []
    for special in specials {
      saves.append(Save(register: special, reason: special == "lr" ? .linkRegister : reason, offset: offset))
      specialOffsets.append((special, offset))
      offset += 4
    }
    let frame = (offset + 15) / 16 * 16
    var lines = ["stwu\t%r1, -\(frame)(%r1)"]
    for save in saves where !specials.contains(save.register) {
      lines.append("stw\t%\(save.register), \(save.offset)(%r1)")
    }
    for (special, at) in specialOffsets {
      lines.append("mf\(special)\t%\(scratch)")
      lines.append("stw\t%\(scratch), \(at)(%r1)")
    }
    lines.append("bl\t\(body)")
    for (special, at) in specialOffsets.reversed() {
      lines.append("lwz\t%\(scratch), \(at)(%r1)")
      lines.append("mt\(special)\t%\(scratch)")
    }
    for save in saves.reversed() where !specials.contains(save.register) {
      lines.append("lwz\t%\(save.register), \(save.offset)(%r1)")
    }
    lines.append("addi\t%r1, %r1, \(frame)")
    lines.append("rfi")
    let text = header(name, body: body, clobbers: clobbers, saved: gprs + specials, returns: "rfi") + """
              .text
              .p2align 2
              .globl  \(name)
              .type   \(name), @function
      \(name):
      \(lines.map { "        " + $0 }.joined(separator: "\n"))
              .size   \(name), .-\(name)

      """
    return (saves, frame, text)
  }
}
