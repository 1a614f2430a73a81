/// One-line explanations of the instructions that interrupt entry and exit sequences use:
/// what the instruction does and why the convention put it there.
///
/// The texts are written per target from the architecture manuals and the observed compiler
/// behaviour collected in the project's reference notes; instructions without a specific
/// entry get their mnemonic's documentation (`MnemonicDocs`) or a generic sentence by role.
public enum InstructionExplainer {
  /// A one-line explanation of `instruction` on `target`, in the given role (nil for
  /// instructions outside an ISR path).
  public static func explain(
    _ instruction: AsmInstruction, role: InstructionRole?, target: Target
  ) -> String {
    let mnemonic = instruction.mnemonic.lowercased()
    // GCC's PowerPC listing (-mregnames) writes `%r3` where LLVM's writes `r3`.
    let operands = instruction.operands.map { $0.lowercased() }
      .map { target.architecture == .powerpc && $0.hasPrefix("%") ? String($0.dropFirst()) : $0 }
    // The convention's code is the compiler's: the texts that describe one compiler's
    // habits (LLVM's MIPS spill order, its i386 realignment) say whose.
    let gcc = target.compilerFamily == .gcc
    // The baseline handler and code off an ISR path are ordinary functions: the convention's
    // texts (saves for the interrupted code, EXC_RETURN pops) do not describe them.
    if role == .handler || role == nil, MnemonicDocs.doc(instruction.mnemonic, on: target.architecture) != nil {
      return generic(instruction, role: role, target: target)
    }
    let specific: String?
    switch target.architecture {
    case .x86: specific = x86(mnemonic, operands, role, is64: false, gcc: gcc)
    case .x86_64: specific = x86(mnemonic, operands, role, is64: true, gcc: gcc)
    case .armA: specific = arm(mnemonic, operands, role, gcc: gcc)
    case .cortexM: specific = cortexM(mnemonic, operands, role)
    case .aarch64: specific = aarch64(mnemonic, operands, role)
    case .mips: specific = (gcc ? mipsGCC(mnemonic, operands, role) : nil) ?? mips(mnemonic, operands, role)
    case .riscv: specific = riscv(mnemonic, operands, role)
    case .avr: specific = avr(mnemonic, operands, role)
    case .msp430: specific = msp430(mnemonic, operands, role)
    case .powerpc: specific = powerpc(mnemonic, operands, role)
    }
    return specific ?? generic(instruction, role: role, target: target)
  }

  /// The sentence used when no target-specific text applies.
  static func generic(_ instruction: AsmInstruction, role: InstructionRole?, target: Target)
    -> String
  {
    let name = instruction.mnemonic
    // Body instructions are ordinary code: say what the instruction does, and keep the role.
    if role == .body || role == .handler || role == nil,
      let doc = MnemonicDocs.doc(name, on: target.architecture)
    {
      switch role {
      case .handler?: return "\(instruction.text): \(doc) — baseline handler (your body as a plain function)"
      case nil: return "\(instruction.text): \(doc)"
      default: return "\(instruction.text): \(doc) — your code (the ISR body)"
      }
    }
    switch role {
    case .entry?:
      return "\(name): part of the entry sequence the \(target.displayName) convention adds before your code (saves or bookkeeping)"
    case .exit?:
      return "\(name): part of the exit sequence: undoes the entry saves before the return"
    case .return?:
      // Without a convention the listing is a plain function: its return goes to a caller.
      if target.convention.kind == .none {
        return "\(name): an ordinary function return (no interrupt convention here; a real vector needs a stub ending in \(target.returnMnemonics.joined(separator: "/")))"
      }
      return "\(name): returns to the interrupted code"
    case .body?:
      return "\(name): your code (the ISR body), the same as in an ordinary function"
    case .stub?:
      return "\(name): baseline stub: per-vector assembly that saves state and calls the unified handler"
    case .dispatch?:
      return "\(name): baseline unified handler: looks the vector up in the table and calls its handler"
    case .handler?:
      return "\(name): baseline handler: your body compiled as a plain function"
    case nil:
      return "\(name): an ordinary instruction (not on an ISR path)"
    }
  }

