// MSP430: 16-bit, source FIRST and destination last (`mov &ticks, r12`); `&addr` is an
// absolute address, `@rN` indirect, `@rN+` indirect with increment, `#n` an immediate.
// Many mnemonics are emulated: the assembler encodes them as a core instruction using the
// constant generator (r3/r2). The lookup strips `.w` (the default) and notes `.b`/`.a`.
// Semantics from TI's MSP430x1xx/x2xx Family User's Guide, chapter 3 (instruction set).
extension MnemonicDocs {
  static let msp430: [String: String] = [
    // Moves
    "mov": "copies the source to the destination (source first); flags unchanged; a byte operation into a register clears its upper bits, so mov.b zero-extends",
    "push": "pushes the source onto the stack (SP decreases by 2)",
    "pop": "pops the top of the stack into the destination (emulated: mov @sp+, dst)",
    "clr": "clears the destination to 0 (emulated: mov #0, dst)",
    "swpb": "swaps the two bytes of a word",
    "sxt": "sign-extends the low byte into the whole word",
    // Arithmetic (flags in SR: C, Z, N, V)
    "add": "dst = dst + src; sets the flags",
    "addc": "dst = dst + src + carry: the upper word of a 32-bit addition",
    "adc": "dst = dst + carry (emulated: addc #0, dst): carries into the upper word",
    "sub": "dst = dst - src; sets the flags",
    "subc": "dst = dst - src - 1 + carry: the upper word of a 32-bit subtraction",
    "sbc": "dst = dst - 1 + carry (emulated: subc #0, dst): borrows from the upper word",
    "inc": "dst = dst + 1 (emulated: add #1, dst)",
    "incd": "dst = dst + 2 (emulated: add #2, dst): steps a word pointer",
    "dec": "dst = dst - 1 (emulated: sub #1, dst)",
    "decd": "dst = dst - 2 (emulated: sub #2, dst)",
    "dadd": "decimal (BCD) add with carry",
    "cmp": "compares: computes dst - src for the flags only (source first: `cmp #5, r12` tests r12 - 5)",
    "tst": "compares with zero: sets N and Z (emulated: cmp #0, dst)",
    // Logic (bis/bic are MSP430's OR and AND NOT)
    "and": "dst = dst AND src; sets the flags",
    "bis": "bit set: dst = dst OR src; flags unchanged",
    "bic": "bit clear: dst = dst AND NOT src; flags unchanged",
    "bit": "tests bits: sets the flags from src AND dst, dst unchanged",
    "xor": "dst = dst XOR src; sets the flags",
    "inv": "inverts every bit (emulated: xor #-1, dst)",
    // Shifts (one bit per instruction)
    "rla": "shifts left one bit (emulated: add dst, dst): doubles",
    "rlc": "rotates left through carry (emulated: addc dst, dst): carries a shift into the upper word",
    "rra": "arithmetic shift right one bit, the sign bit kept: a signed halving",
    "rrc": "rotates right through carry: after clrc, a logical shift right one bit",
    // Jumps (+/-512 words) and calls
    "jmp": "jumps to the label unconditionally (+/-512 words)",
    "jeq": "jumps if equal (Z set)",
    "jz": "jumps if zero (Z set)",
    "jne": "jumps if not equal (Z clear)",
    "jnz": "jumps if not zero (Z clear)",
    "jc": "jumps if carry set",
    "jhs": "jumps if higher or same: unsigned >= (carry set)",
    "jnc": "jumps if carry clear",
    "jlo": "jumps if lower: unsigned < (carry clear)",
    "jn": "jumps if negative (N set)",
    "jge": "jumps if greater or equal: signed >= (N XOR V clear)",
    "jl": "jumps if less: signed < (N XOR V set)",
    "br": "branches to the address (emulated: mov src, pc): a jump table or a far jump",
    "call": "pushes the return address and jumps to the function",
    "ret": "returns from a function: pops the PC (emulated: mov @sp+, pc)",
    // Status register
    "clrc": "clears the carry flag (emulated: bic #1, sr)",
    "setc": "sets the carry flag (emulated: bis #1, sr)",
    "clrz": "clears the zero flag",
    "setz": "sets the zero flag",
    "clrn": "clears the negative flag",
    "setn": "sets the negative flag",
    "dint": "disables interrupts: clears GIE (emulated: bic #8, sr)",
    "eint": "enables interrupts: sets GIE (emulated: bis #8, sr)",
    "nop": "does nothing",
    // MSP430X (20-bit) forms
    "calla": "calls a 20-bit address, pushing a 20-bit return address (MSP430X)",
    "reta": "returns from a calla (MSP430X)",
    "mova": "copies a 20-bit address (MSP430X)",
    "pushm": "pushes several consecutive registers (MSP430X)",
    "popm": "pops several consecutive registers (MSP430X)",
  ]

  /// Operand-width suffixes and what they add to the text; `.w` is the default word.
  static let msp430Sizes: [(suffix: String, note: String)] = [
    (".w", ""),
    (".b", "(byte-sized)"),
    (".a", "(20-bit address-word operation, MSP430X)"),
  ]
}
