/*
ISRX-STUB: per-vector

Baseline trampoline for RISC-V 32-bit, machine mode (rv32imac,
ABI ilp32).

The RustOS recipe on RISC-V: one stub per vector N (assembled with
-DISRX_VECTOR=N) saves the registers, passes N to
isrx_unified_handler(unsigned vector) and returns with `mret`. The
riscv64.S file is the same stub with sd/ld and 8-byte slots.

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
  ra, t0-t6, a0-a7 and s0-s11: 28 registers = 112 bytes. Under the
  RISC-V psABI a C function may clobber ra, t0-t6 and a0-a7: those 16 saves
  are strictly needed (ra also because `call` overwrites it). s0-s11 are
  callee-saved, so those 12 saves are blind (the handler would save them
  itself if it used them). Not saved: x0 is always zero; sp is restored by
  arithmetic; gp (global pointer) is set once by the startup code, the
  linker relaxes accesses relative to it, and C code never writes it; tp
  (thread pointer) is likewise never written by C code (only a thread
  switch changes it, and this stub does not switch). There is no flags
  register. No FP registers exist in rv32imac.

Stack alignment
  The psABI keeps sp 16-byte aligned at all times, traps do not move sp,
  and the psABI has no red zone below sp. 112 is a multiple of 16, so
  sp is still 16-aligned at the call. `call` puts the return address in ra,
  not on the stack: the stub has reserved 112 bytes when
  isrx_unified_handler starts.

Return
  `mret` jumps to mepc, copies MPIE back into MIE (re-enabling interrupts)
  and returns to the privilege level saved in MPP. mepc and mstatus are not
  saved: with MIE clear no other interrupt can overwrite them (the handler
  must not cause exceptions).

Size versus vector number, and compressed code
  With the C extension the assembler compresses the sp-relative loads and
  stores (c.swsp/c.lwsp) and the sp adjustments (c.addi16sp) to 2
  bytes each. `li a0, N` would become the 2-byte `c.li` for N < 32 but 4
  bytes for N >= 32, making the stub size depend on N; the `.option norvc`
  around it forces the 4-byte form so that every stub has the same size.
  `call` is assembled as auipc + jalr (8 bytes, 2 instructions, size as in
  the object file). At link time a relaxing linker may shorten it to `jal`
  (4 bytes) when the handler is within +/-1 MiB; on RV32C even `c.jal` (2 bytes) within +/-2 KiB; the figures for
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
        addi    sp, sp, -112            /* 28 registers x 4 bytes = 112          */
        sw      ra, 0(sp)               /* return address; `call` overwrites it  */
        sw      t0, 4(sp)               /* temporaries                           */
        sw      t1, 8(sp)
        sw      t2, 12(sp)
        sw      s0, 16(sp)              /* callee-saved (blind)                  */
        sw      s1, 20(sp)
        sw      a0, 24(sp)              /* argument registers                    */
        sw      a1, 28(sp)
        sw      a2, 32(sp)
        sw      a3, 36(sp)
        sw      a4, 40(sp)
        sw      a5, 44(sp)
        sw      a6, 48(sp)
        sw      a7, 52(sp)
        sw      s2, 56(sp)              /* callee-saved (blind)                  */
        sw      s3, 60(sp)
        sw      s4, 64(sp)
        sw      s5, 68(sp)
        sw      s6, 72(sp)
        sw      s7, 76(sp)
        sw      s8, 80(sp)
        sw      s9, 84(sp)
        sw      s10, 88(sp)
        sw      s11, 92(sp)
        sw      t3, 96(sp)              /* temporaries                           */
        sw      t4, 100(sp)
        sw      t5, 104(sp)
        sw      t6, 108(sp)
        .option push
        .option norvc                   /* keep `li` 4 bytes for every N         */
        li      a0, ISRX_VECTOR         /* first argument: the vector number     */
        .option pop
        call    isrx_unified_handler    /* auipc + jalr (may relax to jal)       */
        lw      ra, 0(sp)
        lw      t0, 4(sp)
        lw      t1, 8(sp)
        lw      t2, 12(sp)
        lw      s0, 16(sp)
        lw      s1, 20(sp)
        lw      a0, 24(sp)
        lw      a1, 28(sp)
        lw      a2, 32(sp)
        lw      a3, 36(sp)
        lw      a4, 40(sp)
        lw      a5, 44(sp)
        lw      a6, 48(sp)
        lw      a7, 52(sp)
        lw      s2, 56(sp)
        lw      s3, 60(sp)
        lw      s4, 64(sp)
        lw      s5, 68(sp)
        lw      s6, 72(sp)
        lw      s7, 76(sp)
        lw      s8, 80(sp)
        lw      s9, 84(sp)
        lw      s10, 88(sp)
        lw      s11, 92(sp)
        lw      t3, 96(sp)
        lw      t4, 100(sp)
        lw      t5, 104(sp)
        lw      t6, 108(sp)
        addi    sp, sp, 112             /* free the frame                        */
        mret                            /* PC = mepc, MIE = MPIE, mode = MPP     */
        .size   isrx_stub, .-isrx_stub
