/* isrx assembly fixture: a tiny ISR plus two helpers, compiled for every target. */
#include "isr_inline.h"

volatile unsigned ticks;

void notify(unsigned n);

#if defined(__x86_64__) || defined(__i386__)
struct interrupt_frame;
#define ISR_ATTR __attribute__((interrupt))
#define ISR_ARGS struct interrupt_frame *f
#elif defined(__aarch64__)
#define ISR_ATTR
#define ISR_ARGS void
#elif defined(__arm__) && defined(__ARM_ARCH_ISA_ARM) && !defined(__thumb__)
#define ISR_ATTR __attribute__((interrupt("IRQ")))
#define ISR_ARGS void
#elif defined(__arm__)
#define ISR_ATTR
#define ISR_ARGS void
#elif defined(__mips__)
#define ISR_ATTR __attribute__((interrupt))
#define ISR_ARGS void
#elif defined(__powerpc__)
#define ISR_ATTR
#define ISR_ARGS void
#elif defined(__riscv)
#define ISR_ATTR __attribute__((interrupt("machine")))
#define ISR_ARGS void
#elif defined(__AVR__)
#define ISR_ATTR __attribute__((signal))
#define ISR_ARGS void
#elif defined(__MSP430__)
#define ISR_ATTR __attribute__((interrupt(2)))
#define ISR_ARGS void
#else
#error "unknown target"
#endif

ISR_ATTR void timer(ISR_ARGS)
{
  ticks++;
}

unsigned sum_to(unsigned n)
{
  unsigned s = 0;
  for (unsigned i = 0; i < n; i++) {
    if (i & 1)
      s += i;
    else
      s ^= ticks;
  }
  return s;
}

void report(void)
{
  notify(scale(ticks));
}
