/* CUnicorn: the Unicorn 2 C API for Swift.
 *
 * Swift cannot call C variadic functions, and uc_hook_add is one. These static inline
 * wrappers fix the hook type and callback signature, so Swift passes @convention(c)
 * closures without casts. Everything else is used straight from unicorn.h. */
#ifndef ISRX_CUNICORN_SHIM_H
#define ISRX_CUNICORN_SHIM_H

#include <unicorn/unicorn.h>
#include <stdbool.h>
#include <stdint.h>

typedef void (*isrx_code_hook)(uc_engine *uc, uint64_t address, uint32_t size, void *user_data);
typedef void (*isrx_mem_hook)(uc_engine *uc, uc_mem_type type, uint64_t address, int size,
                              int64_t value, void *user_data);
typedef bool (*isrx_mem_fault_hook)(uc_engine *uc, uc_mem_type type, uint64_t address, int size,
                                    int64_t value, void *user_data);

/* Every instruction in [begin, end] (begin > end: everywhere). */
static inline uc_err isrx_hook_code(uc_engine *uc, uc_hook *hook, isrx_code_hook callback,
                                    void *user_data, uint64_t begin, uint64_t end) {
  return uc_hook_add(uc, hook, UC_HOOK_CODE, (void *)callback, user_data, begin, end);
}

/* Every data write to mapped memory. */
static inline uc_err isrx_hook_mem_write(uc_engine *uc, uc_hook *hook, isrx_mem_hook callback,
                                         void *user_data) {
  return uc_hook_add(uc, hook, UC_HOOK_MEM_WRITE, (void *)callback, user_data, (uint64_t)1, (uint64_t)0);
}

/* Every successful data read, after the value was loaded (the callback then stores what the
 * next read returns: scripted device registers). After, not before: whether a write from a
 * before-read hook reaches the load differs between Unicorn's CPUs (MIPS ignores it). */
static inline uc_err isrx_hook_mem_read_after(uc_engine *uc, uc_hook *hook, isrx_mem_hook callback,
                                              void *user_data) {
  return uc_hook_add(uc, hook, UC_HOOK_MEM_READ_AFTER, (void *)callback, user_data, (uint64_t)1, (uint64_t)0);
}

/* Reads, writes and fetches of unmapped memory; return true to retry after mapping. */
static inline uc_err isrx_hook_mem_unmapped(uc_engine *uc, uc_hook *hook,
                                            isrx_mem_fault_hook callback, void *user_data) {
  return uc_hook_add(uc, hook, UC_HOOK_MEM_UNMAPPED, (void *)callback, user_data, (uint64_t)1, (uint64_t)0);
}

/* Unicorn's register ids are enums of different types per architecture; one int for Swift. */
static inline uc_err isrx_reg_write(uc_engine *uc, int regid, uint64_t value) {
  return uc_reg_write(uc, regid, &value);
}

static inline uint64_t isrx_reg_read(uc_engine *uc, int regid) {
  uint64_t value = 0;
  uc_reg_read(uc, regid, &value);
  return value;
}

/* uc_ctl is variadic as well: choose the CPU model (call right after uc_open). */
static inline uc_err isrx_set_cpu_model(uc_engine *uc, int model) {
  return uc_ctl(uc, UC_CTL_WRITE(UC_CTL_CPU_MODEL, 1), model);
}

#endif
