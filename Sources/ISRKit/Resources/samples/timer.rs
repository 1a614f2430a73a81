// isrx sample: a timer interrupt, in Rust.
//
// isr!(name, { ... }) is isrx's portable form: it becomes each target's interrupt ABI
// where rustc has one (x86-interrupt, riscv-interrupt-m, avr-interrupt, msp430-interrupt)
// and a plain extern "C" fn elsewhere (see `isrx expand timer.rs -t T`). isrx's prelude
// (lang items, volatile_load/volatile_store) is appended; no standard library is needed.

static mut TICKS: u32 = 0;

// Hand-written cfg code passes through untouched: 16-bit targets get a low address.
#[cfg(any(target_arch = "avr", target_arch = "msp430"))]
const TIMER_STATUS: usize = 0x0100;
#[cfg(not(any(target_arch = "avr", target_arch = "msp430")))]
const TIMER_STATUS: usize = 0x4000_1000;

extern "C" {
    fn scheduler_tick(now: u32);
}

isr!(timer, {
    unsafe {
        volatile_store(TIMER_STATUS as *mut u32, 1); // acknowledge the interrupt
        TICKS += 1;
        if TICKS & 0xff == 0 {
            scheduler_tick(TICKS); // a call forces the caller-saved registers to be saved
        }
    }
});
