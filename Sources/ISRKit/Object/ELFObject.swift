/// A minimal reader for the relocatable ELF objects clang writes (32/64-bit, either
/// endianness): enough to read symbol sizes, which are the code-size figures isrx reports.
/// Every offset and size comes from a file a tool (or a hostile `.size` directive) wrote, so
/// all arithmetic on them is checked: a bad value is a `ParseError` naming what is wrong.
public struct ELFObject: Sendable, Hashable {
  public struct Symbol: Sendable, Hashable {
    public var name: String
    public var value: UInt64
    public var size: UInt64
    /// ELF symbol type: 2 = function, 1 = object.
    public var type: UInt8
    public var sectionIndex: UInt16
    public var isFunction: Bool { type == 2 }
  }

  public struct Section: Sendable, Hashable {
    public var name: String
    public var type: UInt32
    public var flags: UInt64
    public var size: UInt64
    public var isExecutable: Bool { flags & 0x4 != 0 }
  }

  public var is64Bit: Bool
  public var isLittleEndian: Bool
  /// ELF file type: 1 = relocatable, 2 = executable.
  public var fileType: UInt16
  public var sections: [Section]
  public var symbols: [Symbol]

  public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    case notELF, truncated
    /// A value that cannot be right (a size past the end of memory, a table too large).
    case invalid(String)

