import Foundation
import Testing
@testable import ISRKit

@Suite struct CostModelTests {
  static let settings = CostSettings()

  func report(_ source: String, _ id: String) throws -> TargetReport {
    let target = try #require(TargetCatalog.target(id: id))
    return TargetReport.make(source: source, target: target, toolchain: sharedToolchain, settings: Self.settings)
  }

  /// The seed RFC's RustOS stub: 13 bytes, 6 instructions, 40 bytes before unified_handler.
  @Test func x86TemplateReproducesRustOS() throws {
    let r = try report(tickSource, "x86")
    let stub = try #require(r.stub)
    #expect(stub.bytes == 13)
    #expect(stub.instructions == 6)
    #expect(stub.stackAtUnifiedHandler == 40)
    #expect(stub.copies == .perVector)
    #expect(r.baseline?.codeParts.first?.copies == 51)
  }

  /// "A minimum of 12 additional bytes": vector 4 + return into the stub 4 + the unified
  /// handler's call 4; 8 when the dispatcher tail-jumps, as clang -O2 makes it do.
  @Test func x86DoubleDispatchOverheadIs8Or12() throws {
    let r = try report(tickSource, "x86")
    let tail = try #require(r.dispatchOverhead)
    #expect(tail.dispatcherTailJumps)
    #expect(tail.totalBytes == 8)
    let call = try #require(r.dispatchOverheadWithoutTailCall)
    #expect(!call.dispatcherTailJumps)
    #expect(call.totalBytes == 12)
    #expect(call.items.map(\.bytes) == [4, 4, 4])
  }

  @Test(arguments: TargetCatalog.all)
  func everyTargetHasBothVariantsAndTheBaselineCostsMoreStack(target: Target) throws {
    guard sharedToolchain.availability(target).compiler != nil else { try Test.cancel("\(target.name): no compiler installed for it (see `isrx targets`)") }
    let r = TargetReport.make(
      source: try Resources.sample(), target: target, toolchain: sharedToolchain, settings: Self.settings)
    #expect(r.error == nil, "\(target.name): \(r.error ?? "")")
    let direct = try #require(r.direct)
    let baseline = try #require(r.baseline)
    #expect(baseline.softwareStackBytes > direct.softwareStackBytes, "\(target.name)")
    // Code: the same N vectors on both sides (no longer N stubs against one ISR).
    let n = Self.settings.vectors(for: target)
    #expect(direct.codeParts.allSatisfy { $0.copies == n }, "\(target.name)")
    #expect(baseline.codeParts.contains { $0.name.contains("table") && $0.copies == n }, "\(target.name)")
    #expect(direct.hardwareFrameBytes == target.hardwareFrameBytes)
    // The sample calls scheduler_tick behind a branch: two paths, and an external call.
    #expect(direct.instructionsMin < direct.instructionsMax || target.name == "cortex-m")
    #expect(direct.externalCalls.contains("scheduler_tick"))
    // The baseline stub saves registers blindly; the convention never does.
    #expect(baseline.registersSaved.contains { $0.reason == .blind } || target.name == "cortex-m")
    #expect(!direct.registersSaved.contains { $0.reason == .blind })
    #expect(baseline.roleCounts[.stub, default: 0] > 0 && baseline.roleCounts[.handler, default: 0] > 0)
    let comparison = try #require(r.comparison)
    #expect(comparison.cpu.baselinePercent > 0)
  }

  /// An empty body: the convention adds nothing on most targets; the baseline still runs
  /// its whole stub, dispatcher and an empty handler.
  @Test(arguments: ["x86_64", "riscv32", "arm", "avr"])
  func emptyBody(id: String) throws {
    let r = try report("ISR(idle) {}\n", id)
    let direct = try #require(r.direct)
    let baseline = try #require(r.baseline)
    #expect(direct.instructionsMin == direct.instructionsMax)
    #expect(direct.roleCounts[.body, default: 0] == 0)
    #expect(direct.roleCounts[.return] == 1)
    if id == "x86_64" || id == "riscv32" {
      #expect(direct.instructionsMax == 1)  // just iretq / mret
      #expect(direct.softwareStackBytes == 0)
    }
    #expect(baseline.instructionsMin > direct.instructionsMax)
    #expect(baseline.roleCounts[.handler] == 1)  // the empty handler's return
  }

