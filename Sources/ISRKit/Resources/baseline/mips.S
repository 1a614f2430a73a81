/*
ISRX-STUB: per-vector

Baseline trampoline for MIPS32 Release 2 (o32 ABI, static code, little
endian, kernel mode).

The RustOS recipe on MIPS: one stub per interrupt vector N (assembled with
-DISRX_VECTOR=N) saves the registers, passes N to
isrx_unified_handler(unsigned vector) and returns with `eret`.

Where the vector number comes from
  An immediate in the stub. This matches MIPS32r2 vectored interrupt modes:
  in VI mode each of the 8 interrupt lines, and in EIC mode each vector the
  external controller supplies (up to 63), has its own entry at
  EBase + 0x200 + n * spacing (spacing set by IntCtl.VS, 32..512 bytes).
  This stub (276 bytes) fits only with a 512-byte spacing; with smaller
  spacings the entry jumps to it. In the classic non-vectored mode there is
  one entry, and software reads Cause.IP instead (a shared stub).

What the hardware did before the first instruction
  It wrote the restart address to EPC (if the interrupted instruction was in
  a branch delay slot, the branch's address, with Cause.BD set), set
  Status.EXL (kernel mode, all interrupts masked), recorded the cause in
  Cause, and jumped to the vector. Nothing was pushed on any stack: MIPS
  has no hardware stack at all.

Registers saved, and why
  $1-$25, $28 (gp), $30 (fp/s8), $31 (ra) and HI/LO: 28 GPRs + 2 = 120
  bytes. Under o32 a C function may clobber $1 (at), $2-$3 (v0-v1),
  $4-$7 (a0-a3), $8-$15 (t0-t7), $24-$25 (t8-t9), $31 (ra, which `jal`
  overwrites anyway) and HI/LO: those 18 GPRs + HI/LO are strictly needed.
  $16-$23 (s0-s7), $28 (gp) and $30 (fp) are preserved by C code, so those
  10 saves are blind. Not saved: $0 is always zero; $26/$27 (k0/k1) are
  reserved for exception handlers, so the interrupted code cannot hold
  anything in them and the stub uses them as free scratch to move HI/LO;
  $29 (sp) is restored by arithmetic. No FP registers are saved
  (-msoft-float).

EPC and Status
  Not touched and not saved. Status.EXL stays set for the whole handler, so
  no other interrupt can arrive and overwrite EPC; `eret` then consumes both
  unchanged. (Compiler-generated MIPS ISRs save EPC and Status because they
  clear EXL to allow nesting; this baseline does not nest, like RustOS.)
  The handler must not cause other exceptions (TLB misses, syscalls).

Stack and alignment
  The stub assumes it interrupted kernel-mode code running on the kernel
  stack (o32 has no red zone below sp). The o32 ABI requires sp to be
  8-byte aligned and every caller to reserve a 16-byte argument area at the
  bottom of its frame, where the callee may spill a0-a3. The frame is
  16 (argument area) + 120 (saves) = 136 bytes, a multiple of 8, so sp
  stays aligned. `jal` puts the return address in $31, not on the stack.

Delay slots
  `.set noreorder` tells the assembler not to move instructions or insert
  nops, so what is written is what runs. The one branch, `jal`, has a delay
  slot: the instruction after it executes before the handler starts, and
  here it is the `li $4, N` that loads the argument. `eret` has NO delay
  slot: the instruction after it is never executed, which is why the frame
  is freed before it. Load and HI/LO hazards are interlocked on MIPS32r2.
  `.set noat` allows naming $1, which the assembler otherwise reserves.

Return
  `eret` jumps to EPC and clears Status.EXL, which unmasks interrupts and
  returns to the interrupted mode, in one instruction.

Size versus vector number
  `li $4, N` is a single `addiu $4, $0, N` for every N = 0..255, so every
  stub is the same size.
*/

#ifndef ISRX_VECTOR
#error "assemble with -DISRX_VECTOR=<vector number 0..255>"
#endif
#if ISRX_VECTOR < 0 || ISRX_VECTOR > 255
#error "ISRX_VECTOR must be 0..255"
#endif

        .text
        .p2align 2
        .set    noreorder
        .set    noat
        .globl  isrx_stub
        .type   isrx_stub, @function
        .ent    isrx_stub
isrx_stub:
        addiu   $sp, $sp, -136          /* 16 B o32 argument area + 120 B saves   */
        sw      $1, 16($sp)             /* at                                     */
        sw      $2, 20($sp)             /* v0, v1                                 */
        sw      $3, 24($sp)
        sw      $4, 28($sp)             /* a0-a3                                  */
        sw      $5, 32($sp)
        sw      $6, 36($sp)
        sw      $7, 40($sp)
        sw      $8, 44($sp)             /* t0-t7                                  */
        sw      $9, 48($sp)
        sw      $10, 52($sp)
        sw      $11, 56($sp)
        sw      $12, 60($sp)
        sw      $13, 64($sp)
        sw      $14, 68($sp)
        sw      $15, 72($sp)
        sw      $16, 76($sp)            /* s0-s7 (callee-saved: blind)            */
        sw      $17, 80($sp)
        sw      $18, 84($sp)
        sw      $19, 88($sp)
        sw      $20, 92($sp)
        sw      $21, 96($sp)
        sw      $22, 100($sp)
        sw      $23, 104($sp)
        sw      $24, 108($sp)           /* t8, t9                                 */
        sw      $25, 112($sp)
        sw      $28, 116($sp)           /* gp (blind)                             */
        sw      $30, 120($sp)           /* fp/s8 (blind)                          */
        sw      $31, 124($sp)           /* ra                                     */
        mfhi    $26                     /* k0/k1 are free scratch                 */
        mflo    $27
        sw      $26, 128($sp)
        sw      $27, 132($sp)
        jal     isrx_unified_handler
        li      $4, ISRX_VECTOR         /* delay slot: a0 = vector number         */
        lw      $26, 128($sp)
        lw      $27, 132($sp)
        mthi    $26
        mtlo    $27
        lw      $1, 16($sp)
        lw      $2, 20($sp)
        lw      $3, 24($sp)
        lw      $4, 28($sp)
        lw      $5, 32($sp)
        lw      $6, 36($sp)
        lw      $7, 40($sp)
        lw      $8, 44($sp)
        lw      $9, 48($sp)
        lw      $10, 52($sp)
        lw      $11, 56($sp)
        lw      $12, 60($sp)
        lw      $13, 64($sp)
        lw      $14, 68($sp)
        lw      $15, 72($sp)
        lw      $16, 76($sp)
        lw      $17, 80($sp)
        lw      $18, 84($sp)
        lw      $19, 88($sp)
        lw      $20, 92($sp)
        lw      $21, 96($sp)
        lw      $22, 100($sp)
        lw      $23, 104($sp)
        lw      $24, 108($sp)
        lw      $25, 112($sp)
        lw      $28, 116($sp)
        lw      $30, 120($sp)
        lw      $31, 124($sp)
        addiu   $sp, $sp, 136           /* free the frame before eret             */
        eret                            /* PC = EPC, clear EXL; no delay slot     */
        .end    isrx_stub
        .size   isrx_stub, .-isrx_stub
        .set    at
        .set    reorder
