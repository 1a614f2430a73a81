/*
ISRX-STUB: per-vector

Baseline trampoline for 32-bit ARM, A/R profile (ARMv7-A, ARM state, IRQ
mode).

The RustOS recipe on classic ARM: one stub per interrupt source saves the
registers, passes the source number to isrx_unified_handler(unsigned vector)
and returns from the exception. The copy for source N is assembled with
-DISRX_VECTOR=N.

Where the vector number comes from
  The A/R-profile core has a single IRQ exception vector (offset 0x18); it
  does not know which device interrupted. A per-vector stub fits a
  vectored interrupt controller such as ARM's PL190/PL192 VIC: the IRQ vector
  holds `ldr pc, [pc, #-0xff0]`, which loads VICVectAddr, the address
  programmed for the highest-priority pending source, i.e. this stub's
  copy for that source. The number N is then an immediate in the stub. (With
  a GIC there is a single shared stub instead, and the number is read from
  GICC_IAR in software, as Linux does.) Acknowledging the controller (the
  VICVectAddr write) is the handler's job, not the stub's.

What the hardware did before the first instruction
  It copied CPSR into SPSR_irq, switched to IRQ mode (which has its own
  banked SP and LR), set the I bit (IRQs masked, so no nesting), switched to
  ARM state, and set LR_irq to the address of the instruction to resume
  at, plus 4. Nothing was pushed on any stack.

Registers saved, and why
  `sub lr, lr, #4` first turns LR_irq into the real return address. Then
  `push {r0-r12, lr}` (one STMDB instruction) saves 14 words = 56 bytes on
  the IRQ-mode stack. Under the AAPCS a C function may clobber r0-r3 and r12
  (ip); those 5 saves are strictly needed. LR_irq must be saved because `bl`
  overwrites it and it holds the return address. r4-r11 are callee-saved:
  those 8 saves are blind (the handler would save them itself if it used
  them). SP and LR of the interrupted mode are banked away and untouched.
  The condition flags live in CPSR, which the hardware saved in SPSR_irq.
  VFP/NEON registers are not saved: handlers are built with
  -mfloat-abi=soft and touch no VFP state.

Stack alignment
  The AAPCS requires SP to be 8-byte aligned at a public call. SP_irq is
  private to IRQ mode and set up 8-aligned at boot; because IRQs do not nest
  here it is back at that value on every entry. 56 bytes is a multiple of 8,
  so SP is still 8-aligned at the `bl`. (clang's own `interrupt("IRQ")`
  functions realign with `bfc sp, #0, #3` because they cannot assume this.)
  `bl` puts the return address in LR, not on the stack, so the stub has put
  56 bytes on the stack when isrx_unified_handler starts.

Return
  `ldm sp!, {r0-r12, pc}^` reloads r0-r12, loads PC with the adjusted return
  address, and, because PC is in the list and `^` is given, also copies
  SPSR_irq back into CPSR: this restores the interrupted mode, its flags, its
  I bit and its ARM/Thumb state in the same instruction. It is the
  equivalent of `subs pc, lr, #4` for a handler that has pushed LR.

Size versus vector number
  `mov r0, #N` encodes any N = 0..255 in its 8-bit immediate, so every stub
  is the same size.
*/

#ifndef ISRX_VECTOR
#error "assemble with -DISRX_VECTOR=<vector number 0..255>"
#endif
#if ISRX_VECTOR < 0 || ISRX_VECTOR > 255
#error "ISRX_VECTOR must be 0..255"
#endif

        .syntax unified
        .arm
        .text
        .p2align 2
        .globl  isrx_stub
        .type   isrx_stub, %function
isrx_stub:
        sub     lr, lr, #4              /* LR_irq = resume address + 4: fix it  */
        push    {r0-r12, lr}            /* 14 words = 56 bytes, keeps 8-alignment */
        mov     r0, #ISRX_VECTOR        /* first argument: the vector number     */
        bl      isrx_unified_handler
        ldm     sp!, {r0-r12, pc}^      /* restore; PC = return, CPSR = SPSR_irq */
        .size   isrx_stub, .-isrx_stub
