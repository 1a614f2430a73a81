// CNcurses: the only C in isrx. A thin shim over ncursesw for the ExplorerTerminal target.
//
// Why this shim exists: Swift cannot import C function-like macros at all (KEY_F(n),
// COLOR_PAIR(n), mvadd_wch, getmaxyx), cannot import the attribute macros A_BOLD & co., and in
// Swift 6 language mode rejects reading C globals such as LINES, COLS, COLORS and stdscr
// ("reference to var ... is not concurrency-safe because it involves shared mutable state").
// Every such macro or global is wrapped here in a prefixed real function (the pattern of
// swift-nio's CNIOLinux), so Swift never hard-codes a curses bit value. Functions that
// take wide-character types (cchar_t, wint_t) are wrapped too, so Swift only sees plain
// integers.
//
// _XOPEN_SOURCE_EXTENDED must be defined before curses.h to get the wide-character API
// (setcchar, mvadd_wch, wget_wch).
#ifndef CNCURSES_H
#define CNCURSES_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <stdint.h>

// MARK: Globals
int cnc_lines(void);                // LINES
int cnc_cols(void);                 // COLS
WINDOW *cnc_stdscr(void);           // stdscr
int cnc_colors(void);               // COLORS (0 before start_color)
int cnc_color_pairs(void);          // COLOR_PAIRS
int cnc_can_change_color(void);     // can_change_color()
int cnc_has_colors(void);           // has_colors()
int cnc_escdelay(void);             // ESCDELAY

// MARK: Attributes
int cnc_color_pair(int n);          // COLOR_PAIR(n) (pairs < 256 only; cnc_draw_cell takes any)
attr_t cnc_attr_normal(void);       // A_NORMAL
attr_t cnc_attr_bold(void);         // A_BOLD
attr_t cnc_attr_underline(void);    // A_UNDERLINE
attr_t cnc_attr_reverse(void);      // A_REVERSE
attr_t cnc_attr_dim(void);          // A_DIM

// MARK: Results and key codes
int cnc_ok(void);                   // OK
int cnc_err(void);                  // ERR
int cnc_key_f(int n);               // KEY_F(n)
int cnc_key_resize(void);           // KEY_RESIZE
int cnc_key_mouse(void);            // KEY_MOUSE
int cnc_key_btab(void);             // KEY_BTAB
int cnc_key_enter(void);            // KEY_ENTER
int cnc_key_backspace(void);        // KEY_BACKSPACE
int cnc_key_dc(void);               // KEY_DC (delete)
int cnc_key_home(void);             // KEY_HOME
int cnc_key_end(void);              // KEY_END
int cnc_key_ppage(void);            // KEY_PPAGE
int cnc_key_npage(void);            // KEY_NPAGE
int cnc_key_up(void);               // KEY_UP
int cnc_key_down(void);             // KEY_DOWN
int cnc_key_left(void);             // KEY_LEFT
int cnc_key_right(void);            // KEY_RIGHT

// MARK: Input
/// Waits up to timeout_ms (negative: forever) for input on stdscr via wget_wch.
/// Returns 0 on timeout or error, 1 when *value is a character, 2 when *value is a KEY_* code.
int cnc_read(int timeout_ms, uint32_t *value);

// MARK: Mouse
unsigned long cnc_button1_pressed(void);   // BUTTON1_PRESSED
unsigned long cnc_button1_released(void);  // BUTTON1_RELEASED
unsigned long cnc_button1_clicked(void);   // BUTTON1_CLICKED
unsigned long cnc_button4_pressed(void);   // BUTTON4_PRESSED (wheel up)
unsigned long cnc_button5_pressed(void);   // BUTTON5_PRESSED (wheel down)
/// mousemask(mask, NULL) plus mouseinterval(0), so presses and releases arrive at once
/// instead of being merged into clicks. Returns the mask actually granted.
unsigned long cnc_enable_mouse(unsigned long mask);
/// getmouse() into plain integers. Returns 1 on success, 0 if no event was queued.
int cnc_get_mouse(int *x, int *y, unsigned long *bstate);

// MARK: Drawing
/// Draws one cell at (y, x) of stdscr: setcchar + mvadd_wch. `scalars` holds `count` Unicode
/// scalars of one grapheme (at most CCHARW_MAX are used). `pair` may exceed 255.
int cnc_draw_cell(int y, int x, const uint32_t *scalars, int count, attr_t attrs, int pair);
/// init_extended_pair (pairs and colours beyond 255 are allowed).
int cnc_init_pair(int pair, int fg, int bg);

// MARK: Terminal restore
/// Saves the terminal's termios (call before initscr), for the signal-safe restore.
void cnc_save_tty(void);
/// Marks curses as running (1) or stopped (0) for the restore handlers below.
void cnc_set_active(int active);
/// Installs (once; call after initscr) the handlers that restore the terminal:
/// - SIGTERM/SIGHUP/SIGINT are recorded for the main loop (cnc_take_pending_signal), with a
///   2 s watchdog (SIGALRM) and a second signal restoring the terminal from the handler;
/// - SIGSEGV/SIGBUS/SIGILL/SIGTRAP/SIGFPE/SIGABRT/SIGQUIT restore the terminal with
///   async-signal-safe calls, then reach the previous handler (or the default) again;
/// - atexit calls endwin() while active.
void cnc_install_restore_handlers(void);
/// Sends stderr to an unlinked temporary file while curses owns the screen (messages such as
/// a Swift "Fatal error" would otherwise land on the alternate screen and vanish).
void cnc_capture_stderr(void);
/// Puts stderr back and replays what was captured (async-signal-safe; also done by every
/// restore path). Idempotent.
void cnc_release_stderr(void);
/// The termination signal received (SIGTERM, SIGHUP, SIGINT), or 0.
int cnc_take_pending_signal(void);
/// Cancels the watchdog, restores the terminal if still active, and ends the process by
/// `sig` with its default action.
void cnc_die_by_signal(int sig);

#endif
