extension AsmInstruction {
  /// The instruction as one readable line, `mnemonic op1, op2`.
  public var text: String {
    operands.isEmpty ? mnemonic : mnemonic + " " + operands.joined(separator: ", ")
  }
}
