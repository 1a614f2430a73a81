/// One terminal cell: a character and its style.
///
/// A wide character (two columns, e.g. `漢` or most emoji) is stored in its left cell; the cell
/// to its right is a *continuation* cell that the backend skips, because the terminal fills it
/// when it draws the wide character.
///
/// The character is stored inline as up to five Unicode scalars (ncurses' `CCHARW_MAX`, so
/// no more could be drawn anyway) rather than as a `Character`: that keeps `Cell` a plain
/// value without reference counting, which makes filling, copying and diffing a grid cheap.
public struct Cell: Hashable, Sendable {
  /// The most Unicode scalars a cell keeps; longer grapheme clusters are cut.
  public static let maxScalars = 5

  private var s0: UInt32
  private var s1: UInt32 = 0
  private var s2: UInt32 = 0
  private var s3: UInt32 = 0
  private var s4: UInt32 = 0
  /// How the cell is drawn.
  public var style: TextStyle
  /// Whether this cell is the right half of the wide character to its left.
  public var isContinuation: Bool

  /// Creates a cell.
  public init(_ character: Character, style: TextStyle = .plain, isContinuation: Bool = false) {
    s0 = 0x20
    self.style = style
    self.isContinuation = isContinuation
    self.character = character
  }

  /// Creates a cell holding one ASCII character (no validation: the caller passes a
  /// printable byte).
  init(ascii: UInt8, style: TextStyle) {
    s0 = UInt32(ascii)
    self.style = style
    isContinuation = false
  }

  /// A space in the plain style.
  public static let blank = Cell(" ")

  /// A continuation cell carrying `style` (the style of its wide character).
  public static func continuation(style: TextStyle) -> Cell {
    Cell(" ", style: style, isContinuation: true)
  }

  /// The character shown (a space for blank and continuation cells).
  public var character: Character {
    get {
      var text = String.UnicodeScalarView()
      for i in 0..<scalarCount {
        if let scalar = Unicode.Scalar(scalarValue(at: i)) { text.append(scalar) }
      }
      return text.isEmpty ? " " : Character(String(text))
    }
    set {
      (s0, s1, s2, s3, s4) = (0x20, 0, 0, 0, 0)
      for (n, scalar) in newValue.unicodeScalars.prefix(Cell.maxScalars).enumerated() {
        switch n {
        case 0: s0 = scalar.value
        case 1: s1 = scalar.value
        case 2: s2 = scalar.value
        case 3: s3 = scalar.value
        default: s4 = scalar.value
        }
      }
    }
  }

  /// The number of Unicode scalars stored (1...5).
  public var scalarCount: Int {
    s1 == 0 ? 1 : s2 == 0 ? 2 : s3 == 0 ? 3 : s4 == 0 ? 4 : 5
  }

  /// The `index`th stored scalar value (0 past the end), for backends that draw scalars.
  public func scalarValue(at index: Int) -> UInt32 {
    switch index {
    case 0: return s0
    case 1: return s1
    case 2: return s2
    case 3: return s3
    case 4: return s4
    default: return 0
    }
  }

  /// Whether the cell holds a single ASCII character.
  public var isASCII: Bool { s0 < 0x80 && s1 == 0 }

  /// The number of columns the cell's character occupies (0 for continuation cells).
  public var width: Int { isContinuation ? 0 : CharacterWidth.of(character) }
}
