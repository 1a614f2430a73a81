import Foundation

/// A temporary directory only the current user can enter (mkdtemp creates it 0700),
/// removed when the work in it is done.
public enum PrivateDirectory {
  /// Creates a fresh private directory, runs `body` in it and removes it afterwards.
  public static func with<T>(
    _ body: (URL) throws(ToolchainError) -> T
  ) throws(ToolchainError) -> T {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-XXXXXX").path
    var template = Array(base.utf8CString)
    guard let made = mkdtemp(&template) else {
      throw ToolchainError.launchFailed(tool: "mkdtemp", reason: String(cString: strerror(errno)))
    }
    let url = URL(fileURLWithPath: String(cString: made), isDirectory: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
  }
}
