pub const ISRX_PRELUDE_BELOW: () = ();
// ---------------------------------------------------------------------------------------
// isrx Rust prelude. isrx appends this file after the user's code (so the user's line
// numbers stay theirs) and compiles the crate `#![no_core]` with RUSTC_BOOTSTRAP=1, so no
// target standard library is needed. It supplies:
//   - the lang items a no_core crate needs (docs/REFERENCE.md §8) and the integer operators,
//   - `volatile_load` / `volatile_store` (compiler intrinsics) for device registers,
//   - `InterruptStackFrame`, the x86 frame passed BY VALUE (docs/REFERENCE.md §4.1 pitfall),
//   - `isr!(name, { ... })`, the portable ISR: the target's interrupt ABI where rustc has
//     one, a plain `extern "C" fn` elsewhere; `isr!(nonblocking name, { ... })` selects
//     AVR's `avr-non-blocking-interrupt` (`sei` first).
// Hand-written `#[cfg(target_arch = "...")] extern "x86-interrupt" fn ...` code needs
// nothing from here but the lang items: the ABI feature gates are enabled for the crate.
// ---------------------------------------------------------------------------------------

#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
#[lang = "sync"] pub unsafe auto trait Sync {}
#[lang = "legacy_receiver"] pub trait LegacyReceiver {}
impl<T: ?Sized> LegacyReceiver for &T {}
impl<T: ?Sized> LegacyReceiver for &mut T {}

#[lang = "drop_in_place"]
#[allow(unconditional_recursion)]
pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T) { unsafe { drop_in_place(to_drop) } }

// Panics (bounds checks, division by zero) stop in a loop: there is nothing to unwind to.
#[lang = "panic"] pub fn isrx_panic(_: &'static str) -> ! { loop {} }
#[lang = "panic_bounds_check"] pub fn isrx_panic_bounds_check(_: usize, _: usize) -> ! { loop {} }
#[lang = "panic_const_div_by_zero"] pub fn isrx_panic_div_by_zero() -> ! { loop {} }
#[lang = "panic_const_rem_by_zero"] pub fn isrx_panic_rem_by_zero() -> ! { loop {} }
#[lang = "panic_const_div_overflow"] pub fn isrx_panic_div_overflow() -> ! { loop {} }
#[lang = "panic_const_rem_overflow"] pub fn isrx_panic_rem_overflow() -> ! { loop {} }

macro_rules! isrx_binary_op {
  ($lang:literal $Trait:ident $method:ident $op:tt, $lang_assign:literal $TraitAssign:ident $method_assign:ident) => {
    #[lang = $lang] pub trait $Trait<Rhs = Self> { type Output; fn $method(self, rhs: Rhs) -> Self::Output; }
    #[lang = $lang_assign] pub trait $TraitAssign<Rhs = Self> { fn $method_assign(&mut self, rhs: Rhs); }
  };
}
isrx_binary_op!("add" Add add +, "add_assign" AddAssign add_assign);
isrx_binary_op!("sub" Sub sub -, "sub_assign" SubAssign sub_assign);
isrx_binary_op!("mul" Mul mul *, "mul_assign" MulAssign mul_assign);
isrx_binary_op!("div" Div div /, "div_assign" DivAssign div_assign);
isrx_binary_op!("rem" Rem rem %, "rem_assign" RemAssign rem_assign);
isrx_binary_op!("bitand" BitAnd bitand &, "bitand_assign" BitAndAssign bitand_assign);
isrx_binary_op!("bitor" BitOr bitor |, "bitor_assign" BitOrAssign bitor_assign);
isrx_binary_op!("bitxor" BitXor bitxor ^, "bitxor_assign" BitXorAssign bitxor_assign);
isrx_binary_op!("shl" Shl shl <<, "shl_assign" ShlAssign shl_assign);
isrx_binary_op!("shr" Shr shr >>, "shr_assign" ShrAssign shr_assign);
#[lang = "not"] pub trait Not { type Output; fn not(self) -> Self::Output; }
#[lang = "neg"] pub trait Neg { type Output; fn neg(self) -> Self::Output; }
#[lang = "eq"] pub trait PartialEq<Rhs: ?Sized = Self> {
  fn eq(&self, other: &Rhs) -> bool;
  fn ne(&self, other: &Rhs) -> bool { !self.eq(other) }
}
#[lang = "partial_ord"] pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> {
  fn lt(&self, other: &Rhs) -> bool;
  fn le(&self, other: &Rhs) -> bool;
  fn gt(&self, other: &Rhs) -> bool;
  fn ge(&self, other: &Rhs) -> bool;
}

