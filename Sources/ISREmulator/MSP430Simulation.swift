import Foundation
import ISRKit

/// Measures MSP430 code in mspdebug's `sim` driver (Unicorn does not emulate MSP430): the
/// same `MeasuredRun` the Unicorn path fills, from a simulated interrupt entry to the return.
///
/// How mspdebug is driven. mspdebug 0.22 has no scripting and its `step N` ignores
/// breakpoints, so every run is a command file given to `read` (one process, no per-command
/// start-up) whose output is split at the `=> command` lines `read` echoes:
///
/// 1. *Locate and trace*: the set-up, then single `step`s (each prints the registers: PC
///    and SP after every instruction give the stub count and the lowest SP), then, if the
///    budget is larger, `step 32768` chunks. During the single steps the return address
///    (0xFF00) holds the invalid opcode 0x0000, so the step after the `reti` fails and
///    `read` stops there; before the chunks it becomes a counting loop (`inc &0xFFF0; jmp
///    0xFF00`), so from the counter and PC at the end of a chunk the exact return step is
///    known without printing every step (a single step costs about 60 µs of output, a
///    chunk of 32768 steps a few ms). A run whose trace was cut short is run again with
///    the trace as long as the return step (up to `traceCap`).
/// 2. *Snapshot*: the same set-up, `step n` for exactly the n instructions to the return
///    (or the budget), the registers, mspdebug's IO tracer (every write to the peripheral
///    area 0x0000–0x01FF, which the simulator does not store) and a dump of 0x0200–0xFFFF
///    to compare with the memory the set-up wrote.
///
/// The image is written with `fill`/`mw` from `LinkedImage`'s segments, not with `prog`:
/// `prog` leaves RAM and .bss at 0xFF and loads symbols that turn addresses in mspdebug's
/// output into names. Here, as in the Unicorn path, memory outside the image is zero.
enum MSP430Simulation {
  // MARK: the memory map (16-bit, one address space)

  static let textBase: UInt64 = 0xC000
  static let dataBase: UInt64 = 0x0200
  /// .data/.bss end below this; the simulated stack is [stackFloor, stackTop).
  static let stackFloor: UInt64 = 0x0A00
  /// The SP the interrupted code had; [interruptedSP, stackTop) is its stack.
  static let interruptedSP: UInt64 = 0x0F00
  static let stackTop: UInt64 = 0x1000
  /// SP at the first ISR instruction: the hardware pushed PC and SR.
  static let entrySP: UInt64 = interruptedSP - 4
  /// Where the interrupted code resumes: no code is there.
  static let sentinel: UInt64 = 0xFF00
  /// The counting loop's counter (chunked steps only).
  static let counter: UInt64 = 0xFFF0
  /// The interrupted code's SR, as the hardware saved it: GIE | V | Z (even, so a plain
  /// `ret` that pops it as an address lands exactly there).
  static let savedSR: UInt16 = 0x010A
  /// Below this mspdebug's simulator routes accesses to its IO devices, not to memory.
  static let ioEnd: UInt64 = 0x0200
  static let stackPaint: UInt8 = 0xA5
  static let interruptedStackPaint: UInt8 = 0x5A
  /// Longest single-stepped trace (about 60 µs each); longer runs are traced this far.
  static let traceCap = 5_000
  static let firstTrace = 256
  static let chunk = 32_768
  static let traceHistory = 16_384

  /// R4–R15 at entry: 0x1104 ... 0x110F.
  static func fill(_ n: Int) -> UInt16 { 0x1100 + UInt16(n) }
  static let generalRegisters = (4...15).map { "r\($0)" }

  // MARK: the interface

  /// "mspdebug 0.22 sim" (version from `mspdebug --version`), or nil when mspdebug is not installed.
  static func simulatorName() -> String? { cachedName }

