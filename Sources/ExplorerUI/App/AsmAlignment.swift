/// Two listings row for row, the instructions of each source line facing each other: each
/// listing is cut into groups (a function heading, or the run of rows from one source line,
/// with the unnumbered rows that follow), the two group sequences are matched by their key
/// (longest common subsequence), and within a matched pair the rows that say the same
/// (`AsmDiff.key`) face each other, the others pairing up in order, the shorter run padded
/// with blank rows. What one side has and the other lacks faces blank rows.
enum AsmAlignment {
  /// Past this many groups a side, the quadratic matching is skipped (rows stay unaligned).
  static let maxGroups = 1_500

  static let filler = AsmRow(text: "", kind: .other)
  /// Past this many row pairs in a group, its equal rows are not looked for (rows in order).
  static let maxRowPairs = 40_000

  static func align(_ left: [AsmRow], _ right: [AsmRow]) -> (left: [AsmRow], right: [AsmRow])? {
    let a = groups(left), b = groups(right)
    guard a.count <= maxGroups, b.count <= maxGroups else { return nil }
    // LCS table over the group keys.
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i].key == b[j].key ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var outLeft: [AsmRow] = [], outRight: [AsmRow] = []
    func pad(_ l: ArraySlice<AsmRow>, _ r: ArraySlice<AsmRow>) {
      let height = max(l.count, r.count)
      outLeft += l + Array(repeating: filler, count: height - l.count)
      outRight += r + Array(repeating: filler, count: height - r.count)
    }
    func emit(_ l: [AsmRow], _ r: [AsmRow]) {
      var i = 0, j = 0
      for (mi, mj) in equalRows(l, r) {
        pad(l[i..<mi], r[j..<mj])
        outLeft.append(l[mi])
        outRight.append(r[mj])
        (i, j) = (mi + 1, mj + 1)
      }
      pad(l[i...], r[j...])
    }
    var i = 0, j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i].key == b[j].key {
        emit(a[i].rows, b[j].rows); i += 1; j += 1
      } else if j >= b.count || (i < a.count && table[i + 1][j] >= table[i][j + 1]) {
        emit(a[i].rows, []); i += 1
      } else {
        emit([], b[j].rows); j += 1
      }
    }
    return (outLeft, outRight)
  }

  /// The index pairs of the longest run of equal rows (by `AsmDiff.key`) in two groups.
  static func equalRows(_ l: [AsmRow], _ r: [AsmRow]) -> [(Int, Int)] {
    guard !l.isEmpty, !r.isEmpty, l.count * r.count <= maxRowPairs else { return [] }
    let a = l.map(AsmDiff.key), b = r.map(AsmDiff.key)
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] != nil && a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var pairs: [(Int, Int)] = []
    var i = 0, j = 0
    while i < a.count, j < b.count {
      if a[i] != nil, a[i] == b[j] {
        pairs.append((i, j)); i += 1; j += 1
      } else if table[i + 1][j] >= table[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }

  struct Group {
    var key: String
    var rows: [AsmRow]
  }

  static func groups(_ rows: [AsmRow]) -> [Group] {
    var result: [Group] = []
    for row in rows {
      let key: String?
      switch row.kind {
      case .heading: key = "function " + row.text
      case .instruction: key = row.sourceLine.map { "line \($0)" }
      case .label, .other: key = nil
      }
      if let key, key != result.last?.key {
        result.append(Group(key: key, rows: [row]))
      } else if result.isEmpty {
        result.append(Group(key: "start", rows: [row]))
      } else {
        result[result.count - 1].rows.append(row)
      }
    }
    return result
  }
}
