/// The knobs of the savings estimate. Every assumption is shown next to its result.
public struct CostSettings: Sendable, Hashable, Codable {
  /// Interrupts per second.
  public var rateHz: Double = 10_000
  /// Core clock; nil uses the target's typical clock from the catalog.
  public var clockMHz: Double? = nil
  /// Assumed average cycles per instruction on the interrupt path. A stated assumption,
  /// not a measurement: `pushal`, `iret` and memory-heavy saves take more on real cores.
  public var cyclesPerInstruction: Double = 1
  /// Vectors served by the baseline's stubs (RustOS: 51).
  public var vectors: Int = 51
  /// Vector number the measured stub passes (RustOS: 32 is the timer, IRQ 0). On MSP430 and
  /// x86 the immediate encoding makes a few stub sizes depend on it; 32 is typical.
  public var vector: Int = 32

  public init() {}

  public func clock(for target: Target) -> Double { clockMHz ?? target.defaultClockMHz }
}

/// Direct ISR against the baseline for one target.
public struct Comparison: Sendable, Hashable, Codable {
  /// One figure's saving: baseline minus direct.
  public struct Saving: Sendable, Hashable, Codable {
    public var direct: Int
    public var baseline: Int
    public var saved: Int { baseline - direct }
    /// Saved share of the baseline figure, in percent (nil when the baseline is 0).
    public var percent: Double? { baseline == 0 ? nil : Double(saved) * 100 / Double(baseline) }
  }

  /// CPU time spent in the interrupt path at the chosen rate and clock.
  public struct CPUShare: Sendable, Hashable, Codable {
    public var rateHz: Double
    public var clockMHz: Double
    public var cyclesPerInstruction: Double
    public var directPercent: Double
    public var baselinePercent: Double
    public var savedPercent: Double { baselinePercent - directPercent }
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
    softwareStack = Saving(direct: direct.softwareStackBytes, baseline: baseline.softwareStackBytes)
    codeBytes = Saving(direct: direct.codeBytes, baseline: baseline.codeBytes)
    registersSaved = Saving(direct: direct.registersSaved.count, baseline: baseline.registersSaved.count)
    let clock = settings.clock(for: target)
    func share(_ instructions: Int) -> Double {
      Double(instructions) * settings.cyclesPerInstruction * settings.rateHz / (clock * 1e6) * 100
    }
    cpu = CPUShare(
      rateHz: settings.rateHz, clockMHz: clock, cyclesPerInstruction: settings.cyclesPerInstruction,
      directPercent: share(direct.instructionsMax), baselinePercent: share(baseline.instructionsMax))
  }
}
