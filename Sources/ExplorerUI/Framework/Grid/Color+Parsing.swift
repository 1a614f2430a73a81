extension Color {
  /// The names accepted for the 16 ANSI colours, in palette order.
  public static let ansiNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "brightblack", "brightred", "brightgreen", "brightyellow",
    "brightblue", "brightmagenta", "brightcyan", "brightwhite",
  ]

  /// Parses a theme colour: `"default"`, `"#rrggbb"`, or an ANSI colour name (`"red"`,
  /// `"bright-red"`, `"brightRed"`, `"gray"`); returns `nil` for anything else.
  public init?(parsing text: String) {
    let lowered = text.lowercased()
    if lowered == "default" {
      self = .default
      return
    }
    if lowered.hasPrefix("#") {
      let hex = lowered.dropFirst()
      guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
      self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
      return
    }
    let name = lowered.filter { $0 != "-" && $0 != "_" && $0 != " " }
    if name == "gray" || name == "grey" {
      self = .ansi(8)
      return
    }
    guard let index = Color.ansiNames.firstIndex(of: name) else { return nil }
    self = .ansi(UInt8(index))
  }

  /// Parses a palette index (0...255) as `.indexed`; returns `nil` when out of range.
  public init?(paletteIndex: Int) {
    guard (0...255).contains(paletteIndex) else { return nil }
    self = .indexed(UInt8(paletteIndex))
  }
}
