import CSimAVR
import Foundation
import ISRKit
import Synchronization

/// AVR measured in simavr, the cycle-counting AVR simulator (Unicorn has no AVR). The image
/// is linked for the MCU the target's descriptor names (the part clang compiles for with
/// `-mmcu`): code and the vector table in flash from 0, data in SRAM from 0x200 (inside the
/// SRAM of both the ATmega328P and the ATmega2560, whose extended I/O ends at 0x1FF). The interrupt is taken as the hardware
/// takes it: the PC of the interrupted code pushed, SREG.I cleared, the vector's slot entered;
/// its `jmp` to the ISR is timed apart from the ISR's own path, as the static figures do.
enum AVRSimulation {
  /// Where the interrupted code "is": reaching it again ends the run (nothing is there).
  static let sentinel: UInt32 = 0x7F00
  /// The SP of the interrupted code, with 16 bytes of its stack above (to see writes there).
  static let interruptedSPBelowRamEnd: UInt32 = 16
  /// SREG of the interrupted code: I (interrupts on), H, Z, C, so a lost SREG shows.
  static let interruptedSREG: UInt8 = 0xA3
  /// ELF data addresses: AVR's SRAM appears at 0x800000 + address in the linked image.
  static let dataOffset: UInt64 = 0x80_0000
  /// I/O registers the core itself changes (SPL, SPH, SREG): not "writes" by the code.
  static let coreRegisters: Set<UInt32> = [0x5D, 0x5E, 0x5F]

  /// simavr's global logger is set once and its cores are cheap: one run at a time keeps
  /// the library's few globals out of reach of concurrent targets.
  private static let lock = Mutex(())

  static func simulatorName(_ mcu: String) -> String { "simavr (\(mcu))" }

  /// Slot `vector` of the MCU's table, else slot 1 (the slot only decides where the `jmp`
  /// sits; the ISR is the same).
  static func slot(for vector: Int, target: Target) -> Int { (1..<(target.maxVectors ?? 26)).contains(vector) ? vector : 1 }

  static func layout(entry: String, vector: Int, target: Target) -> LinkLayout {
    let script = """
      SECTIONS {
        . = 0;
        .text : { KEEP(*(.isrx_vectors)) *(.text .text.*) *(.progmem .progmem.*) }
        . = 0x\(String(dataOffset + 0x200, radix: 16));
        .data : { *(.rodata .rodata.* .data .data.*) }
        .bss : { *(.bss .bss.* COMMON) }
      }
      """
    let table = """
              .section .isrx_vectors,"ax",@progbits
              .org \(slot(for: vector, target: target) * 4)
              jmp \(entry)
      """
    return LinkLayout(script: script, returnStub: { name in
      """
              .globl  \(name)
              .type   \(name), @function
      \(name):
              ret
              .size   \(name), .-\(name)
      """
    }, extraAssembly: table)
  }

  static func run(
    image: LinkedImage, mcu: String, target: Target, style: EntryStyle, vector: Int, limits: EmulationLimits,
    devices: DeviceScript
  ) throws(EmulationError) -> MeasuredRun {
    try lock.withLock { _ throws(EmulationError) in
      try runLocked(image: image, mcu: mcu, target: target, style: style, vector: vector, limits: limits, devices: devices)
    }
  }

