/*
ISRX-STUB: per-vector

Baseline trampoline for MSP430 (the classic 16-bit core, small memory
model).

The RustOS recipe on MSP430: one stub per vector N (assembled with
-DISRX_VECTOR=N) saves the general-purpose registers, passes N to
isrx_unified_handler(unsigned vector) and returns with `reti`.

Where the vector number comes from
  An immediate in the stub. MSP430 vectors per interrupt source: the vector
  table at the top of the 64 KiB address space holds one 16-bit handler
  address per source, so vector word N simply holds the address of the stub
  for N (no extra jump).

What the hardware did before the first instruction
  It pushed the PC and then the status register SR (4 bytes), cleared SR
  (GIE = 0: interrupts masked, so no nesting; it also leaves low-power mode),
  and loaded PC from the vector word.

Registers saved, and why
  r4-r15: 12 registers = 24 bytes. Under the MSP430 EABI, as clang
  implements it, a C function may clobber r11-r15 (r12-r15 also carry
  arguments and results): those 5 saves are strictly needed. r4-r10 are
  callee-saved, so those 7 saves are blind. Not saved: r0 is the PC and r1
  the stack pointer; r2 is SR, which the hardware pushed; r3 is the
  constant generator and holds no state. (The 20-bit MSP430X could do all
  12 pushes with one `pushm.w #12, r15`, the closest thing to `pushal`;
  the classic core has no such instruction.)

Where the argument goes
  The first 16-bit argument is passed in r12.

Stack
  The stack is word-aligned and all pushes are words, so no padding is
  needed. `call` pushes the 2-byte return address: the stub has put
  24 + 2 = 26 bytes on the stack when isrx_unified_handler starts, on top of
  the hardware's 4.

Return
  `reti` pops SR and then PC, restoring the flags, GIE and the low-power
  bits of the interrupted code.

Size versus vector number
  The stub size DEPENDS on N. `mov #N, r12` normally needs an extra
  immediate word (4 bytes), but the MSP430 constant generators (r2/r3)
  supply 0, 1, 2, 4 and 8 without one, so for N = 0, 1, 2, 4, 8 the
  assembler emits a 2-byte `mov` and that stub is 2 bytes shorter (and one
  cycle faster). Count stubs for those vectors separately when multiplying
  stub size by the number of vectors.
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
        push    r4                      /* callee-saved (blind)                   */
        push    r5
        push    r6
        push    r7
        push    r8
        push    r9
        push    r10
        push    r11                     /* call-clobbered (needed)                */
        push    r12
        push    r13
        push    r14
        push    r15
        mov     #ISRX_VECTOR, r12       /* first argument: the vector number      */
        call    #isrx_unified_handler   /* pushes the 2-byte return address       */
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
        reti                            /* pop SR, then PC                        */
        .size   isrx_stub, .-isrx_stub