  private static func isSave(_ role: InstructionRole?) -> Bool { role == .entry || role == .stub }

  // MARK: - Per target

  private static func x86(_ m: String, _ ops: [String], _ role: InstructionRole?, is64: Bool, gcc: Bool)
    -> String?
  {
    let reg = ops.first ?? ""
    switch m {
    case "push", "pushl", "pushq":
      if reg.hasPrefix("$"), role == .stub {
        return "\(m) \(reg): pushes the vector number, the unified handler's argument (the RustOS recipe: one stub per vector, each with its own number)"
      }
      if reg.hasSuffix("bp") {
        return "\(m) \(reg): saves the frame pointer; it then anchors the frame so the stack can be realigned"
      }
      if role == .entry {
        return "\(m) \(reg): saves a register the body (or a call) clobbers: an ISR must preserve every register, caller-saved ones included"
      }
      if role == .stub {
        return "\(m) \(reg): the baseline stub saves registers blindly, whatever the handler uses"
      }
      return nil
    case "pop", "popl", "popq":
      if role == .exit || role == .stub {
        return "\(m) \(reg): restores the register saved on entry, in reverse order"
      }
      return nil
    case "and", "andl", "andq":
      if ops.first == "$-16", ops.last?.hasSuffix("sp") == true {
        if is64 { return "\(m) $-16: realigns the stack to 16 bytes for calls (the SysV ABI requires it)" }
        return gcc
          ? "andl $-16, %esp: GCC realigns ESP to 16 bytes before the body's call (the CPU pushed a 12-byte frame and does not align ESP); EBP keeps the old SP for the exit"
          : "andl $-16, %esp: LLVM realigns every i386 ISR to 16 bytes: the CPU pushes a 12-byte frame and does not align ESP"
      }
      return nil
    case "pushal", "pushad", "pusha":
      return "pushal: pushes all eight general registers (EAX, ECX, EDX, EBX, the ESP before it, EBP, ESI, EDI), 32 B in one instruction, whatever the handler uses"
    case "popal", "popad", "popa":
      return "popal: restores the registers pushal saved, in reverse order (the saved ESP is skipped)"
    case "cld":
      return "cld: clears the direction flag: the SysV ABI requires DF=0 at calls and string ops, and the interrupted code may have set it"
        + (gcc ? "; GCC's interrupt attribute emits it before each call out of the handler" : "")
    case "iretl", "iret":
      return "iretl: returns from the interrupt: pops EIP, CS and EFLAGS (12 bytes the CPU pushed), restoring IF"
    case "iretq":
      return "iretq: returns from the interrupt: pops RIP, CS, RFLAGS, RSP and SS (the 40-byte frame the CPU pushed)"
    case "leal", "leaq", "lea":
      if ops.last?.hasSuffix("sp") == true, role == .exit {
        return "\(m): undoes the realignment: recomputes SP from the frame pointer so the pops find the saved registers"
      }
      return nil
    case "mov", "movl", "movq":
      if ops.count == 2, ops[0].hasSuffix("sp"), ops[1].hasSuffix("bp") {
        return "\(m) \(ops[0]), \(ops[1]): the frame pointer keeps the pre-realignment SP so the exit can undo it"
      }
      if ops.count == 2, ops[0].hasSuffix("bp"), ops[1].hasSuffix("sp"), role == .exit {
        return "\(m): restores SP from the frame pointer, undoing the realignment"
      }
      return nil
    case "add", "addl", "addq":
      if ops.last?.hasSuffix("sp") == true, role == .exit {
        return "\(m): releases stack (alignment pad or error code) before the return; iret does not pop an error code"
      }
      return nil
    case "sub", "subl", "subq":
      if ops.last?.hasSuffix("sp") == true, isSave(role) {
        return "\(m): reserves stack for spills and keeps it 16-byte aligned for calls"
      }
      return nil
    default: return nil
    }
  }

