import Foundation

/// Files shipped with isrx (prelude, baseline templates, samples), read from the bundle.
public enum Resources {
  /// The directory holding isrx's resource files (users may open the templates there).
  public static var directory: URL? {
    Bundle.module.url(forResource: "Resources", withExtension: nil)
  }

  /// The text of a resource such as `prelude/isrx_prelude.h`.
  public static func text(_ relativePath: String) throws(ToolchainError) -> String {
    guard let url = directory?.appendingPathComponent(relativePath),
          let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw .resourceMissing(relativePath)
    }
    return text
  }

  /// The built-in sample ISR shown when isrx starts without a file.
  public static func sample() throws(ToolchainError) -> String { try text("samples/timer.c") }

  /// The built-in sample in `language` (the same timer ISR, in C or in Rust).
  public static func sample(language: SourceLanguage) throws(ToolchainError) -> String {
    try text(language == .rust ? "samples/timer.rs" : "samples/timer.c")
  }
}
