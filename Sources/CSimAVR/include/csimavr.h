// A thin C face of simavr (libsimavr) for isrx's AVR measurement: Swift never sees avr_t,
// whose layout differs between simavr versions.
#ifndef CSIMAVR_H
#define CSIMAVR_H
#include <stdint.h>

typedef struct isrx_avr isrx_avr;

/// A fresh core of the named MCU ("atmega328p"); NULL when simavr does not know it.
isrx_avr *isrx_avr_new(const char *mcu);
void isrx_avr_free(isrx_avr *avr);

/// Copies program bytes into flash at a byte address; 0 on success, -1 past the end.
int isrx_avr_load_flash(isrx_avr *avr, uint32_t address, const uint8_t *bytes, uint32_t count);
/// Data space (registers r0-r31 at 0-31, I/O from 32, SRAM from 0x100): read and write.
uint8_t isrx_avr_data(isrx_avr *avr, uint32_t address);
void isrx_avr_set_data(isrx_avr *avr, uint32_t address, uint8_t value);
/// The MCU's last SRAM address (RAMEND), the end of the simulated data space (0xFFFF: past
/// RAMEND is plain RAM, for memory-mapped registers at addresses the part lacks), and the
/// first SRAM address.
uint32_t isrx_avr_ramend(isrx_avr *avr);
uint32_t isrx_avr_data_end(isrx_avr *avr);
uint32_t isrx_avr_ram_start(isrx_avr *avr);

/// PC as a byte address.
uint32_t isrx_avr_pc(isrx_avr *avr);
void isrx_avr_set_pc(isrx_avr *avr, uint32_t pc);
uint16_t isrx_avr_sp(isrx_avr *avr);
void isrx_avr_set_sp(isrx_avr *avr, uint16_t sp);
uint8_t isrx_avr_sreg(isrx_avr *avr);
void isrx_avr_set_sreg(isrx_avr *avr, uint8_t sreg);
/// Cycles simavr has counted since the core was made.
uint64_t isrx_avr_cycles(isrx_avr *avr);
/// Bytes per vector table slot (4 on parts with `jmp`).
uint32_t isrx_avr_vector_size(isrx_avr *avr);
/// Bytes of return address a call or interrupt pushes (2, or 3 with a 22-bit PC).
uint32_t isrx_avr_address_size(isrx_avr *avr);

/// Takes interrupt `vector` now, as simavr's own avr_service_interrupts does: pushes the
/// PC, clears SREG.I, jumps to the vector's slot. (simavr adds no response cycles for it.)
void isrx_avr_take_interrupt(isrx_avr *avr, uint32_t vector);

/// Scripts an I/O register (data address 32..0xFF): its reads return `values` in turn, the
/// last one repeating. Returns 0, or -1 when the address is not I/O or too many are scripted.
int isrx_avr_script_reads(isrx_avr *avr, uint32_t address, const uint8_t *values, uint32_t count);

/// Executes one instruction. Returns 0 while running, 1 when the core stopped or crashed.
int isrx_avr_step(isrx_avr *avr);

#endif
