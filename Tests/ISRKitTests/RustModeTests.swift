import Foundation
import Testing
@testable import ISRKit

/// Rust mode over the real rustc (skipped where rustc is not installed).
@Suite struct RustModeTests {
  static let hasRustc = sharedToolchain.rustc != nil

  static let leafSource = """
    static mut TICKS: u32 = 0;
    isr!(timer, {
        unsafe { TICKS += 1; }
    });
    """

  static let callingSource = """
    static mut TICKS: u32 = 0;
    extern "C" { fn scheduler_tick(now: u32); }
    isr!(timer, {
        unsafe {
            TICKS += 1;
            if TICKS & 0xff == 0 { scheduler_tick(TICKS); }
        }
    });
    """

  /// Where rustc has an interrupt ABI, the ISR ends in the target's return from interrupt;
  /// elsewhere in the plain function's return.
  static let expectedLast: [String: [String]] = [
    "x86": ["iretl"], "x86_64": ["iretq"], "riscv32": ["mret"], "riscv64": ["mret"], "avr": ["reti"],
    "msp430": ["reti"], "cortex-m": ["bx", "pop", "b"], "aarch64": ["ret", "b"], "powerpc": ["blr", "b"],
    "arm": ["bx", "b", "pop"], "mips": ["jr", "j", "nop"],
  ]

  static func rust(_ source: String, _ id: String, flags: [String] = []) throws -> Codegen {
    let target = try #require(TargetCatalog.target(id: id))
    return try Codegen.compile(source, for: target, toolchain: sharedToolchain, extraFlags: flags, language: .rust)
  }

  static func lastMnemonic(_ codegen: Codegen, _ name: String) -> String? {
    guard let fn = codegen.listing.function(named: name) else { return nil }
    return codegen.listing.instructions(in: fn).compactMap { $0.instruction?.mnemonic }.last
  }

  @Test(.enabled(if: hasRustc), arguments: ["x86", "x86_64", "riscv32", "riscv64", "avr", "msp430", "cortex-m", "aarch64", "powerpc"])
  func leafAndCallingISRsEndInTheRightReturn(id: String) throws {
    for source in [Self.leafSource, Self.callingSource] {
      let codegen = try Self.rust(source, id)
      #expect(codegen.output.succeeded, "\(id): \(codegen.output.diagnostics)")
      #expect(codegen.isrNames == ["timer"], "\(id): \(codegen.roles)")
      let last = try #require(Self.lastMnemonic(codegen, "timer"))
      #expect(Self.expectedLast[id]?.contains(last) == true, "\(id): ends in \(last)")
      let size = try ELFObject(codegen.output.object).functionSize("timer")
      #expect((size ?? 0) > 0)
      // Body instructions map to the user's lines, never to the appended prelude.
      let fn = try #require(codegen.listing.function(named: "timer"))
      let lines = Set(codegen.listing.instructions(in: fn).compactMap(\.sourceLine))
      let userLines = source.split(separator: "\n", omittingEmptySubsequences: false).count
      #expect(!lines.isEmpty && lines.allSatisfy { $0 >= 1 && $0 <= userLines }, "\(id): \(lines)")
    }
  }

  @Test(.enabled(if: hasRustc))
  func callingISRSavesCallerSavedRegistersOnX86_64() throws {
    let codegen = try Self.rust(Self.callingSource, "x86_64")
    let flow = FunctionFlow(listing: codegen.listing, function: try #require(codegen.listing.function(named: "timer")), target: codegen.target)
    let pushes = flow.steps.filter { $0.instruction.mnemonic == "pushq" }.count
    #expect(pushes == 9)
    #expect(codegen.label(for: "timer").contains("x86-interrupt"))
  }

  @Test(.enabled(if: hasRustc))
  func badSignatureShowsRustcsMessageOnItsLine() throws {
    let source = """
      #[cfg(target_arch = "x86_64")]
      #[no_mangle]
      pub extern "x86-interrupt" fn bad() {}
      """
    let codegen = try Self.rust(source, "x86_64")
    #expect(!codegen.output.succeeded)
    let error = try #require(codegen.output.diagnostics.first { $0.severity == .error })
    #expect(error.message.contains("invalid signature for `extern \"x86-interrupt\"` function")
      || error.message.contains("invalid signature"), "\(error)")
    #expect(error.file == Diagnostic.rustSourceName && error.line == 3 && error.isInUserSource)
  }

