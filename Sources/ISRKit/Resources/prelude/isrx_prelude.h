/* isrx prelude: the portable ISR(name) form.
 *
 * isrx passes this file to clang with -include, so `ISR(name) { ... }` works without any
 * #include. It expands, per target, to that target's real interrupt convention. The
 * expansion keys on the compiler's own predefined macros, exactly as hand-written
 * `#if defined(__x86_64__)` code would, so both styles can live in one file.
 *
 * `used` and `noinline` keep the function in the listing even when nothing calls it.
 * ISRX_CONVENTION names what was chosen; isrx's listings print it.
 */
#ifndef ISRX_PRELUDE_H
#define ISRX_PRELUDE_H

/* More attributes for every ISR, e.g. GCC's MIPS options:
 *   -D 'ISRX_ISR_ATTRIBUTES=keep_interrupts_masked'
 *   -D 'ISRX_ISR_ATTRIBUTES=use_shadow_register_set,use_debug_exception_return'
 * An attribute a compiler does not know is its warning, shown like any other. */
#ifdef ISRX_ISR_ATTRIBUTES
#define ISRX_MORE __attribute__((ISRX_ISR_ATTRIBUTES))
#else
#define ISRX_MORE
#endif

#if defined(ISRX_PLAIN_HANDLERS)
/* The double-dispatch baseline: the same body compiled as the plain C function that a
 * unified handler calls through its table. No interrupt convention at all. */
#define ISRX_CONVENTION "plain handler (baseline)"
#define ISR(name) __attribute__((used, noinline)) void name(void)
/* An exception handler with an error code: the unified handler passes the code on. */
#define ISR_ERR(name, err) __attribute__((used, noinline)) void name(unsigned long err)

#elif defined(__x86_64__) || defined(__i386__)
/* The CPU pushed a frame; the convention hands its address over as the only parameter. */
struct interrupt_frame;
#define ISRX_CONVENTION "interrupt"
#define ISR(name) \
  ISRX_MORE __attribute__((interrupt, used, noinline)) void name(struct interrupt_frame *isrx_frame)
/* Exceptions that push an error code (#DF 8, #TS 10, #NP 11, #SS 12, #GP 13, #PF 14, #AC 17,
 * #CP 21): the convention's second parameter is that code (`unsigned long`, the word size),
 * and the compiler drops it from the stack before iret. */
#define ISR_ERR(name, err) \
  ISRX_MORE __attribute__((interrupt, used, noinline)) void name(struct interrupt_frame *isrx_frame, unsigned long err)

#elif defined(__arm__) && defined(__ARM_ARCH_PROFILE) && __ARM_ARCH_PROFILE == 'M'
/* Cortex-M: the hardware stacks r0-r3, r12, lr, pc and xPSR; a plain AAPCS function
 * is a correct handler and returns with the EXC_RETURN value the CPU put in lr. */
#define ISRX_CONVENTION "plain AAPCS function (hardware-stacked)"
#define ISR(name) ISRX_MORE __attribute__((used, noinline)) void name(void)

#elif defined(__arm__)
#define ISRX_CONVENTION "interrupt(\"IRQ\")"
#define ISR(name) ISRX_MORE __attribute__((interrupt("IRQ"), used, noinline)) void name(void)

#elif defined(__mips__)
#define ISRX_CONVENTION "interrupt"
#define ISR(name) ISRX_MORE __attribute__((interrupt, used, noinline)) void name(void)

#elif defined(__riscv)
#define ISRX_CONVENTION "interrupt(\"machine\")"
#define ISR(name) ISRX_MORE __attribute__((interrupt("machine"), used, noinline)) void name(void)

#elif defined(__AVR__)
/* `signal` keeps interrupts disabled like avr-libc's ISR(); `interrupt` would `sei` first. */
#define ISRX_CONVENTION "signal"
#define ISR(name) ISRX_MORE __attribute__((signal, used, noinline)) void name(void)

#elif defined(__MSP430__)
/* clang requires a vector number (0-63); override with -DISRX_MSP430_VECTOR=N. */
#ifndef ISRX_MSP430_VECTOR
#define ISRX_MSP430_VECTOR 2
#endif
#define ISRX_CONVENTION "interrupt(N)"
#define ISR(name) ISRX_MORE __attribute__((interrupt(ISRX_MSP430_VECTOR), used, noinline)) void name(void)

#else
/* AArch64, PowerPC: no compiler interrupt convention exists. The body is compiled as a
 * plain function; isrx labels it as such and never presents it as an ISR. */
#define ISRX_NO_CONVENTION 1
#define ISRX_CONVENTION "none"
#define ISR(name) __attribute__((used, noinline)) void name(void)
#endif

#ifndef ISR_ERR
/* Only x86 and x86-64 push an error code with the exception frame. Elsewhere the handler
 * reads the cause from a register; ISR_ERR stops the compile and names it. */
#if defined(__arm__) && defined(__ARM_ARCH_PROFILE) && __ARM_ARCH_PROFILE == 'M'
#define ISRX_CAUSE_REGISTER "the System Control Block's CFSR/HFSR (and MMFAR/BFAR)"
#elif defined(__arm__)
#define ISRX_CAUSE_REGISTER "CP15's DFSR/IFSR (and DFAR/IFAR)"
#elif defined(__aarch64__)
#define ISRX_CAUSE_REGISTER "ESR_ELx (and FAR_ELx)"
#elif defined(__mips__)
#define ISRX_CAUSE_REGISTER "CP0 Cause (ExcCode) and BadVAddr"
#elif defined(__riscv)
#define ISRX_CAUSE_REGISTER "mcause and mtval"
#elif defined(__powerpc__)
#define ISRX_CAUSE_REGISTER "SRR1, DSISR and DAR (ESR and DEAR on Book E)"
#elif defined(__AVR__)
#define ISRX_CAUSE_REGISTER "the vector number itself (AVR interrupts carry no code)"
#elif defined(__MSP430__)
#define ISRX_CAUSE_REGISTER "the module's interrupt vector register (SYSUNIV, P1IV, ...)"
#else
#define ISRX_CAUSE_REGISTER "a cause register"
#endif
#define ISR_ERR(name, err) \
  _Static_assert(0, "ISR_ERR: only x86 and x86-64 push an error code; on this target the cause is in " ISRX_CAUSE_REGISTER); \
  __attribute__((used, noinline)) void name(unsigned long err)
#endif

#endif /* ISRX_PRELUDE_H */
