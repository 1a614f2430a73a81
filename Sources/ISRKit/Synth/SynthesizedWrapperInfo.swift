/// What a report says about a synthesized ISR: always labelled as isrx's, not a compiler's.
public struct SynthesizedWrapperInfo: Sendable, Hashable, Codable {
  /// "synthesized by isrx".
  public var label: String
  /// Always true (kept in JSON so readers never mistake it for compiler output).
  public var synthesized: Bool
  public var symbol: String
  public var body: String
  /// Registers the wrapper saves, in order, with why.
  public var saves: [SynthesizedISR.Save]
  public var frameBytes: Int
  /// Calls out of the file that made the wrapper save every caller-saved register.
  public var callsOut: [String]
  /// The generated assembly.
  public var source: String

  public init(_ synth: SynthesizedISR) {
    label = SynthesizedISR.label
    synthesized = true
    symbol = synth.symbol
    body = synth.body
    saves = synth.saves
    frameBytes = synth.frameBytes
    callsOut = synth.clobbers.callsOut
    source = synth.source
  }

  /// One sentence for report notes.
  public var note: String {
    let registers = saves.map(\.register).joined(separator: ", ")
    let why = callsOut.isEmpty
      ? "exactly what the body's code writes, plus the link register"
      : "every caller-saved register, because the body calls \(callsOut.joined(separator: ", ")) outside the file"
    return "no compiler interrupt convention: the direct ISR is SYNTHESIZED BY ISRX (not compiler output): \(symbol) saves \(registers) (\(why)) in \(frameBytes) B, calls \(body) and returns from the interrupt"
  }
}
