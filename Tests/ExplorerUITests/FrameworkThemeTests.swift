import Testing

import ExplorerUI

@Suite struct FrameworkThemeTests {
  @Test func builtInThemesDefineEveryRole() {
    #expect(Set(Theme.builtInDark.styles.keys) == Set(StyleRole.allCases))
    #expect(Set(Theme.monochrome.styles.keys) == Set(StyleRole.allCases))
  }

  @Test func monochromeUsesNoColour() {
    #expect(!Theme.monochrome.usesColor)
    #expect(Theme.builtInDark.usesColor)
    #expect(!Theme.builtInDark.strippingColors().usesColor)
    #expect(Theme.builtInDark.strippingColors().style(.title).bold)
  }

  @Test func monochromeDistinguishesTheRolesThatMatter() {
    let m = Theme.monochrome
    #expect(m.style(.selection) != m.style(.text))
    #expect(m.style(.cursorLine) != m.style(.text))
    #expect(m.style(.pairHighlight) != m.style(.text))
    #expect(m.style(.modeEdit) != m.style(.modeExplore))
    #expect(m.style(.tabActive) != m.style(.tabInactive))
    #expect(m.style(.borderFocused) != m.style(.border))
  }

  @Test func missingRolesFallBack() {
    let bold = TextStyle(bold: true)
    let dim = TextStyle(dim: true)
    let theme = Theme(name: "t", styles: [.text: bold, .dim: dim, .border: TextStyle(underline: true)])
    #expect(theme.style(.lineNumber) == dim)
    #expect(theme.style(.borderFocused) == TextStyle(underline: true))
    #expect(theme.style(.asmMnemonic) == bold)
    #expect(theme.style(.modeEdit) == bold)
    #expect(Theme(name: "empty", styles: [:]).style(.title) == .plain)
  }

  @Test(arguments: StyleRole.allCases)
  func fallbackChainsEndAtText(role: StyleRole) {
    var current: StyleRole? = role
    var steps = 0
    while let r = current, steps < 10 {
      current = r.fallback
      steps += 1
    }
    #expect(current == nil)
  }
}
