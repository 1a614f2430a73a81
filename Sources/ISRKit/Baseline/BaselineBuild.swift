/// The classic double dispatch for one target, built from real compiler runs:
/// the assembly stub template (per vector, or one shared stub), the C unified handler that
/// dispatches through a table, and the user's ISR body compiled as a plain C handler.
public struct BaselineBuild: Sendable, Hashable {
  /// Whether every vector gets its own copy of the stub.
  public enum StubCopies: String, Sendable, Hashable, Codable {
    case perVector = "per-vector"
    case shared
  }

  public var stub: BuildOutput
  public var dispatcher: BuildOutput
  public var handler: BuildOutput
  public var stubCopies: StubCopies
  /// The template's text, for users who want to read it.
  public var templateSource: String
  /// Built for an exception whose frame carries an error code (`ISR_ERR`): the stub passes
  /// the CPU's code on and drops it before the return, pushing no dummy code.
  public var errorCode = false

  /// Symbol names the pieces define.
  public static let stubSymbol = "isrx_stub"
  public static let dispatcherSymbol = "isrx_unified_handler"

  /// Builds the three pieces for `target` (in parallel; each is cached by content).
  /// `vector` is the vector number the stub passes (it does not change any size).
  public static func build(
    source: String, target: Target, vector: Int, toolchain: Toolchain, extraFlags: [String] = [],
    dispatcherFlags: [String] = [], language: SourceLanguage = .c, handler: String? = nil
  ) throws(ToolchainError) -> BaselineBuild {
    let flags = try FlagPolicy.check(extraFlags)
    let template = try Resources.text("baseline/\(target.baselineTemplate).S")
    // The handler is an error-code exception (`ISR_ERR`) when its declaration says so.
    let name = handler ?? (language == .rust ? PortableISR.declaredRustNames(in: source) : PortableISR.allDeclaredNames(in: source)).first
    let codes = language == .rust ? PortableISR.rustErrorCodeNames(in: source) : PortableISR.errorCodeNames(in: source)
    let errorCode = target.errorCodeBytes != nil && name.map(codes.contains) == true
    let codeFlags = errorCode ? ["-DISRX_ERROR_CODE"] : []
    let dispatcher = try Resources.text("baseline/dispatcher.c")
    let jobs = [
      BuildJob(target: target, mode: .assemblyWithPreprocessor, source: template,
               extraArguments: ["-DISRX_VECTOR=\(vector)"] + codeFlags),
      BuildJob(target: target, mode: .c, source: dispatcher, extraArguments: dispatcherFlags + codeFlags),
      // The same body as a plain function: C's ISR() and Rust's isr! both turn plain under
      // this switch (the stub and dispatcher stay assembly and C whatever the language).
      BuildJob(target: target, mode: .c, source: source,
               extraArguments: flags + (language == .rust ? ["--cfg", "isrx_plain_handlers"] : ["-DISRX_PLAIN_HANDLERS"]),
               language: language),
    ]
    var outputs: [BuildOutput] = []
    for result in toolchain.build(jobs) {
      switch result {
      case .success(let output): outputs.append(output)
      case .failure(let error): throw error
      }
    }
    let copies: StubCopies = template.contains("ISRX-STUB: shared") ? .shared : .perVector
    return BaselineBuild(
      stub: outputs[0], dispatcher: outputs[1], handler: outputs[2], stubCopies: copies,
      templateSource: template, errorCode: errorCode)
  }
}