  private static func arm(_ m: String, _ ops: [String], _ role: InstructionRole?, gcc: Bool) -> String? {
    let list = ops.joined(separator: ", ")
    // `ldmfdne` is `ldmfd` under a condition: GCC returns early with one.
    let conditions = ["eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"]
    let m = m.hasPrefix("ldm") && m.count > 5 && conditions.contains(String(m.suffix(2))) ? String(m.dropLast(2)) : m
    switch m {
    case "push", "stmdb", "stmfd":
      if gcc {
        return "push \(list): saves the registers the body and any call may clobber (r0-r3, ip) and the adjusted return address in lr, which the exit pops straight into pc; GCC does not realign SP here"
      }
      return "push \(list): saves the registers the body and any call may clobber (r0-r3, r12, lr), plus padding/frame registers for the realignment"
    case "pop", "ldm", "ldmia", "ldmfd":
      if list.hasSuffix("^") {
        return "\(m) \(list): pops the saved registers and pc; the ^ with pc in the list also copies SPSR to CPSR: the return from the interrupt"
      }
      return "pop \(list): restores the registers saved on entry"
    case "bfc":
      // A body's bfc clears a bit field of its own: the mnemonic's documentation says so.
      guard ops.first == "sp" else { return nil }
      return "bfc sp, #0, #3: clears SP's low 3 bits: AAPCS needs 8-byte alignment at public interfaces, and an IRQ can arrive with SP only 4-aligned"
    case "bic":
      if ops.first == "sp" { return "bic sp: realigns SP to 8 bytes as AAPCS requires at calls" }
      return nil
    case "add":
      if ops.first == "r11" || ops.first == "fp" {
        return "\(m) \(list): frame pointer records the SP before realignment so the exit can undo it"
      }
      return nil
    case "sub":
      if ops.first == "sp", role == .exit {
        return "sub \(list): undoes the realignment: SP back from the frame pointer before the pop"
      }
      if ops.first == "lr" {
        return gcc
          ? "sub lr, lr, #4: LR_irq holds the return address + 4; GCC adjusts it before saving, so the exit can pop it straight into pc (ldmfd ... {..., pc}^)"
          : "sub lr, lr, #4: LR_irq holds the return address + 4; adjust it before saving"
      }
      return nil
    case "subs":
      if ops.first == "pc" {
        return "subs pc, lr, #4: returns from the IRQ: LR_irq = return address + 4, and the S with pc as destination copies SPSR back to CPSR"
      }
      return nil
    case "movs":
      if ops.first == "pc" { return "movs pc, lr: return from exception: pc = lr and CPSR = SPSR" }
      return nil
    default: return nil
    }
  }

  private static func cortexM(_ m: String, _ ops: [String], _ role: InstructionRole?) -> String? {
    let list = ops.joined(separator: ", ")
    switch m {
    case "bx", "bxne", "bxeq":
      if ops.first == "lr" {
        return "\(m) lr: an ordinary return: LR holds EXC_RETURN (0xFFFFFFF9 etc.), so the hardware unstacks r0-r3, r12, lr, pc and xPSR; no special instruction needed"
      }
      return nil
    case "pop", "pop.w", "ldm", "ldmia", "ldmia.w":
      if list.contains("pc") {
        return "pop {..., pc}: loading EXC_RETURN into pc performs the exception return: the hardware unstacks r0-r3, r12, lr, pc and xPSR"
      }
      return "pop \(list): restores callee-saved registers this function used (AAPCS rules, like any function)"
    case "push", "push.w", "stmdb":
      return "push \(list): an ordinary AAPCS prologue: the CPU already stacked r0-r3, r12, lr, pc and xPSR, so only callee-saved registers in use are saved"
    case "b", "b.w":
      // A branch to a local label (`.LBB0_2`, `.L3`) is the body's own control flow.
      if role == .body || role == nil, ops.first?.hasPrefix(".") == false {
        return "\(m): a tail call: the callee's own return then performs the exception return with the EXC_RETURN still in lr"
      }
      return nil
    case "bfc":
      guard ops.first == "sp" else { return nil }
      return "bfc: realigns SP to 8 bytes; pure overhead where CCR.STKALIGN=1 (the hardware already aligns)"
    default: return nil
    }
  }

