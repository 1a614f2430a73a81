import Foundation
import Testing

/// Sources whose assembly forges symbol sizes or asks for a huge image: `isrx report` must
/// end normally with a per-target line naming the symbol or section (issue 10, item 1).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: CLI.binary), "build isrx first: swift build"))
struct HostileObjectTests {
  func report(_ source: String) throws -> CLI.Result {
    try CLI.run(["report", try CLI.temporaryFile(source), "-t", "x86_64"])
  }

  @Test func objectSymbolOfSizeAllOnes() throws {
    let result = try report("""
      __asm__(".globl evil\\n.type evil,@object\\n.set evil, 0x100\\n.size evil, 0xffffffffffffffff\\n");
      volatile int ticks;
      ISR(timer) { ticks++; }
      """)
    #expect(result.status == 0)  // the static figures are still there
    #expect(result.stdout.contains("x86_64: direct not measured: link failed: malformed ELF object: symbol 'evil' has size 0xffffffffffffffff"))
  }

  @Test func isrSymbolLargerThanItsSection() throws {
    // A .size in a later function overrides clang's own .size of the ISR.
    let result = try report("""
      volatile int ticks;
      ISR(timer) { ticks++; }
      void after(void) { __asm__(".size timer, 0x8000000000000000"); }
      """)
    #expect(result.status == 0)
    #expect(result.stdout.contains("symbol 'timer' (size 0x8000000000000000) runs past the end of section '.text'"))
  }

  @Test func hugeBSSIsRefusedBeforeMapping() throws {
    let started = Date()
    let result = try report("""
      __asm__(".section .bss\\n.globl big\\nbig: .zero 0x1000000000\\n.text\\n");
      ISR(timer) {}
      """)
    #expect(result.status == 0)
    #expect(result.stdout.contains("the image needs 65536 MiB of memory; isrx emulates images up to 4 MiB (the largest section is '.bss', 65536 MiB)"))
    #expect(Date().timeIntervalSince(started) < 30)
  }
}