macro_rules! isrx_integer {
  ($($t:ty)*) => { $(
    impl Copy for $t {}
    impl Add for $t { type Output = $t; fn add(self, rhs: $t) -> $t { self + rhs } }
    impl Sub for $t { type Output = $t; fn sub(self, rhs: $t) -> $t { self - rhs } }
    impl Mul for $t { type Output = $t; fn mul(self, rhs: $t) -> $t { self * rhs } }
    impl Div for $t { type Output = $t; fn div(self, rhs: $t) -> $t { self / rhs } }
    impl Rem for $t { type Output = $t; fn rem(self, rhs: $t) -> $t { self % rhs } }
    impl BitAnd for $t { type Output = $t; fn bitand(self, rhs: $t) -> $t { self & rhs } }
    impl BitOr for $t { type Output = $t; fn bitor(self, rhs: $t) -> $t { self | rhs } }
    impl BitXor for $t { type Output = $t; fn bitxor(self, rhs: $t) -> $t { self ^ rhs } }
    impl Shl<u32> for $t { type Output = $t; fn shl(self, rhs: u32) -> $t { self << rhs } }
    impl Shr<u32> for $t { type Output = $t; fn shr(self, rhs: u32) -> $t { self >> rhs } }
    impl AddAssign for $t { fn add_assign(&mut self, rhs: $t) { *self += rhs } }
    impl SubAssign for $t { fn sub_assign(&mut self, rhs: $t) { *self -= rhs } }
    impl MulAssign for $t { fn mul_assign(&mut self, rhs: $t) { *self *= rhs } }
    impl DivAssign for $t { fn div_assign(&mut self, rhs: $t) { *self /= rhs } }
    impl RemAssign for $t { fn rem_assign(&mut self, rhs: $t) { *self %= rhs } }
    impl BitAndAssign for $t { fn bitand_assign(&mut self, rhs: $t) { *self &= rhs } }
    impl BitOrAssign for $t { fn bitor_assign(&mut self, rhs: $t) { *self |= rhs } }
    impl BitXorAssign for $t { fn bitxor_assign(&mut self, rhs: $t) { *self ^= rhs } }
    impl ShlAssign<u32> for $t { fn shl_assign(&mut self, rhs: u32) { *self <<= rhs } }
    impl ShrAssign<u32> for $t { fn shr_assign(&mut self, rhs: u32) { *self >>= rhs } }
    impl Not for $t { type Output = $t; fn not(self) -> $t { !self } }
    impl PartialEq for $t { fn eq(&self, other: &$t) -> bool { *self == *other } }
    impl PartialOrd for $t {
      fn lt(&self, other: &$t) -> bool { *self < *other }
      fn le(&self, other: &$t) -> bool { *self <= *other }
      fn gt(&self, other: &$t) -> bool { *self > *other }
      fn ge(&self, other: &$t) -> bool { *self >= *other }
    }
  )* };
}
isrx_integer!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize);
macro_rules! isrx_signed { ($($t:ty)*) => { $( impl Neg for $t { type Output = $t; fn neg(self) -> $t { -self } } )* }; }
isrx_signed!(i8 i16 i32 i64 isize);
impl Copy for bool {}
impl Not for bool { type Output = bool; fn not(self) -> bool { !self } }
impl PartialEq for bool { fn eq(&self, other: &bool) -> bool { *self == *other } }
impl<T: ?Sized> Copy for *const T {}
impl<T: ?Sized> Copy for *mut T {}
impl<T: ?Sized> Copy for &T {}

/// Reads a device register (or any memory) exactly once.
#[rustc_intrinsic] pub unsafe fn volatile_load<T>(src: *const T) -> T;
/// Writes a device register (or any memory) exactly once.
#[rustc_intrinsic] pub unsafe fn volatile_store<T>(dst: *mut T, val: T);

/// What the x86 CPU pushed before the first instruction. `extern "x86-interrupt"` takes it
/// BY VALUE: rustc lowers that to LLVM's `byval` pointer. A `*const` or `&` parameter is
/// accepted by rustc 1.95 but miscompiled (docs/REFERENCE.md §4.1).
#[cfg(target_arch = "x86_64")]
#[repr(C)]
pub struct InterruptStackFrame { pub ip: u64, pub cs: u64, pub flags: u64, pub sp: u64, pub ss: u64 }
#[cfg(not(target_arch = "x86_64"))]
#[repr(C)]
pub struct InterruptStackFrame { pub ip: usize, pub cs: usize, pub flags: usize }

