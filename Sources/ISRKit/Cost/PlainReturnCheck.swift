/// Finds the returns of a compiler-convention ISR that are not returns from an interrupt.
///
/// GCC 12's MIPS `interrupt` with `use_shadow_register_set` shrink-wraps an early exit into
/// `jr $31`: that path never executes `eret`, so EXL stays set and the PC comes from a shadow
/// register. The listing shows it, so isrx says it instead of counting it as a normal exit.
enum PlainReturnCheck {
  static func find(in flow: FunctionFlow, listing: AsmListing, target: Target) -> [String] {
    var found: [String] = []
    for step in flow.steps {
      switch step.effect.flow {
      case .return, .conditionalReturn:
        guard !Codegen.isInterruptReturn(step.instruction, on: target) else { continue }
        let line = listing.lines[step.lineIndex].sourceLine.map { " (line \($0))" } ?? ""
        found.append("`\(step.instruction.text)`\(line)")
      default: continue
      }
    }
    return found
  }
}