  @Test(.enabled(if: hasRustc))
  func unsupportedABIAndDirectCallsAreRustcErrors() throws {
    let wrongTarget = """
      #[no_mangle]
      pub extern "riscv-interrupt-m" fn handler() {}
      """
    let abi = try Self.rust(wrongTarget, "x86_64")
    let message = try #require(abi.output.diagnostics.first { $0.severity == .error })
    #expect(message.message.contains("not a supported ABI") && message.message.contains("E0570") && message.line == 2, "\(message)")

    let direct = """
      isr!(timer, { });
      pub fn poke() { timer(); }
      """
    let call = try Self.rust(direct, "riscv32")
    let error = try #require(call.output.diagnostics.first { $0.severity == .error })
    #expect(error.message.contains("cannot be called") && error.line == 2, "\(error)")
  }

  @Test(.enabled(if: hasRustc))
  func handWrittenCfgCodePassesThrough() throws {
    let source = """
      static mut N: u8 = 0;
      #[cfg(target_arch = "avr")]
      #[no_mangle]
      pub extern "avr-non-blocking-interrupt" fn tick() { unsafe { N += 1; } }
      #[cfg(not(target_arch = "avr"))]
      isr!(tick, { unsafe { N += 1; } });
      """
    let avr = try Self.rust(source, "avr")
    let fn = try #require(avr.listing.function(named: "tick"))
    let mnemonics = avr.listing.instructions(in: fn).compactMap { $0.instruction?.mnemonic }
    #expect(mnemonics.first == "sei" && mnemonics.last == "reti", "\(mnemonics)")
    let riscv = try Self.rust(source, "riscv32")
    #expect(Self.lastMnemonic(riscv, "tick") == "mret")
  }

  @Test(.enabled(if: hasRustc))
  func expandShowsThePerTargetABI() throws {
    let target = TargetCatalog.riscv32
    let output = try sharedToolchain.build(BuildJob(target: target, mode: .preprocessOnly, source: Self.leafSource, language: .rust))
    #expect(output.succeeded, "\(output.diagnostics)")
    #expect(output.assembly.contains("extern \"riscv-interrupt-m\" fn timer()"))
    #expect(!output.assembly.contains(RustBuild.preludeMarker))
  }

  @Test(.enabled(if: hasRustc))
  func reportWorksOnRust() throws {
    for id in ["x86_64", "riscv32"] {
      let target = try #require(TargetCatalog.target(id: id))
      let report = TargetReport.make(
        source: Self.callingSource, target: target, toolchain: sharedToolchain, settings: CostSettings(),
        language: .rust)
      #expect(report.error == nil, "\(id): \(report.error ?? "")")
      let direct = try #require(report.direct)
      let baseline = try #require(report.baseline)
      #expect(direct.instructionsMax < baseline.instructionsMax)
    }
  }

  @Test func rustcDiagnosticsParse() {
    let stderr = """
      error[E0570]: "riscv-interrupt-m" is not a supported ABI for the current target
       --> isr.rs:3:5
        |
      3 | pub extern "riscv-interrupt-m" fn handler() {}
        |     ^^^^^^^^^^^^^^^^^^^^^^^^^^
        = note: see issue #111889

      error: aborting due to 1 previous error

      For more information about this error, try `rustc --explain E0570`.
      """
    let parsed = Diagnostic.parseRustc(stderr)
    #expect(parsed.count == 2)
    #expect(parsed.first?.line == 3 && parsed.first?.column == 5 && parsed.first?.file == "isr.rs")
    #expect(parsed.last?.message == "see issue #111889" && parsed.last?.file == "rustc")
    #expect(parsed.first?.message == "\"riscv-interrupt-m\" is not a supported ABI for the current target [E0570]")
    #expect(parsed.last?.severity == .note)
  }

  @Test func rustModeWithoutRustcSaysSo() {
    let none = Toolchain(compilers: sharedToolchain.compilers, rustc: nil)
    guard case .missing(let why) = none.availability(TargetCatalog.x86_64, language: .rust) else {
      Issue.record("expected missing")
      return
    }
    #expect(why.contains("rustc"))
    #expect(none.availability(TargetCatalog.x86_64, language: .c).compiler != nil)
  }

  @Test func declaredRustNames() {
    #expect(PortableISR.declaredRustNames(in: "isr!(a, {}); isr! (nonblocking b, {}); isr!{ c, {} }") == ["a", "b", "c"])
  }
}
