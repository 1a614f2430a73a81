import Foundation
import Testing
@testable import ISRKit

/// Targets are data: one descriptor each, in Sources/ISRKit/Targets/, and nothing else in
/// the sources names a target by its id string (a `switch` over `TargetID` or
/// `Architecture` has no `default:`, so the compiler lists every place a new target needs).
@Suite struct TargetDescriptorTests {
  static let sources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources")

  @Test func noTargetIdLiteralOutsideTheDescriptors() throws {
    let ids = TargetID.allCases.map { "\"\($0.rawValue)\"" }
    var offenders: [String] = []
    let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
    for case let file as URL in files where file.pathExtension == "swift" {
      guard !file.path.contains("/Sources/ISRKit/Targets/") else { continue }
      let text = try String(contentsOf: file, encoding: .utf8)
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        for id in ids where line.contains(id) {
          offenders.append("\(file.lastPathComponent):\(n + 1): \(id)")
        }
      }
    }
    #expect(offenders.isEmpty, "\(offenders)")
  }

  @Test func everyIdHasOneDescriptorWithItsOwnTemplateAndLabel() throws {
    #expect(TargetCatalog.all.map(\.id) == TargetID.allCases)
    for target in TargetCatalog.all {
      #expect((try? Resources.text("baseline/\(target.baselineTemplate).S")) != nil, "\(target.name): no template")
      #expect(!target.tabLabel.isEmpty && target.tabLabel.count <= 5, "\(target.name): tab label '\(target.tabLabel)'")
      #expect(TargetCatalog.target(id: target.name)?.id == target.id)
    }
    #expect(Set(TargetCatalog.all.map(\.tabLabel)).count == TargetCatalog.all.count, "tab labels must differ")
  }

  /// Every target has a GCC (driver, flags, package) or says why not; the GCC descriptor is
  /// the same target with GCC's driver and flags, and never equal to clang's.
  @Test func everyTargetHasAGCCOrSaysWhyNot() throws {
    for target in TargetCatalog.all {
      let gcc = target.compiled(by: .gcc)
      #expect(gcc.id == target.id)
      #expect(gcc != target, "\(target.name): the GCC descriptor must differ from clang's")
      #expect(gcc.compiled(by: .clang) == target)
      #expect(gcc.compilerFamily == .gcc && target.compilerFamily == .clang)
      if let spec = target.gcc {
        #expect(!spec.driver.isEmpty && spec.package.hasPrefix("gcc"), "\(target.name)")
        #expect(gcc.compilerArguments == spec.flags, "\(target.name): GCC takes no --target")
        #expect(!gcc.compilerArguments.contains { $0.hasPrefix("--target") })
        // The same optimisation and freestanding flags as the clang build, so the two compare.
        for flag in ["-O2", "-ffreestanding", "-fomit-frame-pointer"] {
          #expect(spec.flags.contains(flag), "\(target.name): GCC lacks \(flag)")
        }
      } else {
        #expect(target.gccMissing?.isEmpty == false, "\(target.name): no GCC and no reason given")
      }
    }
  }
}