  private static func runLocked(
    image: LinkedImage, mcu: String, target: Target, style: EntryStyle, vector: Int, limits: EmulationLimits,
    devices: DeviceScript
  ) throws(EmulationError) -> MeasuredRun {
    guard let avr = isrx_avr_new(mcu) else { throw .notEmulated("simavr does not know the \(mcu)") }
    defer { isrx_avr_free(avr) }
    let ramStart = isrx_avr_ram_start(avr), ramEnd = isrx_avr_ramend(avr)

    for segment in image.segments where !segment.bytes.isEmpty {
      if segment.address >= dataOffset {
        let start = segment.address - dataOffset
        guard start >= UInt64(ramStart), start + UInt64(segment.bytes.count) <= UInt64(ramEnd) + 1 else {
          throw .link("data at 0x\(String(segment.address, radix: 16)) does not fit the \(mcu)'s SRAM")
        }
        for (offset, byte) in segment.bytes.enumerated() { isrx_avr_set_data(avr, UInt32(start) + UInt32(offset), byte) }
      } else {
        guard segment.address + UInt64(segment.bytes.count) <= UInt64(sentinel) else {
          throw .link("code at 0x\(String(segment.address, radix: 16)) (\(segment.bytes.count) B) does not fit below 0x\(String(sentinel, radix: 16))")
        }
        let loaded = segment.bytes.withUnsafeBufferPointer {
          isrx_avr_load_flash(avr, UInt32(segment.address), $0.baseAddress, UInt32($0.count))
        }
        guard loaded == 0 else { throw .link("code does not fit the \(mcu)'s flash") }
      }
    }

    // The interrupted code: every register distinct, SREG with I set, PC at the sentinel.
    var entryRegisters: [UInt8] = []
    for n in 0..<32 {
      let value = UInt8(0x40 + n)
      isrx_avr_set_data(avr, UInt32(n), value)
      entryRegisters.append(value)
    }
    isrx_avr_set_sreg(avr, interruptedSREG)
    let interruptedSP = UInt16(ramEnd - interruptedSPBelowRamEnd)
    isrx_avr_set_sp(avr, interruptedSP)
    isrx_avr_set_pc(avr, sentinel)
    let slot = slot(for: vector, target: target)
    isrx_avr_take_interrupt(avr, UInt32(slot))
    let entrySP = isrx_avr_sp(avr)
    let dataEnd = isrx_avr_data_end(avr)
    let memoryBefore = (0...dataEnd).map { isrx_avr_data(avr, $0) }

    var run = MeasuredRun()
    run.stubbedCalls = image.stubbed
    if slot != vector { run.notes.append("vector \(vector) is beyond the \(mcu)'s \(target.maxVectors ?? 26)-slot table: entered through slot \(slot)") }
    // Scripted device registers: simavr calls back on reads of I/O addresses only.
    for (address, values) in devices.reads.sorted(by: { $0.key < $1.key }) {
      let bytes = values.map { UInt8(truncatingIfNeeded: $0) }
      let scripted = bytes.withUnsafeBufferPointer {
        isrx_avr_script_reads(avr, UInt32(truncatingIfNeeded: address), $0.baseAddress, UInt32($0.count))
      }
      if scripted != 0 {
        throw .notEmulated("device register 0x\(String(address, radix: 16)): simavr scripts reads of I/O addresses (0x20-0xff) only")
      }
    }

    // The vector's jmp first, timed apart.
    let jumpStart = isrx_avr_cycles(avr)
    if isrx_avr_step(avr) != 0 { throw .unicorn("simavr stopped on the vector's jmp") }
    run.vectorJumpCycles = Int(isrx_avr_cycles(avr) - jumpStart)

    var lowestSP = entrySP
    var cycles: UInt64 = 0, stubCycles: UInt64 = 0
    var stopped = false, budgetHit = false, timedOut = false
    let began = Date()
    while true {
      let pc = isrx_avr_pc(avr)
      if pc == sentinel { break }
      if run.instructions + run.stubInstructions >= limits.instructions { budgetHit = true; break }
      if (run.instructions & 0x3FF) == 0, Date().timeIntervalSince(began) > limits.seconds { timedOut = true; break }
      let inStub = image.stubRange?.contains(UInt64(pc)) ?? false
      let before = isrx_avr_cycles(avr)
      stopped = isrx_avr_step(avr) != 0
      let spent = isrx_avr_cycles(avr) - before
      if inStub { run.stubInstructions += 1; stubCycles += spent } else { run.instructions += 1; cycles += spent }
      lowestSP = min(lowestSP, isrx_avr_sp(avr))
      if stopped { break }
    }
    run.cycles = Int(cycles)
    run.deepestStackBytes = Int(entrySP) - Int(lowestSP)
    run.lowestStackPointerOffset = Int(lowestSP) - Int(entrySP)

    // Writes: memory compared before and after (the stack below the entry SP is the ISR's own).
    let memoryAfter = (0...dataEnd).map { isrx_avr_data(avr, $0) }
    var beyond: [UInt32] = []
    for address in UInt32(32)...dataEnd where memoryBefore[Int(address)] != memoryAfter[Int(address)] {
      if address > ramEnd { beyond.append(address) }
      if address > UInt32(entrySP), address <= ramEnd {
        run.writesAboveEntrySP.append(Int(address) - Int(entrySP) - 1)
      } else if address <= UInt32(lowestSP) || address > ramEnd, !coreRegisters.contains(address), run.writesOutsideStack.count < 32 {
        run.writesOutsideStack.append(.init(
          address: UInt64(address), bytes: 1, symbol: image.symbol(at: dataOffset + UInt64(address))))
      }
    }
    run.notes.append("writes found by comparing data memory before and after (a write of the value already there is not seen)")
    if let first = beyond.first {
      run.notes.append("wrote past the \(mcu)'s SRAM (from 0x\(String(first, radix: 16))), simulated as plain RAM: a memory-mapped register the part does not have")
    }
    if let jump = run.vectorJumpCycles { run.notes.append("the vector's jmp: \(jump) cycles, counted apart from the path") }
    if stubCycles > 0 { run.notes.append("\(stubCycles) cycles in the provided stubs, not counted") }

    if budgetHit {
      run.stoppedBy = .budget(limits.instructions)
      run.exit = "never returned within \(limits.instructions) instructions (an endless loop such as for(;;) never reaches the return)"
    } else if timedOut {
      run.stoppedBy = .timeout(limits.seconds)
      run.exit = "time limit"
    } else if stopped {
      run.stoppedBy = .fault("simavr stopped the core at 0x\(String(isrx_avr_pc(avr), radix: 16)) (an invalid instruction or address)")
      run.exit = "fault"
    } else {
      run.stoppedBy = .returned
      let sreg = isrx_avr_sreg(avr)
      run.exit = sreg & 0x80 != 0
        ? "reti executed: returned to the interrupted code"
        : "returned to the interrupted code with interrupts still off (a plain ret, not reti)"
      var compare = (0..<32).map { "r\($0)" } + ["SREG", "SP"]
      if style == .plainCall { compare.removeAll { $0 == "SP" } }
      run.comparedRegisters = compare
      var clobbered: [String] = []
      for n in 0..<32 where isrx_avr_data(avr, UInt32(n)) != entryRegisters[n] { clobbered.append("r\(n)") }
      // I comes back from reti; every other flag must be the interrupted code's.
      if sreg != interruptedSREG { clobbered.append("SREG") }
      if isrx_avr_sp(avr) != interruptedSP { clobbered.append("SP") }
      run.clobberedRegisters = clobbered.filter { compare.contains($0) }
    }
    return run
  }
}
