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

  /// Why a target's listing has no ISR although `source` declares some: the sentence the
  /// explorer's asm pane and the cost report show (an `#if` for another target compiled
  /// them out, say), nil when the source declares none.
  public static func missingISRExplanation(source: String, target: Target, listedFunctions: [String]) -> String? {
    let declared = declaredNames(in: source) + errorCodeNames(in: source)
    guard !declared.isEmpty else { return nil }
    let missing = declared.filter { !listedFunctions.contains($0) }
    guard !missing.isEmpty else { return nil }
    let names = missing.map { "ISR(\($0))" }.joined(separator: ", ")
    return "\(names) declared in the source but not in \(target.displayName)'s output: compiled out for this target (an #if?), or removed by the compiler"
  }

  /// The 1-based line of each Rust `isr!(name, …)` / `isr!(err name, …)` / `isr!(nonblocking
  /// name, …)`, by name: where the convention's own entry and exit come from.
  public static func rustDeclarationLines(in source: String) -> [String: Int] {
    var lines: [String: Int] = [:]
    for (n, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard let open = line.range(of: "isr!(") else { continue }
      let words = line[open.upperBound...].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
      guard var name = words.first.map(String.init) else { continue }
      if ["err", "nonblocking"].contains(name), words.count > 1 { name = String(words[1]) }
      if lines[name] == nil { lines[name] = n + 1 }
    }
    return lines
  }

  /// Names declared with `ISR_ERR(name, err)` (exceptions whose CPU frame carries an error
  /// code), in order of appearance.
  public static func errorCodeNames(in source: String) -> [String] {
    var names: [String] = []
    var rest = Substring(source)
    while let range = rest.range(of: "ISR_ERR") {
      let before = rest[..<range.lowerBound].last
      rest = rest[range.upperBound...]
      guard before.map({ !isIdentifier($0.unicodeScalars.first!) }) ?? true else { continue }
      var cursor = rest.drop { $0 == " " || $0 == "\t" }
      guard cursor.first == "(" else { continue }
      cursor = cursor.dropFirst().drop { $0 == " " || $0 == "\t" }
      let name = String(cursor.prefix { $0.unicodeScalars.allSatisfy(isIdentifier) })
      let after = cursor.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
      if !name.isEmpty, after.first == ",", !names.contains(name) { names.append(name) }
    }
    return names
  }

  /// Rust handlers whose frame carries an error code: `isr!(err name, code, {...})`, and
  /// hand-written `extern "x86-interrupt" fn name(frame, code)` (blog_os style).
  public static func rustErrorCodeNames(in source: String) -> [String] {
    var names: [String] = []
    var rest = Substring(source)
    while let range = rest.range(of: "isr!(err ") {
      rest = rest[range.upperBound...]
      let name = String(rest.drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
      if !name.isEmpty, !names.contains(name) { names.append(name) }
    }
    rest = Substring(source)
    while let range = rest.range(of: "extern \"x86-interrupt\" fn ") {
      rest = rest[range.upperBound...]
      let name = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
      guard let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") else { continue }
      // Two parameters at the top level: the frame and the error code.
      var depth = 0, commas = 0
      for c in rest[rest.index(after: open)..<close] {
        if c == "<" || c == "(" || c == "[" { depth += 1 } else if c == ">" || c == ")" || c == "]" { depth -= 1 }
        else if c == ",", depth == 0 { commas += 1 }
      }
      let parameters = String(rest[rest.index(after: open)..<close]).trimmingCharacters(in: " \n\t,")
      if !name.isEmpty, commas >= 1, !parameters.isEmpty, !names.contains(name) { names.append(name) }
    }
    return names
  }

  /// `ISR()` and `ISR_ERR()` names together, in order of appearance.
  public static func allDeclaredNames(in source: String) -> [String] {
    let plain = declaredNames(in: source), withCode = errorCodeNames(in: source)
    func position(_ name: String) -> Int {
      source.range(of: "(" + name)?.lowerBound.utf16Offset(in: source)
        ?? source.range(of: name)?.lowerBound.utf16Offset(in: source) ?? 0
    }
    return (plain + withCode.filter { !plain.contains($0) }).sorted { position($0) < position($1) }
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
      if name == "nonblocking" || name == "err" { skipSpace(); name = word() }
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
