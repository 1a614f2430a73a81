#ifndef ISRX_SPAWN_H
#define ISRX_SPAWN_H
#include <sys/types.h>

/// Per-run resource limits, applied in the child before exec (0 = leave unchanged).
typedef struct {
  unsigned long long address_space_bytes;
  unsigned long long cpu_seconds;
  unsigned long long file_size_bytes;
} isrx_limits;

/// Starts `path` with `argv`/`envp` in `dir`, as the leader of a new process group, with
/// stdin/stdout/stderr on the given descriptors and `limits` set. Returns the pid (which
/// is also the process group id), or -errno when the program could not be started.
pid_t isrx_spawn(const char *path, char *const argv[], char *const envp[], const char *dir,
                 int in_fd, int out_fd, int err_fd, const isrx_limits *limits);

/// A descriptor that becomes readable when process `pid` exits (Linux pidfd), or -errno.
int isrx_pidfd_open(pid_t pid);

#endif
