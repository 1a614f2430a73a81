/// Code size of a whole system of N vectors, each with a handler like this one, on both sides
/// alike: the direct side is N ISRs; the baseline is N stubs at their real sizes (x86's
/// `pushl $N` is 2 bytes below 128 and 5 from 128 on, so those stubs are 13 and 16 B; a
/// shared stub counts once) + the unified handler + the dispatch table (N pointers) + N
/// handlers. The hardware's own vector table is the same on both sides and not counted.
enum SystemCodeSize {
  static func apply(
    direct: inout VariantCost, baseline: inout VariantCost, build: BaselineBuild, target: Target,
    vectors: Int, toolchain: Toolchain
  ) {
    let n = max(1, vectors)
    direct.codeParts = direct.codeParts.map { CodePart(name: $0.name, bytesEach: $0.bytesEach, copies: $0.copies * n) }
    direct.codeBytes = direct.codeParts.reduce(0) { $0 + $1.bytes }

    var parts: [CodePart] = []
    for part in baseline.codeParts {
      if part.name.hasPrefix("stub") {
        if build.stubCopies == .shared {
          parts.append(part)
        } else {
          for run in stubSizes(build: build, target: target, vectors: n, toolchain: toolchain) {
            parts.append(CodePart(name: "stub (per-vector, vectors \(run.first)–\(run.last))", bytesEach: run.bytes, copies: run.last - run.first + 1))
          }
        }
      } else if part.name.hasPrefix("handler") {
        parts.append(CodePart(name: part.name + " (one per vector)", bytesEach: part.bytesEach, copies: n))
      } else {
        parts.append(part)
      }
    }
    parts.append(CodePart(name: "dispatch table isrx_handlers[] (one pointer per vector)", bytesEach: target.pointerBytes, copies: n))
    baseline.codeParts = parts
    baseline.codeBytes = parts.reduce(0) { $0 + $1.bytes }
    direct.vectors = n
    baseline.vectors = n
  }

  struct Run { var first: Int; var last: Int; var bytes: Int }

  /// The stub's size for vectors 0..<n, as runs of equal size, found by assembling the
  /// template for the vectors at the ends of each run. An immediate's encoding changes at a
  /// power of two (x86's imm8 stops at 127) and some small powers of two are cheaper than
  /// their neighbours (MSP430's constant generator gives 0, 1, 2, 4 and 8 without an extra
  /// word), so every 2^k - 1, 2^k and 2^k + 1 is assembled; between those, sizes only grow.
  static func stubSizes(build: BaselineBuild, target: Target, vectors n: Int, toolchain: Toolchain) -> [Run] {
    var sizes: [Int: Int] = [:]
    func size(_ v: Int) -> Int {
      if let known = sizes[v] { return known }
      let flags = ["-DISRX_VECTOR=\(v)"] + (build.errorCode ? ["-DISRX_ERROR_CODE"] : [])
      let job = BuildJob(target: target, mode: .assemblyWithPreprocessor, source: build.templateSource, extraArguments: flags)
      let bytes = (try? toolchain.build(job)).flatMap { try? ELFObject($0.object) }?.functionSize(BaselineBuild.stubSymbol) ?? 0
      sizes[v] = bytes
      return bytes
    }
    var runs: [Run] = []
    func split(_ lo: Int, _ hi: Int) {
      if size(lo) == size(hi) { runs.append(Run(first: lo, last: hi, bytes: size(lo))); return }
      if hi == lo + 1 {
        runs.append(Run(first: lo, last: lo, bytes: size(lo)))
        runs.append(Run(first: hi, last: hi, bytes: size(hi)))
        return
      }
      let mid = (lo + hi) / 2
      split(lo, mid)
      split(mid + 1, hi)
    }
    var samples: Set<Int> = [0, n - 1]
    var power = 1
    while power <= n { samples.formUnion([power - 1, power, power + 1].filter { $0 < n }); power *= 2 }
    let points = samples.sorted()
    for (lo, hi) in zip(points, points.dropFirst()) {
      split(lo, hi)
    }
    if points.count == 1 { split(0, 0) }
    // Merge neighbouring runs of the same size (sample points end one run and start the next).
    var merged: [Run] = []
    for var run in runs {
      if let last = merged.last, run.first <= last.last { run.first = last.last + 1 }
      guard run.first <= run.last else { continue }
      if let last = merged.last, last.bytes == run.bytes, last.last + 1 == run.first {
        merged[merged.count - 1].last = run.last
      } else {
        merged.append(run)
      }
    }
    return merged
  }
}