  @Test func leafISRSavesOnlyWhatItUses() throws {
    let r = try report(tickSource, "riscv32")
    let direct = try #require(r.direct)
    #expect(Set(direct.registersSaved.map(\.register)) == ["a0", "a1"])
    #expect(direct.registersSaved.allSatisfy { $0.reason == .usedByBody })
    #expect(direct.softwareStackBytes == 16)
    #expect(direct.roleCounts[.return] == 1)
    // clang's -fstack-usage agrees on RISC-V, where calls push nothing.
    #expect(direct.stackUsageCheck?.compilerBytes == 16)
  }

  @Test func callingISRSavesCallerSavedRegisters() throws {
    let r = try report(try Resources.sample(), "x86_64")
    let direct = try #require(r.direct)
    let saved = Set(direct.registersSaved.map(\.register))
    #expect(saved == ["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"])
    #expect(direct.registersSaved.allSatisfy { $0.reason == .callerSavedAcrossCall })
    // 9 pushes + the call's return address.
    #expect(direct.softwareStackBytes == 80)
  }

  @Test func loopsAreReportedPerIteration() throws {
    let source = """
    volatile unsigned buf[8]; volatile unsigned sum;
    ISR(adc) { for (unsigned i = 0; i < sum; i++) buf[i & 7] = i; }
    """
    let r = try report(source, "riscv32")
    let direct = try #require(r.direct)
    #expect(direct.loopsCountedOnce)
    #expect(direct.instructionsMin < direct.instructionsMax)
    let loop = try #require(direct.loops.first)
    #expect(loop.line == 2)
    #expect(loop.instructionsPerIteration > 0 && loop.instructionsPerIteration < direct.instructionsMax)
    #expect(direct.instructionsCompact.contains("+\(loop.instructionsPerIteration)/it"))
    #expect(r.notes.contains { $0.contains("each further iteration adds") })
  }

  @Test func x86RealignmentIsReportedAsAPad() throws {
    let r = try report(tickSource, "x86")
    let direct = try #require(r.direct)
    #expect(direct.realignPadBytes == 12)
    #expect(direct.registersSaved.contains { $0.register == "ebp" && $0.reason == .frame })
  }

  /// REFERENCE §2.5: LLVM's MIPS interrupt prologue spills EPC/Status before it allocates
  /// its frame, i.e. into the interrupted code's stack. isrx must show that, not hide it.
  @Test func mipsPrologueStoresAboveTheInterruptedSP() throws {
    let mips = try #require(try report(tickSource, "mips").direct)
    #expect(mips.storesAboveEntrySP.count == 2)
    #expect(mips.storesAboveEntrySP.allSatisfy { $0.hasPrefix("sw $27") })
    let riscv = try #require(try report(tickSource, "riscv32").direct)
    #expect(riscv.storesAboveEntrySP.isEmpty)
  }

  @Test func cpuShareFollowsRateAndClock() throws {
    let target = try #require(TargetCatalog.target(id: "cortex-m"))
    var settings = CostSettings()
    settings.rateHz = 1000
    settings.clockMHz = 1
    let r = TargetReport.make(source: tickSource, target: target, toolchain: sharedToolchain, settings: settings)
    let c = try #require(r.comparison)
    let cycles = try #require(r.direct?.cycles)
    // Cortex-M: the TRM's cycles, with the 12-cycle entry and 10-cycle exit, not a CPI guess.
    let expected = Double(12 + (cycles.max ?? 0) + 10)
    #expect(c.cpu.directCycles == expected)
    #expect(abs(c.cpu.directPercent - expected * 1000 / 1e6 * 100) < 1e-9)
    #expect(c.cpu.basis.contains("Cortex-M3 Technical Reference Manual"))
  }

