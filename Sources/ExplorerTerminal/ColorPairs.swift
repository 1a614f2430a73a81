import ExplorerUI

/// Colour pairs allocated on demand: ncurses draws a cell with a numbered (foreground,
/// background) pair, so each distinct combination used gets the next free number.
///
/// Pair 0 is the terminal default (−1, −1) and is never re-initialised. When the terminal
/// runs out of pairs, further combinations fall back to pair 0.
struct ColorPairs {
  /// How many colours the terminal shows (8, 16, 256, ...); below 8, no pairs are used.
  let colorCount: Int
  /// How many pairs the terminal supports.
  let pairLimit: Int
  /// Whether `use_default_colors` succeeded, so −1 means "terminal default".
  let hasDefaultColors: Bool
  private var pairs: [PairKey: Int32] = [:]
  private var nextPair: Int32 = 1

  struct PairKey: Hashable {
    var fg: Int
    var bg: Int
  }

  init(colorCount: Int, pairLimit: Int, hasDefaultColors: Bool) {
    self.colorCount = colorCount
    self.pairLimit = pairLimit
    self.hasDefaultColors = hasDefaultColors
  }

  /// The pair number for a style's colours, allocating it with `initPair` if new.
  mutating func pair(
    for style: TextStyle, initPair: (_ pair: Int32, _ fg: Int32, _ bg: Int32) -> Void
  ) -> Int32 {
    guard colorCount >= 8 else { return 0 }
    let fallback = hasDefaultColors ? -1 : 0
    let fg = style.fg.paletteIndex(colorCount: colorCount) ?? (hasDefaultColors ? -1 : 7)
    let bg = style.bg.paletteIndex(colorCount: colorCount) ?? fallback
    if fg == -1 && bg == -1 { return 0 }
    let key = PairKey(fg: fg, bg: bg)
    if let existing = pairs[key] { return existing }
    guard Int(nextPair) < pairLimit else { return 0 }
    let pair = nextPair
    nextPair += 1
    initPair(pair, Int32(fg), Int32(bg))
    pairs[key] = pair
    return pair
  }
}
