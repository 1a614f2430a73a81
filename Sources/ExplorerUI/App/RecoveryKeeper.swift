import Foundation

/// The recovery copy of unsaved edits: offered back at start-up when an earlier run left
/// one, written when the scheduler says (and before every compile, so even a crash in
/// analysis loses no keystroke), removed once the edits are saved or discarded. It reads
/// the state it needs and says what to show; it never changes the state itself.
final class RecoveryKeeper {
  private let store: RecoveryStore
  private var scheduler = RecoveryScheduler()
  /// The absolute path of the edited file (nil: the built-in sample).
  private let absolutePath: String?

  var path: String { store.path }

  init(directory: String, filePath: String?) {
    absolutePath = filePath.map {
      Recovery.absolutePath($0, currentDirectory: FileManager.default.currentDirectoryPath)
    }
    store = RecoveryStore(directory: directory, name: Recovery.fileName(for: absolutePath))
  }

  /// At start-up: the copy an earlier run left, as an offer, or why copies are off.
  func lookForCopy(filePath: String?, bufferText: String) -> (offer: RecoveryOffer?, problem: String?) {
    if let problem = store.prepareDirectory() { return (nil, "recovery copies are off: \(problem)") }
    store.adoptOrphans()
    guard let contents = store.read(), let record = RecoveryRecord(decoding: contents),
      record.path == absolutePath
    else { return (nil, nil) }
    let diskText = filePath.flatMap(DiskFile.readText)
    if let offer = Recovery.offer(
      record, diskText: diskText, diskDate: filePath.flatMap(DiskFile.modificationDate),
      fallbackText: bufferText)
    {
      scheduler = RecoveryScheduler(hasFile: true)
      return (offer, nil)
    }
    store.remove()  // the copy holds nothing the file lacks
    return (nil, nil)
  }

  /// Writes or removes the copy when the scheduler says so; a failure to show, if any.
  func tick(_ state: AppState) -> String? {
    guard state.recoveryOffer == nil else { return nil }
    switch scheduler.step(isModified: state.buffer.isModified, version: state.buffer.version, now: Date()) {
    case .write(let version)?:
      let error = write(state)
      if error == nil { scheduler.didWrite(version: version) } else { scheduler.didFail(now: Date()) }
      return error
    case .remove?:
      remove()
    case nil:
      break
    }
    return nil
  }

  /// Writes the text about to be compiled, unless it is already on disk (or writes are
  /// backing off after a failure).
  func writeBeforeCompile(_ state: AppState) -> String? {
    guard state.recoveryOffer == nil, state.buffer.isModified,
      scheduler.writtenVersion != state.buffer.version, scheduler.mayWrite(now: Date())
    else { return nil }
    let error = write(state)
    if error == nil { scheduler.didWrite(version: state.buffer.version) } else { scheduler.didFail(now: Date()) }
    return error
  }

  /// Writes the copy now if there are unsaved edits (on a termination signal).
  func flush(_ state: AppState) {
    guard state.recoveryOffer == nil, state.buffer.isModified else { return }
    if write(state) == nil { scheduler.didWrite(version: state.buffer.version) }
  }

  func remove() {
    store.remove()
    scheduler.didRemove()
  }

  /// Moves the copy aside (the user chose "keep"); the message to show.
  func keepAside() -> String {
    let stamp = Recovery.format(Date(), timeZone: .current)
      .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: ":", with: "")
    let aside = path + ".kept-" + stamp
    scheduler.didRemove()
    if rename(path, aside) == 0 { return "kept the recovery copy as \(aside)" }
    return "could not move the recovery copy aside: \(String(cString: strerror(errno)))"
  }

  /// Writes the buffer as the copy (0600, in a private directory); the failure, if any.
  private func write(_ state: AppState) -> String? {
    let record = RecoveryRecord(
      path: absolutePath, time: Date(), pid: ProcessInfo.processInfo.processIdentifier,
      text: state.buffer.text)
    return store.write(record.encoded).map { "could not write the recovery copy: \($0)" }
  }
}
