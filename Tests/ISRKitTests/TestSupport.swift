import Foundation
@testable import ISRKit

/// One toolchain for the whole test run, so the content cache is shared between tests.
let sharedToolchain = Toolchain.discover()

/// Targets whose compiler is installed here (MSP430 needs clang-14 from scripts/setup.sh).
let availableTargets = TargetCatalog.all.filter { sharedToolchain.availability($0).compiler != nil }

/// The minimal ISR of the core-engine issue.
let tickSource = """
volatile unsigned ticks;
ISR(timer) { ticks++; }
"""

func compile(_ source: String, _ targetID: String) throws -> Codegen {
  guard let target = TargetCatalog.target(id: targetID) else { throw CocoaError(.featureUnsupported) }
  return try Codegen.compile(source, for: target, toolchain: sharedToolchain)
}

/// Mnemonics of a function's instructions, in order.
func mnemonics(_ codegen: Codegen, _ function: String) -> [String] {
  guard let fn = codegen.listing.function(named: function) else { return [] }
  return codegen.listing.instructions(in: fn).compactMap { $0.instruction?.text }
}

import Testing

extension Target: CustomTestStringConvertible {
  public var testDescription: String { name }
}
