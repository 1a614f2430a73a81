import Foundation
import ISRKit
import Testing

@testable import ExplorerUI

/// The explorer's settings file: decoded strictly, written back faithfully, never clobbered.
@Suite struct UserSettingsTests {
  @Test func decodesEveryKey() throws {
    let settings = try UserSettings.decode("""
      version = 1
      optimization = "-Os"
      defines = ["HZ=100", "UART"]
      vectors = 16
      rate_hz = 50000
      clock_mhz = 48.5
      cpu = "cortex-m0plus"
      compiler = "gcc"
      theme = "light"

      [clock_mhz_by_target]
      avr = 20
      """)
    #expect(settings.optimization == "-Os")
    #expect(settings.compilerFlags == ["-DHZ=100", "-DUART", "-Os"])
    #expect(settings.vectors == 16 && settings.rateHz == 50000 && settings.clockMHz == 48.5)
    #expect(settings.cpu == "cortex-m0plus" && settings.compiler == .gcc && settings.theme == "light")
    #expect(settings.clockMHzByTarget == ["avr": 20])
    let cost = settings.applied(to: CostSettings())
    #expect(cost.vectors == 16 && cost.rateHz == 50000 && cost.clockMHz == 48.5 && cost.clockMHzByTarget["avr"] == 20)
  }

  @Test func roundTrips() throws {
    var settings = UserSettings()
    settings.optimization = "-O3"
    settings.defines = ["A=\"x\"", "B"]
    settings.rateHz = 1234.5
    settings.clockMHzByTarget = ["avr": 20, "cortex-m": 72]
    settings.compiler = .clang
    #expect(try UserSettings.decode(settings.encode()) == settings)
    #expect(try UserSettings.decode(UserSettings().encode()) == UserSettings())
  }

  @Test(arguments: [
    ("optimization = \"-O9\"", "optimization"),
    ("defines = [\"A -fplugin=x.so\"]", "defines"),
    ("vectors = 0", "vectors"),
    ("rate_hz = -1", "rate_hz"),
    ("compiler = \"icc\"", "compiler"),
    ("[clock_mhz_by_target]\nz80 = 4", "clock_mhz_by_target.z80"),
    ("colour = \"red\"", "unknown key 'colour'"),
    ("version = 2", "version"),
    ("rate_hz = ", "line 1"),
  ])
  func badValuesNameTheKey(toml: String, named: String) {
    #expect(throws: UserSettingsError.self) { try UserSettings.decode(toml) }
    do { _ = try UserSettings.decode(toml) } catch { #expect(error.message.contains(named), "\(error.message)") }
  }

  @Test func fileIsCreatedAndNeverClobbered() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-settings-\(UUID())")
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = try #require(UserSettingsFile.standard(environment: ["XDG_CONFIG_HOME": dir.path]))
    #expect(file.path == dir.path + "/isrx/config.toml")
    #expect(try file.load().get() == UserSettings())  // no file yet: defaults
    var settings = UserSettings()
    settings.vectors = 8
    try file.save(settings)
    #expect(try file.load().get() == settings)
    // A file the user broke is reported and left exactly as it is.
    let broken = "version = 1\nvectors = \"many\"\n"
    try broken.write(toFile: file.path, atomically: true, encoding: .utf8)
    guard case .failure(let error) = file.load() else { Issue.record("a broken file must not load"); return }
    #expect(error.message.contains("vectors"))
    #expect(throws: UserSettingsError.self) { try file.save(settings) }
    #expect(try String(contentsOfFile: file.path, encoding: .utf8) == broken)
  }

  @Test func homeIsTheFallback() {
    #expect(UserSettingsFile.standard(environment: ["HOME": "/home/u"])?.path == "/home/u/.config/isrx/config.toml")
    #expect(UserSettingsFile.standard(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"])?.path == "/h/.config/isrx/config.toml")
    #expect(UserSettingsFile.standard(environment: [:]) == nil)
  }
}