  @Test func cyclesHaveASourceOnEveryTarget() throws {
    for id in ["x86", "x86_64", "arm", "cortex-m", "aarch64", "mips", "powerpc", "riscv32", "riscv64", "avr", "msp430"] {
      guard let cycles = try? report(tickSource, id).direct?.cycles else { continue }
      #expect(!cycles.source.isEmpty, "\(id)")
      if cycles.source.hasPrefix("unknown") { #expect(cycles.max == nil, "\(id): unknown but a figure") }
      else { #expect(cycles.max != nil, "\(id): \(cycles.source)") }
    }
  }

  @Test func anEmptyCortexMISRCostsTheHardwareEntryAndExit() throws {
    let r = try report("ISR(nothing) {}\n", "cortex-m")
    let cycles = try #require(r.direct?.cycles)
    #expect(cycles.hardwareEntry == 12 && cycles.hardwareExit == 10)
    #expect((cycles.worstTotal ?? 0) >= 22)
    let avr = try #require(try report("ISR(nothing) {}\n", "avr").direct?.cycles)
    #expect(avr.hardwareEntry == 4)
  }

  @Test func avrStraightLineCyclesAreTheManualsSum() throws {
    // push r0 (2), in r0,63 (1), push r0 (2), push r24 (2), lds (2), inc (1), sts (2), pop r24 (2),
    // pop r0 (2), out 63,r0 (1), pop r0 (2), reti (4): a hand count of the manual's table.
    let r = try report("volatile unsigned char x;\nISR(t) { x++; }\n", "avr")
    let cycles = try #require(r.direct?.cycles)
    #expect(cycles.min == cycles.max)
    #expect(cycles.excluded.isEmpty)
    #expect(cycles.max == 23, "\(cycles)")
  }

  @Test func codeSizeComparesTheSameNumberOfVectorsOnBothSides() throws {
    let target = try #require(TargetCatalog.target(id: "x86"))
    var settings = CostSettings()
    settings.vectors = 200
    let r = TargetReport.make(source: tickSource, target: target, toolchain: sharedToolchain, settings: settings)
    let direct = try #require(r.direct), baseline = try #require(r.baseline)
    #expect(direct.codeParts.allSatisfy { $0.copies == 200 })
    // pushl $N: imm8 below 128 (13-byte stub), imm32 from 128 on (16 bytes).
    let stubs = baseline.codeParts.filter { $0.name.hasPrefix("stub") }
    #expect(stubs.map(\.bytesEach) == [13, 16] && stubs.map(\.copies) == [128, 72], "\(stubs)")
    let table = try #require(baseline.codeParts.first { $0.name.contains("table") })
    #expect(table.bytesEach == 4 && table.copies == 200)
    #expect(baseline.codeParts.contains { $0.name.hasPrefix("handler") && $0.copies == 200 })
    #expect(baseline.codeBytes == baseline.codeParts.reduce(0) { $0 + $1.bytes })
    #expect(direct.vectors == 200 && baseline.vectors == 200)
    #expect(abs(direct.codeBytesPerVector * 200 - Double(direct.codeBytes)) < 1e-9)
    // Cortex-M shares one stub.
    let m = TargetReport.make(source: tickSource, target: try #require(TargetCatalog.target(id: "cortex-m")),
                              toolchain: sharedToolchain, settings: settings)
    #expect(m.baseline?.codeParts.filter { $0.name.hasPrefix("stub") }.map(\.copies) == [1])
  }

  @Test func savingsHaveOneWording() {
    #expect(Comparison.Saving(direct: 10, baseline: 40).text(unit: " B") == "30 B (75%)")
    #expect(Comparison.Saving(direct: 44, baseline: 40).text() == "+4 more")
    #expect(Comparison.Saving(direct: 5, baseline: 5).text() == "same")
  }

  @Test func handWrittenAttributeCannotBeTheBaselineHandler() throws {
    let source = "volatile int n;\n__attribute__((interrupt(\"machine\"))) void raw(void) { n++; }\n"
    let r = try report(source, "riscv32")
    // The direct ISR is costed; the baseline cannot be built from it, and the report says why.
    #expect(r.direct != nil)
    #expect(r.baseline == nil && r.comparison == nil)
    #expect(r.notes.contains { $0.contains("portable ISR(raw) form") })
  }

  @Test func reportFormatsCarryTheFigures() throws {
    let r = try report(tickSource, "x86")
    let json = ReportFormat.json.render([r], settings: Self.settings)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let targets = try #require(object?["targets"] as? [[String: Any]])
    let first = try #require(targets.first)
    #expect(first["target"] as? String == "x86")
    #expect((first["direct"] as? [String: Any])?["softwareStackBytes"] != nil)
    #expect((first["baseline"] as? [String: Any])?["codeBytes"] as? Int == r.baseline?.codeBytes)
    let markdown = ReportFormat.markdown.render([r], settings: Self.settings)
    #expect(markdown.contains("| x86 |"))
    let csv = ReportFormat.csv.render([r], settings: Self.settings)
    #expect(csv.split(separator: "\n").count == 2)
  }
}

@Suite struct DecoderTests {
  func effect(_ id: String, _ mnemonic: String, _ operands: [String], labels: Set<String> = []) throws -> InstructionEffect {
    let target = try #require(TargetCatalog.target(id: id))
    return InstructionDecoder(target: target, localLabels: labels)
      .effect(of: AsmInstruction(mnemonic: mnemonic, operands: operands))
  }

  @Test func stackEffects() throws {
    #expect(try effect("x86", "pushal", []).stack == .bytes(32))
    #expect(try effect("x86", "pushl", ["$4"]).pushesArgument)
    #expect(try effect("x86_64", "pushq", ["%r11"]).saves == ["r11"])
    #expect(try effect("arm", "push", ["{r0, r1, r2, r3, r10, r11, r12, lr}"]).stack == .bytes(32))
    #expect(try effect("arm", "push", ["{r0-r12, lr}"]).saves.count == 14)
    #expect(try effect("arm", "bfc", ["sp", "#0", "#3"]).stack == .realign(alignment: 8))
    #expect(try effect("aarch64", "stp", ["x29", "x30", "[sp, #-16]!"]).stack == .bytes(16))
    #expect(try effect("aarch64", "ldp", ["x29", "x30", "[sp]", "#16"]).stack == .bytes(-16))
    #expect(try effect("mips", "addiu", ["$sp", "$sp", "-112"]).stack == .bytes(112))
    #expect(try effect("mips", "sw", ["$ra", "44($sp)"]).saves == ["$31"])
    #expect(try effect("powerpc", "stwu", ["r1", "-16(r1)"]).stack == .bytes(16))
    #expect(try effect("powerpc", "stmw", ["%r3", "12(%r1)"]).saves.count == 29)
    #expect(try effect("riscv32", "sw", ["ra", "60(sp)"]).saves == ["ra"])
    #expect(try effect("avr", "push", ["r24"]).stack == .bytes(1))
    #expect(try effect("msp430", "call", ["#scheduler_tick"]).returnAddressBytes == 2)
  }

  @Test func controlFlow() throws {
    #expect(try effect("x86_64", "iretq", []).flow == .interruptReturn)
    #expect(try effect("arm", "subs", ["pc", "lr", "#4"]).flow == .interruptReturn)
    #expect(try effect("arm", "ldm", ["sp!", "{r0-r12, pc}^"]).flow == .interruptReturn)
    #expect(try effect("cortex-m", "bxne", ["lr"]).flow == .conditionalReturn)
    #expect(try effect("x86", "jmpl", ["*isrx_handlers(,%eax,4)"]).flow == .tailJump(target: nil))
    #expect(try effect("riscv32", "bnez", ["a1", ".LBB0_2"], labels: [".LBB0_2"]).flow == .conditional(label: ".LBB0_2"))
    #expect(try effect("mips", "jal", ["scheduler_tick"]).hasDelaySlot)
    #expect(try effect("aarch64", "b", ["scheduler_tick"]).flow == .tailJump(target: "scheduler_tick"))
  }
}

@Suite struct CPUShareTextTests {
  @Test func oneRuleForSharesAndPointsForDifferences() {
    #expect(Comparison.CPUShare.percentText(11.75) == "11.8%")
    #expect(Comparison.CPUShare.percentText(2.75) == "2.75%")
    #expect(Comparison.CPUShare.percentText(0.0185) == "0.0185%")
    #expect(Comparison.CPUShare.percentText(150) == "150%")
    #expect(Comparison.CPUShare.percentText(0) == "0%")
    #expect(Comparison.CPUShare.pointsText(9) == "9.00 pp")
  }

  @Test func aSaturatedCoreIsSaidSo() {
    var share = Comparison.CPUShare(rateHz: 1, clockMHz: 1, cyclesPerInstruction: 1, directPercent: 40, baselinePercent: 120)
    #expect(share.text == "direct 40.0% vs baseline 120% (the CPU cannot keep up), 80.0 pp less")
    share.directPercent = 130
    #expect(share.text.contains("direct 130% (the CPU cannot keep up)") && share.text.hasSuffix("10.0 pp more"))
  }
}

@Suite struct CompiledOutISRTests {
  /// `#if __x86_64__` around the ISR: on x86 the listing has no ISR, and the reason is given.
  @Test func anISRCompiledOutForATargetIsExplained() throws {
    let source = "#if defined(__x86_64__)\nISR(timer) {}\n#endif\nvoid other(void) {}\n"
    let target = TargetCatalog.target(.x86)
    let codegen = try Codegen.compile(source, for: target, toolchain: sharedToolchain)
    #expect(codegen.isrNames.isEmpty)
    let why = try #require(PortableISR.missingISRExplanation(
      source: source, target: target, listedFunctions: codegen.listing.functions.map(\.name)))
    #expect(why.contains("ISR(timer)") && why.contains("compiled out"), "\(why)")
    let x64 = try Codegen.compile(source, for: TargetCatalog.target(.x86_64), toolchain: sharedToolchain)
    #expect(PortableISR.missingISRExplanation(source: source, target: TargetCatalog.target(.x86_64),
                                              listedFunctions: x64.listing.functions.map(\.name)) == nil)
  }
}
