import Foundation

/// The knobs of the savings estimate. Every assumption is shown next to its result.
public struct CostSettings: Sendable, Hashable, Codable {
  /// Interrupts per second.
  public var rateHz: Double = 10_000
  /// Core clock for every target; nil uses each target's typical clock from the catalog.
  public var clockMHz: Double? = nil
  /// Core clock of one target (by id), over `clockMHz`: an AVR at 16 MHz beside an x86-64
  /// at 3 GHz, so changing one target's clock never puts another at a clock it cannot run.
  public var clockMHzByTarget: [String: Double] = [:]
  /// Assumed average cycles per instruction on the interrupt path. A stated assumption,
  /// not a measurement: `pushal`, `iret` and memory-heavy saves take more on real cores.
  public var cyclesPerInstruction: Double = 1
  /// Vectors served by the baseline's stubs (RustOS: 51).
  public var vectors: Int = 51
  /// Vector number the measured stub passes (RustOS: 32 is the timer, IRQ 0). On MSP430 and
  /// x86 the immediate encoding makes a few stub sizes depend on it; 32 is typical.
  public var vector: Int = 32

  public init() {}

  public func clock(for target: Target) -> Double { clockMHzByTarget[target.name] ?? clockMHz ?? target.defaultClockMHz }

  /// The vector count for `target`: the chosen one, at most what the target has (an
  /// ATmega328P has 26; an explicit larger `--vectors` is refused by the CLI instead).
  public func vectors(for target: Target) -> Int { min(vectors, target.maxVectors ?? vectors) }
}

/// Direct ISR against the baseline for one target.
public struct Comparison: Sendable, Hashable, Codable {
  /// One figure's saving: baseline minus direct.
  public struct Saving: Sendable, Hashable, Codable {
    public var direct: Int
    public var baseline: Int
    public var saved: Int { baseline - direct }

    public init(direct: Int, baseline: Int) {
      self.direct = direct
      self.baseline = baseline
    }
    /// Saved share of the baseline figure, in percent (nil when the baseline is 0).
    public var percent: Double? { baseline == 0 ? nil : Double(saved) * 100 / Double(baseline) }

    /// The one wording every output uses, in a "saved" column: `16 B (38%)` when the direct
    /// ISR is smaller, `+4 B more` when it is larger, `same` when equal.
    public func text(unit: String = "") -> String {
      if saved > 0 { return "\(saved)\(unit)" + (percent.map { " (\(Int($0.rounded()))%)" } ?? "") }
      if saved < 0 { return "+\(-saved)\(unit) more" }
      return "same"
    }
  }

  /// CPU time spent in the interrupt path at the chosen rate and clock.
  public struct CPUShare: Sendable, Hashable, Codable {
    public var rateHz: Double
    public var clockMHz: Double
    public var cyclesPerInstruction: Double
    public var directPercent: Double
    public var baselinePercent: Double
    public var savedPercent: Double { baselinePercent - directPercent }
    /// Cycles per interrupt each side was charged (hardware entry + path + exit where known).
    public var directCycles: Double = 0
    public var baselineCycles: Double = 0
    /// What the cycles rest on: the cited table, llvm-mca's estimate, or the stated
    /// cycles-per-instruction assumption where no source exists.
    public var basis: String = ""
    /// The one precision rule for a CPU share: three significant digits (`11.8%`, `2.75%`,
    /// `0.0185%`), `0%` for nothing.
    public static func percentText(_ value: Double) -> String { significant(value) + "%" }

    /// A difference of two shares, in percentage points, labelled so (`9 pp`, `0.0180 pp`).
    public static func pointsText(_ value: Double) -> String { significant(value) + " pp" }

    static func significant(_ value: Double) -> String {
      guard value.isFinite, value != 0 else { return "0" }
      let magnitude = Int(floor(log10(abs(value))))
      let decimals = max(0, 2 - magnitude)
      return String(format: "%.\(decimals)f", value)
    }

    /// `direct 2.75% vs baseline 11.8%, 9 pp less` (or `more`; `the CPU cannot keep up` at ≥ 100%).
    public var text: String {
      func side(_ percent: Double, _ saturates: Bool) -> String {
        saturates ? "\(Self.percentText(percent)) (the CPU cannot keep up)" : Self.percentText(percent)
      }
      let difference = savedPercent == 0 ? "the same"
        : savedPercent > 0 ? "\(Self.pointsText(savedPercent)) less" : "\(Self.pointsText(-savedPercent)) more"
      return "direct \(side(directPercent, directSaturates)) vs baseline \(side(baselinePercent, baselineSaturates)), \(difference)"
    }

    /// At or above 100%: the CPU cannot keep up with this interrupt rate.
    public var directSaturates: Bool { directPercent >= 100 }
    public var baselineSaturates: Bool { baselinePercent >= 100 }
  }

  public var instructionsMin: Saving
  public var instructionsMax: Saving
  public var softwareStack: Saving
  public var codeBytes: Saving
  public var registersSaved: Saving
  public var cpu: CPUShare

  public init(direct: VariantCost, baseline: VariantCost, target: Target, settings: CostSettings) {
    instructionsMin = Saving(direct: direct.instructionsMin, baseline: baseline.instructionsMin)
    instructionsMax = Saving(direct: direct.instructionsMax, baseline: baseline.instructionsMax)
    // The worst case is compared: the realignment pad included.
    softwareStack = Saving(direct: direct.worstCaseStackBytes, baseline: baseline.worstCaseStackBytes)
    codeBytes = Saving(direct: direct.codeBytes, baseline: baseline.codeBytes)
    registersSaved = Saving(direct: direct.registersSaved.count, baseline: baseline.registersSaved.count)
    let clock = settings.clock(for: target)
    // Cycles from the source where there is one (both sides alike), else the assumption.
    let fromSource = direct.cycles?.max != nil && baseline.cycles?.max != nil
    func cycles(_ cost: VariantCost) -> Double {
      guard fromSource, let c = cost.cycles, let path = c.max else {
        return Double(cost.instructionsMax) * settings.cyclesPerInstruction
      }
      return Double((c.hardwareEntry ?? 0) + (c.vectorJump ?? 0) + path + (c.hardwareExit ?? 0))
    }
    let directCycles = cycles(direct), baselineCycles = cycles(baseline)
    func share(_ cycles: Double) -> Double { cycles * settings.rateHz / (clock * 1e6) * 100 }
    var basis: String
    if fromSource, let c = direct.cycles {
      basis = c.isEstimate ? c.source : "cycles from \(c.source)"
      switch (c.hardwareEntry, c.hardwareExit) {
      case (nil, _): basis += "; hardware entry/exit unknown, not included"
      case (_, nil): basis += "; hardware entry from \(c.hardwareSource); its exit unknown, not included"
      default: basis += "; hardware entry/exit from \(c.hardwareSource)"
      }
    } else {
      basis = "assuming \(settings.cyclesPerInstruction) cycle(s) per instruction (no timing source for this target: an assumption, not a measurement)"
    }
    cpu = CPUShare(
      rateHz: settings.rateHz, clockMHz: clock, cyclesPerInstruction: settings.cyclesPerInstruction,
      directPercent: share(directCycles), baselinePercent: share(baselineCycles),
      directCycles: directCycles, baselineCycles: baselineCycles, basis: basis)
  }
}
