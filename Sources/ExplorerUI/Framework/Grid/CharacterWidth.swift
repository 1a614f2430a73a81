/// Terminal column widths of characters (a small, locale-independent `wcwidth`).
///
/// The UI library cannot use the C library's `wcwidth`: its answer depends on the process
/// locale, which is `C` in tests. East Asian Wide and Fullwidth characters and emoji shown in
/// emoji presentation take two columns; combining marks and zero-width characters take none;
/// everything else, including East Asian Ambiguous characters such as `…`, takes one.
public enum CharacterWidth {
  /// The number of columns `character` occupies: 0, 1 or 2.
  @inlinable
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue {
      return ascii == 0 ? 0 : 1
    }
    return nonASCII(character)
  }

  /// The number of columns `text` occupies, with tabs counted as one column.
  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for c in text { total += of(c) }
    return total
  }

  @usableFromInline
  static func nonASCII(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let value = first.value
    // Fast path for the symbols the UI draws every frame (box drawing, blocks, arrows,
    // punctuation, Latin/Greek letters): one column unless followed by a selector.
    if scalars.index(after: scalars.startIndex) == scalars.endIndex {
      switch value {
      case 0x00A0...0x00AC, 0x00AE...0x02FF, 0x0370...0x03FF, 0x2010...0x2027, 0x2030...0x205E,
        0x2190...0x21FF, 0x2500...0x25FC:
        return 1
      default: break
      }
    }
    if isZeroWidth(first) { return 0 }
    if isWide(value) { return 2 }
    let properties = first.properties
    if properties.isEmojiPresentation { return 2 }
    // A text-default emoji followed by VARIATION SELECTOR-16 is shown as a wide emoji.
    if properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return 1
  }

  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFEFF:
      return true
    default:
      break
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format:
      return true
    default:
      return false
    }
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks, from Unicode's EastAsianWidth.txt,
  /// coalesced into ranges.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
    0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = wideRanges[mid]
      if value < range.lowerBound {
        high = mid - 1
      } else if value > range.upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }
}
