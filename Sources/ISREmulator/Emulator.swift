import CUnicorn
import Foundation
import ISRKit

/// Bounds on one emulated interrupt.
public struct EmulationLimits: Sendable, Hashable {
  /// Instructions before the run is reported as "budget hit".
  public var instructions: Int
  /// Wall-clock seconds before Unicorn is stopped.
  public var seconds: Double

  public init(instructions: Int = 100_000, seconds: Double = 2) {
    self.instructions = instructions
    self.seconds = seconds
  }
}

/// The fixed addresses of one machine's runs: `Machine.addressBase` (0, or MIPS kseg0 at
/// 0x80000000) plus offsets below 6 MiB, so they fit every 32-bit address space.
struct Addresses {
  var stackBase: UInt64
  /// The SP the interrupted code had (16-aligned, with 4 KiB of "interrupted stack" above).
  var interruptedSP: UInt64
  var sentinelPage: UInt64
  /// Where the interrupted code resumes: reaching it ends the run.
  var sentinel: UInt64

  init(base: UInt64) {
    stackBase = base + 0x0040_0000
    interruptedSP = base + 0x0040_F000
    sentinelPage = base + 0x0050_0000
    sentinel = base + 0x0050_0100
  }
}

enum Layout {
  static let stackSize: UInt64 = 0x0001_0000
  static let page: UInt64 = 0x1000
  static let maxOnDemandPages = 64
}

/// How the code is entered.
enum EntryStyle: Sendable {
  /// As the hardware enters an interrupt (frame pushed, banked/CSR state set).
  case interrupt
  /// As a plain call whose link register holds the sentinel (AArch64/PowerPC "direct", and
  /// the plain variant where the hardware provides no return address of its own).
  case plainCall
}

/// One run of one linked image in a fresh Unicorn instance.
final class Run {
  enum Exit {
    /// Stopped at an interrupt-return instruction (counted, not executed).
    case interruptReturn(String)
    /// Control reached the sentinel (a real return was executed).
    case sentinel
    /// Cortex-M branched to EXC_RETURN (the hardware would now unstack the frame).
    case excReturn
  }

  let machine: Machine
  let image: LinkedImage
  let limits: EmulationLimits
  let L: Addresses
  var uc: OpaquePointer?

  var instructions = 0
  var stubInstructions = 0
  var lowestSP: UInt64 = .max
  var lowestStackWrite: UInt64?
  var entrySP: UInt64 = 0
  var writesAbove = Set<Int>()
  var outside: [UInt64: Int] = [:]
  var onDemand: [UInt64] = []
  var exit: Exit?
  var budgetHit = false
  var fault: String?
  var snapshot: [String: UInt64] = [:]
  var readBuffer = [UInt8](repeating: 0, count: 16)
  /// Scripted device registers, and how often each has been read.
  let devices: DeviceScript
  var readsSoFar: [UInt64: Int] = [:]

  init(machine: Machine, image: LinkedImage, limits: EmulationLimits, devices: DeviceScript = DeviceScript()) {
    self.machine = machine
    self.image = image
    self.limits = limits
    self.devices = devices
    self.L = Addresses(base: machine.addressBase)
  }

  deinit { if let uc { uc_close(uc) } }

  /// Whether `page` is already mapped (the image, the stack or the sentinel).
  func isMapped(_ page: UInt64) -> Bool {
    var regions: UnsafeMutablePointer<uc_mem_region>?
    var count: UInt32 = 0
    guard uc_mem_regions(uc, &regions, &count) == UC_ERR_OK, let regions else { return false }
    defer { uc_free(regions) }
    return (0..<Int(count)).contains { regions[$0].begin <= page && page <= regions[$0].end }
  }

  // MARK: set-up helpers

  func check(_ err: uc_err, _ what: String) throws(EmulationError) {
    guard err == UC_ERR_OK else { throw .unicorn("\(what): \(String(cString: uc_strerror(err)))") }
  }

  func write(_ reg: Int32, _ value: UInt64) throws(EmulationError) {
    try check(isrx_reg_write(uc, reg, value), "register write")
  }