  private static func aarch64(_ m: String, _ ops: [String], _ role: InstructionRole?) -> String? {
    switch m {
    case "ret":
      return "ret: a plain function return; AArch64 has no compiler ISR convention, and a real vector would need a stub ending in eret"
    case "eret":
      return "eret: returns from the exception: PC = ELR_ELx, PSTATE = SPSR_ELx"
    case "stp":
      if role == .stub || role == .entry {
        return "stp: stores a register pair to the exception frame (the CPU pushes nothing)"
      }
      return nil
    case "ldp":
      if role == .stub || role == .exit { return "ldp: reloads a register pair from the frame" }
      return nil
    case "mrs":
      return "mrs: reads a system register (ELR_ELx/SPSR_ELx hold the return state)"
    case "msr":
      return "msr: writes a system register (restores ELR_ELx/SPSR_ELx before eret)"
    default: return nil
    }
  }

  private static func mips(_ m: String, _ ops: [String], _ role: InstructionRole?) -> String? {
    let cp0 = ops.count >= 2 ? ops[1] : ""
    switch m {
    case "mfc0":
      switch cp0 {
      case "$13": return "mfc0 \(ops[0]), $13: reads Cause (CP0 13) into k0: its RIPL field is the priority of the interrupt being taken"
      case "$14": return "mfc0 \(ops[0]), $14: reads EPC (CP0 14), the return address, so nested interrupts cannot lose it. LLVM spills it before the SP adjustment but reloads it after (a known ordering bug)"
      case "$12": return "mfc0 \(ops[0]), $12: reads Status (CP0 12) to save it and to raise IPL / clear EXL. LLVM spills it before the SP adjustment but reloads it after (a known ordering bug)"
      default: return "mfc0: reads a coprocessor-0 register into a kernel scratch register (k0/k1)"
      }
    case "mtc0":
      switch cp0 {
      case "$12": return role == .exit
        ? "mtc0 \(ops[0]), $12: restores the saved Status (EXL/IPL of the interrupted code)"
        : "mtc0 \(ops[0]), $12: writes Status back with IPL raised and EXL cleared, so higher-priority interrupts may nest"
      case "$14": return "mtc0 \(ops[0]), $14: restores EPC, the address eret returns to"
      default: return "mtc0: writes a coprocessor-0 register"
      }
    case "ext":
      // In the body, ext/ins are C bit fields and mflo/mfhi read a product: no CP0 story.
      guard isSave(role) else { return nil }
      return "ext: extracts Cause.RIPL (bits 10-15): the requested priority of this interrupt"
    case "ins":
      guard isSave(role) else { return nil }
      if ops.count >= 2, ops[1] == "$zero" {
        return "ins \(ops[0]), $zero, 1, 4: clears Status EXL, ERL and KSU so interrupts can be re-enabled while the handler runs"
      }
      return "ins: copies RIPL into Status.IPL: only higher-priority interrupts may now preempt this one"
    case "di":
      return "di: disables interrupts before restoring EPC/Status, so nothing preempts the exit sequence"
    case "ehb":
      return "ehb: execution hazard barrier: makes the CP0 change (di) take effect before the next instruction"
    case "eret":
      return "eret: returns from the exception: PC = EPC, clears Status.EXL"
    case "sw":
      if ops.first == "$27" || ops.first == "$26" {
        return "sw \(ops[0]): spills the saved EPC/Status; LLVM emits this before the addiu $sp that makes the frame, so it writes into the interrupted code's stack (known LLVM ordering bug)"
      }
      if isSave(role) { return "sw \(ops.first ?? ""): saves a register the body or a call may clobber" }
      return nil
    case "lw":
      if ops.first == "$27" || ops.first == "$26" {
        return "lw \(ops[0]): reloads EPC/Status from the frame, but after the SP adjustment: a different address than the spill (known LLVM ordering bug)"
      }
      if role == .exit { return "lw \(ops.first ?? ""): restores a register saved on entry" }
      return nil
    case "addiu":
      if ops.first == "$sp" {
        return role == .exit ? "addiu $sp: releases the ISR frame" : "addiu $sp: allocates the ISR frame for the register saves"
      }
      return nil
    case "mflo", "mfhi":
      guard isSave(role) else { return nil }
      return "\(m): HI/LO (multiply results) are saved too, through k0, because a call may clobber them"
    case "mtlo", "mthi":
      guard role == .exit || role == .stub else { return nil }
      return "\(m): restores HI/LO from the saved copy"
    default: return nil
    }
  }

