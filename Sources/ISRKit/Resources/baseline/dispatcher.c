/*
 * The unified handler of the double-dispatch baseline, in C.
 *
 * Every stub (isrx_stub in <target>.S) saves the interrupted registers and
 * calls isrx_unified_handler with the vector number as its first argument.
 * This is the second dispatch: look the real handler up in a table and call
 * it. It is the C counterpart of RustOS's `unified_handler`, minus RustOS's
 * `match` and PIC acknowledgement.
 *
 * The table isrx_handlers[] is generated elsewhere (one entry per vector).
 * It is not defined here.
 *
 * With optimisation the call is usually a tail call: the compiler loads the
 * table entry and jumps to it, so the real handler returns straight into the
 * stub and this function pushes nothing itself.
 *
 * `unsigned` is 16 bits on AVR and MSP430; vector numbers are 0..255, so
 * that is enough.
 */

#ifndef ISRX_ERROR_CODE
extern void (*const isrx_handlers[])(void);

void isrx_unified_handler(unsigned vector);

void isrx_unified_handler(unsigned vector)
{
    isrx_handlers[vector]();
}
#else
/* Exceptions with an error code (x86 #DF, #GP, #PF, ...): the stub passes the code the
 * CPU pushed, and the handler receives it. */
extern void (*const isrx_handlers[])(unsigned long error_code);

void isrx_unified_handler(unsigned vector, unsigned long error_code);

void isrx_unified_handler(unsigned vector, unsigned long error_code)
{
    isrx_handlers[vector](error_code);
}
#endif