  func read(_ reg: Int32) -> UInt64 { isrx_reg_read(uc, reg) }

  func map(_ address: UInt64, _ size: UInt64) throws(EmulationError) {
    try check(uc_mem_map(uc, address, Int(size), UC_PROT_ALL.rawValue), "map 0x\(String(address, radix: 16))")
  }

  func store(_ bytes: [UInt8], at address: UInt64) throws(EmulationError) {
    try check(bytes.withUnsafeBytes { uc_mem_write(uc, address, $0.baseAddress, bytes.count) }, "write memory")
  }

  func word(_ value: UInt64) -> [UInt8] {
    let bytes = (0..<machine.wordBytes).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    return machine.bigEndian ? bytes.reversed() : bytes
  }

  /// Pushes `words` (first = highest address) below `sp`; returns the new SP.
  func push(_ words: [UInt64], below sp: UInt64) throws(EmulationError) -> UInt64 {
    var sp = sp
    for value in words {
      sp -= UInt64(machine.wordBytes)
      try store(word(value), at: sp)
    }
    return sp
  }

  // MARK: the run

  /// Loads the image, enters `entry` as `style` says and runs to the return.
  func execute(entry: UInt64, style: EntryStyle, vector: Int, errorCode: UInt64? = nil) throws(EmulationError) -> MeasuredRun {
    var engine: OpaquePointer?
    try check(
      uc_open(uc_arch(rawValue: machine.arch), uc_mode(rawValue: .init(truncatingIfNeeded: machine.mode)), &engine),
      "uc_open")
    uc = engine
    if let model = machine.cpuModel { try check(isrx_set_cpu_model(uc, model), "cpu model") }

    // Image, stack, sentinel page. The image's pages are mapped as few contiguous regions:
    // every Unicorn region costs a RAM block and a rebuilt address map, so mapping page by
    // page made loading slower than running.
    var pages = Set<UInt64>()
    for segment in image.segments {
      let first = segment.address & ~(Layout.page - 1)
      let end = (segment.address + max(segment.memorySize, 1) + Layout.page - 1) & ~(Layout.page - 1)
      for page in stride(from: first, to: end, by: Int(Layout.page)) { pages.insert(page) }
    }
    var regions: [(start: UInt64, end: UInt64)] = []
    for page in pages.sorted() {
      if let last = regions.last, last.end == page {
        regions[regions.count - 1].end += Layout.page
      } else {
        regions.append((page, page + Layout.page))
      }
    }
    for region in regions { try map(region.start, region.end - region.start) }
    for segment in image.segments where !segment.bytes.isEmpty {
      try store(segment.bytes, at: segment.address)
    }
    try map(L.stackBase, Layout.stackSize)
    try map(L.sentinelPage, Layout.page)

    // Every GPR gets a distinct value; SP and the entry state are set below.
    var entryValues: [String: UInt64] = [:]
    for (n, register) in machine.registers.enumerated() {
      let value = machine.fill(n + 1)
      try write(register.id, value)
      entryValues[register.name] = value
    }
    var expectedSP = L.interruptedSP
    var excluded: [String] = []
    var notes: [String] = []
    let sentinel = L.sentinel
    var start = entry

    switch (machine.kind, style) {
    case (_, .plainCall):
      guard let link = machine.link else { throw .unicorn("no link register") }
      try write(link.id, sentinel)
      entryValues[link.name] = sentinel
      excluded.append(link.name)
      notes.append("entered as a plain call: \(link.name) holds a sentinel return address and is not compared")
      try write(machine.sp.id, L.interruptedSP)
      entrySP = L.interruptedSP
    case (.x86, .interrupt):
      // EFLAGS, CS, EIP, and for #DF/#GP/#PF... the error code below them.
      entrySP = try push([0x202, 0x08, sentinel] + (errorCode.map { [$0] } ?? []), below: L.interruptedSP)
      try write(machine.sp.id, entrySP)
      try write(Machine.r(UC_X86_REG_EFLAGS), 0x2)  // an interrupt gate cleared IF
    case (.x86_64, .interrupt):
      // RSP aligned to 16 first (it is), then SS, RSP, RFLAGS, CS, RIP.
      entrySP = try push([0x10, L.interruptedSP, 0x202, 0x08, sentinel] + (errorCode.map { [$0] } ?? []), below: L.interruptedSP)
      try write(machine.sp.id, entrySP)
      try write(Machine.r(UC_X86_REG_EFLAGS), 0x2)
    case (.arm, .interrupt):
      // The interrupted code ran in SVC mode; the IRQ banks its own SP and LR.
      let svcSP = machine.fill(13), svcLR = machine.fill(14)
      let cpsr = Machine.r(UC_ARM_REG_CPSR)
      try write(cpsr, 0x1D3)
      try write(machine.sp.id, svcSP)
      try write(Machine.r(UC_ARM_REG_LR), svcLR)
      try write(cpsr, 0x1D2)  // IRQ mode, IRQ/FIQ masked, ARM state
      try write(machine.sp.id, L.interruptedSP)
      try write(Machine.r(UC_ARM_REG_LR), sentinel + 4)  // LR_irq = return address + 4
      try write(Machine.r(UC_ARM_REG_SPSR), 0x13)  // SPSR_irq = the interrupted CPSR (SVC)
      entryValues["sp"] = svcSP
      entryValues["lr"] = svcLR
      expectedSP = svcSP
      entrySP = L.interruptedSP
    case (.cortexM, .interrupt):
      // The basic frame: r0-r3, r12, lr, return address, xPSR (lowest address first).
      let frame = [entryValues["r0"]!, entryValues["r1"]!, entryValues["r2"]!, entryValues["r3"]!,
                   entryValues["r12"]!, machine.fill(14), sentinel, 0x0100_0000]
      entryValues["lr"] = machine.fill(14)
      entrySP = try push(frame.reversed(), below: L.interruptedSP)
      try write(machine.sp.id, entrySP)
      try write(Machine.r(UC_ARM_REG_LR), 0xFFFF_FFF9)  // EXC_RETURN: thread mode, main stack
      try write(Machine.r(UC_ARM_REG_IPSR), UInt64(16 + vector))  // handler mode, exception 16+n
      start = entry | 1
    case (.aarch64, .interrupt):
      try write(Machine.r(UC_ARM64_REG_ELR_EL1), sentinel)
      try write(machine.sp.id, L.interruptedSP)
      entrySP = L.interruptedSP
    case (.riscv32, .interrupt), (.riscv64, .interrupt):
      try write(Machine.r(UC_RISCV_REG_MEPC), sentinel)
      try write(machine.sp.id, L.interruptedSP)
      entrySP = L.interruptedSP
    case (.mips, .interrupt), (.powerpc, .interrupt):
      // EPC / SRR0 are not exposed by Unicorn 2.0.1: the run stops at eret / rfi anyway.
      try write(machine.sp.id, L.interruptedSP)
      entrySP = L.interruptedSP
    }
    if machine.kind == .cortexM, style == .plainCall { start = entry | 1 }
    entryValues[machine.sp.name] = expectedSP

    // Hooks.
    let me = Unmanaged.passUnretained(self).toOpaque()
    var hook: uc_hook = 0
    try check(isrx_hook_code(uc, &hook, { _, address, size, user in
      Unmanaged<Run>.fromOpaque(user!).takeUnretainedValue().onCode(address, size)
    }, me, 1, 0), "code hook")
    try check(isrx_hook_mem_write(uc, &hook, { _, _, address, size, _, user in
      Unmanaged<Run>.fromOpaque(user!).takeUnretainedValue().onWrite(address, Int(size))
    }, me), "write hook")
    if !devices.reads.isEmpty {
      // Scripted device registers: their pages exist from the start, reads are answered.
      for page in Set(devices.reads.keys.map { $0 & ~(Layout.page - 1) }) where !isMapped(page) {
        try map(page, Layout.page)
        onDemand.append(page)
      }
      for (address, values) in devices.reads { try store(deviceBytes(values.first ?? 0), at: address) }
      try check(isrx_hook_mem_read_after(uc, &hook, { _, _, address, size, _, user in
        Unmanaged<Run>.fromOpaque(user!).takeUnretainedValue().onRead(address, Int(size))
      }, me), "read hook")
    }
    try check(isrx_hook_mem_unmapped(uc, &hook, { _, type, address, size, _, user in
      Unmanaged<Run>.fromOpaque(user!).takeUnretainedValue().onUnmapped(type, address, Int(size))
    }, me), "unmapped hook")

    let began = Date()
    let err = uc_emu_start(uc, start, 0, UInt64(limits.seconds * 1_000_000), 0)
    let elapsed = Date().timeIntervalSince(began)

    if exit == nil, machine.kind == .cortexM, read(machine.pc) & 0xFFFF_FFF0 == 0xFFFF_FFF0 {
      // Unicorn does not model the exception return: it stops with PC = EXC_RETURN & ~1.
      exit = .excReturn
      takeSnapshot()
    }

    var run = MeasuredRun()
    run.instructions = instructions
    run.stubInstructions = stubInstructions
    run.stubbedCalls = image.stubbed
    let lowest = min(lowestSP, lowestStackWrite ?? .max, entrySP)
    run.deepestStackBytes = Int(entrySP - lowest)
    run.lowestStackPointerOffset = -Int(entrySP - min(lowestSP, entrySP))
    run.writesAboveEntrySP = writesAbove.sorted()
    run.writesOutsideStack = outside.keys.sorted().prefix(32).map {
      MeasuredRun.Write(address: $0, bytes: outside[$0]!, symbol: image.symbol(at: $0))
    }
    run.mappedOnDemand = onDemand
    run.notes = notes

    switch exit {
    case .some(let how):
      run.stoppedBy = .returned
      var compare = (machine.registers.map(\.name) + [machine.sp.name])
        .filter { !excluded.contains($0) && !machine.reservedForHandler.contains($0) }
      switch how {
      case .interruptReturn(let mnemonic):
        run.exit = "\(mnemonic) reached (counted, not executed: it only restores PC and the status register)"
        // iret pops the frame but not an error code: the handler must have dropped it.
        entryValues[machine.sp.name] = entrySP + UInt64(errorCode == nil ? 0 : machine.wordBytes)
      case .excReturn:
        run.exit = "bx/pop to EXC_RETURN 0xFFFFFFF9 (the hardware unstacks r0-r3, r12, lr, pc, xPSR)"
        compare = ["r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "sp"]
        entryValues["sp"] = entrySP
        if style == .plainCall { compare.removeAll { $0 == "lr" } }
      case .sentinel:
        run.exit = style == .plainCall ? "returned to the sentinel in the link register" : "returned to the interrupted code"
        if machine.kind == .arm, let cpsr = snapshot["cpsr"], cpsr & 0x1F != 0x13 {
          // A plain `bx lr` in IRQ mode: still in IRQ mode, on the banked SP/LR.
          compare = (0...12).map { "r\($0)" }
          run.notes.append("returned with a plain bx lr: CPSR not restored (still IRQ mode) and the resume address is 4 too far")
        } else if machine.kind == .arm {
          compare += ["lr"]
        }
        if machine.kind == .x86 || machine.kind == .x86_64, style == .interrupt,
           let sp = snapshot[machine.sp.name], sp != L.interruptedSP {
          run.notes.append("returned with ret, not iret: \(Int64(bitPattern: L.interruptedSP &- sp)) B of the hardware frame are left on the stack")
        }
      }
      run.comparedRegisters = compare
      run.clobberedRegisters = compare.filter { name in
        guard let before = entryValues[name], let after = snapshot[name] else { return false }
        return before != after
      }
    case .none:
      if budgetHit {
        run.stoppedBy = .budget(limits.instructions)
        run.exit = "never returned within \(limits.instructions) instructions (an endless loop such as for(;;) never reaches the return)"
      } else if let fault {
        run.stoppedBy = .fault(fault)
        run.exit = fault
      } else if err != UC_ERR_OK {
        let pc = read(machine.pc)
        run.stoppedBy = .fault("\(String(cString: uc_strerror(err))) at 0x\(String(pc, radix: 16))")
        run.exit = "fault"
      } else if elapsed >= limits.seconds * 0.9 {
        run.stoppedBy = .timeout(limits.seconds)
        run.exit = "time limit"
      } else {
        run.stoppedBy = .fault("stopped at 0x\(String(read(machine.pc), radix: 16)) without reaching a return")
        run.exit = "fault"
      }
    }
    return run
  }

  func takeSnapshot() {
    for register in machine.registers { snapshot[register.name] = read(register.id) }
    snapshot[machine.sp.name] = read(machine.sp.id)
    if let link = machine.link { snapshot[link.name] = read(link.id) }
    if machine.kind == .arm || machine.kind == .cortexM { snapshot["cpsr"] = read(Machine.r(UC_ARM_REG_CPSR)) }
  }

  func stop() { uc_emu_stop(uc) }

  // MARK: hooks

  func onCode(_ address: UInt64, _ size: UInt32) {
    if exit != nil || budgetHit { stop(); return }
    let pc = machine.kind == .cortexM ? address & ~1 : address
    if pc >= L.sentinelPage && pc < L.sentinelPage + Layout.page {
      exit = .sentinel
      takeSnapshot()
      stop()
      return
    }
    if let range = image.stubRange, range.contains(pc) { stubInstructions += 1 } else { instructions += 1 }
    lowestSP = min(lowestSP, read(machine.sp.id))
    if instructions + stubInstructions >= limits.instructions {
      budgetHit = true
      stop()
      return
    }
    let length = Int(size)
    guard length > 0, length <= readBuffer.count,
          machine.interruptReturns.contains(where: { $0.bytes.count == length }) else { return }
    let ok = readBuffer.withUnsafeMutableBytes { uc_mem_read(uc, address, $0.baseAddress, length) }
    guard ok == UC_ERR_OK else { return }
    let bytes = Array(readBuffer[0..<length])
    if let match = machine.interruptReturns.first(where: { $0.bytes == bytes }) {
      exit = .interruptReturn(match.mnemonic)
      takeSnapshot()
      stop()
    }
  }

  /// After a read of a scripted device register: store the value its next read returns.
  func onRead(_ address: UInt64, _ size: Int) {
    guard let values = devices.reads[address], !values.isEmpty else { return }
    let n = readsSoFar[address, default: 0] + 1
    readsSoFar[address] = n
    let bytes = deviceBytes(values[min(n, values.count - 1)])
    _ = bytes.withUnsafeBytes { uc_mem_write(uc, address, $0.baseAddress, bytes.count) }
  }

  /// A device register's 4-byte value in the machine's byte order (what a word load reads;
  /// narrower loads of the low byte see the low byte on little-endian machines).
  func deviceBytes(_ value: UInt64) -> [UInt8] {
    let bytes = (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    return machine.bigEndian ? bytes.reversed() : bytes
  }

  func onWrite(_ address: UInt64, _ size: Int) {
    if address >= L.stackBase && address < L.stackBase + Layout.stackSize {
      lowestStackWrite = min(lowestStackWrite ?? .max, address)
      if address >= entrySP { writesAbove.insert(Int(address - entrySP)) }
    } else if outside.count < 256 || outside[address] != nil {
      outside[address] = max(outside[address] ?? 0, size)
    }
  }

  func onUnmapped(_ type: uc_mem_type, _ address: UInt64, _ size: Int) -> Bool {
    if type == UC_MEM_FETCH_UNMAPPED {
      fault = "fetch from unmapped address 0x\(String(address, radix: 16))"
      return false
    }
    guard onDemand.count < Layout.maxOnDemandPages else {
      fault = "more than \(Layout.maxOnDemandPages) pages touched outside the image"
      return false
    }
    let page = address & ~(Layout.page - 1)
    guard uc_mem_map(uc, page, Int(Layout.page), UC_PROT_ALL.rawValue) == UC_ERR_OK else {
      fault = "could not map 0x\(String(page, radix: 16))"
      return false
    }
    onDemand.append(page)
    return true
  }
}
