#include "CNcurses.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

int cnc_lines(void) { return LINES; }
int cnc_cols(void) { return COLS; }
WINDOW *cnc_stdscr(void) { return stdscr; }
int cnc_colors(void) { return COLORS; }
int cnc_color_pairs(void) { return COLOR_PAIRS; }
int cnc_can_change_color(void) { return can_change_color() ? 1 : 0; }
int cnc_has_colors(void) { return has_colors() ? 1 : 0; }
int cnc_escdelay(void) { return ESCDELAY; }

int cnc_color_pair(int n) { return COLOR_PAIR(n); }
attr_t cnc_attr_normal(void) { return A_NORMAL; }
attr_t cnc_attr_bold(void) { return A_BOLD; }
attr_t cnc_attr_underline(void) { return A_UNDERLINE; }
attr_t cnc_attr_reverse(void) { return A_REVERSE; }
attr_t cnc_attr_dim(void) { return A_DIM; }

int cnc_ok(void) { return OK; }
int cnc_err(void) { return ERR; }
int cnc_key_f(int n) { return KEY_F(n); }
int cnc_key_resize(void) { return KEY_RESIZE; }
int cnc_key_mouse(void) { return KEY_MOUSE; }
int cnc_key_btab(void) { return KEY_BTAB; }
int cnc_key_enter(void) { return KEY_ENTER; }
int cnc_key_backspace(void) { return KEY_BACKSPACE; }
int cnc_key_dc(void) { return KEY_DC; }
int cnc_key_home(void) { return KEY_HOME; }
int cnc_key_end(void) { return KEY_END; }
int cnc_key_ppage(void) { return KEY_PPAGE; }
int cnc_key_npage(void) { return KEY_NPAGE; }
int cnc_key_up(void) { return KEY_UP; }
int cnc_key_down(void) { return KEY_DOWN; }
int cnc_key_left(void) { return KEY_LEFT; }
int cnc_key_right(void) { return KEY_RIGHT; }

// Set by the termination handlers below (and by cnc_read when the terminal hangs up).
static volatile sig_atomic_t cnc_pending;

int cnc_read(int timeout_ms, uint32_t *value) {
  // The termination signals must reach the main loop's thread. Seen: after background work
  // (Swift's Dispatch, Foundation's Process) this thread ran with every signal blocked, so
  // the SIGHUP of a closed terminal stayed pending forever while reads failed in a loop.
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, SIGTERM);
  sigaddset(&unblock, SIGHUP);
  sigaddset(&unblock, SIGINT);
  sigaddset(&unblock, SIGALRM);
  sigaddset(&unblock, SIGWINCH);
  pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
  wint_t ch = 0;
  wtimeout(stdscr, timeout_ms);
  int status = wget_wch(stdscr, &ch);
  *value = (uint32_t)ch;
  if (status == KEY_CODE_YES) return 2;
  if (status == OK) return 1;
  // No key: a timeout, or the terminal is gone (its reads fail at once). A hangup is treated
  // as SIGHUP even if the signal itself never arrives.
  struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
  if (poll(&input, 1, 0) > 0 && (input.revents & (POLLHUP | POLLERR | POLLNVAL)) && !cnc_pending) {
    cnc_pending = SIGHUP;
    alarm(2);
  }
  return 0;
}

unsigned long cnc_button1_pressed(void) { return BUTTON1_PRESSED; }
unsigned long cnc_button1_released(void) { return BUTTON1_RELEASED; }
unsigned long cnc_button1_clicked(void) { return BUTTON1_CLICKED; }
unsigned long cnc_button4_pressed(void) { return BUTTON4_PRESSED; }
unsigned long cnc_button5_pressed(void) { return BUTTON5_PRESSED; }

unsigned long cnc_enable_mouse(unsigned long mask) {
  mmask_t old = 0;
  mmask_t granted = mousemask((mmask_t)mask, &old);
  mouseinterval(0);
  return (unsigned long)granted;
}

int cnc_get_mouse(int *x, int *y, unsigned long *bstate) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *x = event.x;
  *y = event.y;
  *bstate = (unsigned long)event.bstate;
  return 1;
}

