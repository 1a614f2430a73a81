import ISRKit

/// Something that changes the app state: a command from a key, or a message from the runtime.
public enum Action: Sendable, Equatable {
  // Commands (from keys).
  /// Quit (asks first when there are unsaved edits).
  case quit
  /// Answer the quit question.
  case confirmQuit(Bool)
  /// Save, then quit once the save succeeded (the quit question's `s`).
  case saveAndQuit
  /// Answer the start-up question about a recovery copy of unsaved edits.
  case recover(RecoveryChoice)
  /// Answer the question of C-s when the file changed on disk since it was loaded.
  case resolveConflict(ConflictChoice)
  /// Open or close the help overlay.
  case toggleHelp
  /// Enter edit mode.
  case enterEdit
  /// Back to explore mode (also closes overlays).
  case leaveEdit
  /// Select the next (+1) or previous (-1) available target.
  case cycleTarget(Int)
  /// Select target number `n` (0-based tab index).
  case selectTarget(Int)
  /// Focus the next pane (tabs → source → asm).
  case cycleFocus
  /// ← : previous target on the tab row, else focus the source pane.
  case left
  /// → : next target on the tab row, else focus the assembly pane.
  case right
  /// Cycle the compare mode.
  case cycleCompare
  /// Choose the next target for the second pane in two-target compare mode.
  case cycleSecondTarget
  /// Switch the compiler between clang and GCC.
  case toggleCompiler
  /// Fold the cost panel to one line, or unfold it.
  case toggleCostPanel
  /// Show the explanation in full (wrapped over a few lines), or on one line.
  case toggleExplainExpanded
  /// Show or hide the compiler's spill/reload comments on instruction rows.
  case toggleCompilerComments
  /// Copy the shown listing (`y`) or the cost table (`Y`) to the terminal's clipboard.
  case yank(YankPart)
  /// Write the current view (listing and cost table) to a Markdown file.
  case exportMarkdown
  /// `/`: open the search prompt; typed characters, Backspace, Enter and Esc edit it.
  case startSearch
  case searchInput(Character)
  case searchBackspace
  case searchConfirm
  case searchCancel
  /// Next (+1) or previous (−1) match of the last search in the focused pane.
  case searchNext(Int)
  /// Align the two compared listings by source line, or not.
  case toggleAlign
  /// Show the baseline's assembly instead of the direct ISR.
  case toggleBaseline
  /// Open or close the cost breakdown.
  case toggleBreakdown
  /// Open or close the overview of every target.
  case toggleOverview
  /// Sort the overview by the next (+1) or previous (-1) column.
  case overviewSort(Int)
  /// Reverse the overview's sort order.
  case overviewReverse
  /// Show only targets with a compiler convention in the overview, or all again.
  case overviewFilter
  /// Move the overview's row cursor by `n` rows.
  case overviewMove(Int)
  /// Close the overview and select the target under its cursor.
  case overviewChoose
  /// Show or hide the explanation bar.
  case toggleExplain
  /// Raise (+1) or lower (-1) the interrupt rate.
  case adjustRate(Int)
  /// Raise (+1) or lower (-1) the clock.
  case adjustClock(Int)
  /// Switch to the next theme.
  case cycleTheme
  /// Move the source cursor to the next ISR's declaration (the cost panel follows it).
  case nextISR
  /// Open or close the settings panel.
  case toggleSettings
  /// Select the panel's next (+1) or previous (−1) row.
  case settingsMove(Int)
  /// Cycle the selected row's value (←/→), for rows with choices.
  case settingsCycle(Int)
  /// Enter: start typing the selected row's value, or apply what was typed.
  case settingsEnter
  /// A typed character, Backspace, and Esc (stop typing, or close the panel).
  case settingsInput(Character)
  case settingsBackspace
  case settingsEscape
  /// Move the cursor of the focused pane by `n` rows.
  case move(Int)
  /// Move a page up (-1) or down (+1).
  case page(Int)
  /// Scroll the assembly pane `n` columns to the right (negative: to the left).
  case scrollAsm(Int)
  /// A mouse click at a cell.
  case click(x: Int, y: Int)
  /// A mouse wheel step up (-1) or down (+1) at a cell.
  case scroll(x: Int, y: Int, delta: Int)

  // Editing.
  /// Insert a typed character.
  case insert(Character)
  /// Insert a line break.
  case newline
  /// Delete before the cursor.
  case backspace
  /// Delete after the cursor.
  case deleteForward
  /// Move the edit cursor.
  case cursor(CursorMove)
  /// Undo.
  case undo
  /// Redo.
  case redo
  /// Save the file.
  case save

  // Messages from the runtime.
  /// The terminal size changed.
  case resized(Size)
  /// A compile by `compiler` finished.
  case compiled(target: String, version: Int, result: TargetResult, compiler: CompilerFamily = .clang)
  /// A target's cost reports finished: the first ISR's (with its baseline's assembly) and
  /// those of the target's other ISRs, in listing order.
  case reported(
    target: String, version: Int, report: TargetReport, baseline: AsmDocument?, others: [TargetReport] = [],
    compiler: CompilerFamily = .clang)
  /// The file changed on disk.
  case fileChanged(text: String)
  /// A save of `text` finished (error message on failure).
  case saveFinished(text: String, error: String?)
  /// The file on disk is read-only (the message says so): ask before writing over it.
  case saveNeedsConfirmation(String)
  /// A theme file was loaded (or failed to).
  case themeLoaded(Theme?, name: String, error: String?)
  /// An export was written to `path`, or failed with `error`.
  case exported(path: String?, error: String?)
  /// The settings were written to their file (error message on failure).
  case settingsSaved(error: String?)
}

/// What `y` / `Y` copy.
public enum YankPart: Sendable, Equatable {
  /// The asm pane's listing as `isrx asm` prints it.
  case listing
  /// The cost table as `isrx report --format markdown` prints it.
  case cost
}

/// Edit-cursor movements.
public enum CursorMove: Sendable, Equatable {
  case left, right, up, down, home, end, pageUp, pageDown
}

/// A side effect requested by `update`, performed by the runtime.
public enum Effect: Sendable, Equatable {
  /// Compile `source` for `jobs` (in that order: visible ones first), tagged `version`; it
  /// replaces any compile asked for before.
  case compile(source: String, jobs: [CompileJob], version: Int)
  /// Write `text` to `path` atomically, unless the file's text on disk is no longer
  /// `expecting` (nil: no file expected); then the runtime reports `.fileChanged` instead and
  /// saving asks.
  case save(text: String, path: String, expecting: String? = nil)
  /// Exit the program (the runtime also removes the recovery copy: quitting means there are
  /// no unsaved edits, or the user chose to discard them).
  case quit
  /// Delete the recovery copy found at start-up.
  case discardRecovery
  /// Move the recovery copy found at start-up aside, untouched.
  case keepRecovery
  /// Load the theme called `name`.
  case loadTheme(String)
  /// Put `text` on the terminal's clipboard (OSC 52).
  case copyToClipboard(String)
  /// Write `text` to a new file `<stem>.md` in `directory` (`<stem>-2.md`, ... when taken:
  /// an export never replaces a file).
  case writeExport(text: String, directory: String, stem: String)
  /// Write the remembered settings to `path` (never over a file the user broke).
  case saveSettings(UserSettings, path: String)
}
