/// A semantic use of a style: what a piece of text *is*, not what colour it has.
///
/// Widgets ask a `Theme` for a role and never name a colour. The raw values are the keys of the
/// `[styles]` table in theme files.
public enum StyleRole: String, CaseIterable, Codable, Hashable, Sendable {
  /// Ordinary text.
  case text
  /// De-emphasised text.
  case dim
  /// The line-number gutter.
  case lineNumber
  /// Box borders of unfocused panes.
  case border
  /// Box borders of the focused pane.
  case borderFocused
  /// Box titles.
  case title
  /// The selected tab.
  case tabActive
  /// A tab that can be selected.
  case tabInactive
  /// A tab that cannot be selected (e.g. an architecture without a toolchain).
  case tabUnavailable
  /// Selected text or the selected row of a list.
  case selection
  /// The row holding the cursor.
  case cursorLine
  /// Lines paired with the cursor line in the other pane (source ↔ assembly).
  case pairHighlight
  /// Rows that differ from the facing rows of a comparison (a background tint).
  case changedRow
  /// The marker in the first column of a row that differs in a comparison.
  case changeMarker
  /// A key name in the key bar.
  case keyBarKey
  /// A key description in the key bar, and the bar's background.
  case keyBarText
  /// The mode badge in explore mode.
  case modeExplore
  /// The mode badge in edit mode.
  case modeEdit
  /// The status line.
  case status
  /// Error messages.
  case error
  /// Warnings.
  case warning
  /// Assembly instruction mnemonics.
  case asmMnemonic
  /// Assembly operands.
  case asmOperand
  /// Assembly labels.
  case asmLabel
  /// Assembler directives.
  case asmDirective
  /// Assembly comments.
  case asmComment
  /// Instructions of the interrupt entry sequence.
  case roleEntry
  /// Instructions of the handler body.
  case roleBody
  /// Instructions of the exit sequence.
  case roleExit
  /// The return-from-interrupt instruction.
  case roleReturn
  /// Vector-table stubs and trampolines.
  case roleStub
  /// Software dispatch code.
  case roleDispatch
  /// The user's handler function.
  case roleHandler
  /// Source keywords.
  case synKeyword
  /// Source type names.
  case synType
  /// Source string and character literals.
  case synString
  /// Source numeric literals.
  case synNumber
  /// Source comments.
  case synComment
  /// Source preprocessor directives.
  case synPreprocessor
  /// Cost bars for the direct (hardware) path.
  case barDirect
  /// Cost bars for the baseline being compared against.
  case barBaseline
  /// Savings figures.
  case savings
  /// Results that are out of date while a recompile runs.
  case stale
  /// Overlays (help, dialogs).
  case overlay

  /// The role whose style is used when a theme does not define this one, or `nil` for `text`
  /// and the roles that fall back to plain text directly.
  public var fallback: StyleRole? {
    switch self {
    case .text: return nil
    case .lineNumber, .tabUnavailable, .stale, .asmComment, .synComment, .asmDirective:
      return .dim
    case .borderFocused: return .border
    case .tabActive: return .title
    case .pairHighlight: return .selection
    case .changedRow: return .pairHighlight
    case .changeMarker: return .warning
    case .keyBarKey: return .keyBarText
    case .keyBarText: return .status
    case .modeExplore, .modeEdit: return .keyBarKey
    case .barBaseline: return .barDirect
    default: return .text
    }
  }
}
