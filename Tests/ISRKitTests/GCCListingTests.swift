import Testing
@testable import ISRKit

/// GCC's listings read as they run, with real GCC compiles (each test is skipped where that
/// GCC is not installed). Each fact here once made a static figure disagree with the emulator.
@Suite struct GCCListingTests {
  static func gcc(_ id: TargetID) -> Target? {
    let target = TargetCatalog.target(id).compiled(by: .gcc)
    return sharedToolchain.availability(target).compiler == nil ? nil : target
  }

  static func flow(_ source: String, _ name: String, on target: Target) throws -> FunctionAnalysis {
    let codegen = try Codegen.compile(source, for: target, toolchain: sharedToolchain)
    #expect(codegen.output.succeeded, "\(codegen.output.diagnostics.map(\.message))")
    let function = try #require(codegen.listing.function(named: name))
    return FunctionAnalysis(flow: FunctionFlow(listing: codegen.listing, function: function, target: target,
                                               machineCode: codegen.output.machineCode))
  }

  static let causeSwitch = """
    #define CAUSE (*(volatile unsigned *)0x40003000)
    volatile unsigned a, b, c, d, e;
    ISR(cause_switch) {
      switch (CAUSE & 7) {
      case 0: a++; break; case 1: b += 2; break; case 2: c ^= 5; break;
      case 3: d = 7; break; case 4: e--; break; case 5: a = b; break;
      default: break;
      }
    }
    """

  /// GCC names its tables `.L4` (clang `.LJTI0_0`): x86-64 `jmp *.L4(,%rax,8)`, Thumb-2
  /// `tbb` with `.byte (.L9-.L4)/2`, A32 `ldrls pc, [pc, r3, asl #2]` (conditional: out of
  /// range it falls through to `b .L1`), RISC-V `lla`/`lw`/`jr`, PowerPC `bctr` with
  /// `.long .L9-.L4`: all six cases reached, no unresolved jump.
  @Test(arguments: [TargetID.x86_64, .x86, .cortexM, .arm, .riscv32, .powerpc])
  func gccJumpTablesReachEveryCase(_ id: TargetID) throws {
    guard let target = Self.gcc(id) else { return }
    let a = try Self.flow(Self.causeSwitch, "cause_switch", on: target)
    #expect(a.flow.unresolvedIndirectJumps.isEmpty, "\(id)")
    let table = try #require(a.flow.jumpTables.values.first, "\(id): no jump table in \(a.flow.steps.map(\.instruction.text))")
    #expect(table.count == 6, "\(id): \(table)")
    #expect(!table.contains { $0.contains("JTI") }, "GCC's own labels")
  }

