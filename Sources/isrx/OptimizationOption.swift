import ArgumentParser

/// `-O0` … `-Og` as a compiler flag; nil keeps the target's default (-O2).
func optimizationFlags(_ level: String?) throws -> [String] {
  guard let level else { return [] }
  let levels = ["0", "1", "2", "3", "s", "z", "g"]
  guard levels.contains(level) else {
    throw ValidationError("-O\(level): use one of \(levels.map { "-O" + $0 }.joined(separator: " "))")
  }
  return ["-O" + level]
}
