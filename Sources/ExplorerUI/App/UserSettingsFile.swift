import Foundation

/// Where the explorer's settings live, and reading and writing them without ever losing the
/// user's file: a file that does not parse is left untouched and reported, not overwritten.
public struct UserSettingsFile: Sendable {
  public var path: String

  public init(path: String) { self.path = path }

  /// `$XDG_CONFIG_HOME/isrx/config.toml`, else `~/.config/isrx/config.toml` (nil: no home).
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> UserSettingsFile? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return UserSettingsFile(path: xdg + "/isrx/config.toml")
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return UserSettingsFile(path: home + "/.config/isrx/config.toml")
  }

  /// The settings in the file: empty settings when there is no file, an error naming the
  /// file and the key when it cannot be used.
  public func load() -> Result<UserSettings, UserSettingsError> {
    guard FileManager.default.fileExists(atPath: path) else { return .success(UserSettings()) }
    guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20,
      let text = String(data: data, encoding: .utf8)
    else { return .failure(UserSettingsError(message: "\(path): unreadable (not UTF-8 text under 1 MiB)")) }
    do {
      return .success(try UserSettings.decode(text))
    } catch {
      return .failure(UserSettingsError(message: "\(path): \(error.message)"))
    }
  }

  /// Writes `settings` atomically (a temporary file renamed over the old one), creating the
  /// directory. Refuses to replace a file that does not parse: it is the user's, not ours.
  public func save(_ settings: UserSettings) throws(UserSettingsError) {
    if case .failure(let error) = load() {
      throw UserSettingsError(message: "not saved: \(error.message); fix or remove it first")
    }
    let url = URL(fileURLWithPath: path)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      try Data(settings.encode().utf8).write(to: url, options: .atomic)
    } catch {
      throw UserSettingsError(message: "\(path): not saved (\(error.localizedDescription))")
    }
  }
}
