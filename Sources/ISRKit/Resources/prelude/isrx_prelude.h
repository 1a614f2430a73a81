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

#if defined(ISRX_PLAIN_HANDLERS)
/* The double-dispatch baseline: the same body compiled as the plain C function that a
 * unified handler calls through its table. No interrupt convention at all. */
#define ISRX_CONVENTION "plain handler (baseline)"
#define ISR(name) __attribute__((used, noinline)) void name(void)

#elif defined(__x86_64__) || defined(__i386__)
/* The CPU pushed a frame; the convention hands its address over as the only parameter. */
struct interrupt_frame;
#define ISRX_CONVENTION "interrupt"
#define ISR(name) \
  __attribute__((interrupt, used, noinline)) void name(struct interrupt_frame *isrx_frame)

#elif defined(__arm__) && defined(__ARM_ARCH_PROFILE) && __ARM_ARCH_PROFILE == 'M'
/* Cortex-M: the hardware stacks r0-r3, r12, lr, pc and xPSR; a plain AAPCS function
 * is a correct handler and returns with the EXC_RETURN value the CPU put in lr. */
#define ISRX_CONVENTION "plain AAPCS function (hardware-stacked)"
#define ISR(name) __attribute__((used, noinline)) void name(void)

#elif defined(__arm__)
#define ISRX_CONVENTION "interrupt(\"IRQ\")"
#define ISR(name) __attribute__((interrupt("IRQ"), used, noinline)) void name(void)

#elif defined(__mips__)
#define ISRX_CONVENTION "interrupt"
#define ISR(name) __attribute__((interrupt, used, noinline)) void name(void)

#elif defined(__riscv)
#define ISRX_CONVENTION "interrupt(\"machine\")"
#define ISR(name) __attribute__((interrupt("machine"), used, noinline)) void name(void)

#elif defined(__AVR__)
/* `signal` keeps interrupts disabled like avr-libc's ISR(); `interrupt` would `sei` first. */
#define ISRX_CONVENTION "signal"
#define ISR(name) __attribute__((signal, used, noinline)) void name(void)

#elif defined(__MSP430__)
/* clang requires a vector number (0-63); override with -DISRX_MSP430_VECTOR=N. */
#ifndef ISRX_MSP430_VECTOR
#define ISRX_MSP430_VECTOR 2
#endif
#define ISRX_CONVENTION "interrupt(N)"
#define ISR(name) __attribute__((interrupt(ISRX_MSP430_VECTOR), used, noinline)) void name(void)

#else
/* AArch64, PowerPC: no compiler interrupt convention exists. The body is compiled as a
 * plain function; isrx labels it as such and never presents it as an ISR. */
#define ISRX_NO_CONVENTION 1
#define ISRX_CONVENTION "none"
#define ISR(name) __attribute__((used, noinline)) void name(void)
#endif

#endif /* ISRX_PRELUDE_H */
