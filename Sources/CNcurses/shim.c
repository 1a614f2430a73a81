#include "CNcurses.h"

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
int cnc_key_ic(void) { return KEY_IC; }
int cnc_key_home(void) { return KEY_HOME; }
int cnc_key_end(void) { return KEY_END; }
int cnc_key_ppage(void) { return KEY_PPAGE; }
int cnc_key_npage(void) { return KEY_NPAGE; }
int cnc_key_up(void) { return KEY_UP; }
int cnc_key_down(void) { return KEY_DOWN; }
int cnc_key_left(void) { return KEY_LEFT; }
int cnc_key_right(void) { return KEY_RIGHT; }

int cnc_read(int timeout_ms, uint32_t *value) {
  wint_t ch = 0;
  wtimeout(stdscr, timeout_ms);
  int status = wget_wch(stdscr, &ch);
  *value = (uint32_t)ch;
  if (status == KEY_CODE_YES) return 2;
  if (status == OK) return 1;
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

static volatile sig_atomic_t cnc_active = 0;
static int cnc_handlers_installed = 0;

void cnc_set_active(int active) { cnc_active = active ? 1 : 0; }

static void cnc_restore_at_exit(void) {
  if (cnc_active) {
    cnc_active = 0;
    endwin();
  }
}

static void cnc_restore_on_signal(int sig) {
  // endwin() is not formally async-signal-safe, but restoring the tty matters more than the
  // small risk here (ncurses' own SIGINT/SIGTERM handler does the same).
  if (cnc_active) {
    cnc_active = 0;
    endwin();
  }
  _exit(128 + sig);
}

void cnc_install_restore_handlers(void) {
  if (cnc_handlers_installed) return;
  cnc_handlers_installed = 1;
  struct sigaction action;
  action.sa_handler = cnc_restore_on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  sigaction(SIGINT, &action, NULL);
  atexit(cnc_restore_at_exit);
}
