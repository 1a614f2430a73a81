#include "csimavr.h"
#include <pthread.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>
#include <simavr/sim_avr.h>
#include <simavr/sim_core.h>

#include <simavr/sim_io.h>

enum { max_scripts = 8 };
struct script { struct isrx_avr *owner; uint32_t address; uint8_t *values; uint32_t count, reads; };
struct isrx_avr { avr_t *avr; uint32_t ramend; struct script scripts[max_scripts]; int script_count; };

// simavr logs through one global function; isrx must never print into the explorer's screen.
static void quiet(struct avr_t *avr, const int level, const char *format, va_list ap) {
  (void)avr; (void)level; (void)format; (void)ap;
}
static pthread_once_t quiet_once = PTHREAD_ONCE_INIT;
static void install_quiet(void) { avr_global_logger_set(quiet); }

isrx_avr *isrx_avr_new(const char *mcu) {
  pthread_once(&quiet_once, install_quiet);
  avr_t *avr = avr_make_mcu_by_name(mcu);
  if (!avr) return NULL;
  // The whole 16-bit data space exists, as plain RAM past the MCU's own: a memory-mapped
  // register at an address the part does not have (0x40001000 cut to 0x1000) reads and
  // writes like RAM, as Unicorn's pages mapped on first touch do, instead of stopping the core.
  uint32_t ramend = avr->ramend;
  avr->ramend = 0xFFFF;
  avr_init(avr);
  avr->log = LOG_NONE;
  isrx_avr *out = calloc(1, sizeof *out);
  if (!out) { avr_terminate(avr); free(avr); return NULL; }
  out->avr = avr;
  out->ramend = ramend;
  return out;
}

void isrx_avr_free(isrx_avr *handle) {
  if (!handle) return;
  for (int i = 0; i < handle->script_count; i++) free(handle->scripts[i].values);
  avr_terminate(handle->avr);
  free(handle->avr);
  free(handle);
}

int isrx_avr_load_flash(isrx_avr *handle, uint32_t address, const uint8_t *bytes, uint32_t count) {
  avr_t *avr = handle->avr;
  if (address > avr->flashend || count > avr->flashend + 1 - address) return -1;
  memcpy(avr->flash + address, bytes, count);
  if (address + count > avr->codeend) avr->codeend = address + count;
  return 0;
}

uint8_t isrx_avr_data(isrx_avr *handle, uint32_t address) {
  return address <= handle->avr->ramend ? handle->avr->data[address] : 0;
}

void isrx_avr_set_data(isrx_avr *handle, uint32_t address, uint8_t value) {
  if (address <= handle->avr->ramend) handle->avr->data[address] = value;
}

uint32_t isrx_avr_ramend(isrx_avr *handle) { return handle->ramend; }
uint32_t isrx_avr_data_end(isrx_avr *handle) { return handle->avr->ramend; }
uint32_t isrx_avr_ram_start(isrx_avr *handle) { return handle->avr->ioend + 1; }
uint32_t isrx_avr_pc(isrx_avr *handle) { return handle->avr->pc; }
void isrx_avr_set_pc(isrx_avr *handle, uint32_t pc) { handle->avr->pc = pc; }
uint16_t isrx_avr_sp(isrx_avr *handle) { return _avr_sp_get(handle->avr); }
void isrx_avr_set_sp(isrx_avr *handle, uint16_t sp) { _avr_sp_set(handle->avr, sp); }

uint8_t isrx_avr_sreg(isrx_avr *handle) {
  uint8_t value = 0;
  for (int i = 0; i < 8; i++) if (handle->avr->sreg[i]) value |= 1 << i;
  return value;
}

void isrx_avr_set_sreg(isrx_avr *handle, uint8_t sreg) {
  for (int i = 0; i < 8; i++) avr_sreg_set(handle->avr, i, (sreg >> i) & 1);
  handle->avr->data[R_SREG] = sreg;
}

uint64_t isrx_avr_cycles(isrx_avr *handle) { return handle->avr->cycle; }
uint32_t isrx_avr_vector_size(isrx_avr *handle) { return handle->avr->vector_size; }
uint32_t isrx_avr_address_size(isrx_avr *handle) { return handle->avr->address_size; }

void isrx_avr_take_interrupt(isrx_avr *handle, uint32_t vector) {
  avr_t *avr = handle->avr;
  _avr_push_addr(avr, avr->pc);
  avr_sreg_set(avr, S_I, 0);
  avr->pc = vector * avr->vector_size;
}

int isrx_avr_step(isrx_avr *handle) {
  avr_t *avr = handle->avr;
  if (avr->state != cpu_Running) return 1;
  int state = avr_run(avr);
  return state == cpu_Running ? 0 : 1;
}

static uint8_t scripted_read(struct avr_t *avr, avr_io_addr_t address, void *param) {
  (void)avr; (void)address;
  struct script *script = param;
  uint32_t n = script->reads < script->count ? script->reads : script->count - 1;
  script->reads++;
  return script->values[n];
}

int isrx_avr_script_reads(isrx_avr *handle, uint32_t address, const uint8_t *values, uint32_t count) {
  if (address < 32 || address > handle->avr->ioend || count == 0 || handle->script_count >= max_scripts) return -1;
  struct script *script = &handle->scripts[handle->script_count];
  script->values = malloc(count);
  if (!script->values) return -1;
  memcpy(script->values, values, count);
  script->owner = handle;
  script->address = address;
  script->count = count;
  script->reads = 0;
  handle->script_count++;
  avr_register_io_read(handle->avr, (avr_io_addr_t)address, scripted_read, script);
  return 0;
}