  private static let cachedName: String? = {
    guard let tool = executable() else { return nil }
    let output = try? PrivateDirectory.with { dir throws(ToolchainError) in
      try ProcessRunner.run(tool, ["--version"], in: dir, timeLimit: 10, record: false)
    }
    let text = (output?.standardOutput ?? "") + (output?.standardError ?? "")
    guard let range = text.range(of: "version ") else { return output == nil ? nil : "mspdebug sim" }
    let version = text[range.upperBound...].prefix { !$0.isWhitespace }
    return "mspdebug \(version) sim"
  }()

  /// mspdebug: `ISRX_MSPDEBUG`, else the first on PATH.
  static func executable() -> String? {
    let env = ProcessInfo.processInfo.environment
    if let explicit = env["ISRX_MSPDEBUG"], !explicit.isEmpty {
      return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
    }
    for dir in (env["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
      let candidate = "\(dir)/mspdebug"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Where the pieces go and what an external function becomes: .text and .rodata in flash
  /// at 0xC000 (below the return address 0xFF00), .data/.bss in RAM at 0x0200 (below the
  /// stack at 0x0A00). The vector words clang emits for `interrupt(N)` are dropped: the
  /// run sets PC itself.
  static func layout() -> LinkLayout {
    let hex = { (value: UInt64) in "0x" + String(value, radix: 16, uppercase: true) }
    // Explicit PHDRS: otherwise ld.lld loads the ELF and program headers at address 0,
    // in the peripheral area.
    let script = """
      PHDRS { text PT_LOAD; data PT_LOAD; }
      SECTIONS {
        . = \(hex(textBase));
        .text : { *(.text .text.*) } :text
        .rodata : { *(.rodata .rodata.*) } :text
        ASSERT(. <= \(hex(sentinel)), "code and constants reach the simulated return address \(hex(sentinel))")
        . = \(hex(dataBase));
        .data : { *(.data .data.*) } :data
        .bss : { *(.bss .bss.* COMMON) } :data
        ASSERT(. <= \(hex(stackFloor)), "data and bss reach the simulated stack at \(hex(stackFloor))")
        /DISCARD/ : { *(__interrupt_vector_*) }
      }
      """
    return LinkLayout(script: script, returnStub: Machine.gnuStub("ret"))
  }

  /// Runs the linked image from `entry` (a byte address) entered as `style` says and returns
  /// the measurement. Both styles get the hardware's frame (PC, then SR) on the stack: on
  /// MSP430 a plain function entered as an ISR is entered exactly so, and its `ret` then
  /// pops the saved SR as the return address.
  static func run(
    image: LinkedImage, elf: [UInt8], entry: UInt64, style: EntryStyle, limits: EmulationLimits,
    devices: DeviceScript = DeviceScript()
  ) throws(EmulationError) -> MeasuredRun {
    // `elf` is not needed: the segments are written with `fill`/`mw` (see the type's comment).
    _ = elf
    guard let tool = executable() else {
      throw .notEmulated("not measured: mspdebug is not installed (its sim driver simulates MSP430)")
    }
    guard entry >= textBase, entry < sentinel else {
      throw .link("entry 0x\(String(entry, radix: 16)) is outside the simulated flash")
    }
    for segment in image.segments where segment.memorySize > 0 || !segment.bytes.isEmpty {
      let end = segment.address + max(segment.memorySize, UInt64(segment.bytes.count))
      guard segment.address >= ioEnd, end <= 0x1_0000 else {
        throw .link("segment at 0x\(String(segment.address, radix: 16)) is outside MSP430's 0x0200–0xFFFF")
      }
    }
    let registers = try deviceWords(devices, image: image)
    let result: Result<MeasuredRun, EmulationError>
    do {
      result = try PrivateDirectory.with { dir throws(ToolchainError) in
        let session = Session(tool: tool, dir: dir, image: image, entry: entry, style: style, limits: limits,
                              devices: registers)
        return session.measure()
      }
    } catch {
      throw .unicorn("mspdebug: \(error)")
    }
    return try result.get()
  }

  /// The device registers a run can have here: mspdebug's simulator has no memory below
  /// 0x0200 and nothing can change a value between two reads, so a register is a RAM word
  /// the set-up writes once, and it must read the same value every time.
  static func deviceWords(_ devices: DeviceScript, image: LinkedImage) throws(EmulationError) -> [(UInt64, UInt16)] {
    var words: [(UInt64, UInt16)] = []
    for (address, values) in devices.reads.sorted(by: { $0.key < $1.key }) {
      let name = "device register 0x\(String(address, radix: 16))"
      guard let value = values.first, values.allSatisfy({ $0 == value }) else {
        throw .notEmulated("\(name): mspdebug's simulator cannot change a value between reads (a constant value works)")
      }
      guard address >= ioEnd, address + 2 <= stackFloor, address % 2 == 0, value <= 0xFFFF else {
        throw .notEmulated("\(name): mspdebug's simulator scripts even RAM addresses 0x0200–0x09fe with 16-bit values only")
      }
      for segment in image.segments where address + 2 > segment.address
        && address < segment.address + max(segment.memorySize, UInt64(segment.bytes.count)) {
        throw .notEmulated("\(name) lies in the program's own data (0x\(String(segment.address, radix: 16))…)")
      }
      words.append((address, UInt16(value)))
    }
    return words
  }

  // MARK: one measurement

  /// How the locate pass ended.
  enum End: Equatable {
    /// PC reached the return address after `n` instructions.
    case returned(Int)
    /// PC reached the saved SR's value after `n` instructions: a plain `ret` popped it.
    case poppedSR(Int)
    /// No return within the budget.
    case budget
    /// The simulator refused a step: after exactly `k` instructions when known.
    case fault(Int?, String)
  }

  struct Trace {
    var pcs: [UInt64] = []
    var sps: [UInt64] = []
  }

  /// One setup step: fill a range with a byte, or write bytes.
  enum Op {
    case fill(UInt64, Int, UInt8)
    case write(UInt64, [UInt8])
  }

  struct Session {
    let tool: String
    let dir: URL
    let image: LinkedImage
    let entry: UInt64
    let style: EntryStyle
    let limits: EmulationLimits
    /// Device registers: RAM words written by the set-up.
    var devices: [(UInt64, UInt16)] = []
    let began = Date()

    var budget: Int { max(1, limits.instructions) }

    // MARK: set-up

    /// The memory and register set-up every pass starts from.
    var setup: [Op] {
      var ops: [Op] = [.fill(ioEnd, Int(0x1_0000 - ioEnd), 0)]
      for segment in image.segments where !segment.bytes.isEmpty {
        ops.append(.write(segment.address, segment.bytes))
      }
      for (address, value) in devices { ops.append(.write(address, [UInt8(value & 0xFF), UInt8(value >> 8)])) }
      ops.append(.fill(stackFloor, Int(entrySP - stackFloor), stackPaint))
      ops.append(.fill(interruptedSP, Int(stackTop - interruptedSP), interruptedStackPaint))
      // The hardware frame: SR at entry SP, the return address above it.
      ops.append(.write(entrySP, [UInt8(savedSR & 0xFF), UInt8(savedSR >> 8),
                                  UInt8(sentinel & 0xFF), UInt8(sentinel >> 8)]))
      return ops
    }

    /// The memory the set-up leaves (0x0000–0xFFFF; below 0x0200 is never compared).
    func initialMemory() -> [UInt8] {
      var memory = [UInt8](repeating: 0, count: 0x1_0000)
      for op in setup {
        switch op {
        case .fill(let address, let length, let byte):
          for a in Int(address)..<Int(address) + length { memory[a] = byte }
        case .write(let address, let bytes):
          for (i, byte) in bytes.enumerated() { memory[Int(address) + i] = byte }
        }
      }
      return memory
    }

    func setupCommands(tracer: Bool) -> [String] {
      var lines: [String] = []
      if tracer { lines.append("simio add tracer isrx \(traceHistory)") }
      for op in setup {
        switch op {
        case .fill(let address, let length, let byte):
          lines.append("fill \(hex(address)) \(hex(UInt64(length))) \(hex(UInt64(byte)))")
        case .write(let address, let bytes):
          // `read` takes lines of up to 1023 characters.
          for start in stride(from: 0, to: bytes.count, by: 64) {
            let part = bytes[start..<min(start + 64, bytes.count)]
            lines.append("mw \(hex(address + UInt64(start))) " + part.map { hex(UInt64($0)) }.joined(separator: " "))
          }
        }
      }
      for n in 4...15 { lines.append("set r\(n) \(hex(UInt64(fill(n))))") }
      lines.append("set sr 0")  // the hardware cleared SR (GIE off)
      lines.append("set sp \(hex(entrySP))")
      lines.append("set pc \(hex(entry))")
      return lines
    }

    // MARK: running mspdebug

    enum Outcome {
      case output(Output)
      case timedOut
    }

    /// Runs one command file; the time limit is what is left of `limits.seconds` (at least
    /// half a second, so a pass that follows a slow one is not refused outright).
    func mspdebug(_ commands: [String]) -> Result<Outcome, EmulationError> {
      let script = dir.appendingPathComponent("script.txt")
      do {
        try Data((commands.joined(separator: "\n") + "\n").utf8).write(to: script)
      } catch {
        return .failure(.unicorn("mspdebug: cannot write its command file: \(error)"))
      }
      let left = max(0.5, limits.seconds - Date().timeIntervalSince(began))
      do {
        let run = try ProcessRunner.run(
          tool, ["-q", "-n", "sim", "read script.txt"], in: dir, timeLimit: left, outputLimit: 256 << 20)
        return .success(.output(Output(stdout: run.standardOutput, stderr: run.standardError)))
      } catch {
        if case .timedOut = error { return .success(.timedOut) }
        return .failure(.unicorn("mspdebug: \(error)"))
      }
    }

    // MARK: the measurement

    func measure() -> Result<MeasuredRun, EmulationError> {
      // Locate (and trace): a short trace first, longer when the return comes later.
      var traced = min(budget, firstTrace)
      var located: (end: End, trace: Trace, complete: Bool)
      while true {
        switch locate(traced: traced) {
        case .failure(let error): return .failure(error)
        case .success(nil): return .success(timeout())
        case .success(let found?): located = found
        }
        if located.complete { break }
        let wanted: Int
        switch located.end {
        case .returned(let n), .poppedSR(let n): wanted = min(n, traceCap)
        case .budget, .fault(nil, _): wanted = min(budget, traceCap)
        case .fault(.some, _): wanted = traced
        }
        if wanted <= traced { break }
        traced = wanted
      }
      var end = located.end
      if case .returned(let n) = end, n >= budget { end = .budget }
      if case .poppedSR(let n) = end, n >= budget { end = .budget }

      let steps: Int?
      switch end {
      case .returned(let n), .poppedSR(let n): steps = n
      case .budget: steps = budget
      case .fault(let k, _): steps = k
      }

      // Snapshot: exactly `steps` instructions, then registers, IO writes and memory.
      var snapshot: Snapshot?
      if let steps {
        var commands = setupCommands(tracer: true)
        commands.append("simio config isrx clear")
        commands.append(steps > 0 ? "step \(steps)" : "regs")
        commands.append("simio info isrx")
        commands.append("md \(hex(ioEnd)) \(hex(0x1_0000 - ioEnd))")
        switch mspdebug(commands) {
        case .failure(let error): return .failure(error)
        case .success(.timedOut): return .success(timeout())
        case .success(.output(let output)):
          guard let parsed = Snapshot(output) else {
            return .failure(.unicorn("mspdebug: unexpected output: \(output.problem)"))
          }
          snapshot = parsed
        }
      }
      return .success(result(end: end, trace: located.trace, complete: located.complete, snapshot: snapshot))
    }

    func timeout() -> MeasuredRun {
      MeasuredRun(stubbedCalls: image.stubbed, stoppedBy: .timeout(limits.seconds), exit: "time limit",
                  notes: ["mspdebug did not finish within \(limits.seconds) s"])
    }

    /// One locate pass: `traced` single steps, then chunks to the budget. Nil: timed out.
    func locate(traced: Int) -> Result<(end: End, trace: Trace, complete: Bool)?, EmulationError> {
      var commands = setupCommands(tracer: false)
      commands += Array(repeating: "step", count: traced)
      var remaining = budget - traced
      if remaining > 0 {
        // The return address becomes `inc &counter; jmp sentinel`.
        commands.append("mw \(hex(sentinel)) 0x92 0x53 \(hex(counter & 0xFF)) \(hex(counter >> 8)) 0xfd 0x3f")
        commands.append("mw \(hex(counter)) 0x00 0x00")
        while remaining > 0 {
          let n = min(chunk, remaining)
          commands.append("step \(n)")
          commands.append("md \(hex(counter)) 2")
          remaining -= n
        }
      }
      let output: Output
      switch mspdebug(commands) {
      case .failure(let error): return .failure(error)
      case .success(.timedOut): return .success(nil)
      case .success(.output(let out)): output = out
      }

      var trace = Trace()
      let sections = output.sections
      guard let first = sections.firstIndex(where: { $0.command == "set pc \(hex(entry))" }) else {
        return .failure(.unicorn("mspdebug: the set-up did not run: \(output.problem)"))
      }
      var index = first + 1
      // The single steps.
      while index < sections.count, sections[index].command == "step" {
        guard let regs = output.registers(sections[index].lines), let pc = regs["PC"], let sp = regs["SP"] else {
          // The step failed; after the return the sentinel's invalid opcode is expected.
          return .success((.fault(trace.pcs.count, output.problem), trace, true))
        }
        trace.pcs.append(pc)
        trace.sps.append(sp)
        if pc == sentinel { return .success((.returned(trace.pcs.count), trace, true)) }
        if pc == UInt64(savedSR) { return .success((.poppedSR(trace.pcs.count), trace, true)) }
        index += 1
      }
      if trace.pcs.count < traced {
        return .success((.fault(trace.pcs.count, output.problem), trace, true))
      }
      // The chunks.
      var done = traced
      while index < sections.count {
        let section = sections[index]
        index += 1
        guard section.command.hasPrefix("step "), let n = Int(section.command.dropFirst(5)) else { continue }
        guard let regs = output.registers(section.lines), let pc = regs["PC"] else {
          return .success((.fault(nil, output.problem), trace, traced >= budget))
        }
        done += n
        if pc >= sentinel && pc < sentinel + 6 {
          var shown = [Int16](repeating: -1, count: 0x1_0000)
          if index < sections.count { output.memory(sections[index].lines, into: &shown) }
          let count = shown[Int(counter)], high = shown[Int(counter) + 1]
          guard count >= 0, high >= 0 else {
            return .failure(.unicorn("mspdebug: the return counter was not shown: \(output.problem)"))
          }
          let loops = Int(count) | Int(high) << 8
          let inLoop = 2 * loops - (pc == sentinel ? 0 : 1)
          return .success((.returned(done - inLoop), trace, false))
        }
      }
      if done < budget { return .success((.fault(nil, output.problem), trace, false)) }
      return .success((.budget, trace, traced >= budget))
    }

    // MARK: the figures

    func result(end: End, trace: Trace, complete: Bool, snapshot: Snapshot?) -> MeasuredRun {
      var run = MeasuredRun()
      run.stubbedCalls = image.stubbed
      var notes: [String] = []
      notes.append(style == .plainCall
        ? "a plain function entered as an ISR: the hardware pushed the return address 0x\(String(sentinel, radix: 16, uppercase: true)) and SR 0x\(String(format: "%04X", savedSR)) (GIE, V, Z) all the same"
        : "entered as the hardware enters an interrupt: return address 0x\(String(sentinel, radix: 16, uppercase: true)), then SR 0x\(String(format: "%04X", savedSR)) (GIE, V, Z) pushed, SR cleared")

      // Instructions: the trace says which ran in the stubs.
      let total: Int
      switch end {
      case .returned(let n), .poppedSR(let n): total = n
      case .budget: total = budget
      case .fault(let k, _): total = k ?? trace.pcs.count
      }
      // Each step's PC is the *next* instruction: the instruction of step i is at pcs[i-1].
      let executedAt = [entry] + trace.pcs.dropLast()
      let stubs = image.stubRange.map { range in executedAt.prefix(total).filter { range.contains($0) }.count } ?? 0
      run.stubInstructions = stubs
      run.instructions = total - stubs
      if !complete || trace.pcs.count < total {
        notes.append("PC and SP were traced for the first \(trace.pcs.count) of \(total) instructions: stub instructions are counted there, and beyond it the stack depth is the lowest painted stack byte written")
      }

      // Stack.
      var lowestSP = trace.sps.min().map { min($0, entrySP) } ?? entrySP
      if let regs = snapshot?.registers, let sp = regs["SP"] { lowestSP = min(lowestSP, sp) }
      var lowestWrite = entrySP
      var above: [Int] = []
      var outside: [UInt64: Int] = [:]
      if let snapshot {
        let before = initialMemory()
        let inStack = { (a: Int) in a >= Int(stackFloor) && a < Int(stackTop) }
        let changed = { (a: Int) in snapshot.memory[a] >= 0 && UInt8(snapshot.memory[a]) != before[a] }
        var address = Int(ioEnd)
        while address < 0x1_0000 {
          guard changed(address) else { address += 1; continue }
          if address >= Int(stackFloor) && address < Int(entrySP) {
            lowestWrite = min(lowestWrite, UInt64(address))
            address += 1
          } else if address >= Int(entrySP) && address < Int(stackTop) {
            above.append(address - Int(entrySP))
            address += 1
          } else {
            // A run of changed bytes outside the stack is one write.
            var length = 1
            while address + length < 0x1_0000, !inStack(address + length), changed(address + length) { length += 1 }
            outside[UInt64(address)] = length
            address += length
          }
        }
        for (address, bytes) in snapshot.ioWrites { outside[address] = max(outside[address] ?? 0, bytes) }
        if snapshot.ioHistoryFull {
          notes.append("mspdebug's IO history (\(traceHistory) events) overflowed: earlier peripheral writes are not listed")
        }
      }
      let lowest = min(lowestSP, lowestWrite, entrySP)
      run.deepestStackBytes = Int(entrySP - lowest)
      run.lowestStackPointerOffset = -Int(entrySP - lowestSP)
      run.writesAboveEntrySP = above.sorted()
      run.writesOutsideStack = outside.keys.sorted().prefix(32).map {
        MeasuredRun.Write(address: $0, bytes: outside[$0]!, symbol: image.symbol(at: $0))
      }
      if lowest < stackFloor {
        notes.append("the stack went below the simulated stack region (0x\(String(stackFloor, radix: 16, uppercase: true))): writes there are listed as outside the stack")
      }
      notes.append("writes outside the stack are memory compared before and after the run (a write of the same value is not seen; a write is listed as the run of bytes that changed) and the peripheral writes (0x0000–0x01FF) mspdebug's IO tracer logged; peripheral reads return 0")
      notes.append("instructions are single steps of mspdebug's simulator; cycles are not measured")

      switch end {
      case .returned, .poppedSR:
        run.stoppedBy = .returned
        guard let regs = snapshot?.registers else {
          run.exit = "returned (no register snapshot)"
          break
        }
        var expected: [String: UInt64] = [:]
        for n in 4...15 { expected["r\(n)"] = UInt64(fill(n)) }
        expected["sp"] = interruptedSP
        expected["sr"] = UInt64(savedSR)
        var actual: [String: UInt64] = ["sp": regs["SP"] ?? 0, "sr": regs["SR"] ?? 0]
        for n in 4...15 { actual["r\(n)"] = regs["R\(n)"] ?? 0 }
        let compare = generalRegisters + ["sp", "sr"]
        run.comparedRegisters = compare
        run.clobberedRegisters = compare.filter { expected[$0] != actual[$0] }
        if case .poppedSR = end {
          run.exit = "plain ret: it popped the saved SR 0x\(String(format: "%04X", savedSR)) as the return address, so PC = 0x\(String(format: "%04X", savedSR)) (the peripheral area), not the interrupted code"
          notes.append("returned with ret, not reti: SR popped into PC, the return address 0x\(String(sentinel, radix: 16, uppercase: true)) left on the stack (SP 2 B below the interrupted SP), SR not restored (GIE stays off); registers compared anyway")
        } else if regs["SP"] == interruptedSP {
          run.exit = "reti executed: returned to the interrupted code"
        } else {
          let off = Int(interruptedSP) - Int(regs["SP"] ?? 0)
          run.exit = "returned to the interrupted code's address with SP \(off > 0 ? "\(off) B below" : "\(-off) B above") the interrupted SP"
        }
      case .budget:
        run.stoppedBy = .budget(budget)
        run.exit = "never returned within \(budget) instructions (an endless loop such as for(;;) never reaches the return)"
      case .fault(_, let why):
        run.stoppedBy = .fault(why)
        run.exit = "fault"
      }
      run.notes = notes
      return run
    }
  }

  // MARK: mspdebug's output

  /// What one mspdebug run printed, split at the `=> command` lines `read` echoes. Parsed
  /// as bytes: a trace is thousands of register blocks.
  struct Output {
    var stdout: String
    var stderr: String
    let bytes: [UInt8]
    /// Each echoed command and the byte ranges of the lines it printed, in order.
    let sections: [(command: String, lines: [Range<Int>])]

    init(stdout: String, stderr: String) {
      self.stdout = stdout
      self.stderr = stderr
      let bytes = Array(stdout.utf8)
      var sections: [(command: String, lines: [Range<Int>])] = []
      var start = 0
      while start < bytes.count {
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        if end - start >= 3, bytes[start] == 0x3D, bytes[start + 1] == 0x3E, bytes[start + 2] == 0x20 {  // "=> "
          let command = String(decoding: bytes[(start + 3)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
          sections.append((command, []))
        } else if !sections.isEmpty {
          sections[sections.count - 1].lines.append(start..<end)
        }
        start = end + 1
      }
      self.bytes = bytes
      self.sections = sections
    }

    /// The first line of stderr (mspdebug's error), else of stdout's tail.
    var problem: String {
      let err = stderr.split(separator: "\n").first.map(String.init)
      return err ?? String(stdout.suffix(200))
    }

    static func hexDigit(_ byte: UInt8) -> UInt64? {
      switch byte {
      case 0x30...0x39: return UInt64(byte - 0x30)
      case 0x61...0x66: return UInt64(byte - 0x61 + 10)
      case 0x41...0x46: return UInt64(byte - 0x41 + 10)
      default: return nil
      }
    }

    /// The register block (`( PC: 0c000)  ( R4: 01104) ...`), by mspdebug's names.
    func registers(_ lines: [Range<Int>]) -> [String: UInt64]? {
      var regs: [String: UInt64] = [:]
      for line in lines where line.count > 5 && bytes[line.lowerBound + 4] == 0x28 {  // "    ("
        var i = line.lowerBound
        while i < line.upperBound {
          guard bytes[i] == 0x28 else { i += 1; continue }
          // "(" name ":" spaces hex ")"
          var j = i + 1
          while j < line.upperBound, bytes[j] == 0x20 { j += 1 }
          let nameStart = j
          while j < line.upperBound, bytes[j] != 0x3A, bytes[j] != 0x29 { j += 1 }
          guard j < line.upperBound, bytes[j] == 0x3A else { i = j; continue }
          let name = String(decoding: bytes[nameStart..<j], as: UTF8.self)
          j += 1
          while j < line.upperBound, bytes[j] == 0x20 { j += 1 }
          var value: UInt64 = 0, digits = 0
          while j < line.upperBound, let d = Self.hexDigit(bytes[j]) { value = value << 4 | d; digits += 1; j += 1 }
          if digits > 0 { regs[name] = value }
          i = j
        }
      }
      return regs["PC"] == nil ? nil : regs
    }

    /// An `md` dump (`    00200: 00 ff ... |..|`) written into `memory` (indexed by address).
    func memory(_ lines: [Range<Int>], into memory: inout [Int16]) {
      for line in lines {
        var j = line.lowerBound
        while j < line.upperBound, bytes[j] == 0x20 { j += 1 }
        var base: UInt64 = 0, digits = 0
        while j < line.upperBound, let d = Self.hexDigit(bytes[j]) { base = base << 4 | d; digits += 1; j += 1 }
        guard digits > 0, j < line.upperBound, bytes[j] == 0x3A else { continue }
        j += 1
        var offset: UInt64 = 0
        while j + 2 < line.upperBound, bytes[j] == 0x20, let high = Self.hexDigit(bytes[j + 1]), let low = Self.hexDigit(bytes[j + 2]) {
          let address = base + offset
          if address < UInt64(memory.count) { memory[Int(address)] = Int16(high << 4 | low) }
          offset += 1
          j += 3
        }
      }
    }

    func text(_ line: Range<Int>) -> Substring {
      Substring(String(decoding: bytes[line], as: UTF8.self))
    }
  }

  /// The state after the snapshot pass's steps.
  struct Snapshot {
    var registers: [String: UInt64]
    /// 0x0000–0xFFFF as dumped; -1 where nothing was shown (the peripheral area).
    var memory: [Int16]
    /// Peripheral writes the IO tracer logged: address → bytes.
    var ioWrites: [UInt64: Int]
    var ioHistoryFull: Bool

    init?(_ output: Output) {
      let sections = output.sections
      guard let stepped = sections.last(where: { $0.command.hasPrefix("step") || $0.command == "regs" }),
            let regs = output.registers(stepped.lines),
            let dump = sections.last(where: { $0.command.hasPrefix("md ") }) else { return nil }
      registers = regs
      memory = [Int16](repeating: -1, count: 0x1_0000)
      output.memory(dump.lines, into: &memory)
      ioWrites = [:]
      var events = 0
      for range in sections.last(where: { $0.command == "simio info isrx" })?.lines ?? [] {
        let line = output.text(range)
        // History lines: "  <cycles>: write.w => 0x0120 0x5a80".
        if let colon = line.firstIndex(of: ":"), line[..<colon].trimmingCharacters(in: .whitespaces).allSatisfy(\.isNumber),
           !line[..<colon].trimmingCharacters(in: .whitespaces).isEmpty { events += 1 }
        for (marker, width) in [("write.w =>", 2), ("write.b =>", 1)] {
          guard let range = line.range(of: marker) else { continue }
          let tokens = line[range.upperBound...].split(separator: " ")
          guard let first = tokens.first, let address = UInt64(first.dropFirst(first.hasPrefix("0x") ? 2 : 0), radix: 16)
          else { continue }
          ioWrites[address] = max(ioWrites[address] ?? 0, width)
        }
      }
      ioHistoryFull = events >= traceHistory
    }
  }
}

private func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }
