/// Text from a source file, the compiler or the assembly can hold control characters (an
/// ESC sequence can retitle the terminal or set the clipboard). Like clang's source
/// snippets, every control character other than newline and tab is printed as `<U+XXXX>`:
/// C0 controls, DEL and the C1 range U+0080–U+009F.
func terminalSafe(_ text: String) -> String {
  guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
  var out = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    if isUnsafe(scalar) {
      let hex = String(scalar.value, radix: 16, uppercase: true)
      out.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)>".unicodeScalars)
    } else {
      out.append(scalar)
    }
  }
  return String(out)
}

private func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
  let v = scalar.value
  return (v < 0x20 && v != 0x0A && v != 0x09) || (v >= 0x7F && v <= 0x9F)
}
