// x86 and x86-64 in AT&T syntax: source first, destination last; a size suffix
// (b/w/l/q = 8/16/32/64 bits) is stripped by the lookup, so the keys are base mnemonics.
// Semantics from the Intel SDM, vol. 2.
extension MnemonicDocs {
  static let x86: [String: String] = [
    // Moves and extensions
    "mov": "copies the source to the destination (AT&T: source first); flags unchanged",
    "movabs": "loads a full 64-bit immediate or absolute address into a register (x86-64)",
    "movzbl": "loads a byte into a 32-bit register, zero-extended (an unsigned char read)",
    "movzbw": "loads a byte into a 16-bit register, zero-extended",
    "movzbq": "loads a byte into a 64-bit register, zero-extended",
    "movzwl": "loads a 16-bit word into a 32-bit register, zero-extended (an unsigned short read)",
    "movzwq": "loads a 16-bit word into a 64-bit register, zero-extended",
    "movsbl": "loads a byte into a 32-bit register, sign-extended (a signed char read)",
    "movsbw": "loads a byte into a 16-bit register, sign-extended",
    "movsbq": "loads a byte into a 64-bit register, sign-extended",
    "movswl": "loads a 16-bit word into a 32-bit register, sign-extended (a short read)",
    "movswq": "loads a 16-bit word into a 64-bit register, sign-extended",
    "movslq": "sign-extends a 32-bit value into a 64-bit register (int to long; Intel movsxd)",
    "lea": "computes the memory operand's address into the register without touching memory; compilers also use it for a + b*{1,2,4,8} + c arithmetic; flags unchanged",
    "xchg": "swaps the two operands; with a memory operand it is atomic (implicitly locked)",
    "cmpxchg": "compares the accumulator (%eax/%rax) with the destination: if equal stores the source there, else loads the destination into the accumulator; ZF says which",
    "xadd": "exchanges and adds: destination += source, source = the old destination",
    "bswap": "reverses the byte order of the register (endianness conversion)",
    // Arithmetic
    "add": "adds the source to the destination; sets the flags",
    "adc": "adds the source plus the carry flag to the destination: the upper part of a wider addition",
    "sub": "subtracts the source from the destination; sets the flags",
    "sbb": "subtracts the source plus the carry flag: the upper part of a wider subtraction (sbb %r, %r gives 0 or -1 from the carry)",
    "inc": "adds 1 to the operand; sets the flags except CF",
    "dec": "subtracts 1 from the operand; sets the flags except CF",
    "neg": "negates the operand (two's complement: 0 - x); CF is set unless it was 0",
    "imul": "signed multiply; with two or three operands the product, truncated to the operand size, goes to the destination register (the same bits as an unsigned multiply)",
    "mul": "unsigned multiply of the accumulator by the operand: the double-width product lands in %edx:%eax (%rdx:%rax)",
    "div": "unsigned divide of %edx:%eax (%rdx:%rax) by the operand: quotient in %eax, remainder in %edx; faults (#DE) on a zero divisor",
    "idiv": "signed divide of %edx:%eax (%rdx:%rax) by the operand: quotient (rounded toward zero) in %eax, remainder (the dividend's sign) in %edx; faults (#DE) on a zero divisor",
    "cltd": "sign-extends %eax into %edx:%eax, ready for idivl (Intel cdq)",
    "cqto": "sign-extends %rax into %rdx:%rax, ready for idivq (Intel cqo)",
    "cltq": "sign-extends %eax into %rax (Intel cdqe)",
    "cwtl": "sign-extends %ax into %eax (Intel cwde)",
    "cbtw": "sign-extends %al into %ax (Intel cbw)",
    // Logic, shifts, bits
    "and": "bitwise AND of the source into the destination; clears CF and OF, sets ZF and SF from the result",
    "or": "bitwise OR of the source into the destination; clears CF and OF, sets ZF and SF from the result",
    "xor": "bitwise XOR of the source into the destination; xor of a register with itself is the usual way to zero it",
    "not": "inverts every bit of the operand (one's complement); flags unchanged",
    "test": "ANDs the two operands only to set the flags (the result is discarded): `test %eax, %eax` asks zero? negative?",
    "cmp": "subtracts the first operand from the second only to set the flags: after `cmp a, b`, a following jl jumps if b < a (AT&T order)",
    "shl": "shifts left by the count (an immediate, %cl, or 1 when omitted), zeros in: multiplies by 2^n; the last bit out goes to CF",
    "sal": "shifts left by the count (an immediate, %cl, or 1 when omitted), zeros in (the same instruction as shl)",
    "shr": "logical shift right by the count (an immediate, %cl, or 1 when omitted), zeros in: unsigned division by 2^n",
    "sar": "arithmetic shift right by the count (an immediate, %cl, or 1 when omitted), copies of the sign bit in: signed division by 2^n rounding toward minus infinity",
    "rol": "rotates left by the count (1 when omitted): bits out of the top re-enter at the bottom",
    "ror": "rotates right by the count (1 when omitted): bits out of the bottom re-enter at the top",
    "rcl": "rotates left through the carry flag",
    "rcr": "rotates right through the carry flag",
    "shld": "shifts the destination left, filling from the top bits of the source: a shift of a double-width value",
    "shrd": "shifts the destination right, filling from the low bits of the source: a shift of a double-width value",
    "bt": "copies bit n (the first operand) of the second operand into CF",
    "bts": "copies bit n of the destination into CF and sets it",
    "btr": "copies bit n of the destination into CF and clears it",
    "btc": "copies bit n of the destination into CF and inverts it",
    "bsf": "finds the index of the lowest set bit; ZF is set (and the result undefined) when the source is 0",
    "bsr": "finds the index of the highest set bit; ZF is set (and the result undefined) when the source is 0",
    "tzcnt": "counts trailing zero bits (BMI1; the operand size when the source is 0)",
    "lzcnt": "counts leading zero bits (LZCNT; the operand size when the source is 0)",
    "popcnt": "counts the set bits of the source",
    // Control flow and stack
    "jmp": "jumps to the target: a label, a function (a tail call), or with `*` an address from a register or a table (a switch's jump table)",
    "call": "pushes the return address and jumps to the function",
    "ret": "pops the return address and jumps to it: an ordinary function return",
    "push": "decrements the stack pointer and stores the operand on the stack",
    "pop": "loads the operand from the top of the stack and increments the stack pointer",
    "leave": "tears down the frame: copies the frame pointer to the stack pointer, then pops the frame pointer",
    "nop": "does nothing (padding, usually to align a loop or jump target)",
    "ud2": "raises an invalid-opcode exception (#UD): the compiler's trap where control must not arrive (after a noreturn call, __builtin_trap)",
    "endbr32": "marks a valid indirect-branch target for CET; a no-op otherwise",
    "endbr64": "marks a valid indirect-branch target for CET; a no-op otherwise",
    // Flags, interrupts, string operations
    "cld": "clears the direction flag: string instructions step upwards (the ABI requires DF=0 at calls)",
    "std": "sets the direction flag: string instructions step downwards",
    "cli": "clears the interrupt flag: masks maskable interrupts",
    "sti": "sets the interrupt flag: unmasks maskable interrupts (effective after the next instruction)",
    "hlt": "halts the CPU until the next interrupt",
    "pause": "a spin-wait hint: the CPU saves power and leaves the busy-wait loop without a memory-order penalty",
    "movs": "copies one element from (%esi) to (%edi) and steps both (%rsi/%rdi on x86-64); with rep, %ecx times: a memcpy",
    "stos": "stores the accumulator to (%edi) and steps it (%rdi on x86-64); with rep, %ecx times: a memset",
    "lods": "loads one element from (%esi) into the accumulator and steps %esi",
    "cmps": "compares the elements at (%esi) and (%edi) and steps both",
    "scas": "compares the accumulator with the element at (%edi) and steps it",
  ]

