#!/bin/sh
# Regenerates the per-target assembly fixtures from isr.c with real clang output, with the
# exact flags isrx compiles with (from `isrx targets --flags`; set ISRX to the binary).
# Usage: ./record.sh   (run from anywhere; writes <target>.s next to this script)
set -eu
cd "$(dirname "$0")"

ISRX=${ISRX:-isrx}
CLANG=${CLANG:-/opt/swift/usr/bin/clang}
CLANG14=${CLANG14:-/usr/bin/clang-14}
# A fixed compilation dir keeps the recorded `.file` paths independent of the checkout location.
COMMON="-S -g -fdebug-compilation-dir=/tmp/isrx"

$ISRX targets --flags | while read -r id template kind flags; do
  cc=$CLANG
  [ "$kind" = clang-msp430 ] && cc=$CLANG14
  # shellcheck disable=SC2086  # the flags are meant to be split
  $cc $COMMON $flags isr.c -o "$id.s"
  echo "recorded $id.s"
done
