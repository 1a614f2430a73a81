import CUnicorn
import ISRKit

/// How one isrx target is emulated in Unicorn: CPU, registers, how an interrupt enters and
/// how its return is recognised. Facts about the hardware entry are from docs/REFERENCE.md §5.
struct Machine: Sendable {
  enum Kind: String, Sendable { case x86, x86_64, arm, cortexM, aarch64, mips, powerpc, riscv32, riscv64 }

  struct Register: Sendable {
    var name: String
    var id: Int32
  }

  var kind: Kind
  var arch: UInt32
  var mode: Int32
  /// Unicorn CPU model to select, if not the default.
  var cpuModel: Int32?
  var wordBytes: Int
  var bigEndian: Bool
  var pc: Int32
  var sp: Register
  /// The link register a plain call returns through (nil: the return address is on the stack).
  var link: Register?
  /// General-purpose registers other than SP, filled with distinct values at entry.
  var registers: [Register]
  /// Registers reserved for the interrupt handler, never compared (MIPS k0/k1).
  var reservedForHandler: [String] = []
  /// Interrupt-return instruction encodings, in memory byte order, and their mnemonic. Where
  /// Unicorn's CPU state makes executing them awkward, the run stops when one is reached.
  var interruptReturns: [(bytes: [UInt8], mnemonic: String)]
  /// Assembly for one external function that returns at once.
  var returnStub: @Sendable (String) -> String
  /// Whether the hardware sets up the plain-call return on its own (x86 pushes the return
  /// address, ARM banks LR, Cortex-M puts EXC_RETURN in LR); elsewhere a plain function
  /// entered as an ISR gets a sentinel in its link register.
  var hardwareGivesPlainReturn: Bool
  /// Added to every fixed address (MIPS: kseg0, which stays unmapped when the ISR clears
  /// Status.ERL/EXL; kuseg would need TLB entries).
  var addressBase: UInt64 = 0

  static func r<T: RawRepresentable>(_ value: T) -> Int32 where T.RawValue: BinaryInteger {
    Int32(truncatingIfNeeded: value.rawValue)
  }

  static func named(_ names: [String], from first: Int32) -> [Register] {
    names.enumerated().map { Register(name: $1, id: first + Int32($0)) }
  }

  static func gnuStub(_ body: String, extra: String = "") -> @Sendable (String) -> String {
    { name in
      """
      \(extra)
              .globl  \(name)
              .type   \(name), %function
      \(name):
              \(body)
              .size   \(name), .-\(name)
      """
    }
  }

  /// Unicorn's CPU model for a descriptor's CPU name.
  static func unicornCPU(_ name: String?) -> Int32? {
    switch name {
    case "cortex-a9": return r(UC_CPU_ARM_CORTEX_A9)
    case "cortex-m0": return r(UC_CPU_ARM_CORTEX_M0)
    case "cortex-m3": return r(UC_CPU_ARM_CORTEX_M3)
    case "cortex-m4": return r(UC_CPU_ARM_CORTEX_M4)
    case "4kem": return r(UC_CPU_MIPS32_4KEM)
    default: return nil
    }
  }