  /// What the size suffix says, by letter.
  static let x86SizeBits: [Character: Int] = ["b": 8, "w": 16, "l": 32, "q": 64]

  /// Control transfers, whose suffix gives the address size, not an operand's: no "(32-bit)".
  static let x86SizeFree: Set<String> = ["jmp", "call", "ret"]

  /// Prefixes the scanner keeps with their instruction (`lock incl`), and what they add.
  static let x86Prefixes: [String: String] = [
    "lock": "the lock prefix makes the read-modify-write atomic",
    "rep": "rep repeats it %ecx (%rcx) times",
    "repe": "repe repeats it while equal, at most %ecx (%rcx) times",
    "repz": "repz repeats it while equal, at most %ecx (%rcx) times",
    "repne": "repne repeats it while not equal, at most %ecx (%rcx) times",
    "repnz": "repnz repeats it while not equal, at most %ecx (%rcx) times",
    "notrack": "notrack exempts this indirect branch from CET tracking",
  ]

  /// Families that carry a condition code in their name (`jne`, `setg`, `cmovnsl`).
  static let x86ConditionalForms: [(prefix: String, template: String)] = [
    ("cmov", "copies the source into the destination register if %cc, without a branch"),
    ("set", "sets the byte operand to 1 if %cc, else to 0"),
    ("j", "jumps to the label if %cc, as the last cmp, test or arithmetic set the flags"),
  ]

  /// Condition codes, as the flags read them after `cmp a, b` (AT&T: b compared with a).
  static let x86Conditions: [String: String] = [
    "e": "equal (ZF=1)", "z": "zero (ZF=1)", "ne": "not equal (ZF=0)", "nz": "not zero (ZF=0)",
    "a": "above: unsigned > (CF=0 and ZF=0)", "nbe": "above: unsigned > (CF=0 and ZF=0)",
    "ae": "above or equal: unsigned >= (CF=0)", "nb": "above or equal: unsigned >= (CF=0)",
    "nc": "no carry (CF=0)",
    "b": "below: unsigned < (CF=1)", "nae": "below: unsigned < (CF=1)", "c": "carry (CF=1)",
    "be": "below or equal: unsigned <= (CF=1 or ZF=1)", "na": "below or equal: unsigned <= (CF=1 or ZF=1)",
    "g": "greater: signed > (ZF=0 and SF=OF)", "nle": "greater: signed > (ZF=0 and SF=OF)",
    "ge": "greater or equal: signed >= (SF=OF)", "nl": "greater or equal: signed >= (SF=OF)",
    "l": "less: signed < (SF!=OF)", "nge": "less: signed < (SF!=OF)",
    "le": "less or equal: signed <= (ZF=1 or SF!=OF)", "ng": "less or equal: signed <= (ZF=1 or SF!=OF)",
    "s": "the sign flag is set (negative result)", "ns": "the sign flag is clear (non-negative result)",
    "o": "overflow (OF=1)", "no": "no overflow (OF=0)",
    "p": "parity even (PF=1)", "pe": "parity even (PF=1)", "np": "parity odd (PF=0)", "po": "parity odd (PF=0)",
  ]
}
