// Placeholder until the mspdebug-driven simulation lands (branch msp430-sim).
import ISRKit
enum MSP430Simulation {
  static func simulatorName() -> String? { nil }
  static func layout() -> LinkLayout { LinkLayout(script: "", returnStub: { _ in "" }) }
  static func run(image: LinkedImage, elf: [UInt8], entry: UInt64, style: EntryStyle, limits: EmulationLimits) throws(EmulationError) -> MeasuredRun {
    throw .notEmulated("mspdebug simulation not built")
  }
}