  /// Thumb-1 at -Os dispatches through libgcc: `bl __gnu_thumb1_case_uqi` with the byte table
  /// after it. The routine's instructions are read from the libgcc.a GCC links (no count is
  /// assumed), it pushes r1, and the table's six cases are the call's successors.
  @Test func thumb1CaseDispatchRunsLibgccsRoutine() throws {
    guard let target = Self.gcc(.cortexM0plus) else { return }
    let codegen = try Codegen.compile(Self.causeSwitch, for: target, toolchain: sharedToolchain, extraFlags: ["-Os"])
    let function = try #require(codegen.listing.function(named: "cause_switch"))
    let flow = FunctionFlow(listing: codegen.listing, function: function, target: target, machineCode: codegen.output.machineCode)
    let index = try #require(flow.steps.firstIndex { $0.instruction.operands.first == "__gnu_thumb1_case_uqi" },
                             "\(flow.steps.map(\.instruction.text))")
    let step = flow.steps[index]
    #expect(step.routine.map(\.mnemonic).prefix(2) == ["push", "mov"], "\(step.routine.map(\.mnemonic))")
    #expect(step.routine.last?.mnemonic == "bx")
    #expect(step.extraInstructions == step.routine.count)
    #expect(step.routineStackBytes == 4)
    #expect(flow.jumpTables[index]?.count == 6)
    #expect(flow.unresolvedIndirectJumps.isEmpty)
  }

  /// A32 IRQ: `sub lr, lr, #4` and the push are entry; the early exit `ldmfdeq sp!, {…, pc}^`
  /// returns from the interrupt only when the condition holds, so the path with the call exists.
  @Test func armIRQEarlyExitIsAConditionalInterruptReturn() throws {
    guard let target = Self.gcc(.arm) else { return }
    let source = """
      #define PENDING (*(volatile unsigned *)0x40002000)
      volatile unsigned count;
      void work(unsigned);
      ISR(gpio) { unsigned p = PENDING; if (!p) return; PENDING = p; work(p); count++; }
      """
    let a = try Self.flow(source, "gpio", on: target)
    #expect(a.flow.steps.first?.instruction.text.hasPrefix("sub lr, lr, #4") == true)
    #expect(a.roles.prefix(2) == [.entry, .entry], "\(a.roles.prefix(3))")
    let early = try #require(a.flow.steps.first { $0.instruction.mnemonic.hasPrefix("ldmfd") && $0.instruction.mnemonic != "ldmfd" })
    #expect(early.effect.flow == .conditionalInterruptReturn)
    #expect(a.flow.extremePaths().longest.contains { a.flow.steps[$0].instruction.mnemonic == "bl" })
  }

  /// A plain A32 function that calls out only on one path: `str lr, [sp, #-4]!` pushes 4 B and
  /// `ldr pc, [sp], #4` pops them and returns (it is no indirect jump).
  @Test func armSingleRegisterPushAndPopReturn() throws {
    guard let target = Self.gcc(.arm) else { return }
    let source = """
      #define PENDING (*(volatile unsigned *)0x40004000)
      void work8(unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned);
      volatile unsigned a;
      void side_call(void) { if (PENDING == 1) { work8(1, 2, 3, 4, 5, 6, 7, 8); return; } a++; }
      """
    let a = try Self.flow(source, "side_call", on: target)
    let push = try #require(a.flow.steps.first { $0.instruction.text.hasPrefix("str lr, [sp, #-4]!") })
    #expect(push.effect.stack == .bytes(4))
    let pop = try #require(a.flow.steps.first { $0.instruction.text.hasPrefix("ldr pc, [sp], #4") })
    #expect(pop.effect.stack == .bytes(-4))
    #expect(pop.effect.flow == .return)
    #expect(a.flow.unresolvedIndirectJumps.isEmpty)
  }

  /// GCC's i386 interrupt prologue saves into its frame (`movl %eax, -12(%ebp)`) and reloads
  /// from it before `iret`: those are the convention's saves (entry) and restores (exit).
  @Test func i386FrameSlotSavesAreTheConventionsSaves() throws {
    guard let target = Self.gcc(.x86) else { return }
    let report = TargetReport.make(source: try Resources.sample(), target: target, toolchain: sharedToolchain, settings: CostSettings())
    let saved = Set(try #require(report.direct).registersSaved.map(\.register))
    #expect(saved.isSuperset(of: ["eax", "ecx", "edx"]), "\(saved)")
    let a = try Self.flow(try Resources.sample(), "timer", on: target)
    for (step, role) in zip(a.flow.steps, a.roles) where step.instruction.text.contains("(%ebp)") && step.instruction.mnemonic == "movl" {
      let isSave = step.instruction.operands.last?.hasSuffix("(%ebp)") == true
      #expect(role == (isSave ? .entry : .exit), "\(step.instruction.text): \(role)")
    }
  }

  /// GCC's AArch64 writes `beq`/`bne` where clang writes `b.eq`/`b.ne`.
  @Test func aarch64DotlessConditionalBranches() throws {
    guard let target = Self.gcc(.aarch64) else { return }
    let a = try Self.flow(Self.causeSwitch, "cause_switch", on: target)
    let branches = a.flow.steps.filter { ["beq", "bne"].contains($0.instruction.mnemonic) }
    #expect(!branches.isEmpty)
    #expect(branches.allSatisfy { if case .conditional = $0.effect.flow { return true } else { return false } })
  }

  /// GNU as pads i386 code with `leal (%esi,%eiz), %esi`: padding, run only on a fall-through,
  /// not an extra instruction of the `iret` before it.
  @Test func i386LeaPaddingIsNotAnInstructionOfTheReturn() throws {
    guard let target = Self.gcc(.x86) else { return }
    let a = try Self.flow(Self.causeSwitch, "cause_switch", on: target)
    let iret = try #require(a.flow.steps.first { $0.effect.flow == .interruptReturn })
    #expect(iret.extraInstructions == 0)
  }
}
