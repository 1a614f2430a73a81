import Foundation
import ISRKit

/// Why a measurement could not be made.
public enum EmulationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Unicorn does not emulate this target (AVR, MSP430).
  case notEmulated(String)
  /// A piece did not compile or assemble.
  case build(String)
  /// ld.lld is missing or failed.
  case link(String)
  /// Unicorn refused a set-up call.
  case unicorn(String)

  public var description: String {
    switch self {
    case .notEmulated(let why): return why
    case .build(let why): return "build failed: \(why)"
    case .link(let why): return "link failed: \(why)"
    case .unicorn(let why): return "emulator: \(why)"
    }
  }
}

/// A linked image: the loadable segments and the symbols, at the fixed addresses below.
struct LinkedImage: Sendable {
  struct Segment: Sendable {
    var address: UInt64
    var bytes: [UInt8]
    var memorySize: UInt64
  }
  var segments: [Segment]
  /// Defined symbols (functions and objects) by name; Thumb functions have bit 0 set.
  var symbols: [String: UInt64]
  /// Symbol sizes, to name the object a write lands in.
  var objects: [(name: String, start: UInt64, size: UInt64)]
  /// The provided external-function stubs (their instructions are counted apart).
  var stubRange: Range<UInt64>?
  var stubbed: [String]

  /// The name of the data object containing `address`, if any.
  func symbol(at address: UInt64) -> String? {
    // Subtracting, not adding: a forged size cannot overflow.
    objects.first { address >= $0.start && address - $0.start < max($0.size, 1) }?.name
  }
}

/// Where one target's pieces go in memory, and what an external function becomes.
struct LinkLayout: Sendable {
  /// The ld.lld linker script.
  var script: String
  /// Assembly for one external function that returns at once.
  var returnStub: @Sendable (String) -> String
  /// Assembled and linked with every variant (AVR: the vector table).
  var extraAssembly: String? = nil
}

/// Links the pieces of one variant with ld.lld at fixed addresses, together with generated
/// stubs for the external functions the body calls. Linker relaxation stays on (as in real
/// firmware): RISC-V's `call` then becomes one `jal`, the one instruction the listing shows,
/// instead of `auipc` + `jalr`.
enum Linker {
  static let textBase: UInt64 = 0x0010_0000
  static let dataBase: UInt64 = 0x0020_0000

  static func script(base: UInt64) -> String {
    """
    SECTIONS {
      . = 0x\(String(base + textBase, radix: 16));
      .text : { *(.text .text.*) }
      . = 0x\(String(base + dataBase, radix: 16));
      .rodata : { *(.rodata .rodata.* .srodata .srodata.*) }
      .data : { *(.data .data.* .sdata .sdata.*) }
      .bss : { *(.bss .bss.* .sbss .sbss.* COMMON) }
    }
    """
  }