int cnc_draw_cell(int y, int x, const uint32_t *scalars, int count, attr_t attrs, int pair) {
  wchar_t wch[CCHARW_MAX + 1];
  int n = count < CCHARW_MAX ? count : CCHARW_MAX;
  for (int i = 0; i < n; i++) wch[i] = (wchar_t)scalars[i];
  wch[n] = L'\0';
  cchar_t cell;
  // With extended colours, ncurses reads the pair from `opts` (an int *), which lifts the
  // 32767 limit of the short parameter.
  if (setcchar(&cell, wch, attrs, (short)(pair <= 32767 ? pair : 0), &pair) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

int cnc_init_pair(int pair, int fg, int bg) { return init_extended_pair(pair, fg, bg); }

// MARK: Terminal restore
//
// Three ways out besides a normal stop():
// - exit() (any path through atexit): endwin().
// - SIGTERM, SIGHUP, SIGINT: the handler only records the signal (and arms a 2 s watchdog);
//   the main loop sees it within one input timeout, writes the recovery copy, stops curses
//   and re-raises the signal with its default action (cnc_die_by_signal). If the main loop
//   does not get there (busy, hung) the watchdog restores the terminal from the handler and
//   dies. Repeated signals change nothing (a hang-up brings two SIGHUPs).
// - SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT (a Swift runtime trap is
//   SIGILL on x86_64 and SIGTRAP on arm64): the handler restores the terminal with
//   async-signal-safe calls only (write() of reset sequences prepared at start-up, tcsetattr()
//   of the termios saved before initscr), puts back the previous handler (the Swift
//   backtracer, or the default) and lets the signal happen again, so crash reports and core
//   dumps are unchanged.

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>

static volatile sig_atomic_t cnc_active = 0;
static int cnc_handlers_installed = 0;
static struct termios cnc_saved_termios;
static int cnc_have_termios = 0;
static int cnc_tty_fd = STDOUT_FILENO;
static char cnc_reset[512];
static size_t cnc_reset_length = 0;
static struct sigaction cnc_previous[65];
static char cnc_alt_stack[64 * 1024];

static const int cnc_terminate_signals[] = {SIGTERM, SIGHUP, SIGINT};
static const int cnc_crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT};

void cnc_set_active(int active) { cnc_active = active ? 1 : 0; }

void cnc_save_tty(void) {
  int fds[] = {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO};
  for (int i = 0; i < 3; i++) {
    if (isatty(fds[i]) && tcgetattr(fds[i], &cnc_saved_termios) == 0) {
      cnc_have_termios = 1;
      cnc_tty_fd = fds[i] == STDIN_FILENO && isatty(STDOUT_FILENO) ? STDOUT_FILENO : fds[i];
      return;
    }
  }
}

/// Appends a terminfo string capability (without $<..> padding), or `fallback` when the
/// terminal lacks it.
static void cnc_append_capability(const char *name, const char *fallback) {
  char *value = tigetstr(name);
  const char *text = (value == NULL || value == (char *)-1) ? fallback : value;
  if (text == NULL) return;
  for (const char *p = text; *p != '\0'; p++) {
    if (p[0] == '$' && p[1] == '<') {
      const char *end = strchr(p, '>');
      if (end != NULL) {
        p = end;
        continue;
      }
    }
    if (cnc_reset_length + 1 < sizeof cnc_reset) cnc_reset[cnc_reset_length++] = *p;
  }
}

static void cnc_prepare_reset(void) {
  cnc_reset_length = 0;
  cnc_append_capability("sgr0", "\033[0m");
  // Mouse reporting off (the modes ncurses turns on for xterm-like terminals).
  static const char mouse_off[] = "\033[?1006l\033[?1002l\033[?1000l";
  for (const char *p = mouse_off; *p != '\0'; p++)
    if (cnc_reset_length + 1 < sizeof cnc_reset) cnc_reset[cnc_reset_length++] = *p;
  cnc_append_capability("rmkx", NULL);
  cnc_append_capability("cnorm", "\033[?25h");
  cnc_append_capability("rmcup", NULL);
}

static int cnc_stderr_saved = -1;
static int cnc_stderr_capture = -1;

void cnc_capture_stderr(void) {
  if (cnc_stderr_saved >= 0) return;
  const char *dir = getenv("TMPDIR");
  char path[512];
  snprintf(path, sizeof path, "%s/isrx-stderr-XXXXXX", dir && dir[0] == '/' ? dir : "/tmp");
  int fd = mkstemp(path);
  if (fd < 0) return;
  fcntl(fd, F_SETFD, FD_CLOEXEC);
  unlink(path);
  int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
  if (saved < 0 || dup2(fd, STDERR_FILENO) < 0) {
    if (saved >= 0) close(saved);
    close(fd);
    return;
  }
  cnc_stderr_saved = saved;
  cnc_stderr_capture = fd;
}

/// Async-signal-safe: puts stderr back and replays (the last 64 KiB of) what was written to
/// it while curses owned the screen.
void cnc_release_stderr(void) {
  if (cnc_stderr_saved < 0) return;
  int saved = cnc_stderr_saved;
  cnc_stderr_saved = -1;
  dup2(saved, STDERR_FILENO);
  close(saved);
  off_t end = lseek(cnc_stderr_capture, 0, SEEK_END);
  if (end > 0) {
    lseek(cnc_stderr_capture, end > 65536 ? end - 65536 : 0, SEEK_SET);
    char buffer[4096];
    for (;;) {
      ssize_t n = read(cnc_stderr_capture, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      ssize_t done = 0;
      while (done < n) {
        ssize_t w = write(STDERR_FILENO, buffer + done, (size_t)(n - done));
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        done += w;
      }
    }
  }
  close(cnc_stderr_capture);
  cnc_stderr_capture = -1;
}

/// Async-signal-safe terminal restore: reset sequences, then the saved termios, then stderr.
static void cnc_emergency_restore(void) {
  if (!cnc_active) {
    cnc_release_stderr();
    return;
  }
  cnc_active = 0;
  size_t done = 0;
  while (done < cnc_reset_length) {
    ssize_t n = write(cnc_tty_fd, cnc_reset + done, cnc_reset_length - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += (size_t)n;
  }
  if (cnc_have_termios) tcsetattr(cnc_tty_fd, TCSAFLUSH, &cnc_saved_termios);
  cnc_release_stderr();
}

static void cnc_restore_at_exit(void) {
  if (cnc_active) {
    cnc_active = 0;
    endwin();
  }
  cnc_release_stderr();
}

static void cnc_default_and_raise(int sig) {
  signal(sig, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
}

static void cnc_on_terminate(int sig) {
  if (!cnc_active) {
    // Curses is not running: nothing to save or restore here.
    cnc_emergency_restore();
    cnc_default_and_raise(sig);
    _exit(128 + sig);
  }
  // A closed terminal sends SIGHUP twice (tmux or the shell, then the kernel's hang-up),
  // often to two threads at once: a repeat must not end the process while the main loop
  // writes the recovery copy. Only the watchdog ends a main loop that does not react.
  if (cnc_pending) return;
  cnc_pending = sig;
  alarm(2);
}

static void cnc_on_watchdog(int sig) {
  (void)sig;
  int pending = cnc_pending ? cnc_pending : SIGTERM;
  cnc_emergency_restore();
  cnc_default_and_raise(pending);
  _exit(128 + pending);
}

static void cnc_on_crash(int sig, siginfo_t *info, void *context) {
  (void)context;
  cnc_emergency_restore();
  if (sig > 0 && sig < 65) sigaction(sig, &cnc_previous[sig], NULL);
  if (info == NULL || info->si_code <= 0) {
    // Sent by kill() or raise(): send it again, to the previous handler (which may report
    // it and return), then make sure it ends the process.
    raise(sig);
    cnc_default_and_raise(sig);
    _exit(128 + sig);
  }
  // A fault: returning re-runs the faulting instruction, which now reaches the previous
  // handler (with the original context, so a backtrace is still right).
}

int cnc_take_pending_signal(void) {
  int sig = cnc_pending;
  return sig;
}

void cnc_die_by_signal(int sig) {
  alarm(0);
  cnc_emergency_restore();
  cnc_default_and_raise(sig);
  _exit(128 + sig);
}

void cnc_install_restore_handlers(void) {
  cnc_prepare_reset();
  if (cnc_handlers_installed) return;
  cnc_handlers_installed = 1;

  // An alternate stack, so a stack overflow (SIGSEGV) can still be handled.
  stack_t current;
  if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
    stack_t stack;
    stack.ss_sp = cnc_alt_stack;
    stack.ss_size = sizeof cnc_alt_stack;
    stack.ss_flags = 0;
    sigaltstack(&stack, NULL);
  }

  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cnc_on_terminate;
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < sizeof cnc_terminate_signals / sizeof(int); i++)
    sigaddset(&action.sa_mask, cnc_terminate_signals[i]);
  action.sa_flags = 0;  // no SA_RESTART: a blocking read returns so the main loop sees it
  for (size_t i = 0; i < sizeof cnc_terminate_signals / sizeof(int); i++)
    sigaction(cnc_terminate_signals[i], &action, NULL);

  memset(&action, 0, sizeof action);
  action.sa_handler = cnc_on_watchdog;
  sigemptyset(&action.sa_mask);
  sigaction(SIGALRM, &action, NULL);

  memset(&action, 0, sizeof action);
  action.sa_sigaction = cnc_on_crash;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
  for (size_t i = 0; i < sizeof cnc_crash_signals / sizeof(int); i++) {
    int sig = cnc_crash_signals[i];
    sigaction(sig, &action, &cnc_previous[sig]);
  }
  atexit(cnc_restore_at_exit);
}
