/// The names of the ISRs a C source declares, through isrx's portable `ISR(name)` form or a
/// hand-written interrupt attribute. Used to label functions in listings; the compiler's
/// output stays the authority (an ISR must also end in the target's return instruction on
/// targets that have a convention).
public enum PortableISR {
  /// Names declared with `ISR(name)` in `source`, in order of appearance.
  public static func declaredNames(in source: String) -> [String] {
    var names: [String] = []
    let scalars = Array(source.unicodeScalars)
    var index = 0
    while index + 3 < scalars.count {
      defer { index += 1 }
      guard scalars[index] == "I", scalars[index + 1] == "S", scalars[index + 2] == "R",
            index == 0 || !isIdentifier(scalars[index - 1]) else { continue }
      var cursor = index + 3
      while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
      guard cursor < scalars.count, scalars[cursor] == "(" else { continue }
      cursor += 1
      while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
      var name = ""
      while cursor < scalars.count, isIdentifier(scalars[cursor]) {
        name.unicodeScalars.append(scalars[cursor])
        cursor += 1
      }
      while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
      if !name.isEmpty, cursor < scalars.count, scalars[cursor] == ")", !names.contains(name) {
        names.append(name)
      }
    }
    return names
  }

  /// Names declared with isrx's Rust `isr!(name, { ... })` (or `isr!(nonblocking name, ...)`),
  /// in order of appearance. Comments are not skipped, as in the C scan.
  public static func declaredRustNames(in source: String) -> [String] {
    var names: [String] = []
    let scalars = Array(source.unicodeScalars)
    var index = 0
    while index + 4 < scalars.count {
      defer { index += 1 }
      guard scalars[index] == "i", scalars[index + 1] == "s", scalars[index + 2] == "r", scalars[index + 3] == "!",
            index == 0 || !isIdentifier(scalars[index - 1]) else { continue }
      var cursor = index + 4
      func skipSpace() { while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 } }
      func word() -> String {
        var name = ""
        while cursor < scalars.count, isIdentifier(scalars[cursor]) {
          name.unicodeScalars.append(scalars[cursor])
          cursor += 1
        }
        return name
      }
      skipSpace()
      guard cursor < scalars.count, ["(", "{", "["].contains(scalars[cursor]) else { continue }
      cursor += 1
      skipSpace()
      var name = word()
      if name == "nonblocking" { skipSpace(); name = word() }
      skipSpace()
      if !name.isEmpty, cursor < scalars.count, scalars[cursor] == ",", !names.contains(name) {
        names.append(name)
      }
    }
    return names
  }

  private static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar)
  }
}
