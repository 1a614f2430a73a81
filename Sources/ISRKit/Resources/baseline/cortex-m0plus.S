/*
ISRX-STUB: shared

Baseline trampoline for ARM Cortex-M0+ (ARMv6-M, Thumb-1 plus the few
32-bit instructions ARMv6-M has: bl, mrs, msr, dmb/dsb/isb).

The same design as cortex-m.S, on the smaller architecture. One stub
serves all vectors. Every interrupt slot of the vector table holds the
address of isrx_stub; the stub asks the hardware which exception is active
and passes that number to isrx_unified_handler(unsigned vector), as
cortex-m-rt's DefaultHandler and Zephyr's _isr_wrapper do on ARMv6-M too.
ISRX_VECTOR is therefore not used by the code; the file accepts (and
ignores) -DISRX_VECTOR=<n> so it can be assembled with the same command
line as the per-vector stubs, and the code size is the same for every n.

ARMv6-M has no Thumb-2: no push.w/pop.w, no IT blocks, no B.W, no
32-bit data-processing encodings, and `push`/`pop` take only r0-r7 plus lr
(push) or pc (pop). None of that constrains this stub: its five
instructions are all valid on ARMv6-M, and they assemble to exactly the
same encodings as the Cortex-M3 stub (`mrs` and `bl` are the two 32-bit
instructions ARMv6-M keeps). The Thumb-1 limits matter only for the
variant in the aside below, which saves the callee-saved registers too.

What the hardware did before the first instruction
  Exactly as on ARMv7-M: the core stacked the basic frame on the current
  stack: r0, r1, r2, r3, r12, lr, the return address and xPSR (32 bytes;
  4 more if it had to insert an aligner word, see below). It switched to
  Handler mode on the main stack (MSP), put the exception number in IPSR,
  and loaded LR with EXC_RETURN (0xFFFFFFF1, F9 or FD; ARMv6-M has no FP
  frame, so there are no E1/E9/ED values). PRIMASK is not changed:
  exception priority alone decides nesting, as on ARMv7-M.

Registers saved, and why
  The hardware frame already holds exactly the registers the AAPCS lets a
  C function clobber (r0-r3, r12, lr) plus the flags in xPSR, and r4-r11
  are callee-saved, so the C handler preserves them (compiled for ARMv6-M
  it saves r8-r11 through low registers itself, if it uses them). The
  interrupted code's registers are therefore all safe without any blind
  save. The stub saves only LR, because `bl` overwrites it and it holds
  EXC_RETURN. r7 is pushed only as padding, to keep the push 8 bytes and
  the stack 8-aligned; its value does not need saving. There is no FP
  state (-mfloat-abi=soft; no Cortex-M0+ has an FPU).

Where the vector number comes from
  `mrs r0, ipsr` reads the number of the active exception (ARMv6-M has
  `mrs`, and IPSR is readable from Handler mode): 16 + n for external
  interrupt IRQn. On ARMv6-M the IPSR field is 6 bits and there are at
  most 32 external interrupts, so n = 0..31 (exception numbers 16..47).
  Subtracting 16 gives the IRQ number, which becomes the first argument in
  r0. `subs r0, #16` is the 16-bit T2 encoding (Rdn, imm8); it sets the
  flags, which is harmless because xPSR is restored from the hardware
  frame. Install this stub only in IRQ slots: for a core exception
  (NMI = 2, HardFault = 3, SVCall = 11, PendSV = 14, SysTick = 15) the
  subtraction wraps to a huge unsigned number.

Stack alignment
  On ARMv6-M CCR.STKALIGN is fixed at 1 (read-as-one), so the hardware
  always aligns SP to 8 before stacking, inserting a 4-byte aligner word
  when needed and recording it in bit 9 of the stacked xPSR. SP is
  8-aligned at the first instruction, and the 8-byte `push {r7, lr}` keeps
  it 8-aligned at the `bl`, as the AAPCS requires. `bl` leaves the return
  address in LR, not on the stack, so the stub has put 8 bytes on the
  stack when isrx_unified_handler starts.

Return
  `pop {r7, pc}` loads the EXC_RETURN value into PC. ARMv6-M recognises
  EXC_RETURN loaded by `pop` (or `bx`) in Handler mode and performs the
  exception return: it unstacks the 8-word frame (and the aligner, if
  any), restoring r0-r3, r12, lr, PC and xPSR, and leaves Handler mode.
  There is no special return-from-interrupt instruction.

Size versus vector number
  The code does not contain the vector number, so every assembly is the
  same: 5 instructions, 14 bytes (push 2, mrs 4, subs 2, bl 4, pop 2).

Aside: the tail call
  On ARMv7-M the stub could end with `b isrx_unified_handler` after
  computing r0 and keep EXC_RETURN in LR for the handler's own return.
  ARMv6-M has no 32-bit B.W: its unconditional `b` reaches only +/-2 KiB,
  so the tail call works only if the linker places the handler that close;
  otherwise it needs a register (`ldr r1, =isrx_unified_handler` plus
  `bx r1`: 2 more bytes of code and a 4-byte literal, 14 bytes in all).
  The ARMv6-M `b` to another section is an R_ARM_THM_JUMP11 relocation.

Aside: saving the callee-saved registers too
  A stub that also saved r4-r11 blindly, like the RustOS stub on x86,
  would feel the Thumb-1 limits: `push` cannot name r8-r11, so they are
  copied through low registers that were saved first, and restored the
  same way in reverse:
      push {r3-r7, lr}        (r3 only pads the 24 bytes to 8-alignment
      mov r4, r8 ... mov r7, r11        after the next push: 40 in all)
      push {r4-r7}
      ... mrs, subs, bl ...
      pop {r4-r7}
      mov r8, r4 ... mov r11, r7
      pop {r3-r7, pc}
  15 instructions, 34 bytes, 40 bytes of stack: 10 more instructions and
  20 more bytes than this stub, all of them blind.
*/

        .syntax unified
        .thumb
        .text
        .p2align 1
        .globl  isrx_stub
        .type   isrx_stub, %function
        .thumb_func
isrx_stub:
        push    {r7, lr}                /* LR = EXC_RETURN; r7 only pads to 8     */
        mrs     r0, ipsr                /* active exception number                */
        subs    r0, #16                 /* exception number - 16 = IRQ number     */
        bl      isrx_unified_handler
        pop     {r7, pc}                /* PC = EXC_RETURN: exception return      */
        .size   isrx_stub, .-isrx_stub
