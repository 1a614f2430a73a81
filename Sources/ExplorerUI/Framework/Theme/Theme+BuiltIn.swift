extension Theme {
  /// The default theme, compiled in so the app runs without theme files
  /// (`themes/dark.toml` is the same theme written out).
  public static let builtInDark: Theme = {
    func hex(_ value: UInt32) -> Color {
      .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
    func s(
      _ fg: UInt32? = nil, bg: UInt32? = nil, bold: Bool = false, underline: Bool = false,
      reverse: Bool = false, dim: Bool = false
    ) -> TextStyle {
      TextStyle(
        fg: fg.map(hex) ?? .default, bg: bg.map(hex) ?? .default, bold: bold,
        underline: underline, reverse: reverse, dim: dim)
    }
    let styles: [StyleRole: TextStyle] = [
      .text: s(0xD0D0D0),
      .dim: s(0x808080),
      .lineNumber: s(0x626262),
      .border: s(0x585858),
      .borderFocused: s(0x5FAFFF, bold: true),
      .title: s(0xFFFFFF, bold: true),
      .tabActive: s(0x000000, bg: 0x5FAFFF, bold: true),
      .tabInactive: s(0xBCBCBC, bg: 0x303030),
      .tabUnavailable: s(0x585858, bg: 0x262626),
      .selection: s(0xFFFFFF, bg: 0x005F87),
      .cursorLine: s(bg: 0x262626),
      .pairHighlight: s(bg: 0x3A3A00),
      .changedRow: s(bg: 0x3A1C24),
      .changeMarker: s(0xFF5F87, bold: true),
      .keyBarKey: s(0x000000, bg: 0x87AFD7, bold: true),
      .keyBarText: s(0xD0D0D0, bg: 0x303030),
      .modeExplore: s(0x000000, bg: 0x87D787, bold: true),
      .modeEdit: s(0x000000, bg: 0xFFAF5F, bold: true),
      .status: s(0xD0D0D0, bg: 0x303030),
      .error: s(0xFF5F5F, bold: true),
      .warning: s(0xFFD75F),
      .asmMnemonic: s(0x87AFFF),
      .asmOperand: s(0xD0D0D0),
      .asmLabel: s(0xFFD787, bold: true),
      .asmDirective: s(0x8A8A8A),
      .asmComment: s(0x6C6C6C),
      .roleEntry: s(0x87D787),
      .roleBody: s(0xD0D0D0),
      .roleExit: s(0xD7AF5F),
      .roleReturn: s(0xFF875F, bold: true),
      .roleStub: s(0xAF87FF),
      .roleDispatch: s(0x5FD7D7),
      .roleHandler: s(0x87AFFF),
      .synKeyword: s(0xD787D7, bold: true),
      .synType: s(0x5FD7AF),
      .synString: s(0xD7AF87),
      .synNumber: s(0xAFD787),
      .synComment: s(0x6C6C6C),
      .synPreprocessor: s(0xD75F87),
      .barDirect: s(0x5FAFFF),
      .barBaseline: s(0x8A8A8A),
      .savings: s(0x87D787, bold: true),
      .stale: s(0x6C6C6C, dim: true),
      .overlay: s(0xE4E4E4, bg: 0x262626),
    ]
    return Theme(name: "dark", styles: styles)
  }()

  /// A theme without colour, where emphasis comes from bold, underline, reverse and dim only.
  ///
  /// Used for `NO_COLOR`, `--no-color` and terminals with fewer than 8 colours
  /// (`themes/mono.toml` is the same theme written out).
  public static let monochrome: Theme = {
    let plain = TextStyle.plain
    let bold = TextStyle(bold: true)
    let dim = TextStyle(dim: true)
    let underline = TextStyle(underline: true)
    let reverse = TextStyle(reverse: true)
    let styles: [StyleRole: TextStyle] = [
      .text: plain,
      .dim: dim,
      .lineNumber: dim,
      .border: plain,
      .borderFocused: bold,
      .title: bold,
      .tabActive: TextStyle(bold: true, reverse: true),
      .tabInactive: plain,
      .tabUnavailable: dim,
      .selection: reverse,
      .cursorLine: bold,
      .pairHighlight: underline,
      .changedRow: plain,
      .changeMarker: bold,
      .keyBarKey: TextStyle(bold: true, reverse: true),
      .keyBarText: plain,
      .modeExplore: TextStyle(bold: true, reverse: true),
      .modeEdit: TextStyle(bold: true, underline: true, reverse: true),
      .status: reverse,
      .error: TextStyle(bold: true, underline: true),
      .warning: bold,
      .asmMnemonic: bold,
      .asmOperand: plain,
      .asmLabel: underline,
      .asmDirective: dim,
      .asmComment: dim,
      .roleEntry: bold,
      .roleBody: plain,
      .roleExit: bold,
      .roleReturn: TextStyle(bold: true, underline: true),
      .roleStub: dim,
      .roleDispatch: underline,
      .roleHandler: plain,
      .synKeyword: bold,
      .synType: plain,
      .synString: plain,
      .synNumber: plain,
      .synComment: dim,
      .synPreprocessor: bold,
      .barDirect: plain,
      .barBaseline: dim,
      .savings: bold,
      .stale: dim,
      .overlay: plain,
    ]
    return Theme(name: "mono", styles: styles)
  }()
}
