/*
ISRX-STUB: per-vector

Baseline trampoline for x86 (i386, 32-bit protected mode, ring 0).

This is the RustOS stub from 2015 (ryanra/RustOS, src/arch/x86/interrupt.s),
which Rust RFC PR #1275 quoted as the example of the "double dispatch" that a
compiler-level interrupt calling convention would make unnecessary. It is
reproduced instruction for instruction: 6 instructions, 13 bytes.

One copy of this stub exists per interrupt vector; the IDT entry for vector N
points at the copy assembled with -DISRX_VECTOR=N.

What the hardware did before the first instruction
  The CPU looked up vector N in the IDT. RustOS uses interrupt gates, so IF is
  cleared (no nesting). With no privilege change it pushed 12 bytes on the
  current stack: EFLAGS, CS, EIP. It aligned nothing. Vectors 8, 10-14,
  17, 21 (and 29, 30 on AMD) also push a 4-byte error code; this stub
  ignores it, so for those vectors `iret` would pop the error code as EIP.
  RustOS had the same bug; a correct kernel uses a second stub variant for
  them.

Registers saved, and why
  `pushal` pushes all eight general-purpose registers in one instruction:
  EAX, ECX, EDX, EBX, the ESP value from before the pushal, EBP, ESI, EDI
  (32 bytes). `popal` reloads them all except ESP, whose slot is skipped.
  Under the i386 System V ABI a C function may clobber only EAX, ECX and EDX;
  it must preserve EBX, ESI, EDI, EBP (and ESP). So 3 of the saves are
  strictly needed and the other 5 are blind: the C handler would have saved
  EBX/ESI/EDI/EBP itself, if and only if it used them. EFLAGS needs no save
  here because the CPU pushed it and `iret` restores it. Segment registers
  are not saved: this is a flat ring-0 kernel, so DS/ES already hold the
  kernel data segment. x87/SSE state is not saved either; handlers are built
  with -mgeneral-regs-only.

Where the vector number comes from
  From the stub itself: `pushl $N` pushes it as the single cdecl stack
  argument of isrx_unified_handler(unsigned vector). That is why there is one
  stub per vector: the CPU does not tell the handler which vector fired.

The call
  `call` pushes the 4-byte return address. When isrx_unified_handler starts,
  the stub has put 40 bytes on the interrupted stack (32 pushal + 4 vector +
  4 return address), on top of the CPU's 12. `addl $4, %esp` then drops the
  argument (cdecl: the caller pops).

Direction flag
  The SysV ABI requires EFLAGS.DF = 0 on entry to every function, but an
  interrupt can arrive while the interrupted code runs with DF = 1 (in the
  middle of a backwards `rep movs`). RustOS omitted the `cld`; a correct stub
  would put one (1 byte, 1 instruction) before the call. It is left out here
  on purpose, to reproduce RustOS exactly. `iret` restores the interrupted DF
  from the saved EFLAGS either way.

Stack alignment
  The modern i386 SysV ABI wants ESP 16-byte aligned at a call; the CPU does
  not align on interrupt entry, so the interrupted ESP is only 4-aligned, and
  this stub does not realign. That is harmless for the integer-only handler
  code built here; clang's own 32-bit interrupt functions realign with
  `andl $-16, %esp` for this reason.

Return
  `iret` (encoded as iretl, 0xcf) pops EIP, CS and EFLAGS, so it also
  restores IF and DF; returning to the same privilege level it pops nothing
  else.

Size versus vector number
  `pushl $N` is `6a NN` (2 bytes) for N = 0..127, because the imm8 form is
  sign-extended. For N = 128..255 the assembler must use the imm32 form
  `68 NN 00 00 00` (5 bytes), so those stubs are 16 bytes, not 13.
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
#ifndef ISRX_ERROR_CODE
        pushal                          /* save all 8 GPRs: 32 bytes             */
        pushl   $ISRX_VECTOR            /* vector number = cdecl argument        */
        call    isrx_unified_handler    /* pushes the 4-byte return address      */
        addl    $4, %esp                /* drop the argument                     */
        popal                           /* restore the GPRs (ESP slot skipped)   */
        iret                            /* pop EIP, CS, EFLAGS                   */
#else
/* The variant a correct kernel uses for vectors whose exception pushes an error code
 * (8, 10-14, 17, 21): the CPU's code sits above the pushal block, so no dummy code is
 * pushed; it is passed on as the second argument and dropped before iret, which does
 * not pop it. */
        pushal                          /* save all 8 GPRs: 32 bytes             */
        pushl   32(%esp)                /* the CPU's error code = 2nd argument   */
        pushl   $ISRX_VECTOR            /* vector number = 1st argument          */
        call    isrx_unified_handler    /* pushes the 4-byte return address      */
        addl    $8, %esp                /* drop both arguments                   */
        popal                           /* restore the GPRs (ESP slot skipped)   */
        addl    $4, %esp                /* drop the error code: iret does not    */
        iret                            /* pop EIP, CS, EFLAGS                   */
#endif
        .size   isrx_stub, .-isrx_stub
