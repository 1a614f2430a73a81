/// A terminal colour, as a theme names it.
///
/// The backend maps every colour to the nearest one the terminal can show
/// (`paletteIndex(colorCount:)`): 256-colour terminals get the xterm palette index, 8- and
/// 16-colour terminals the nearest ANSI colour, and terminals without colour none at all.
public enum Color: Hashable, Sendable {
  /// The terminal's own foreground or background colour.
  case `default`
  /// One of the 16 ANSI colours (0...15: black, red, green, yellow, blue, magenta, cyan,
  /// white, then their bright variants). Values above 15 wrap.
  case ansi(UInt8)
  /// An index into the xterm 256-colour palette.
  case indexed(UInt8)
  /// A 24-bit colour, shown as the nearest xterm palette entry.
  case rgb(UInt8, UInt8, UInt8)

  /// The nearest xterm 256-colour index, or `nil` for `.default`.
  public var index256: Int? {
    switch self {
    case .default: return nil
    case .ansi(let n): return Int(n & 15)
    case .indexed(let n): return Int(n)
    case .rgb(let r, let g, let b): return Palette.nearest256(r: Int(r), g: Int(g), b: Int(b))
    }
  }

  /// The palette index to use on a terminal with `colorCount` colours, or `nil` when the
  /// terminal's default colour should be used (`.default`, or a terminal with fewer than 8
  /// colours).
  public func paletteIndex(colorCount: Int) -> Int? {
    guard colorCount >= 8 else { return nil }
    let limit = colorCount >= 16 ? 16 : 8
    switch self {
    case .default:
      return nil
    case .ansi(let n):
      return Int(n & 15) % limit
    case .indexed(let n):
      if colorCount >= 256 { return Int(n) }
      if Int(n) < limit { return Int(n) }
      let (r, g, b) = Palette.rgb(ofIndex: Int(n))
      return Palette.nearestANSI(r: r, g: g, b: b, count: limit)
    case .rgb(let r, let g, let b):
      if colorCount >= 256 { return Palette.nearest256(r: Int(r), g: Int(g), b: Int(b)) }
      return Palette.nearestANSI(r: Int(r), g: Int(g), b: Int(b), count: limit)
    }
  }
}

/// The xterm palette, used to map colours to what a terminal can show.
enum Palette {
  /// The six intensity levels of the 6×6×6 colour cube (indices 16...231).
  static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// xterm's default RGB values for the 16 ANSI colours.
  static let ansiRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The RGB value of a palette index.
  static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
    switch index {
    case ..<16:
      return ansiRGB[max(0, index)]
    case 16..<232:
      let i = index - 16
      return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
    default:
      let v = 8 + 10 * (min(index, 255) - 232)
      return (v, v, v)
    }
  }

  /// The nearest entry of the colour cube or grey ramp (16...255); the 16 ANSI colours are
  /// skipped because terminals let users redefine them.
  static func nearest256(r: Int, g: Int, b: Int) -> Int {
    func cubeStep(_ v: Int) -> Int {
      // Level boundaries are the midpoints between 0, 95, 135, 175, 215 and 255.
      if v < 48 { return 0 }
      if v < 115 { return 1 }
      return min(5, (v - 35) / 40)
    }
    let (cr, cg, cb) = (cubeStep(r), cubeStep(g), cubeStep(b))
    let cubeIndex = 16 + 36 * cr + 6 * cg + cb
    let cube = (cubeLevels[cr], cubeLevels[cg], cubeLevels[cb])
    let average = (r + g + b) / 3
    let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
    let greyValue = 8 + 10 * greyStep
    let cubeDistance = distance((r, g, b), cube)
    let greyDistance = distance((r, g, b), (greyValue, greyValue, greyValue))
    // A coloured value never becomes a grey when the cube has a coloured entry for it: the
    // dark theme's olive partner highlight (#3a3a00) would otherwise share grey 235 with the
    // cursor line (#262626) and the paired rows would not show.
    let chroma = max(r, g, b) - min(r, g, b)
    let cubeChroma = max(cube.0, cube.1, cube.2) - min(cube.0, cube.1, cube.2)
    if chroma >= 32, cubeChroma > 0 { return cubeIndex }
    return greyDistance < cubeDistance ? 232 + greyStep : cubeIndex
  }

  /// The nearest of the first `count` (8 or 16) ANSI colours.
  ///
  /// With only 8 colours there is no grey, and mid greys (used for line numbers, borders and
  /// comments) are nearest to black, which would make them invisible on a dark terminal; those
  /// with any channel at 0x50 or above are shown as white instead.
  static func nearestANSI(r: Int, g: Int, b: Int, count: Int) -> Int {
    let nearest = nearestANSIByDistance(r: r, g: g, b: b, count: count)
    if count < 16 && nearest == 0 && max(r, g, b) >= 0x50 { return 7 }
    return nearest
  }

  private static func nearestANSIByDistance(r: Int, g: Int, b: Int, count: Int) -> Int {
    var best = 0
    var bestDistance = Int.max
    for i in 0..<min(count, ansiRGB.count) {
      let d = distance((r, g, b), ansiRGB[i])
      if d < bestDistance {
        best = i
        bestDistance = d
      }
    }
    return best
  }

  private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    return dr * dr + dg * dg + db * db
  }
}
