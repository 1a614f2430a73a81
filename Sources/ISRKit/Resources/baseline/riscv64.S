/*
ISRX-STUB: per-vector

Baseline trampoline for RISC-V 64-bit, machine mode (rv64imac,
ABI lp64, code model medany).

The RustOS recipe on RISC-V: one stub per vector N (assembled with
-DISRX_VECTOR=N) saves the registers, passes N to
isrx_unified_handler(unsigned vector) and returns with `mret`. The
riscv32.S file is the same stub with sw/lw and 4-byte slots.

Where the vector number comes from
  An immediate in the stub. This fits vectored interrupt hardware: with
  mtvec in vectored mode (MODE = 1) an interrupt with cause n jumps to
  BASE + 4 * n, a 4-byte slot that holds a `j` to the stub for n; with the
  CLIC each interrupt has its own handler address. In direct mode
  (MODE = 0) there is a single trap entry and software reads mcause
  instead (a shared stub, as riscv-rt does). Devices behind a PLIC all
  arrive as cause 11 and are identified by reading its claim register.

What the hardware did before the first instruction
  It saved the interrupted PC in mepc, the cause in mcause (and mtval),
  copied mstatus.MIE into MPIE and cleared MIE (interrupts masked, so no
  nesting), saved the previous privilege in MPP, and jumped to the trap
  vector. Nothing was pushed on any stack and no register was changed.

Registers saved, and why
  ra, t0-t6, a0-a7 and s0-s11: 28 registers = 224 bytes. Under the
  RISC-V psABI a C function may clobber ra, t0-t6 and a0-a7: those 16 saves
  are strictly needed (ra also because `call` overwrites it). s0-s11 are
  callee-saved, so those 12 saves are blind (the handler would save them
  itself if it used them). Not saved: x0 is always zero; sp is restored by
  arithmetic; gp (global pointer) is set once by the startup code, the
  linker relaxes accesses relative to it, and C code never writes it; tp
  (thread pointer) is likewise never written by C code (only a thread
  switch changes it, and this stub does not switch). There is no flags
  register. No FP registers exist in rv64imac.

Stack alignment
  The psABI keeps sp 16-byte aligned at all times, traps do not move sp,
  and the psABI has no red zone below sp. 224 is a multiple of 16, so
  sp is still 16-aligned at the call. `call` puts the return address in ra,
  not on the stack: the stub has reserved 224 bytes when
  isrx_unified_handler starts.

Return
  `mret` jumps to mepc, copies MPIE back into MIE (re-enabling interrupts)
  and returns to the privilege level saved in MPP. mepc and mstatus are not
  saved: with MIE clear no other interrupt can overwrite them (the handler
  must not cause exceptions).

Size versus vector number, and compressed code
  With the C extension the assembler compresses the sp-relative loads and
  stores (c.sdsp/c.ldsp) and the sp adjustments (c.addi16sp) to 2
  bytes each. `li a0, N` would become the 2-byte `c.li` for N < 32 but 4
  bytes for N >= 32, making the stub size depend on N; the `.option norvc`
  around it forces the 4-byte form so that every stub has the same size.
  `call` is assembled as auipc + jalr (8 bytes, 2 instructions, size as in
  the object file). At link time a relaxing linker may shorten it to `jal`
  (4 bytes) when the handler is within +/-1 MiB (RV64 has no `c.jal`); the figures for
  this stub are the unrelaxed ones.
*/

#ifndef ISRX_VECTOR
#error "assemble with -DISRX_VECTOR=<vector number 0..255>"
#endif
#if ISRX_VECTOR < 0 || ISRX_VECTOR > 255
#error "ISRX_VECTOR must be 0..255"
#endif

        .text
        .p2align 1
        .globl  isrx_stub
        .type   isrx_stub, @function
isrx_stub:
        addi    sp, sp, -224            /* 28 registers x 8 bytes = 224          */
        sd      ra, 0(sp)               /* return address; `call` overwrites it  */
        sd      t0, 8(sp)               /* temporaries                           */
        sd      t1, 16(sp)
        sd      t2, 24(sp)
        sd      s0, 32(sp)              /* callee-saved (blind)                  */
        sd      s1, 40(sp)
        sd      a0, 48(sp)              /* argument registers                    */
        sd      a1, 56(sp)
        sd      a2, 64(sp)
        sd      a3, 72(sp)
        sd      a4, 80(sp)
        sd      a5, 88(sp)
        sd      a6, 96(sp)
        sd      a7, 104(sp)
        sd      s2, 112(sp)             /* callee-saved (blind)                  */
        sd      s3, 120(sp)
        sd      s4, 128(sp)
        sd      s5, 136(sp)
        sd      s6, 144(sp)
        sd      s7, 152(sp)
        sd      s8, 160(sp)
        sd      s9, 168(sp)
        sd      s10, 176(sp)
        sd      s11, 184(sp)
        sd      t3, 192(sp)             /* temporaries                           */
        sd      t4, 200(sp)
        sd      t5, 208(sp)
        sd      t6, 216(sp)
        .option push
        .option norvc                   /* keep `li` 4 bytes for every N         */
        li      a0, ISRX_VECTOR         /* first argument: the vector number     */
        .option pop
        call    isrx_unified_handler    /* auipc + jalr (may relax to jal)       */
        ld      ra, 0(sp)
        ld      t0, 8(sp)
        ld      t1, 16(sp)
        ld      t2, 24(sp)
        ld      s0, 32(sp)
        ld      s1, 40(sp)
        ld      a0, 48(sp)
        ld      a1, 56(sp)
        ld      a2, 64(sp)
        ld      a3, 72(sp)
        ld      a4, 80(sp)
        ld      a5, 88(sp)
        ld      a6, 96(sp)
        ld      a7, 104(sp)
        ld      s2, 112(sp)
        ld      s3, 120(sp)
        ld      s4, 128(sp)
        ld      s5, 136(sp)
        ld      s6, 144(sp)
        ld      s7, 152(sp)
        ld      s8, 160(sp)
        ld      s9, 168(sp)
        ld      s10, 176(sp)
        ld      s11, 184(sp)
        ld      t3, 192(sp)
        ld      t4, 200(sp)
        ld      t5, 208(sp)
        ld      t6, 216(sp)
        addi    sp, sp, 224             /* free the frame                        */
        mret                            /* PC = mepc, MIE = MPIE, mode = MPP     */
        .size   isrx_stub, .-isrx_stub
