/*
ISRX-STUB: shared

Baseline trampoline for ARM Cortex-M (ARMv7-M, Thumb-2; built here for
Cortex-M3).

One stub serves all vectors. Every interrupt slot of the vector table holds
the address of isrx_stub; the stub asks the hardware which exception is
active and passes that number to isrx_unified_handler(unsigned vector). This
is the real-world double dispatch on Cortex-M: cortex-m-rt's DefaultHandler
trampoline and Zephyr's _isr_wrapper work this way. ISRX_VECTOR is therefore
not used by the code; the file accepts (and ignores) -DISRX_VECTOR=<n> so it
can be assembled with the same command line as the per-vector stubs, and the
code size is the same for every n.

What the hardware did before the first instruction
  On exception entry the core itself stacked the basic frame on the current
  stack: r0, r1, r2, r3, r12, lr, the return address and xPSR (32 bytes; 4
  more if it had to insert an aligner word, see below). It switched to
  Handler mode on the main stack (MSP), put the exception number in IPSR,
  and loaded LR with a magic EXC_RETURN value (0xFFFFFFF1, F9 or FD) that
  says which stack and mode to return to.

Registers saved, and why
  The hardware frame already holds exactly the registers the AAPCS lets a C
  function clobber (r0-r3, r12, lr) plus the flags in xPSR, and r4-r11 are
  callee-saved, so the C handler preserves them. The interrupted code's
  registers are therefore all safe without any blind save: this is why a
  plain C function can be a Cortex-M interrupt handler. The stub saves only
  LR, because `bl` overwrites it and it holds EXC_RETURN. r7 is pushed only
  as padding, to keep the push 8 bytes and the stack 8-aligned; its value
  does not need saving. No FP state is touched (-mfloat-abi=soft).

Where the vector number comes from
  `mrs r0, ipsr` reads the number of the active exception: 16 + n for
  external interrupt IRQn (1..15 are the core's own exceptions). Subtracting
  16 gives the IRQ number, which becomes the first argument in r0. Install
  this stub only in IRQ slots: for a core exception the subtraction wraps to
  a huge unsigned number. (cortex-m-rt's DefaultHandler passes it as a
  signed i16 instead.)

Stack alignment
  With CCR.STKALIGN = 1 (fixed on ARMv6-M and ARMv8-M, the reset value on
  most ARMv7-M parts, but 0 on early Cortex-M3 revisions) the hardware aligns
  SP to 8 before stacking, inserting a 4-byte aligner word when needed and
  recording it in bit 9 of the stacked xPSR. So SP is 8-aligned at the first
  instruction, and the 8-byte `push {r7, lr}` keeps it 8-aligned at the
  `bl`, as the AAPCS requires. `bl` leaves the return address in LR, not on
  the stack, so the stub has put 8 bytes on the stack when
  isrx_unified_handler starts.

Return
  `pop {r7, pc}` loads the EXC_RETURN value into PC. The core recognises it
  and performs the exception return: it unstacks the 8-word frame (and the
  aligner, if any), restoring r0-r3, r12, lr, PC and xPSR, and leaves Handler
  mode. There is no special return-from-interrupt instruction.

Aside
  Because the unified handler is an ordinary AAPCS function, the stub could
  also end with `b isrx_unified_handler` (a tail call) after the two
  instructions that compute r0, leaving EXC_RETURN in LR for the handler's
  own return: 3 instructions and no stack. The version here keeps the call
  structure of the baseline on the other targets.
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
        subs    r0, r0, #16             /* exception number - 16 = IRQ number     */
        bl      isrx_unified_handler
        pop     {r7, pc}                /* PC = EXC_RETURN: exception return      */
        .size   isrx_stub, .-isrx_stub
