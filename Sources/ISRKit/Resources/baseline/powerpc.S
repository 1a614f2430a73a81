/*
ISRX-STUB: per-vector

Baseline trampoline for 32-bit PowerPC (embedded ABI "EABI", big endian,
supervisor mode, no MMU translation to worry about).

PowerPC has no compiler interrupt convention, so kernels write this by hand
(Linux EXCEPTION_PROLOG, U-Boot, RTOS BSPs). This stub follows the RustOS
recipe: one copy per vector N (assembled with -DISRX_VECTOR=N) saves the
registers, passes N to isrx_unified_handler(unsigned vector) and returns
with `rfi`.

Where the vector number comes from
  An immediate in the stub. Classic PowerPC has one external-interrupt
  vector (offset 0x500) and Book E one IVOR per exception class; the
  interrupting device is identified by reading the interrupt controller
  (e.g. the OpenPIC/MPIC IACK register) in software. A per-vector stub
  models a controller that vectors per source, as the x86 IDT does.

What the hardware did before the first instruction
  It saved the address to resume at in SRR0 and the old MSR in SRR1, then
  cleared MSR[EE] (external interrupts masked, so no nesting) and MSR[PR]
  (supervisor mode), and, on classic Book III-S cores, MSR[IR/DR]
  (translation off); then it jumped to the vector. Nothing was pushed on
  any stack and no GPR was changed.

Registers saved, and why
  r0 and r3-r31 (30 GPRs: r0 one by one, r3-r31 with a single `stmw`, the
  PowerPC counterpart of `pushal`), plus the special registers LR, CTR, XER
  and CR, each moved through r0: 34 words = 136 bytes.
  Under the EABI a C function may clobber r0, r3-r12, LR, CTR, XER (carry
  and overflow bits) and the CR fields CR0, CR1, CR5-CR7: those saves are
  strictly needed (LR also because `bl` overwrites it). r14-r31 are
  callee-saved, so those 18 saves are blind; CR is saved as one word, which
  includes the callee-saved fields CR2-CR4.
  Not saved: r1 is the stack pointer (restored by arithmetic). r2 and r13
  are the EABI small-data anchors (r2 for .sdata2/.sbss2, r13 for
  .sdata/.sbss): they are set once at startup and compiled code never
  changes them, so the handler sees the right values and cannot break
  them. r13 is nevertheless stored and reloaded, harmlessly, because it lies
  inside the r3-r31 range of `stmw`/`lmw`; splitting the range to skip it
  would cost 10 single stores instead of one instruction. SRR0/SRR1 are not
  saved: with MSR[EE] clear, nothing can overwrite them (the handler must
  not cause another exception). No FP registers: -msoft-float.

Stack and alignment
  The stub assumes it interrupted supervisor code whose r1 is a valid
  stack; 32-bit EABI code never keeps data below r1. `stwu r1, -144(r1)`
  allocates the frame and stores the back-chain word in one instruction,
  as the ABI requires. Bytes 4..7 of the new frame are left free: that is
  where the called function stores its own LR. The EABI requires only 8-byte
  stack alignment; this stub keeps the 16-byte alignment of the SVR4 ABI
  (clang's powerpc-eabi code allocates in multiples of 16 too): 8 header +
  136 saves = 144 = 9 x 16. `bl` leaves the return address in LR, not on
  the stack: the stub has reserved 144 bytes when isrx_unified_handler
  starts.

Return
  `rfi` (return from interrupt) loads the PC from SRR0 and the MSR from
  SRR1, which re-enables external interrupts and restores the interrupted
  privilege and translation state. It does not touch CR or XER, hence their
  saves above.

Note
  `stmw`/`lmw` are fine in big-endian mode; in little-endian mode many cores
  trap on them, and some superscalar cores run them slower than single
  stores.

Size versus vector number
  `li r3, N` has a 16-bit immediate, so every stub is the same size.
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
        .type   isrx_stub, @function
isrx_stub:
        stwu    %r1, -144(%r1)          /* new frame + back chain at 0(r1)        */
        stw     %r0, 8(%r1)             /* 4(r1) stays free for the callee's LR   */
        stmw    %r3, 12(%r1)            /* r3..r31 -> 12..127 (r14+ blind)        */
        mflr    %r0
        stw     %r0, 128(%r1)           /* LR                                     */
        mfctr   %r0
        stw     %r0, 132(%r1)           /* CTR                                    */
        mfxer   %r0
        stw     %r0, 136(%r1)           /* XER                                    */
        mfcr    %r0
        stw     %r0, 140(%r1)           /* CR                                     */
        li      %r3, ISRX_VECTOR        /* first argument: the vector number      */
        bl      isrx_unified_handler
        lwz     %r0, 128(%r1)
        mtlr    %r0
        lwz     %r0, 132(%r1)
        mtctr   %r0
        lwz     %r0, 136(%r1)
        mtxer   %r0
        lwz     %r0, 140(%r1)
        mtcr    %r0                     /* all eight CR fields                    */
        lmw     %r3, 12(%r1)
        lwz     %r0, 8(%r1)
        addi    %r1, %r1, 144           /* free the frame                         */
        rfi                             /* PC = SRR0, MSR = SRR1                  */
        .size   isrx_stub, .-isrx_stub
