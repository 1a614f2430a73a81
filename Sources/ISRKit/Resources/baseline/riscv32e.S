/*
ISRX-STUB: per-vector

Baseline trampoline for RISC-V RV32E, machine mode (rv32ec, ABI ilp32e):
the embedded base ISA with 16 integer registers, x0-x15.

The RustOS recipe on RISC-V, as in riscv32.S: one stub per vector N
(assembled with -DISRX_VECTOR=N) saves the registers, passes N to
isrx_unified_handler(unsigned vector) and returns with `mret`. This file
is riscv32.S without the registers RV32E does not have (x16-x31: a6, a7,
s2-s11, t3-t6) and with the smaller stack alignment of ilp32e.

Where the vector number comes from
  An immediate in the stub. This fits vectored interrupt hardware: with
  mtvec in vectored mode (MODE = 1) an interrupt with cause n jumps to
  BASE + 4 * n, a 4-byte slot that holds a `j` to the stub for n; with the
  CLIC each interrupt has its own handler address. In direct mode
  (MODE = 0) there is a single trap entry and software reads mcause
  instead (a shared stub). Devices behind a PLIC all arrive as cause 11
  and are identified by reading its claim register.

What the hardware did before the first instruction
  It saved the interrupted PC in mepc, the cause in mcause (and mtval),
  copied mstatus.MIE into MPIE and cleared MIE (interrupts masked, so no
  nesting), saved the previous privilege in MPP, and jumped to the trap
  vector. Nothing was pushed on any stack and no register was changed.
  (Some RV32E cores add non-standard hardware stacking, e.g. WCH's HPE on
  the QingKe V2 of the CH32V003; with it disabled they behave as above.)

Registers saved, and why
  ra, t0-t2, s0-s1 and a0-a5: 12 registers = 48 bytes. Under the ilp32e
  calling convention a C function may clobber ra, t0-t2 and a0-a5: those
  10 saves are strictly needed (ra also because `call` overwrites it).
  s0-s1 are the only callee-saved registers of ilp32e, so those 2 saves
  are blind (the handler would save them itself if it used them). Not
  saved: x0 is always zero; sp is restored by arithmetic; gp and tp are
  never written by C code, as in riscv32.S. x16-x31 do not exist on RV32E
  (an access to them is an illegal instruction), and rv32ec has no FP
  registers (the psABI forbids ilp32e with the D extension).

Stack alignment
  The ilp32e convention differs from ilp32 here: the psABI requires sp to
  be aligned only to 4 bytes (32 bits), not 16, and clang follows it (an
  ilp32e function with a 5-byte local array allocates a 12-byte frame).
  Traps do not move sp, so sp is 4-aligned at the first instruction, and
  the 48-byte frame keeps it 4-aligned at the call. 48 happens to be a
  multiple of 16 as well, so an sp that was 16-aligned stays 16-aligned;
  a 4-aligned ilp32e frame of 12 registers needs no padding either way.
  There is no red zone below sp. `call` puts the return address in ra,
  not on the stack: the stub has reserved 48 bytes when
  isrx_unified_handler starts.

Return
  `mret` jumps to mepc, copies MPIE back into MIE (re-enabling interrupts)
  and returns to the privilege level saved in MPP. mepc and mstatus are not
  saved: with MIE clear no other interrupt can overwrite them (the handler
  must not cause exceptions).

Size versus vector number, and compressed code
  The slots keep riscv32.S's offsets for the registers both files save
  (ra 0, t0-t2 4-12, s0-s1 16-20, a0-a5 24-44). With the C extension the
  assembler compresses the sp-relative loads and stores (c.swsp/c.lwsp,
  offsets up to 252) and both sp adjustments (c.addi16sp, since 48 is a
  multiple of 16) to 2 bytes each. `li a0, N` would become the 2-byte
  `c.li` for N < 32 but 4 bytes for N >= 32, making the stub size depend
  on N; the `.option norvc` around it forces the 4-byte form so that every
  stub has the same size: 30 instructions, 68 bytes for every N (riscv32.S:
  62 instructions, 132 bytes).
  `call` is assembled as auipc + jalr (8 bytes, 2 instructions, size as in
  the object file). At link time a relaxing linker may shorten it to `jal`
  (4 bytes) when the handler is within +/-1 MiB, or to `c.jal` (2 bytes,
  RV32C only) within +/-2 KiB: ld.lld does the latter when the dispatcher
  follows the stub, leaving 29 instructions and 62 bytes. The figures for
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
        addi    sp, sp, -48             /* 12 registers x 4 bytes = 48           */
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
        addi    sp, sp, 48              /* free the frame                        */
        mret                            /* PC = mepc, MIE = MPIE, mode = MPP     */
        .size   isrx_stub, .-isrx_stub
