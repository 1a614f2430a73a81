// Why fork+exec and not posix_spawn: posix_spawn can put the child in its own process group
// (POSIX_SPAWN_SETPGROUP) but cannot set resource limits, and prlimit() after spawning
// races with the child, which may already be running the tool. Between fork and exec the
// child calls only async-signal-safe functions (setpgid, chdir, dup2, sigaction,
// sigprocmask, setrlimit, execve, write, _exit), which is what POSIX allows after fork in
// a multithreaded process.
#define _GNU_SOURCE
#include "isrx_spawn.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <linux/close_range.h>
#include <sys/wait.h>
#include <unistd.h>

static void limit(int resource, unsigned long long value) {
  if (value == 0) return;
  struct rlimit r = {value, value};
  struct rlimit old;
  // Never above the current hard limit (raising it would fail for a normal user).
  if (getrlimit(resource, &old) == 0 && old.rlim_max != RLIM_INFINITY && old.rlim_max < value)
    r.rlim_cur = r.rlim_max = old.rlim_max;
  setrlimit(resource, &r);
}

pid_t isrx_spawn(const char *path, char *const argv[], char *const envp[], const char *dir,
                 int in_fd, int out_fd, int err_fd, const isrx_limits *limits) {
  int report[2];  // the child writes errno here if exec fails; exec closes it (O_CLOEXEC)
  if (pipe2(report, O_CLOEXEC) != 0) return -errno;
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    int e = errno;
    close(report[0]);
    close(report[1]);
    return -e;
  }
  if (pid == 0) {
    setpgid(0, 0);
    // If isrx itself is killed (kill -9), the tool it started dies with it. (Its own
    // children do not: they are in the group, which isrx can no longer kill.)
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    // isrx may ignore or handle these; the tool must get the defaults and no blocked mask.
    int defaults[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGXCPU, SIGXFSZ, SIGCHLD};
    for (unsigned i = 0; i < sizeof defaults / sizeof defaults[0]; i++) signal(defaults[i], SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (dir && chdir(dir) != 0) goto fail;
    if (dup2(in_fd, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0) goto fail;
    // No other descriptor of isrx (another run's files, the terminal) reaches the tool.
#ifdef CLOSE_RANGE_CLOEXEC
    close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
#endif
    if (limits) {
      limit(RLIMIT_AS, limits->address_space_bytes);
      limit(RLIMIT_CPU, limits->cpu_seconds);
      limit(RLIMIT_FSIZE, limits->file_size_bytes);
    }
    execve(path, argv, envp);
  fail:;
    int e = errno;
    (void)!write(report[1], &e, sizeof e);
    _exit(127);
  }
  // Also set the group from the parent, so it exists before anyone signals it.
  setpgid(pid, pid);
  close(report[1]);
  int e = 0;
  ssize_t n;
  do { n = read(report[0], &e, sizeof e); } while (n < 0 && errno == EINTR);
  close(report[0]);
  if (n == (ssize_t)sizeof e) {
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
    return -e;
  }
  return pid;
}

int isrx_pidfd_open(pid_t pid) {
#ifdef SYS_pidfd_open
  long fd = syscall(SYS_pidfd_open, pid, 0);
  return fd < 0 ? -errno : (int)fd;
#else
  (void)pid;
  return -ENOSYS;
#endif
}
