import Foundation

/// Rust mode: the user's file plus isrx's `#![no_core]` prelude, compiled by rustc.
///
/// The prelude is appended *after* the user's code, so rustc's `.loc` lines and diagnostics
/// for the user's lines are the user's own line numbers; the crate attributes a `no_core`
/// crate needs come from `-Zcrate-attr` (allowed by `RUSTC_BOOTSTRAP=1`), since they could
/// not follow the user's items. `isr!` is `#[macro_export]`ed, so it can be used above its
/// definition. Messages about the prelude's own lines are filed under `isrx_prelude.rs`.
enum RustBuild {
  /// Marker item at the top of the prelude: `isrx expand` cuts the expansion there.
  static let preludeMarker = "ISRX_PRELUDE_BELOW"

  static let crateAttributes = [
    "no_core",
    "feature(no_core, lang_items, rustc_attrs, intrinsics, auto_traits, abi_x86_interrupt, abi_riscv_interrupt, abi_avr_interrupt, abi_msp430_interrupt)",
    "allow(internal_features, unexpected_cfgs, non_camel_case_types)",
  ]

  static func run(_ job: BuildJob, with rustc: CompilerInfo, timeLimit: Double) throws(ToolchainError) -> BuildOutput {
    guard let rust = RustTarget.forTarget(job.target) else {
      throw .compilerMissing(target: job.target.name, install: "isrx has no rustc target for \(job.target.name)")
    }
    let prelude = try Resources.text("prelude/isrx_prelude.rs")
    var source = job.source
    if !source.hasSuffix("\n") { source += "\n" }
    let userLines = source.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    var environment = ProcessInfo.processInfo.environment
    environment["RUSTC_BOOTSTRAP"] = "1"
    return try PrivateDirectory.with { directory throws(ToolchainError) in
      do { try (source + prelude).write(to: directory.appendingPathComponent(job.inputName), atomically: false, encoding: .utf8) } catch {
        throw .launchFailed(tool: "write \(job.inputName)", reason: "\(error)")
      }
      var arguments = [
        "--edition", "2021", "--crate-type", "lib", "--crate-name", "isr", "--target", rust.triple,
        "-C", "opt-level=2", "-C", "panic=abort", "-C", "debuginfo=2", "-C", "relocation-model=static",
        "-C", "codegen-units=1",
      ] + rust.codegenOptions
      arguments += crateAttributes.map { "-Zcrate-attr=\($0)" }
      arguments += translate(job.extraArguments)
      switch job.mode {
      case .c:
        arguments += ["--emit", "asm=out.s,obj=out.o", job.inputName]
      case .preprocessOnly:
        arguments += ["-Zunpretty=expanded", job.inputName, "-o", "out.s"]
      case .assemblyWithPreprocessor:
        throw .launchFailed(tool: "rustc", reason: "assembly templates are built by clang, not rustc")
      }
      let commands = [["RUSTC_BOOTSTRAP=1", rustc.path] + arguments]
      let result = try ProcessRunner.run(rustc.path, arguments, in: directory, environment: environment, timeLimit: timeLimit)
      let diagnostics = Diagnostic.parseRustc(result.standardError).map { remap($0, userLines: userLines) }
      var text = FileContents.text(at: directory.appendingPathComponent("out.s")) ?? ""
      guard result.exitStatus == 0 else {
        var diagnostics = diagnostics
        if !diagnostics.contains(where: { $0.severity == .error }) {
          let message = result.standardError.isEmpty ? Toolchain.describeEnd(of: result, tool: "rustc") : result.standardError
          diagnostics.append(Diagnostic(file: nil, line: nil, column: nil, severity: .error, message: message))
        }
        return BuildOutput(
          job: job, succeeded: false, assembly: "", object: [], diagnostics: diagnostics,
          commands: commands, compilerVersion: rustc.version, toolSeconds: result.seconds, stackUsageReport: "")
      }
      if job.mode == .preprocessOnly { text = userPart(ofExpansion: text) }
      let object = FileContents.bytes(at: directory.appendingPathComponent("out.o")) ?? []
      let listing = AsmListing(parsing: text, dialect: job.target.dialect)
      var commandsRun = commands
      var seconds = result.seconds
      // What each listing instruction became in rustc's own object (no relaxation there:
      // RISC-V `call` stays `auipc` + `jalr` after linking).
      var machineCode: MachineCodeMap?
      if job.mode == .c, let objdump = MachineCodeReader.disassemblerOnPath() {
        let objdumpArguments = ["-d", "-r", "--no-show-raw-insn", "out.o"]
        commandsRun.append([objdump] + objdumpArguments)
        if let dump = try? ProcessRunner.run(objdump, objdumpArguments, in: directory, timeLimit: timeLimit), dump.exitStatus == 0 {
          seconds += dump.seconds
          machineCode = MachineCodeReader.alignedMap(
            object: object, disassembly: dump.standardOutput, listing: listing, dialect: job.target.dialect)
        }
      }
      return BuildOutput(
        job: job, succeeded: true, assembly: text, object: object, diagnostics: diagnostics,
        commands: commandsRun, compilerVersion: rustc.version, toolSeconds: seconds, stackUsageReport: "",
        machineCode: machineCode, parsedListing: listing)
    }
  }

  /// C-style extra flags in rustc's terms: `-DNAME[=V]` → `--cfg NAME[="V"]`, `-O2` →
  /// `-C opt-level=2`; `--cfg X` pairs (isrx's own) pass; other C flags mean nothing here.
  static func translate(_ flags: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < flags.count {
      let flag = flags[index]
      defer { index += 1 }
      if flag == "--cfg", index + 1 < flags.count {
        result += ["--cfg", flags[index + 1]]
        index += 1
      } else if flag.hasPrefix("-D"), flag.count > 2 {
        let body = flag.dropFirst(2)
        if let equals = body.firstIndex(of: "=") {
          result += ["--cfg", "\(body[..<equals])=\"\(body[body.index(after: equals)...])\""]
        } else {
          result += ["--cfg", String(body)]
        }
      } else if flag.hasPrefix("-O"), flag.count == 3 {
        let level = flag.dropFirst(2)
        result += ["-C", "opt-level=\(level == "g" ? "1" : level)"]
      }
    }
    return result
  }

  /// Messages on lines past the user's file are about the appended prelude.
  static func remap(_ diagnostic: Diagnostic, userLines: Int) -> Diagnostic {
    guard diagnostic.file == Diagnostic.rustSourceName, let line = diagnostic.line, line > userLines else { return diagnostic }
    var moved = diagnostic
    moved.file = Diagnostic.rustPreludeName
    moved.line = line - userLines
    return moved
  }

  /// `-Zunpretty=expanded` prints the whole crate; keep what precedes the prelude.
  static func userPart(ofExpansion text: String) -> String {
    var kept: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.contains(preludeMarker) { break }
      kept.append(line)
    }
    while kept.last?.allSatisfy({ $0 == " " }) == true { kept.removeLast() }
    return kept.joined(separator: "\n")
  }
}
