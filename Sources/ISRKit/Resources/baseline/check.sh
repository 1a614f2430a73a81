#!/bin/sh
# Assemble every baseline stub and compile dispatcher.c for its target with
# the exact flags isrx uses (read from `isrx targets --flags`; set ISRX to the
# isrx binary, e.g. ISRX=.build/debug/isrx), then print, per target, the size of isrx_stub
# (its ELF symbol size), its instruction count and its disassembly, and the
# stub size for a few other vector numbers.
#
# usage: check.sh [vector]        (default vector: 4)
#
# Tools can be overridden through the environment: CLANG, CLANG14, NM,
# OBJDUMP, OBJDUMP14. The Swift toolchain's clang has no MSP430 backend, so
# msp430 uses Debian's clang-14 and llvm-objdump-14.
# Nothing is written outside a private temporary directory.

set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
VECTOR=${1:-4}
CLANG=${CLANG:-/opt/swift/usr/bin/clang}
CLANG14=${CLANG14:-clang-14}
NM=${NM:-/opt/swift/usr/bin/llvm-nm}
OBJDUMP=${OBJDUMP:-/opt/swift/usr/bin/llvm-objdump}
OBJDUMP14=${OBJDUMP14:-llvm-objdump-14}
# Targets and their flags come from isrx itself (`isrx targets --flags`: id, template,
# compiler, flags), so this script cannot drift from what the product compiles with.
ISRX=${ISRX:-isrx}
TABLE=$($ISRX targets --flags)
TARGETS=${TARGETS:-$(echo "$TABLE" | awk '{print $1}')}
COMMON="-g -c"
OTHER_VECTORS="0 1 4 8 50 127 128 255"

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

row() { echo "$TABLE" | awk -v t="$1" '$1 == t'; }
flags() { row "$1" | cut -d' ' -f4-; }
template() { row "$1" | awk '{print $2}'; }
kind() { row "$1" | awk '{print $3}'; }

compiler() { if [ "$(kind "$1")" = clang-msp430 ]; then echo "$CLANG14"; else echo "$CLANG"; fi; }
objdump_for() { if [ "$(kind "$1")" = clang-msp430 ]; then echo "$OBJDUMP14"; else echo "$OBJDUMP"; fi; }

# "<value> <size>" of symbol $2 in object $1, both in hex, from `llvm-nm -S`.
symbol() {
    "$NM" -S "$1" | awk -v s="$2" '$4 == s { print $1, $2 }'
}

# Decimal size of symbol $2 in object $1, or MISSING.
symsize() {
    set -- $(symbol "$1" "$2")
    if [ $# -eq 2 ]; then printf '%d\n' "0x$2"; else echo MISSING; fi
}

# Disassemble object $2 with objdump $1, plus any further options.
disasm() {
    _od=$1; _obj=$2; shift 2
    "$_od" $ODFLAGS "$@" "$_obj"
}

# Number of instructions inside symbol $3 of object $2 (objdump $1): the
# instruction lines whose address lies in [value, value + size). The whole
# section is disassembled, because --disassemble-symbols stops at local
# labels such as RISC-V's .Lpcrel_hi0.
insns() {
    set -- "$1" "$2" $(symbol "$2" "$3")
    disasm "$1" "$2" -d | awk -v lo="$3" -v n="$4" '
        function hex(h,   i, v) {
            v = 0; h = tolower(h)
            for (i = 1; i <= length(h); i++) v = v * 16 + index("0123456789abcdef", substr(h, i, 1)) - 1
            return v
        }
        BEGIN { lo = hex(lo); hi = lo + hex(n) }
        /^ *[0-9a-f]+:/ { a = $1; sub(":", "", a); a = hex(a); if (a >= lo && a < hi) c++ }
        END { print c + 0 }'
}

status=0
for t in $TARGETS; do
    cc=$(compiler "$t")
    od=$(objdump_for "$t")
    ODFLAGS=
    mcu=$(flags "$t" | tr ' ' '\n' | sed -n 's/^-mmcu=//p')
    [ -n "$mcu" ] && ODFLAGS=--mcpu=$mcu   # else AVR push/pop/call show as <unknown>
    tf=$(flags "$t")
    src=$(template "$t")
    echo "=================================================================="
    echo "== $t"
    echo "=================================================================="
    # shellcheck disable=SC2086  # the flag strings are meant to be split
    set -- $tf $COMMON
    echo "\$ $cc $* -DISRX_VECTOR=$VECTOR $src.S -o $t.o"
    "$cc" "$@" -DISRX_VECTOR="$VECTOR" "$HERE/$src.S" -o "$OUT/$t.o"
    echo "\$ $cc $* dispatcher.c -o dispatcher-$t.o"
    "$cc" "$@" "$HERE/dispatcher.c" -o "$OUT/dispatcher-$t.o"

    size=$(symsize "$OUT/$t.o" isrx_stub)
    count=$(insns "$od" "$OUT/$t.o" isrx_stub)
    dsize=$(symsize "$OUT/dispatcher-$t.o" isrx_unified_handler)
    dcount=$(insns "$od" "$OUT/dispatcher-$t.o" isrx_unified_handler)
    echo
    echo "isrx_stub (vector $VECTOR): $size bytes, $count instructions"
    echo "isrx_unified_handler: $dsize bytes, $dcount instructions"
    echo "ISRX-STUB kind: $(grep -m1 -E '^ISRX-STUB: (per-vector|shared)$' "$HERE/$src.S" || echo MISSING)"
    [ "$size" = MISSING ] && status=1

    printf 'stub size by vector:'
    for v in $OTHER_VECTORS; do
        "$cc" "$@" -DISRX_VECTOR="$v" "$HERE/$src.S" -o "$OUT/$t-$v.o"
        printf ' %s=%s' "$v" "$(symsize "$OUT/$t-$v.o" isrx_stub)"
    done
    echo
    echo
    disasm "$od" "$OUT/$t.o" -dr | sed -n '/^[0-9a-f]* <isrx_stub>:/,$p'
    echo
    disasm "$od" "$OUT/dispatcher-$t.o" -dr | sed -n '/^[0-9a-f]* <isrx_unified_handler>:/,$p'
    echo
done
exit $status
