/* isrx sample: a timer interrupt.
 *
 * ISR(name) is isrx's portable form: it becomes each target's real interrupt
 * convention (see `isrx expand`). Edit the body and watch every architecture's
 * entry and exit code change. */

volatile unsigned ticks;
volatile unsigned *const timer_status = (volatile unsigned *)0x40001000;

void scheduler_tick(unsigned now);

ISR(timer) {
  *timer_status = 1;          /* acknowledge the interrupt */
  ticks++;
  if ((ticks & 0xff) == 0)
    scheduler_tick(ticks);    /* a call forces the caller-saved registers to be saved */
}
