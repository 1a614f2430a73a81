#!/bin/sh
# Regenerates the per-target assembly fixtures from isr.c with real clang output.
# Usage: ./record.sh   (run from anywhere; writes <target>.s next to this script)
set -eu
cd "$(dirname "$0")"

CLANG=${CLANG:-/opt/swift/usr/bin/clang}
CLANG14=${CLANG14:-/usr/bin/clang-14}
# A fixed compilation dir keeps the recorded `.file` paths independent of the checkout location.
COMMON="-S -g -O2 -ffreestanding -fomit-frame-pointer -fdebug-compilation-dir=/tmp/isrx"

rec() {
  out=$1; cc=$2; shift 2
  $cc $COMMON "$@" isr.c -o "$out.s"
  echo "recorded $out.s"
}

rec x86       "$CLANG"   --target=i686-unknown-none -mgeneral-regs-only
rec x86_64    "$CLANG"   --target=x86_64-unknown-none -mno-red-zone -mgeneral-regs-only
rec arm       "$CLANG"   --target=armv7a-none-eabi -marm -mfloat-abi=soft
rec cortex-m  "$CLANG"   --target=thumbv7m-none-eabi -mcpu=cortex-m3 -mfloat-abi=soft
rec aarch64   "$CLANG"   --target=aarch64-none-elf -mgeneral-regs-only
rec mips      "$CLANG"   --target=mipsel-unknown-elf -march=mips32r2 -mno-abicalls -fno-pic -G0 -msoft-float
rec powerpc   "$CLANG"   --target=powerpc-unknown-eabi -msoft-float
rec riscv32   "$CLANG"   --target=riscv32-unknown-elf -march=rv32imac -mabi=ilp32
rec riscv64   "$CLANG"   --target=riscv64-unknown-elf -march=rv64imac -mabi=lp64 -mcmodel=medany
rec avr       "$CLANG"   --target=avr -mmcu=atmega328p
rec msp430    "$CLANG14" --target=msp430
