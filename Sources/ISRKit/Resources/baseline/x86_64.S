/*
ISRX-STUB: per-vector

Baseline trampoline for x86-64 (long mode, ring 0, kernel built with
-mno-red-zone).

The RustOS recipe carried over to 64-bit mode: one stub per vector saves
every general-purpose register, passes the vector number to
isrx_unified_handler(unsigned vector), and returns with iretq. The IDT entry
for vector N points at the copy assembled with -DISRX_VECTOR=N.

What the hardware did before the first instruction
  In 64-bit mode the CPU first aligns RSP down to a multiple of 16 (or loads
  it from an IST slot), then always pushes 40 bytes: SS, RSP, RFLAGS, CS, RIP
  (even without a privilege change). An interrupt gate also clears IF, so
  there is no nesting. Vectors 8, 10-14, 17, 21 (29, 30 on AMD) push an
  8-byte error code as well; this stub, like RustOS, does not handle those:
  for them `iretq` would pop the error code as RIP, and the alignment below
  would be off by 8. Such vectors need a variant that drops the error code.

Registers saved, and why
  There is no `pusha` in 64-bit mode, so the 15 GPRs (all but RSP) are pushed
  one by one: RAX, RCX, RDX, RBX, RBP, RSI, RDI, R8-R15 = 120 bytes, in pusha
  order followed by R8-R15. Under the System V AMD64 ABI a C function may
  clobber RAX, RCX, RDX, RSI, RDI and R8-R11: those 9 saves are strictly
  needed. RBX, RBP and R12-R15 are callee-saved, so those 6 saves are blind
  (the handler would save them itself if it used them). RSP needs no save:
  the pops bring it back. RFLAGS is restored by iretq. No SSE/x87 state is
  saved because handlers are built with -mgeneral-regs-only.

Red zone
  The CPU pushes its frame right below the interrupted RSP, and this stub
  pushes below that. Code that keeps data in the 128-byte red zone below RSP
  would be corrupted, so everything that can be interrupted must be built
  with -mno-red-zone (clang does not avoid the red zone by itself).

Where the vector number comes from
  From the stub: `movl $N, %edi` puts it in EDI, the first integer argument
  register of the SysV ABI (writing EDI zero-extends into RDI). Nothing goes
  on the stack for it, unlike i386.

Direction flag
  The ABI requires DF = 0 at every call, and the interrupted code may have
  had DF = 1, so the stub executes `cld`. iretq restores the old DF from the
  saved RFLAGS.

Stack alignment
  The CPU aligned RSP to 16 and then pushed 40 bytes, so at the first
  instruction RSP = 8 (mod 16), exactly as after a `call`. 15 pushes of 8
  bytes (120 = 8 mod 16) bring it to 0 (mod 16) at the `call`, which is
  what the SysV ABI requires. No padding push is needed. When
  isrx_unified_handler starts, the stub has put 128 bytes on the stack
  (120 saves + 8 return address), on top of the CPU's 40.

Return
  `iretq` pops RIP, CS, RFLAGS, RSP and SS: it restores IF, DF and the
  interrupted stack pointer in one instruction.

Size versus vector number
  `movl $N, %edi` always has a 4-byte immediate, so every stub has the same
  size for N = 0..255.
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
        pushq   %rax                    /* caller-saved (needed)                  */
        pushq   %rcx                    /* caller-saved (needed)                  */
        pushq   %rdx                    /* caller-saved (needed)                  */
        pushq   %rbx                    /* callee-saved (blind)                   */
        pushq   %rbp                    /* callee-saved (blind)                   */
        pushq   %rsi                    /* caller-saved (needed)                  */
        pushq   %rdi                    /* caller-saved (needed)                  */
        pushq   %r8                     /* caller-saved (needed)                  */
        pushq   %r9                     /* caller-saved (needed)                  */
        pushq   %r10                    /* caller-saved (needed)                  */
        pushq   %r11                    /* caller-saved (needed)                  */
        pushq   %r12                    /* callee-saved (blind)                   */
        pushq   %r13                    /* callee-saved (blind)                   */
        pushq   %r14                    /* callee-saved (blind)                   */
        pushq   %r15                    /* callee-saved (blind); RSP = 0 mod 16   */
        cld                             /* the ABI requires DF = 0 at a call      */
#ifdef ISRX_ERROR_CODE
/* Error-code vectors (8, 10-14, 17, 21): the CPU pushed 48 B and left RSP = 0 mod 16,
 * so after the 15 pushes one 8-byte pad restores the call's alignment. The code is
 * passed on as the second argument and dropped before iretq (which does not pop it). */
        movq    120(%rsp), %rsi         /* second argument: the CPU's error code  */
        subq    $8, %rsp                /* alignment pad: RSP = 0 mod 16 again    */
#endif
        movl    $ISRX_VECTOR, %edi      /* first argument: the vector number      */
        call    isrx_unified_handler
#ifdef ISRX_ERROR_CODE
        addq    $8, %rsp                /* drop the pad                           */
#endif
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %r11
        popq    %r10
        popq    %r9
        popq    %r8
        popq    %rdi
        popq    %rsi
        popq    %rbp
        popq    %rbx
        popq    %rdx
        popq    %rcx
        popq    %rax
#ifdef ISRX_ERROR_CODE
        addq    $8, %rsp                /* drop the error code                    */
#endif
        iretq                           /* pop RIP, CS, RFLAGS, RSP, SS           */
        .size   isrx_stub, .-isrx_stub
