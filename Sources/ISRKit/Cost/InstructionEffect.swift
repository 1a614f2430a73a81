/// What one instruction does that matters for interrupt cost: stack, saved registers,
/// control flow. Derived from the mnemonic and operands by a per-architecture decoder
/// (`InstructionDecoder`), never typed in per listing.
public struct InstructionEffect: Sendable, Hashable {
  /// How the instruction moves the stack pointer.
  public enum StackChange: Sendable, Hashable {
    case none
    /// Grows (positive) or shrinks (negative) the stack by a known number of bytes.
    case bytes(Int)
    /// Aligns SP down to `alignment`: adds between 0 and `alignment - wordBytes` bytes.
    case realign(alignment: Int)
    /// Sets the frame pointer from SP plus `offset` bytes (so SP can be restored from it).
    case setFramePointer(offset: Int)
    /// Restores SP from the frame pointer minus `offset` bytes.
    case restoreFromFramePointer(offset: Int)
    /// Changes SP in a way the decoder cannot size (e.g. AVR `out 0x3d`).
    case unknown
  }

  /// How control leaves the instruction.
  public enum Flow: Sendable, Hashable {
    case next
    /// Conditional branch to a local label (falls through otherwise).
    case conditional(label: String)
    /// Unconditional jump to a local label.
    case jump(label: String)
    /// Call (returns to the next instruction); `target` is the symbol, nil when indirect.
    case call(target: String?)
    /// Jump out of the function: a tail call (`target` nil when through a register/table).
    case tailJump(target: String?)
    /// A tail call taken only when a condition holds (x86 `je scheduler_tick`): otherwise
    /// execution falls through.
    case conditionalTailJump(target: String?)
    /// Ordinary subroutine return.
    case `return`
    /// A return taken only when a condition holds (Thumb `it ne; bxne lr`).
    case conditionalReturn
    /// Return from interrupt (`iretq`, `eret`, `mret`, `reti`, `subs pc, lr, #4`, ...).
    case interruptReturn
    /// A return from interrupt taken only when a condition holds (GCC's A32 early exit
    /// `ldmfdeq sp!, {r0-r3, ip, pc}^`): otherwise execution falls through.
    case conditionalInterruptReturn
    /// Skips the next instruction when a condition holds (AVR `cpse`, `sbrc`, `sbrs`, `sbic`,
    /// `sbis`): control goes on with the next instruction or the one after it.
    case skipNext
  }

  public var stack: StackChange = .none
  /// Bytes a call pushes as its return address (x86, AVR, MSP430), counted at the callee.
  public var returnAddressBytes: Int = 0
  public var flow: Flow = .next
  /// Registers this instruction stores to the stack (push, store relative to SP).
  public var saves: [String] = []
  /// Registers this instruction reloads from the stack (pop, load relative to SP).
  public var restores: [String] = []
  /// Registers the instruction mentions (read or written), canonical names.
  public var registers: [String] = []
  /// Registers the instruction may write (its destination; a call: every caller-saved one).
  public var written: [String] = []
  /// Interrupt bookkeeping that is neither a save nor body work: `cld`, reading or writing
  /// EPC/Status/SREG, `di`/`ehb`, clearing AVR's zero register, reading IPSR.
  public var isHousekeeping = false
  /// An immediate pushed as an argument (the vector number in RustOS's stub).
  public var pushesArgument = false
  /// Whether the next instruction executes before the branch takes effect (MIPS).
  public var hasDelaySlot = false
  /// For a save that stores relative to SP without moving it: the displacement.
  public var storeOffset: Int?

  public init() {}
}