  /// Where ld.lld is: `ISRX_LD`, else beside the discovered clang (also after resolving
  /// symlinks), else none.
  static func linkerPath(toolchain: Toolchain) -> String? {
    if let explicit = ProcessInfo.processInfo.environment["ISRX_LD"], !explicit.isEmpty { return explicit }
    guard let clang = toolchain.compilers[.clang]?.path else { return nil }
    let url = URL(fileURLWithPath: clang)
    for dir in [url.deletingLastPathComponent(), url.resolvingSymlinksInPath().deletingLastPathComponent()] {
      let candidate = dir.appendingPathComponent("ld.lld").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static func link(
    objects: [[UInt8]], target: Target, machine: Machine, toolchain: Toolchain
  ) throws(EmulationError) -> LinkedImage {
    try link(objects: objects, target: target, layout: machine.linkLayout, toolchain: toolchain)
  }

  static func link(
    objects: [[UInt8]], target: Target, layout: LinkLayout, toolchain: Toolchain
  ) throws(EmulationError) -> LinkedImage {
    let (elf, externals) = try linkedELF(objects: objects, target: target, layout: layout, toolchain: toolchain)
    var image = try ProgramHeaders.load(elf)
    image.stubbed = externals
    if let begin = image.symbols["isrx_externs_begin"], let end = image.symbols["isrx_externs_end"], begin <= end {
      image.stubRange = begin..<end
    }
    return image
  }

  /// The linked executable's bytes, and the external functions given stubs.
  static func linkedELF(
    objects: [[UInt8]], target: Target, layout: LinkLayout, toolchain: Toolchain
  ) throws(EmulationError) -> (elf: [UInt8], externals: [String]) {
    guard let ld = linkerPath(toolchain: toolchain) else {
      throw .link("ld.lld not found beside clang (set ISRX_LD)")
    }
    // Externals: referenced somewhere, defined nowhere.
    var defined = Set<String>(), undefined = Set<String>()
    for bytes in objects {
      let object: ELFObject
      do { object = try ELFObject(bytes) } catch { throw .link("\(error)") }
      for symbol in object.symbols where !symbol.name.isEmpty && symbol.type != 3 && symbol.type != 4 {
        if symbol.sectionIndex == 0 { undefined.insert(symbol.name) } else { defined.insert(symbol.name) }
      }
    }
    // GCC's switch dispatch through libgcc runs libgcc's own code (the static figures read the
    // same routine): link the archive for those, stub everything else.
    let libgcc = RuntimeRoutines.libgcc(for: target, toolchain: toolchain)
    let fromLibgcc = libgcc == nil ? [] : undefined.subtracting(defined).filter(RuntimeRoutines.isTableDispatch)
    let externals = undefined.subtracting(defined).subtracting(fromLibgcc).sorted()
    var all = objects
    if let extra = layout.extraAssembly { all.append(try assemble(extra, target: target, toolchain: toolchain)) }
    if !externals.isEmpty {
      var text = "        .section .text.isrx_externs,\"ax\",%progbits\n        .p2align 2\n"
      text += "        .globl isrx_externs_begin\nisrx_externs_begin:\n"
      for name in externals { text += layout.returnStub(name) + "\n" }
      text += "        .globl isrx_externs_end\nisrx_externs_end:\n"
      all.append(try assemble(text, target: target, toolchain: toolchain))
    }

    let result: Result<[UInt8], EmulationError> = (try? PrivateDirectory.with { dir throws(ToolchainError) in
      // Debug sections are not loaded, and ld.lld cannot relocate every target's (AVR).
      var args = ["-static", "-T", "link.ld", "-o", "image.elf", "--no-warn-mismatch", "--strip-debug", "-e", "0"]
      try write(Array(layout.script.utf8), to: dir.appendingPathComponent("link.ld"))
      for (index, object) in all.enumerated() {
        try write(object, to: dir.appendingPathComponent("o\(index).o"))
        args.append("o\(index).o")
      }
      if let libgcc, !fromLibgcc.isEmpty { args.append(libgcc) }
      let run = try ProcessRunner.run(ld, args, in: dir, timeLimit: toolchain.timeLimit)
      guard run.exitStatus == 0 else {
        return .failure(.link(run.standardError.split(separator: "\n").prefix(3).joined(separator: "; ")))
      }
      guard let data = FileContents.bytes(at: dir.appendingPathComponent("image.elf")) else {
        return .failure(.link("ld.lld wrote no image"))
      }
      return .success(data)
    }) ?? .failure(.link("could not run \(ld)"))
    return (try result.get(), externals)
  }

  static func assemble(_ text: String, target: Target, toolchain: Toolchain) throws(EmulationError) -> [UInt8] {
    try object(of: BuildJob(target: target, mode: .assemblyWithPreprocessor, source: text), toolchain)
  }

  /// Compiles a small C file (the handler table) with the target's flags.
  static func compileC(_ text: String, target: Target, toolchain: Toolchain) throws(EmulationError) -> [UInt8] {
    try object(of: BuildJob(target: target, mode: .c, source: text), toolchain)
  }

  private static func object(of job: BuildJob, _ toolchain: Toolchain) throws(EmulationError) -> [UInt8] {
    let output: BuildOutput
    do { output = try toolchain.build(job) } catch { throw .build("\(error)") }
    guard output.succeeded else {
      throw .build(output.diagnostics.map(\.message).joined(separator: "; "))
    }
    return output.object
  }

  private static func write(_ bytes: [UInt8], to url: URL) throws(ToolchainError) {
    do { try Data(bytes).write(to: url) } catch {
      throw .launchFailed(tool: "write \(url.lastPathComponent)", reason: "\(error)")
    }
  }
}

/// Reads the PT_LOAD program headers and the symbols of a linked ELF executable. The
/// image is refused, before anything is mapped or zero-filled, when its segments together
/// exceed `maxImageBytes` or any header value is out of range (ld.lld writes whatever a
/// `.size`, `.zero` or `.set` in the source asked for).
enum ProgramHeaders {
  /// 4 MiB: the fixed layout has 3 MiB between the text base and the stack, and a real ISR
  /// image is a few KiB.
  static let maxImageBytes: UInt64 = 4 << 20

  static func load(_ elf: [UInt8]) throws(EmulationError) -> LinkedImage {
    guard elf.count > 52, elf[0] == 0x7F, elf[1] == 0x45, elf[2] == 0x4C, elf[3] == 0x46 else {
      throw .link("the image is not ELF")
    }
    let wide = elf[4] == 2, little = elf[5] == 1
    func uint(_ at: Int, _ width: Int) throws(EmulationError) -> UInt64 {
      guard at >= 0, at <= elf.count - width else { throw .link("truncated ELF image") }
      var value: UInt64 = 0
      for i in 0..<width { value = value << 8 | UInt64(elf[little ? at + width - 1 - i : at + i]) }
      return value
    }
    func inFile(_ value: UInt64) throws(EmulationError) -> Int {
      guard value <= UInt64(elf.count) else { throw .link("program header outside the image") }
      return Int(value)
    }
    let phoff = try inFile(wide ? try uint(0x20, 8) : try uint(0x1C, 4))
    let phentsize = Int(try uint(wide ? 0x36 : 0x2A, 2))
    let phnum = Int(try uint(wide ? 0x38 : 0x2C, 2))
    var segments: [LinkedImage.Segment] = []
    var total: UInt64 = 0
    for index in 0..<phnum {
      let at = phoff + index * phentsize  // both at most 65535: cannot overflow
      guard try uint(at, 4) == 1 /* PT_LOAD */ else { continue }
      let offset, address, fileSize, memorySize: UInt64
      if wide {
        offset = try uint(at + 8, 8); address = try uint(at + 16, 8)
        fileSize = try uint(at + 32, 8); memorySize = try uint(at + 40, 8)
      } else {
        offset = try uint(at + 4, 4); address = try uint(at + 8, 4)
        fileSize = try uint(at + 16, 4); memorySize = try uint(at + 20, 4)
      }
      let size = max(memorySize, fileSize)
      let (end, wraps) = address.addingReportingOverflow(size)
      total = total.addingReportingOverflow(size).overflow ? .max : total + size
      guard !wraps, end <= UInt64.max - Layout.page else {
        throw .link("segment at 0x\(String(address, radix: 16)) wraps around the address space")
      }
      guard total <= maxImageBytes else {
        throw .link("the image needs \(describe(total)) of memory; isrx emulates images up to \(describe(maxImageBytes))\(largest(elf))")
      }
      let start = try inFile(offset)
      guard fileSize <= UInt64(elf.count - start) else { throw .link("segment outside the image") }
      segments.append(.init(
        address: address, bytes: Array(elf[start..<start + Int(fileSize)]), memorySize: memorySize))
    }
    let object: ELFObject
    do { object = try ELFObject(elf) } catch { throw .link("image: \(error)") }
    var symbols: [String: UInt64] = [:]
    var objects: [(name: String, start: UInt64, size: UInt64)] = []
    for symbol in object.symbols where symbol.sectionIndex != 0 && !symbol.name.isEmpty {
      symbols[symbol.name] = symbols[symbol.name] ?? symbol.value
      if symbol.type == 1 { objects.append((symbol.name, symbol.value, symbol.size)) }
    }
    return LinkedImage(segments: segments, symbols: symbols, objects: objects, stubRange: nil, stubbed: [])
  }

  static func describe(_ bytes: UInt64) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) B"
  }

  /// " (the largest section is '.bss', 64 GiB)": names what made the image large.
  static func largest(_ elf: [UInt8]) -> String {
    guard let object = try? ELFObject(elf),
          let big = object.sections.max(by: { $0.size < $1.size }), big.size > 0 else { return "" }
    return " (the largest section is '\(big.name)', \(describe(big.size)))"
  }
}
