import Foundation
import Testing
@testable import ISRKit

/// Code bytes, witnessed by LLVM's own `llvm-nm --print-size` on the very objects isrx read:
/// the direct ISR, the stub, the unified handler and the handler, on every target, clang and
/// (where installed) GCC. A disagreement means isrx's ELF reading or its choice of symbol is wrong.
@Suite struct CodeBytesWitnessTests {
  static let nm = ["/usr/bin/llvm-nm", "/usr/lib/llvm-14/bin/llvm-nm"].first { FileManager.default.isExecutableFile(atPath: $0) }

  static let builds: [Target] = TargetCatalog.all.flatMap { target in
    CompilerFamily.allCases.map { target.compiled(by: $0) }
  }.filter { sharedToolchain.availability($0).compiler != nil }

  /// Symbol → size, as llvm-nm prints it (`address size type name`).
  static func sizes(of object: [UInt8]) throws -> [String: Int] {
    let nm = try #require(Self.nm, "llvm-nm is not installed (Debian package llvm)")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("isrx-nm-\(UUID()).o")
    try Data(object).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: nm)
    process.arguments = ["--print-size", "--defined-only", file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    var result: [String: Int] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: " ")
      if fields.count == 4, let size = Int(fields[1], radix: 16) { result[String(fields[3])] = size }
    }
    return result
  }

  @Test(arguments: builds)
  func codeBytesAreTheSymbolSizesLLVMReads(_ target: Target) throws {
    let source = try Resources.sample()
    let build = TargetBuild.make(source: source, target: target, toolchain: sharedToolchain, settings: CostSettings())
    let codegen = try #require(build.compiled.codegen, "\(target.name) \(target.compilerFamily): \(build.compiled.error ?? "")")
    let isr = try #require(codegen.isrNames.first)
    if target.convention.kind != .none, let direct = build.report.direct {
      // The direct ISR is one part (a synthesized one is wrapper + body, checked by its own tests).
      let sizes = try Self.sizes(of: codegen.output.object)
      #expect(direct.codeParts.first?.bytesEach == sizes[isr], "\(target.name) \(target.compilerFamily): isrx \(direct.codeParts.first?.bytesEach ?? -1), llvm-nm \(sizes[isr] ?? -1)")
    }
    let baseline = try #require(build.baseline, "\(target.name): no baseline")
    let parts = try #require(build.report.baseline?.codeParts)
    // The stub as built for the report's vector.
    let stub = try Self.sizes(of: baseline.stub.object)[BaselineBuild.stubSymbol]
    #expect(build.report.stub?.bytes == stub, "\(target.name) \(target.compilerFamily) stub: isrx \(build.report.stub?.bytes ?? -1), llvm-nm \(stub ?? -1)")
    let pieces: [(String, [UInt8], String)] = [
      (BaselineBuild.dispatcherSymbol, baseline.dispatcher.object, "unified handler"),
      (isr, baseline.handler.object, "handler"),
    ]
    for (symbol, object, name) in pieces {
      let measured = try Self.sizes(of: object)[symbol]
      let part = parts.first { $0.name.hasPrefix(name) }
      #expect(part?.bytesEach == measured, "\(target.name) \(target.compilerFamily) \(name): isrx \(part?.bytesEach ?? -1), llvm-nm \(measured ?? -1)")
    }
  }

  /// The system's stubs: every vector's stub assembled on its own and sized by llvm-nm adds
  /// up to the report's stub parts (MSP430's constant generator makes vectors 0, 1, 2, 4
  /// and 8 two bytes shorter; x86's `pushl $N` grows at 128).
  @Test(arguments: [(TargetID.msp430, 51), (TargetID.x86, 132)])
  func stubPartsAddUpToEveryVectorAssembled(_ id: TargetID, _ vectors: Int) throws {
    let target = try #require(TargetCatalog.target(id: id.rawValue))
    guard sharedToolchain.availability(target).compiler != nil else { return }
    var settings = CostSettings()
    settings.vectors = vectors
    let build = TargetBuild.make(source: try Resources.sample(), target: target, toolchain: sharedToolchain, settings: settings)
    let baseline = try #require(build.baseline)
    let parts = try #require(build.report.baseline?.codeParts).filter { $0.name.hasPrefix("stub") }
    var total = 0
    for vector in 0..<vectors {
      let job = BuildJob(target: target, mode: .assemblyWithPreprocessor, source: baseline.templateSource,
                         extraArguments: ["-DISRX_VECTOR=\(vector)"])
      total += try #require(try Self.sizes(of: sharedToolchain.build(job).object)[BaselineBuild.stubSymbol])
    }
    #expect(parts.reduce(0) { $0 + $1.bytes } == total, "\(parts.map { "\($0.name) \($0.bytesEach)×\($0.copies)" })")
  }
}
