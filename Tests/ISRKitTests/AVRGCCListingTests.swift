import Testing
@testable import ISRKit

/// avr-gcc's listing idioms, read as the code runs (real avr-gcc compiles; skipped without
/// gcc-avr): skip instructions branch, `__zero_reg__`/`__tmp_reg__` are r1/r0, `.+2` and
/// numeric labels reach the right instruction, `rcall .` reserves frame bytes.
@Suite struct AVRGCCListingTests {
  static let avr = TargetCatalog.target(id: TargetID.avr.rawValue)!.compiled(by: .gcc)
  static let available = sharedToolchain.availability(avr).compiler != nil

  static func analysis(_ source: String, _ name: String) throws -> FunctionAnalysis {
    let codegen = try Codegen.compile(source, for: avr, toolchain: sharedToolchain)
    #expect(codegen.output.succeeded, "\(codegen.output.diagnostics.map(\.message))")
    let function = try #require(codegen.listing.function(named: name))
    return FunctionAnalysis(flow: FunctionFlow(listing: codegen.listing, function: function, target: avr,
                                               machineCode: codegen.output.machineCode))
  }

  /// The sample: `cpse r24,__zero_reg__` skips the `rjmp` that avoids the call, so one path
  /// calls scheduler_tick and its return address deepens the stack.
  @Test(.enabled(if: available)) func skipInstructionsBranchAndTheZeroRegisterIsR1() throws {
    let a = try Self.analysis(try Resources.sample(), "timer")
    let skip = try #require(a.flow.steps.firstIndex { $0.instruction.mnemonic == "cpse" })
    #expect(a.flow.steps[skip].effect.flow == .skipNext)
    let paths = a.flow.extremePaths()
    #expect(paths.longest.contains { a.flow.steps[$0].instruction.mnemonic == "call" })
    #expect(!paths.shortest.contains { a.flow.steps[$0].instruction.mnemonic == "call" })
    let clear = try #require(a.flow.steps.firstIndex { $0.instruction.text.hasPrefix("clr __zero_reg__") })
    #expect(a.roles[clear] == .entry)
    var deepest = PathWalk()
    deepest.walk(a.flow, path: a.flow.deepestPath(), roles: a.roles, base: 0, wordBytes: 1)
    #expect(deepest.maxDepth == 15 + 2, "15 B of pushes and the call's 2-byte return address")
  }

  /// `brne .+2` hops over the 2-byte `rjmp` after it: both the branch and the jump are paths.
  @Test(.enabled(if: available)) func byteOffsetBranchesReachTheInstructionAfterTheHop() throws {
    let source = """
      #define CAUSE (*(volatile unsigned char *)0x3E)
      volatile unsigned char a, b, c, d, e;
      ISR(cause_switch) {
        switch (CAUSE & 7) {
        case 0: a++; break; case 1: b += 2; break; case 2: c ^= 5; break;
        case 3: d = 7; break; case 4: e--; break; case 5: a = b; break;
        default: break;
        }
      }
      """
    let a = try Self.analysis(source, "cause_switch")
    let hop = try #require(a.flow.steps.firstIndex { $0.instruction.operands.last == ".+2" }, "no `.+2` in \(a.flow.steps.map(\.instruction.text))")
    guard case .conditional(let label) = a.flow.steps[hop].effect.flow else { Issue.record("not a branch"); return }
    #expect(label.hasPrefix(".+2@"))
    // Every `reti` is reachable: seven cases, no path lost behind the hop.
    let returns = a.flow.steps.indices.filter { a.flow.steps[$0].effect.flow == .interruptReturn }
    #expect(returns.count >= 3)
    #expect(a.flow.unresolvedIndirectJumps.isEmpty)
    #expect(a.flow.extremePaths().longest.count > a.flow.extremePaths().shortest.count)
  }

  /// A variable shift: `rjmp 2f` / `1:` … `2:` … `brpl 1b` is a loop; `rcall .` and
  /// `push __zero_reg__` reserve the 3-byte local array, released by `pop __tmp_reg__`.
  @Test(.enabled(if: available)) func numericLabelsMakeTheLoopAndRcallDotReservesTheFrame() throws {
    let source = """
      volatile unsigned char sh, out; volatile unsigned v;
      void use(volatile unsigned char *);
      ISR(shifter) {
        volatile unsigned char local[3];
        local[0] = sh;
        use(local);
        v = v << (sh & 7);
        out = local[1];
      }
      """
    let a = try Self.analysis(source, "shifter")
    #expect(a.flow.loops.count == 1)
    #expect(a.flow.loops.first?.instructionsPerIterationMax == 4)
    let rcall = try #require(a.flow.steps.first { $0.instruction.text == "rcall ." })
    #expect(rcall.effect.stack == .bytes(2))
    #expect(rcall.effect.flow == .next)
    var walk = PathWalk()
    let end = walk.walk(a.flow, path: a.flow.extremePaths().longest, roles: a.roles, base: 0, wordBytes: 1)
    #expect(end == 0, "every byte pushed or reserved is released before reti")
  }
}