  /// How Unicorn runs `target`, nil when its descriptor names another simulator.
  static func machine(for target: Target) -> Machine? {
    guard case .unicorn(let cpuName) = target.simulator else { return nil }
    let cpu = unicornCPU(cpuName)
    switch target.architecture {
    case .x86:
      return Machine(
        kind: .x86, arch: UC_ARCH_X86.rawValue, mode: r(UC_MODE_32), wordBytes: 4, bigEndian: false,
        pc: r(UC_X86_REG_EIP), sp: Register(name: "esp", id: r(UC_X86_REG_ESP)), link: nil,
        registers: [
          ("eax", UC_X86_REG_EAX), ("ecx", UC_X86_REG_ECX), ("edx", UC_X86_REG_EDX),
          ("ebx", UC_X86_REG_EBX), ("ebp", UC_X86_REG_EBP), ("esi", UC_X86_REG_ESI),
          ("edi", UC_X86_REG_EDI),
        ].map { Register(name: $0.0, id: r($0.1)) },
        interruptReturns: [([0xCF], "iretl")],
        returnStub: gnuStub("ret"), hardwareGivesPlainReturn: true)
    case .x86_64:
      let regs: [(String, uc_x86_reg)] = [
        ("rax", UC_X86_REG_RAX), ("rcx", UC_X86_REG_RCX), ("rdx", UC_X86_REG_RDX),
        ("rbx", UC_X86_REG_RBX), ("rbp", UC_X86_REG_RBP), ("rsi", UC_X86_REG_RSI),
        ("rdi", UC_X86_REG_RDI), ("r8", UC_X86_REG_R8), ("r9", UC_X86_REG_R9),
        ("r10", UC_X86_REG_R10), ("r11", UC_X86_REG_R11), ("r12", UC_X86_REG_R12),
        ("r13", UC_X86_REG_R13), ("r14", UC_X86_REG_R14), ("r15", UC_X86_REG_R15),
      ]
      return Machine(
        kind: .x86_64, arch: UC_ARCH_X86.rawValue, mode: r(UC_MODE_64), wordBytes: 8, bigEndian: false,
        pc: r(UC_X86_REG_RIP), sp: Register(name: "rsp", id: r(UC_X86_REG_RSP)), link: nil,
        registers: regs.map { Register(name: $0.0, id: r($0.1)) },
        interruptReturns: [([0x48, 0xCF], "iretq")],
        returnStub: gnuStub("ret"), hardwareGivesPlainReturn: true)
    case .armA, .cortexM:
      let m = target.architecture == .cortexM
      return Machine(
        kind: m ? .cortexM : .arm, arch: UC_ARCH_ARM.rawValue,
        mode: m ? r(UC_MODE_THUMB) | r(UC_MODE_MCLASS) : r(UC_MODE_ARM),
        cpuModel: cpu,
        wordBytes: 4, bigEndian: false,
        pc: r(UC_ARM_REG_PC), sp: Register(name: "sp", id: r(UC_ARM_REG_SP)),
        link: Register(name: "lr", id: r(UC_ARM_REG_LR)),
        registers: named((0...12).map { "r\($0)" }, from: r(UC_ARM_REG_R0)),
        // Both return for real: ARM through `subs pc, lr, #4` / `ldm ..., pc}^` in IRQ mode,
        // Cortex-M through EXC_RETURN; the run stops where they land.
        interruptReturns: [],
        returnStub: m
          ? gnuStub("bx lr", extra: "        .syntax unified\n        .thumb\n        .thumb_func")
          : gnuStub("bx lr", extra: "        .syntax unified\n        .arm"),
        hardwareGivesPlainReturn: true)
    case .aarch64:
      return Machine(
        kind: .aarch64, arch: UC_ARCH_ARM64.rawValue, mode: r(UC_MODE_ARM), wordBytes: 8, bigEndian: false,
        pc: r(UC_ARM64_REG_PC), sp: Register(name: "sp", id: r(UC_ARM64_REG_SP)),
        link: Register(name: "x30", id: r(UC_ARM64_REG_X30)),
        registers: named((0...28).map { "x\($0)" }, from: r(UC_ARM64_REG_X0))
          + [Register(name: "x29", id: r(UC_ARM64_REG_X29)), Register(name: "x30", id: r(UC_ARM64_REG_X30))],
        interruptReturns: [([0xE0, 0x03, 0x9F, 0xD6], "eret")],
        returnStub: gnuStub("ret"), hardwareGivesPlainReturn: false)
    case .mips:
      return Machine(
        kind: .mips, arch: UC_ARCH_MIPS.rawValue, mode: r(UC_MODE_MIPS32) | r(UC_MODE_LITTLE_ENDIAN),
        // 4KEm: MIPS32r2 (clang's ISR uses ins/ext) with a fixed-mapping MMU, so memory-mapped
        // registers in kuseg work without TLB set-up once the ISR clears Status.ERL.
        cpuModel: cpu,
        wordBytes: 4, bigEndian: false,
        pc: r(UC_MIPS_REG_PC), sp: Register(name: "$29", id: r(UC_MIPS_REG_29)),
        link: Register(name: "$31", id: r(UC_MIPS_REG_31)),
        registers: (1...31).filter { $0 != 29 }.map {
          Register(name: "$\($0)", id: r(UC_MIPS_REG_0) + Int32($0))
        } + [Register(name: "hi", id: r(UC_MIPS_REG_HI)), Register(name: "lo", id: r(UC_MIPS_REG_LO))],
        reservedForHandler: target.registers.reservedForHandler,
        interruptReturns: [([0x18, 0x00, 0x00, 0x42], "eret")],
        returnStub: gnuStub("jr $ra\n        nop", extra: "        .set noreorder"),
        hardwareGivesPlainReturn: false, addressBase: 0x8000_0000)
    case .powerpc:
      return Machine(
        kind: .powerpc, arch: UC_ARCH_PPC.rawValue, mode: r(UC_MODE_PPC32) | r(UC_MODE_BIG_ENDIAN),
        wordBytes: 4, bigEndian: true,
        pc: r(UC_PPC_REG_PC), sp: Register(name: "r1", id: r(UC_PPC_REG_1)),
        link: Register(name: "lr", id: r(UC_PPC_REG_LR)),
        registers: named((0...31).map { "r\($0)" }, from: r(UC_PPC_REG_0)).filter { $0.name != "r1" }
          + [Register(name: "lr", id: r(UC_PPC_REG_LR)), Register(name: "ctr", id: r(UC_PPC_REG_CTR))],
        interruptReturns: [([0x4C, 0x00, 0x00, 0x64], "rfi")],
        returnStub: gnuStub("blr"), hardwareGivesPlainReturn: false)
    case .riscv:
      let wide = target.wordBytes == 8
      let abi = target.registers.names
      return Machine(
        kind: wide ? .riscv64 : .riscv32, arch: UC_ARCH_RISCV.rawValue,
        mode: wide ? r(UC_MODE_RISCV64) : r(UC_MODE_RISCV32), wordBytes: wide ? 8 : 4, bigEndian: false,
        pc: r(UC_RISCV_REG_PC), sp: Register(name: "sp", id: r(UC_RISCV_REG_X2)),
        link: Register(name: "ra", id: r(UC_RISCV_REG_X1)),
        registers: named(abi, from: r(UC_RISCV_REG_X1)).filter { $0.name != "sp" },
        interruptReturns: [([0x73, 0x00, 0x20, 0x30], "mret")],
        returnStub: gnuStub("ret"), hardwareGivesPlainReturn: false)
    case .avr, .msp430:
      return nil  // not in Unicorn
    }
  }

  var linkLayout: LinkLayout { LinkLayout(script: Linker.script(base: addressBase), returnStub: returnStub) }

  /// A distinct, recognisable value for register number `n`.
  func fill(_ n: Int) -> UInt64 {
    wordBytes == 8 ? 0x1111_2222_0000_0000 + UInt64(n) : 0x1111_0000 + UInt64(n)
  }
}