  /// GCC's MIPS `interrupt` prologue: it saves EPC and Status inside its new frame (LLVM's
  /// ordering bug is not GCC's), and its options change it: `keep_interrupts_masked` leaves
  /// IPL alone, `use_shadow_register_set` switches to a shadow set (rdpgpr),
  /// `use_debug_exception_return` returns with deret.
  private static func mipsGCC(_ m: String, _ ops: [String], _ role: InstructionRole?) -> String? {
    let cp0 = ops.count >= 2 ? ops[1] : ""
    switch m {
    case "mfc0":
      switch cp0 {
      case "$13": return "mfc0 \(ops[0]), $13: reads Cause (CP0 13): its RIPL field is the priority of the interrupt being taken, copied into Status.IPL below (GCC's keep_interrupts_masked attribute skips that)"
      case "$14": return "mfc0 \(ops[0]), $14: reads EPC (CP0 14), the return address, to save it in the frame before interrupts can nest"
      case "$12": return "mfc0 \(ops[0]), $12: reads Status (CP0 12) to save it and to raise IPL / clear EXL"
      default: return nil
      }
    case "srl":
      if ops.first == "$26" || ops.first == "$k0" {
        return "srl \(ops[0]), \(ops[0]), 10: shifts Cause right so RIPL (bits 10-15) lands at bit 0, ready to insert into Status.IPL"
      }
      return nil
    case "ins":
      guard isSave(role) else { return nil }
      if ops.count >= 4, ops[1] == "$0" || ops[1] == "$zero" {
        // Status bit 0 is IE: clearing bits 0-4 is keep_interrupts_masked's form.
        return ops[2] == "0"
          ? "ins \(ops[0]), $0, 0, \(ops[3]): clears Status IE, EXL, ERL and KSU: kernel mode with interrupts kept masked for the whole handler (GCC's keep_interrupts_masked)"
          : "ins \(ops[0]), $0, \(ops[2]), \(ops[3]): clears Status EXL, ERL and KSU so interrupts can be re-enabled while the handler runs"
      }
      return "ins: copies RIPL into Status.IPL: only higher-priority interrupts may now preempt this one"
    case "sw":
      if ops.first == "$27" || ops.first == "$26" {
        return "sw \(ops[0]): saves EPC, Status or HI/LO (through k0/k1) in the ISR's frame, below the SP the interrupt arrived with"
      }
      return nil
    case "lw":
      if ops.first == "$27" || ops.first == "$26" {
        return "lw \(ops[0]): reloads a saved EPC, Status or HI/LO for the return"
      }
      return nil
    case "rdpgpr":
      return "rdpgpr: reads a register of the previous (interrupted) shadow set: GCC's use_shadow_register_set attribute switches register sets instead of saving them"
    case "wrpgpr":
      return "wrpgpr: writes a register of the previous shadow set"
    case "deret":
      return "deret: returns from a debug exception (GCC's use_debug_exception_return attribute): PC = DEPC"
    default: return nil
    }
  }

  private static func riscv(_ m: String, _ ops: [String], _ role: InstructionRole?) -> String? {
    switch m {
    case "addi":
      if ops.first == "sp" {
        return role == .exit
          ? "addi sp: releases the frame; traps do not move SP, so it is the interrupted code's SP again"
          : "addi sp: allocates the frame for the saves (traps push nothing; SP is assumed ABI-aligned)"
      }
      return nil
    case "sw", "sd":
      if isSave(role) {
        return "\(m) \(ops.first ?? ""): saves a caller-saved register (ra, t*, a*) the body or a call may clobber: RISC-V hardware saves no registers"
      }
      return nil
    case "lw", "ld":
      if role == .exit || role == .stub { return "\(m) \(ops.first ?? ""): restores a register saved on entry" }
      return nil
    case "mret":
      return "mret: returns from the machine-mode trap: PC = mepc, MIE = MPIE, privilege = MPP"
    case "sret":
      return "sret: returns from the supervisor trap: PC = sepc, SIE = SPIE"
    case "csrr", "csrrw", "csrw", "csrs", "csrc", "csrsi", "csrci":
      return "\(m): reads or writes a control/status register (mepc, mcause, mstatus) of the trap state"
    default: return nil
    }
  }

