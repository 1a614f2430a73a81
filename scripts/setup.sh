#!/bin/sh
# isrx set-up on a fresh Debian machine (the Swift toolchain, which ships clang, is assumed).
#   libncurses-dev  wide-character ncurses for the explorer
#   libunicorn-dev  the Unicorn emulator for measured costs
#   clang-14        Debian's clang that still has the MSP430 backend (the Swift clang lacks it)
#   llvm-14         llvm-mca-14 (cycle estimates) and llvm-objdump-14 (MSP430 machine code)
#   libsimavr-dev   simavr, the cycle-counting AVR simulator (AVR measured figures)
#   mspdebug        its `sim` driver runs MSP430 code (MSP430 measured figures)
#   tmux            the end-to-end tests drive the real explorer in tmux
#   gcc-*           the GNU compilers for `--compiler gcc` (gcc itself builds x86/x86-64;
#                   gcc-multilib is not needed: isrx never links with libc, and Debian's
#                   gcc-multilib conflicts with the cross compilers)
set -eu
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y libncurses-dev libunicorn-dev libsimavr-dev mspdebug clang-14 llvm-14 tmux \
  gcc gcc-avr gcc-arm-none-eabi gcc-riscv64-unknown-elf gcc-mips-linux-gnu gcc-powerpc-linux-gnu gcc-aarch64-linux-gnu
