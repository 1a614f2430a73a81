/*
ISRX-STUB: per-vector

Baseline trampoline for AVR with a 22-bit PC (ATmega2560: 256 KiB flash,
3-byte return addresses, `eicall`/`eijmp` with EIND, `elpm` with RAMPZ).

The RustOS recipe on AVR, as in avr.S: one stub per vector N (assembled
with -DISRX_VECTOR=N) saves every register, passes N to
isrx_unified_handler(unsigned vector) and returns with `reti`. This file
is avr.S plus the two extended-address registers of the big devices.

Where the vector number comes from
  An immediate in the stub. The ATmega2560 vector table has 57 slots of 4
  bytes (slot 0 is reset, interrupts are 1..56), numbered as avr-libc's
  __vector_N, and slot N holds `jmp` to the stub for N. `jmp` and `call`
  carry a 22-bit word address, so the stub may lie anywhere in the 256
  KiB.

What the hardware did before the first instruction
  It pushed the 3-byte return address (PC, 22 bits) on the stack, cleared
  the I flag in SREG (interrupts masked, so no nesting), and jumped to the
  slot. It did NOT save SREG, RAMPZ or EIND: the handler must do that
  itself.

Registers saved, and why
  r0, SREG, RAMPZ, EIND, r1 and r2-r31: 35 bytes. r0 is pushed first so
  that it can carry the three I/O registers onto the stack (`in r0, 0x3f`
  reads SREG, `in r0, 0x3b` RAMPZ, `in r0, 0x3c` EIND) before anything
  changes the flags.
  Under the avr-gcc ABI (which clang follows) a C function may clobber
  r18-r27, r30, r31 (Z), r0 and SREG; those 12 registers plus r0 and SREG
  must be saved. r1 is the zero register: the stub saves it and clears it
  before calling C, as in avr.S. r2-r17 and r28-r29 (Y) are callee-saved:
  those 18 saves are blind.
  RAMPZ (I/O 0x3b) supplies address bits 16-23 for `elpm`. C code for the
  ATmega2560 writes it before each `elpm` (reads from __flash1..__flash5
  or __memx data, and avr-libc's *_PF / pgm_read_*_far functions) and does
  not put it back: it is call-clobbered state, so saving it is needed.
  avr-gcc's ISR prologue does the same: it pushes RAMPZ (and pops it
  before SREG) whenever the ISR saves Z, which every ISR that calls a
  function does. (GCC 4.7's avr.c also cleared RAMPZ after pushing it;
  later versions clear it only on XMEGA devices, which have RAMPD.) Clang 21 does not: for an ISR
  that reads __flash1 it emits `out 0x3b, r24` without saving RAMPZ, so
  the interrupted code can find RAMPZ changed. RAMPZ is not cleared here:
  neither compiler relies on its value on this device (it is set before
  every use; only XMEGA parts, which also have RAMPD, keep RAMPZ at 0
  between uses).
  EIND (I/O 0x3c) supplies PC bits 16-21 for `eicall` and `eijmp`. Neither
  compiler ever writes EIND: the GCC manual states that the compiler
  assumes EIND never changes after startup, that it is not saved in
  function or ISR prologues, and that the default linker script assumes
  EIND = 0 (function pointers to code above 128 KiB go through `gs()` jump
  stubs placed low, in .trampolines). avr-libc's startup code sets EIND to
  hh8(pm(__vectors)), which is 0 unless the vector table is moved into
  the boot section. But C code does use EIND: isrx_unified_handler calls
  the table entry with `eicall` (both compilers), so a wrong EIND there
  sends the call into the wrong 128 KiB page. Only assembly code (a
  bootloader, a far `eijmp`) can have left EIND non-zero when the
  interrupt hits. The stub therefore saves EIND, sets it to 0 with
  `out 0x3c, r1` once r1 is cleared, and restores it at the end. The
  save and restore (in, push, pop, out: 4 instructions, 8 bytes, 1 byte of
  stack) are blind for C-only programs; the clear (1 instruction) makes
  the eicall safe whatever was interrupted. A program that links
  its vectors and trampolines above 128 KiB needs EIND = 1 there instead.
  The device has no RAMPD, RAMPX or RAMPY (those are XMEGA registers).
  The stack pointer (SPH:SPL) is restored by the balanced pushes and pops.

Where the argument goes
  `unsigned` is 16 bits on AVR, and the first argument is passed in
  r25:r24 (r24 the low byte). `ldi` works only on r16-r31, which includes
  both.

Stack
  AVR pushes single bytes and has no alignment rule. On the 22-bit-PC
  devices `call` pushes a 3-byte return address, so the stub has put
  35 + 3 = 38 bytes on the stack when isrx_unified_handler starts, on top
  of the hardware's 3.

Return
  `reti` pops the 3-byte return address and sets the I flag again,
  re-enabling interrupts. EIND, RAMPZ and SREG (with I clear, as saved
  after entry) are restored by `out` before it, in the reverse order of
  the saves.

Size versus vector number
  `ldi r24, N` holds any N = 0..255 in the instruction word, so every stub
  is the same size: 82 instructions, 166 bytes (81 one-word instructions
  and the two-word `call`), 9 instructions and 18 bytes more than avr.S.
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
        in      r0, 0x3b                /* RAMPZ: C code changes it for elpm      */
        push    r0
        in      r0, 0x3c                /* EIND: page of eicall/eijmp             */
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
        out     0x3c, r1                /* EIND = 0, as the C code assumes        */
        ldi     r24, ISRX_VECTOR        /* first argument, low byte               */
        ldi     r25, 0                  /* first argument, high byte              */
        call    isrx_unified_handler    /* pushes the 3-byte return address       */
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
        out     0x3c, r0                /* restore EIND                           */
        pop     r0
        out     0x3b, r0                /* restore RAMPZ                          */
        pop     r0
        out     0x3f, r0                /* restore SREG                           */
        pop     r0
        reti                            /* pop the 3-byte PC, set the I flag      */
        .size   isrx_stub, .-isrx_stub