  private static func avr(_ m: String, _ ops: [String], _ role: InstructionRole?) -> String? {
    let reg = ops.first ?? ""
    switch m {
    case "push":
      if (reg == "r0" || reg == "__tmp_reg__") && role == .entry {
        return "push r0: frees r0 as scratch to copy SREG (the CPU pushed only the PC)"
      }
      if reg == "r1" || reg == "__zero_reg__" { return "push \(reg): saves r1, the C zero register (__zero_reg__), before clearing it" }
      return "push \(reg): saves a call-clobbered register (r18-r27, r30-r31) the body or a call uses"
    case "in":
      if ops.count == 2, ops[1] == "63" || ops[1] == "0x3f" || ops[1] == "__sreg__" {
        return "in r0, 63: reads SREG (I/O 0x3f): the CPU does not save the status flags on interrupt, so the ISR must"
      }
      return nil
    case "out":
      if ops.first == "63" || ops.first == "0x3f" || ops.first == "__sreg__" {
        return "out 63, r0: restores SREG (the interrupted code's flags)"
      }
      return nil
    case "clr", "eor":
      if reg == "r1" || reg == "__zero_reg__" {
        return "\(m) \(reg): r1 is the C zero register (avr-gcc's __zero_reg__); the interrupted code may have left a MUL result in it, so the ISR clears it before running C code"
      }
      return nil
    case "__gcc_isr":
      return "__gcc_isr: avr-gcc 8+ with -mgas-isr-prologues: a pseudo-instruction the assembler expands into only the saves the body needs (SREG, r0 and r1 only when used)"
    case "pop":
      return "pop \(reg): restores a register saved on entry, in reverse order"
    case "reti":
      return "reti: pops the return PC and sets the I flag, re-enabling interrupts"
    case "sei":
      return "sei: re-enables interrupts at entry (the `interrupt` attribute: nestable)"
    default: return nil
    }
  }

  private static func msp430(_ m: String, _ ops: [String], _ role: InstructionRole?) -> String? {
    let reg = ops.first ?? ""
    switch m {
    case "push", "push.w":
      return "push \(reg): saves a caller-saved register (r11-r15) the body or a call may clobber; the CPU pushed only PC and SR"
    case "pop", "pop.w":
      return "pop \(reg): restores a register saved on entry"
    case "reti":
      return "reti: pops SR then PC (the 4 bytes the CPU pushed), restoring GIE and the low-power bits"
    default: return nil
    }
  }

  private static func powerpc(_ m: String, _ ops: [String], _ role: InstructionRole?) -> String? {
    switch m {
    case "stwu":
      // Other stwu are the body's update-form stores (a pointer walk).
      guard ops.first == "r1" else { return nil }
      return "stwu r1: allocates a stack frame and stores the back chain in one instruction (an ordinary prologue)"
    case "mflr":
      return "mflr r0: copies the link register so the call inside does not lose the return address"
    case "mtlr":
      return "mtlr r0: restores the link register before the return"
    case "blr":
      return "blr: a plain function return; PowerPC has no compiler ISR convention, and a real vector would need a stub ending in rfi"
    case "rfi":
      return "rfi: returns from the interrupt: PC = SRR0, MSR = SRR1"
    case "stw":
      if ops.first == "r0", role == .entry { return "stw r0: saves the return address (LR) in the caller's frame" }
      return nil
    case "lwz":
      if ops.first == "r0", role == .exit { return "lwz r0: reloads the saved return address" }
      return nil
    default: return nil
    }
  }
}
