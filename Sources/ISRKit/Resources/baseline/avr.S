/*
ISRX-STUB: per-vector

Baseline trampoline for AVR (ATmega328P: 16-bit PC, `call`/`jmp`
available, no RAMPx/EIND registers).

The RustOS recipe on AVR: one stub per vector N (assembled with
-DISRX_VECTOR=N) saves every register, passes N to
isrx_unified_handler(unsigned vector) and returns with `reti`.

Where the vector number comes from
  An immediate in the stub. AVR vectors per interrupt source: the ATmega328P
  vector table has 26 slots of 4 bytes (slot 0 is reset), numbered as
  avr-libc's __vector_N, and slot N holds `jmp` to the stub for N (a jump
  that a compiler-generated ISR needs too).

What the hardware did before the first instruction
  It pushed the 2-byte return address (PC) on the stack, cleared the I flag
  in SREG (interrupts masked, so no nesting), and jumped to the slot. It
  did NOT save SREG, the status register with the condition flags: the
  handler must do that itself.

Registers saved, and why
  r0, SREG, r1 and r2-r31: 33 bytes. The order matters: r0 is pushed first
  so that it can carry SREG (`in r0, 0x3f` reads SREG at I/O address 0x3f)
  onto the stack before anything changes the flags.
  Under the avr-gcc ABI (which clang follows) a C function may clobber
  r18-r27, r30, r31 (Z), r0 (the temporary register) and SREG; those 12
  registers plus r0 and SREG must be saved. r1 is special: C code assumes it
  always holds 0 (the "zero register") and only changes it briefly, e.g.
  for `mul` results, so the interrupted code may have a non-zero r1. The
  stub therefore saves r1 and executes `clr r1` before calling C. r2-r17
  and r28-r29 (Y, the frame pointer) are callee-saved: those 18 saves are
  blind. The stack pointer (SPH:SPL, an I/O register) is restored by the
  balanced pushes and pops.

Where the argument goes
  `unsigned` is 16 bits on AVR, and the first argument is passed in
  r25:r24 (r24 the low byte). `ldi` works only on r16-r31, which includes
  both.

Stack
  AVR pushes single bytes and has no alignment rule. `call` pushes the
  2-byte return address, so the stub has put 33 + 2 = 35 bytes on the
  stack when isrx_unified_handler starts, on top of the hardware's 2.

Return
  `reti` pops the return address and sets the I flag again, re-enabling
  interrupts. SREG (with I clear, as saved after entry) is restored by the
  stub's `out 0x3f, r0` before it.

Size versus vector number
  `ldi r24, N` holds any N = 0..255 in the instruction word, so every stub
  is the same size.
*/

#ifndef ISRX_VECTOR
#error "assemble with -DISRX_VECTOR=<vector number 0..255>"
#endif
#if ISRX_VECTOR < 0 || ISRX_VECTOR > 255
#error "ISRX_VECTOR must be 0..255"
#endif

        .text
        .globl  isrx_stub
        .type   isrx_stub, @function
isrx_stub:
        push    r0                      /* temporary register; frees r0           */
        in      r0, 0x3f                /* SREG (flags): not saved by hardware    */
        push    r0
        push    r1                      /* zero register, may be non-zero         */
        push    r2                      /* callee-saved (blind)                   */
        push    r3
        push    r4
        push    r5
        push    r6
        push    r7
        push    r8
        push    r9
        push    r10
        push    r11
        push    r12
        push    r13
        push    r14
        push    r15
        push    r16
        push    r17
        push    r18                     /* call-clobbered (needed)                */
        push    r19
        push    r20
        push    r21
        push    r22
        push    r23
        push    r24
        push    r25
        push    r26
        push    r27
        push    r28                     /* Y: callee-saved (blind)                */
        push    r29
        push    r30                     /* Z: call-clobbered (needed)             */
        push    r31
        clr     r1                      /* C code requires r1 = 0                 */
        ldi     r24, ISRX_VECTOR        /* first argument, low byte               */
        ldi     r25, 0                  /* first argument, high byte              */
        call    isrx_unified_handler    /* pushes the 2-byte return address       */
        pop     r31
        pop     r30
        pop     r29
        pop     r28
        pop     r27
        pop     r26
        pop     r25
        pop     r24
        pop     r23
        pop     r22
        pop     r21
        pop     r20
        pop     r19
        pop     r18
        pop     r17
        pop     r16
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        pop     r11
        pop     r10
        pop     r9
        pop     r8
        pop     r7
        pop     r6
        pop     r5
        pop     r4
        pop     r3
        pop     r2
        pop     r1
        pop     r0
        out     0x3f, r0                /* restore SREG                           */
        pop     r0
        reti                            /* pop PC, set the I flag                 */
        .size   isrx_stub, .-isrx_stub
