import Testing
@testable import ISRKit

/// isrx's stack figure against the compiler's -fstack-usage: the difference is explained by
/// what is on the stack at the deepest point of the deepest path, never by adding up things
/// that are never there together.
@Suite struct StackUsageExplanationTests {
  /// Two calls, each with a register argument pushed: at the deepest point only one call
  /// is in progress, and the argument is `pushl %esi` (also saved in the prologue).
  @Test func oneCallAndItsArgumentsAtTheDeepestPoint() throws {
    let source = """
      volatile unsigned a, b;
      unsigned f(unsigned);
      ISR(live) {
        unsigned x = a, y = b;
        unsigned r = f(x);
        a = r + x + y;
        b = f(y) ^ x;
      }
      """
    let target = try #require(TargetCatalog.target(id: TargetID.x86.rawValue))
    let report = TargetReport.make(source: source, target: target, toolchain: Toolchain.discover(), settings: CostSettings())
    let check = try #require(report.direct?.stackUsageCheck)
    #expect(check.isrxBytes - check.compilerBytes == 8)
    #expect(check.explanation.contains("the return address pushed by the ISR's call (calll f) 4 B"), "\(check.explanation)")
    #expect(check.explanation.contains("arguments pushed for that call (pushl %esi) 4 B"), "\(check.explanation)")
  }

  /// The call with eight pushed arguments is on neither the shortest nor the longest path:
  /// the stack figure and its explanation still come from it.
  @Test func theDeepestPathIsNeitherTheShortestNorTheLongest() throws {
    let source = """
      #define PENDING (*(volatile unsigned *)0x40004000)
      volatile unsigned a, b, c, d;
      void work8(unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned);
      ISR(side_call) {
        unsigned p = PENDING;
        if (p == 1) { work8(1, 2, 3, 4, 5, 6, 7, 8); return; }
        if (p == 2) return;
        a += b * 3; b ^= c + 7; c -= d << 2; d = a + b + c;
        a += b * 5; b ^= c + 9; c -= d << 3; d = a + b - c;
      }
      """
    let target = try #require(TargetCatalog.target(id: TargetID.x86_64.rawValue))
    let report = TargetReport.make(source: source, target: target, toolchain: Toolchain.discover(), settings: CostSettings())
    let direct = try #require(report.direct)
    let check = try #require(direct.stackUsageCheck)
    // clang's frame plus work8's two stack arguments and the call's return address.
    #expect(direct.softwareStackBytes == check.compilerBytes + 16 + 8, "\(direct.softwareStackBytes) vs \(check.compilerBytes)")
    #expect(check.explanation.contains("pushq $8; pushq $7"), "\(check.explanation)")
    #expect(direct.stackEvents.contains { $0.text.contains("work8") }, "the breakdown shows the deepest path")
  }
}