/// rustc's built-in `compile_error!` (no_core has no `core` to take it from): isr!(err ...)
/// names, per target, where the cause lives instead of an error code.
#[rustc_builtin_macro(compile_error)]
#[macro_export]
macro_rules! isrx_compile_error { ($msg:expr $(,)?) => {{ /* compiler built-in */ }}; }

/// The portable ISR. `isrx expand` shows what it became on a target.
#[cfg(isrx_plain_handlers)]
#[macro_export]
macro_rules! isr {
  // The double-dispatch baseline: the same body as the plain function a unified handler
  // calls through its table. No interrupt ABI.
  (err $name:ident, $code:ident, $body:block) => {
    #[no_mangle] #[inline(never)] pub extern "C" fn $name($code: usize) $body
  };
  ($(nonblocking)? $name:ident, $body:block) => {
    #[no_mangle] #[inline(never)] pub extern "C" fn $name() $body
  };
}
#[cfg(all(not(isrx_plain_handlers), any(target_arch = "x86", target_arch = "x86_64")))]
#[macro_export]
macro_rules! isr {
  // Exceptions whose frame carries an error code (#DF, #GP, #PF, ...): isr!(err name, code, {...}).
  (err $name:ident, $code:ident, $body:block) => {
    #[no_mangle] pub extern "x86-interrupt" fn $name(_frame: $crate::InterruptStackFrame, $code: $crate::ErrorCode) $body
  };
  ($(nonblocking)? $name:ident, $body:block) => {
    #[no_mangle] pub extern "x86-interrupt" fn $name(_frame: $crate::InterruptStackFrame) $body
  };
}
/// The error code x86 pushes for #DF, #TS, #NP, #SS, #GP, #PF, #AC, #CP: a word.
#[cfg(target_arch = "x86_64")] pub type ErrorCode = u64;
#[cfg(target_arch = "x86")] pub type ErrorCode = u32;
#[cfg(all(not(isrx_plain_handlers), any(target_arch = "riscv32", target_arch = "riscv64")))]
#[macro_export]
macro_rules! isr {
  (err $name:ident, $code:ident, $body:block) => {
    $crate::isrx_compile_error!("isr!(err ...): RISC-V pushes no error code; the cause is in mcause and mtval");
  };
  ($(nonblocking)? $name:ident, $body:block) => {
    #[no_mangle] pub extern "riscv-interrupt-m" fn $name() $body
  };
}
#[cfg(all(not(isrx_plain_handlers), target_arch = "avr"))]
#[macro_export]
macro_rules! isr {
  (err $name:ident, $code:ident, $body:block) => {
    $crate::isrx_compile_error!("isr!(err ...): AVR interrupts carry no error code; the vector itself says what happened");
  };
  (nonblocking $name:ident, $body:block) => {
    #[no_mangle] pub extern "avr-non-blocking-interrupt" fn $name() $body
  };
  ($name:ident, $body:block) => {
    #[no_mangle] pub extern "avr-interrupt" fn $name() $body
  };
}
#[cfg(all(not(isrx_plain_handlers), target_arch = "msp430"))]
#[macro_export]
macro_rules! isr {
  (err $name:ident, $code:ident, $body:block) => {
    $crate::isrx_compile_error!("isr!(err ...): MSP430 interrupts carry no error code; read the module's interrupt vector register (SYSUNIV, P1IV, ...)");
  };
  ($(nonblocking)? $name:ident, $body:block) => {
    #[no_mangle] pub extern "msp430-interrupt" fn $name() $body
  };
}
// Cortex-M: a plain function is a correct handler (the CPU stacks the caller-saved
// registers), as cortex-m-rt does. ARM A-profile, MIPS, AArch64, PowerPC: rustc has no
// interrupt ABI, so this is the body as a plain function, not an ISR; isrx labels it so
// (and synthesizes an entry/exit wrapper on AArch64 and PowerPC).
#[cfg(all(not(isrx_plain_handlers), not(any(target_arch = "x86", target_arch = "x86_64",
  target_arch = "riscv32", target_arch = "riscv64", target_arch = "avr", target_arch = "msp430"))))]
#[macro_export]
macro_rules! isr {
  (err $name:ident, $code:ident, $body:block) => {
    $crate::isrx_compile_error!("isr!(err ...): only x86 and x86-64 push an error code; here the cause is in a register (Cortex-M CFSR, ARM DFSR/IFSR, AArch64 ESR_ELx, MIPS Cause, PowerPC SRR1/DSISR)");
  };
  ($(nonblocking)? $name:ident, $body:block) => {
    #[no_mangle] #[inline(never)] pub extern "C" fn $name() $body
  };
}
