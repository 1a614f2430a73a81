/*
ISRX-STUB: per-vector

Baseline trampoline for AArch64 (ARMv8-A, IRQ taken to EL1).

AArch64 has no compiler interrupt convention at all, so every AArch64 kernel
does this by hand: save the registers, call C, restore, `eret`. This stub
follows the RustOS recipe: one copy per interrupt number N (assembled with
-DISRX_VECTOR=N), which passes N to isrx_unified_handler(unsigned vector).

Where the vector number comes from
  Here: an immediate in the stub (`mov w0, #N`), to keep the per-vector
  recipe comparable with the other targets. Real AArch64 hardware does not
  vector per interrupt source: VBAR_EL1 has one IRQ entry per origin (current
  EL or lower EL), and the interrupt number is read from the GIC
  (ICC_IAR1_EL1) in software, with one shared stub, as Linux's kernel_entry
  + handle_arch_irq does. A vector-table entry is 128 bytes (32
  instructions); this stub is longer, so in a real table the entry would be
  a branch to it.

What the hardware did before the first instruction
  It saved the return address in ELR_EL1 and the old PSTATE (flags, mask
  bits, EL, SP selection) in SPSR_EL1, masked all of D, A, I, F, selected
  SP_EL1 as the stack pointer, and branched to VBAR_EL1 + 0x280 (IRQ from
  EL1 using SP_EL1) or + 0x480 (IRQ from EL0). Nothing was pushed on any
  stack; ESR_EL1 is not written for interrupts.

Registers saved, and why
  All 31 general-purpose registers x0-x30 (248 bytes) in a 256-byte frame.
  Under the AAPCS64 a C function may clobber x0-x17 (x16/x17 are the
  intra-procedure-call scratch registers IP0/IP1) and x18 (the platform
  register, a plain temporary on bare metal); x30 (LR) must be saved because
  `bl` overwrites it. Those 20 saves are strictly needed. x19-x28 and x29
  (the frame pointer) are callee-saved, so those 11 saves are blind. SP needs
  no save: the stub restores it by arithmetic. The NZCV flags are in
  SPSR_EL1 already. No FP/SIMD registers are saved: handlers are built with
  -mgeneral-regs-only.

ELR_EL1 and SPSR_EL1
  They are NOT saved. Only another exception taken to EL1 can overwrite
  them, and none can happen here: the stub leaves IRQ and FIQ masked, so
  there is no nesting, and the handler must not trigger synchronous
  exceptions (SVC, breakpoints, faults). A kernel that re-enables interrupts
  inside handlers must save both (2 `mrs` + 1 `stp` and 1 `ldp` + 2 `msr`),
  which grows the frame to the 272 bytes of Linux's pt_regs register part
  (x0-x30, SP, ELR, SPSR).

Stack alignment
  AArch64 requires SP to be 16-byte aligned whenever it is used to access
  memory (SCTLR_EL1.SA checks it), and AAPCS64 code keeps it so at all times.
  So SP is 16-aligned on entry, and the frame is rounded from 248 up to 256
  bytes (8 bytes of padding) to keep it aligned at the `bl`. AAPCS64 has no
  red zone, so the frame may start right at the interrupted SP. `bl` puts
  the return address in x30, not on the stack: the stub has reserved 256
  bytes when isrx_unified_handler starts.

Return
  `eret` loads PC from ELR_EL1 and PSTATE from SPSR_EL1: it returns to the
  interrupted instruction and restores its exception level, stack selection,
  flags and interrupt masks in one instruction.

Size versus vector number
  `mov w0, #N` (MOVZ with a 16-bit immediate) is 4 bytes for every N, so
  every stub is the same size.
*/

#ifndef ISRX_VECTOR
#error "assemble with -DISRX_VECTOR=<vector number 0..255>"
#endif
#if ISRX_VECTOR < 0 || ISRX_VECTOR > 255
#error "ISRX_VECTOR must be 0..255"
#endif

        .text
        .p2align 2
        .globl  isrx_stub
        .type   isrx_stub, %function
isrx_stub:
        stp     x0, x1, [sp, #-256]!    /* allocate the frame, save x0/x1         */
        stp     x2, x3, [sp, #16]
        stp     x4, x5, [sp, #32]
        stp     x6, x7, [sp, #48]
        stp     x8, x9, [sp, #64]
        stp     x10, x11, [sp, #80]
        stp     x12, x13, [sp, #96]
        stp     x14, x15, [sp, #112]
        stp     x16, x17, [sp, #128]
        stp     x18, x19, [sp, #144]    /* x19 onwards: callee-saved (blind)      */
        stp     x20, x21, [sp, #160]
        stp     x22, x23, [sp, #176]
        stp     x24, x25, [sp, #192]
        stp     x26, x27, [sp, #208]
        stp     x28, x29, [sp, #224]
        str     x30, [sp, #240]         /* LR; bytes 248..255 are padding         */
        mov     w0, #ISRX_VECTOR        /* first argument: the vector number      */
        bl      isrx_unified_handler
        ldp     x2, x3, [sp, #16]
        ldp     x4, x5, [sp, #32]
        ldp     x6, x7, [sp, #48]
        ldp     x8, x9, [sp, #64]
        ldp     x10, x11, [sp, #80]
        ldp     x12, x13, [sp, #96]
        ldp     x14, x15, [sp, #112]
        ldp     x16, x17, [sp, #128]
        ldp     x18, x19, [sp, #144]
        ldp     x20, x21, [sp, #160]
        ldp     x22, x23, [sp, #176]
        ldp     x24, x25, [sp, #192]
        ldp     x26, x27, [sp, #208]
        ldp     x28, x29, [sp, #224]
        ldr     x30, [sp, #240]
        ldp     x0, x1, [sp], #256      /* restore x0/x1, free the frame          */
        eret                            /* PC = ELR_EL1, PSTATE = SPSR_EL1        */
        .size   isrx_stub, .-isrx_stub