    public var description: String {
      switch self {
      case .notELF: return "not an ELF object"
      case .truncated: return "truncated or malformed ELF object"
      case .invalid(let why): return "malformed ELF object: \(why)"
      }
    }
  }

  /// More sections or symbols than any object isrx builds could have: refused rather than
  /// looped over (a forged count could otherwise cost minutes).
  static let maxEntries = 1 << 16

  /// Parses `bytes` as an ELF relocatable object.
  public init(_ bytes: [UInt8]) throws(ParseError) {
    guard bytes.count >= 52, bytes[0] == 0x7F, bytes[1] == 0x45, bytes[2] == 0x4C, bytes[3] == 0x46
    else { throw .notELF }
    let reader = Reader(bytes: bytes, little: bytes[5] == 1)
    is64Bit = bytes[4] == 2
    isLittleEndian = reader.little
    fileType = try reader.u16(0x10)
    let shoff = try Self.offset(is64Bit ? try reader.u64(0x28) : UInt64(try reader.u32(0x20)))
    let shentsize = Int(try reader.u16(is64Bit ? 0x3A : 0x2E))
    let shnum = Int(try reader.u16(is64Bit ? 0x3C : 0x30))
    let shstrndx = Int(try reader.u16(is64Bit ? 0x3E : 0x32))
    guard shnum == 0 || shentsize >= (is64Bit ? 0x40 : 0x28) else { throw .invalid("section header entry size \(shentsize)") }

    struct RawSection { var name: UInt32; var type: UInt32; var flags: UInt64; var offset: UInt64; var size: UInt64; var link: UInt32; var entsize: UInt64 }
    var raw: [RawSection] = []
    for index in 0..<shnum {
      let at = try Self.add(shoff, try Self.multiply(index, shentsize))
      if is64Bit {
        raw.append(RawSection(
          name: try reader.u32(at), type: try reader.u32(at + 4), flags: try reader.u64(at + 8),
          offset: try reader.u64(at + 0x18), size: try reader.u64(at + 0x20),
          link: try reader.u32(at + 0x28), entsize: try reader.u64(at + 0x38)))
      } else {
        raw.append(RawSection(
          name: try reader.u32(at), type: try reader.u32(at + 4), flags: UInt64(try reader.u32(at + 8)),
          offset: UInt64(try reader.u32(at + 0x10)), size: UInt64(try reader.u32(at + 0x14)),
          link: try reader.u32(at + 0x18), entsize: UInt64(try reader.u32(at + 0x24))))
      }
    }
    guard shstrndx < raw.count else { throw .truncated }
    let names = raw[shstrndx]
    let namesOffset = try Self.offset(names.offset)
    sections = try raw.map { section throws(ParseError) in
      Section(
        name: try reader.string(try Self.add(namesOffset, Int(section.name))), type: section.type,
        flags: section.flags, size: section.size)
    }
    var symbols: [Symbol] = []
    for section in raw where section.type == 2 /* SHT_SYMTAB */ {
      guard Int(section.link) < raw.count, section.entsize >= (is64Bit ? 24 : 16), section.entsize <= 1024
      else { throw .invalid("symbol table entry size \(section.entsize)") }
      let strings = try Self.offset(raw[Int(section.link)].offset)
      let count = section.size / section.entsize
      guard count <= UInt64(Self.maxEntries) else { throw .invalid("\(count) symbols") }
      let base = try Self.offset(section.offset)
      for index in 1..<max(Int(count), 1) {
        let at = try Self.add(base, index * Int(section.entsize))
        let nameOffset = Int(try reader.u32(at))
        let name = try reader.string(try Self.add(strings, nameOffset))
        let symbol: Symbol
        if is64Bit {
          symbol = Symbol(
            name: name, value: try reader.u64(at + 8), size: try reader.u64(at + 16),
            type: try reader.u8(at + 4) & 0xF, sectionIndex: try reader.u16(at + 6))
        } else {
          symbol = Symbol(
            name: name, value: UInt64(try reader.u32(at + 4)), size: UInt64(try reader.u32(at + 8)),
            type: try reader.u8(at + 12) & 0xF, sectionIndex: try reader.u16(at + 14))
        }
        try Self.check(symbol, sections: sections, relocatable: fileType == 1)
        symbols.append(symbol)
      }
    }
    self.symbols = symbols
  }

  /// A symbol whose extent wraps around the address space, or (in an object file) runs
  /// past the end of its own section, is refused by name: every later sum would be wrong.
  static func check(_ symbol: Symbol, sections: [Section], relocatable: Bool) throws(ParseError) {
    // Thumb function symbols have bit 0 set: the code starts one byte lower.
    let start = symbol.isFunction ? symbol.value & ~1 : symbol.value
    let (end, overflow) = start.addingReportingOverflow(symbol.size)
    let hex = "0x" + String(symbol.size, radix: 16)
    if overflow {
      throw .invalid("symbol '\(symbol.name)' has size \(hex)")
    }
    let index = Int(symbol.sectionIndex)
    if relocatable, index > 0, index < sections.count, end > sections[index].size {
      throw .invalid("symbol '\(symbol.name)' (size \(hex)) runs past the end of section '\(sections[index].name)'")
    }
  }

  /// The size in bytes of the function `name`, from its symbol (set by `.size`).
  public func functionSize(_ name: String) -> Int? {
    symbols.first { $0.name == name && $0.isFunction }.flatMap { Int(exactly: $0.size) }
  }

  /// Bytes of all executable sections together (saturating: a forged size cannot trap).
  public var codeBytes: Int {
    sections.filter(\.isExecutable).reduce(0) { total, section in
      let (sum, overflow) = total.addingReportingOverflow(Int(clamping: section.size))
      return overflow ? Int.max : sum
    }
  }

  static func offset(_ value: UInt64) throws(ParseError) -> Int {
    guard let offset = Int(exactly: value), offset <= Int(Int32.max) else { throw .truncated }
    return offset
  }

  static func add(_ a: Int, _ b: Int) throws(ParseError) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    guard !overflow else { throw .truncated }
    return sum
  }

  static func multiply(_ a: Int, _ b: Int) throws(ParseError) -> Int {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    guard !overflow else { throw .truncated }
    return product
  }

  private struct Reader {
    let bytes: [UInt8]
    let little: Bool
    func u8(_ at: Int) throws(ParseError) -> UInt8 {
      guard at >= 0, at < bytes.count else { throw .truncated }
      return bytes[at]
    }
    func u16(_ at: Int) throws(ParseError) -> UInt16 { UInt16(try uint(at, 2)) }
    func u32(_ at: Int) throws(ParseError) -> UInt32 { UInt32(try uint(at, 4)) }
    func u64(_ at: Int) throws(ParseError) -> UInt64 { try uint(at, 8) }
    func uint(_ at: Int, _ width: Int) throws(ParseError) -> UInt64 {
      guard at >= 0, at <= bytes.count - width else { throw .truncated }
      var value: UInt64 = 0
      for i in 0..<width {
        let byte = UInt64(bytes[little ? at + width - 1 - i : at + i])
        value = value << 8 | byte
      }
      return value
    }
    func string(_ at: Int) throws(ParseError) -> String {
      guard at >= 0, at < bytes.count else { throw .truncated }
      var end = at
      while end < bytes.count, bytes[end] != 0 { end += 1 }
      return String(decoding: bytes[at..<end], as: UTF8.self)
    }
  }
}
