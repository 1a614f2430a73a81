import ISRKit

/// How the explorer compiles and costs, beyond the source: the settings panel's
/// optimisation, defines and vector count. Part of what a source version means: changing
/// them makes every result stale and compiles again.
public struct BuildOptions: Hashable, Sendable {
  /// `-O0` … `-Og`; nil keeps each target's default (`-O2`).
  public var optimization: String?
  /// `NAME` or `NAME=VALUE`, each passed as `-D`.
  public var defines: [String] = []
  /// Vectors in the system on both sides; nil keeps isrx's default (51, clamped per target).
  public var vectors: Int?

  public init(optimization: String? = nil, defines: [String] = [], vectors: Int? = nil) {
    self.optimization = optimization
    self.defines = defines
    self.vectors = vectors
  }

  /// The flags every compile gets (defines, then the optimisation, which wins over `-O2`).
  public var compilerFlags: [String] { defines.map { "-D" + $0 } + (optimization.map { [$0] } ?? []) }

  /// What the pane titles show: only what differs from the defaults (empty when nothing does).
  public var label: String {
    (compilerFlags + (vectors.map { ["\($0) vectors"] } ?? [])).joined(separator: " ")
  }

  /// The cost settings with these options' vector count.
  public func applied(to settings: CostSettings) -> CostSettings {
    var settings = settings
    if let vectors { settings.vectors = vectors }
    return settings
  }
}
