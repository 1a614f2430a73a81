import Foundation
@testable import ISREmulator
@testable import ISRKit
import FuzzSupport
import Testing

/// The image loader (program headers, symbols, the 4 MiB cap) and the emulator's mapping
/// on mutated real linked images of every emulated target: errors, never traps (issue 10,
/// item 9). `ISRX_FUZZ_SCALE=30`: about 27,000 loaded images, 1 in 25 of them also run.
@Suite struct ImageLoaderRobustnessTests {
  static let scale = max(1, Int(ProcessInfo.processInfo.environment["ISRX_FUZZ_SCALE"] ?? "") ?? 1)
  static let toolchain = Toolchain.discover()
  static let emulated = ["x86", "x86_64", "arm", "cortex-m", "aarch64", "mips", "powerpc", "riscv32", "riscv64"]

  /// Interesting values written over aligned fields, and plain byte damage.
  static func mutate(_ original: [UInt8], _ rng: inout FuzzRNG) -> [UInt8] {
    let interesting: [UInt64] = [0, 1, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFF, 1 << 36, 0x8000_0000_0000_0000, .max, .max - 0xFFF]
    var bytes = original
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let at = Int.random(in: 0..<bytes.count - 8, using: &rng)
      if Bool.random(using: &rng) {
        let value = interesting.randomElement(using: &rng)!
        let aligned = at & ~7
        for i in 0..<8 { bytes[aligned + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
      } else if at < 0x40 || Int.random(in: 0..<4, using: &rng) == 0 {
        bytes[at] ^= UInt8.random(in: 1...255, using: &rng)
      } else {
        // Most damage lands in the program headers, right after the ELF header.
        let ph = Int.random(in: 0x34..<min(0x200, bytes.count - 8), using: &rng)
        bytes[ph] = UInt8.random(in: 0...255, using: &rng)
      }
    }
    return bytes
  }

  @Test(arguments: emulated)
  func mutatedImagesNeverTrap(_ id: String) throws {
    let target = try #require(TargetCatalog.target(id: id))
    let machine = try #require(Machine.machine(for: target))
    let codegen = try Codegen.compile("volatile unsigned ticks;\nISR(timer) { ticks++; }\n", for: target, toolchain: Self.toolchain)
    try #require(codegen.output.succeeded)
    let (elf, _) = try Linker.linkedELF(objects: [codegen.output.object], target: target, layout: machine.linkLayout, toolchain: Self.toolchain)
    #expect((try? ProgramHeaders.load(elf)) != nil)
    var rng = FuzzRNG(state: UInt64(id.utf8.reduce(3) { $0 &* 131 &+ Int($1) }.magnitude))
    var loaded = 0, ran = 0
    for round in 0..<(100 * Self.scale) {
      guard let image = try? ProgramHeaders.load(Self.mutate(elf, &rng)) else { continue }
      loaded += 1
      _ = image.symbol(at: UInt64.random(in: 0...UInt64.max, using: &rng))
      if round % 25 == 0, let entry = image.symbols["timer"] {
        let run = Run(machine: machine, image: image, limits: EmulationLimits(instructions: 500, seconds: 0.2))
        _ = try? run.execute(entry: entry & ~1, style: .interrupt, vector: 32)
        ran += 1
      }
    }
    #expect(loaded > 0 && ran > 0, "\(loaded) loaded, \(ran) run")
  }

  @Test func imageOverTheCapIsRefusedByName() throws {
    let target = try #require(TargetCatalog.target(id: "x86_64"))
    let machine = try #require(Machine.machine(for: target))
    let source = "__asm__(\".section .bss\\n.globl big\\nbig: .zero 0x500000\\n.text\\n\");\nISR(timer) {}\n"
    let codegen = try Codegen.compile(source, for: target, toolchain: Self.toolchain)
    try #require(codegen.output.succeeded)
    #expect(throws: EmulationError.link("the image needs 5 MiB of memory; isrx emulates images up to 4 MiB (the largest section is '.bss', 5 MiB)")) {
      try Linker.link(objects: [codegen.output.object], target: target, machine: machine, toolchain: Self.toolchain)
    }
  }
}

