import ExplorerUI
import Foundation
import ISRKit
import Testing

/// The pure recovery logic: the file format, names, directories, the offer and its wording,
/// and when copies are written and removed.
@Suite struct AppRecoveryTests {
  static let utc = TimeZone(identifier: "UTC")!

  @Test func recordsRoundTripThroughTheirFileFormat() {
    let texts = ["", "int x;\n", "a\n\nb\n\n\n", "isrx recovery 1\npath: x\n\nfake header", "漢字\r\n"]
    for text in texts {
      for path in ["/tmp/a.c", "/odd\\dir/new\nline.c", nil] as [String?] {
        let record = RecoveryRecord(
          path: path, time: Date(timeIntervalSince1970: 1_714_564_800.25), pid: 42, text: text)
        let decoded = RecoveryRecord(decoding: record.encoded)
        #expect(decoded == record, "\(String(describing: path)) \(text.debugDescription)")
      }
    }
  }

  @Test func theFileFormatIsReadableByPeople() {
    let record = RecoveryRecord(
      path: "/home/me/timer.c", time: Date(timeIntervalSince1970: 1_714_564_800), pid: 7,
      text: "ISR(timer) {}\n")
    #expect(
      record.encoded == """
        isrx recovery 1
        path: /home/me/timer.c
        time: 1714564800.000 (2024-05-01 12:00:00 UTC)
        pid: 7

        ISR(timer) {}

        """)
    let sample = RecoveryRecord(path: nil, time: Date(timeIntervalSince1970: 0), text: "x")
    #expect(sample.encoded.contains("\npath: sample\n"))
  }

  @Test func damagedOrForeignFilesAreNotRecords() {
    #expect(RecoveryRecord(decoding: "") == nil)
    #expect(RecoveryRecord(decoding: "hello\n\nworld") == nil)
    #expect(RecoveryRecord(decoding: "isrx recovery 1\npath: /a\n\ntext") == nil)  // no time
    #expect(RecoveryRecord(decoding: "isrx recovery 1\ntime: 5\n\ntext") == nil)  // no path
    #expect(RecoveryRecord(decoding: "isrx recovery 1\npath: /a\ntime: 5") == nil)  // cut short
    #expect(RecoveryRecord(decoding: "isrx recovery 1\npath: /a\ntime: 5\n\n")?.text == "")
  }

  @Test func fileNamesHashTheAbsolutePath() {
    #expect(Recovery.fileName(for: nil) == "sample")
    let a = Recovery.fileName(for: "/home/me/timer.c")
    #expect(a == Recovery.fileName(for: "/home/me/timer.c"))
    #expect(a.hasPrefix("timer.c-") && a.hasSuffix(".recovery"))
    #expect(a != Recovery.fileName(for: "/home/you/timer.c"))
    #expect(Recovery.hexHash("") == "cbf29ce484222325")  // FNV-1a offset basis
    #expect(Recovery.hexHash("a") == "af63dc4c8601ec8c")
    let odd = Recovery.fileName(for: "/x/we ird/na me?*\n.c")
    #expect(!odd.contains("/") && !odd.contains(" ") && !odd.contains("\n"))
    let long = Recovery.fileName(for: "/" + String(repeating: "n", count: 300) + ".c")
    #expect(long.utf8.count < 100)
  }

  @Test func theDirectoryFollowsXDGStateHome() {
    #expect(
      Recovery.directory(environment: ["XDG_STATE_HOME": "/s/"], home: "/h")
        == "/s/isrx/recovery")
    #expect(
      Recovery.directory(environment: ["XDG_STATE_HOME": "rel", "HOME": "/u"], home: "/h")
        == "/u/.local/state/isrx/recovery")
    #expect(
      Recovery.directory(environment: ["XDG_STATE_HOME": ""], home: "/h")
        == "/h/.local/state/isrx/recovery")
  }

  @Test func absolutePathsResolveDotsAgainstTheCurrentDirectory() {
    #expect(Recovery.absolutePath("a.c", currentDirectory: "/w/p") == "/w/p/a.c")
    #expect(Recovery.absolutePath("./x/../a.c", currentDirectory: "/w/p/") == "/w/p/a.c")
    #expect(Recovery.absolutePath("../../../a.c", currentDirectory: "/w") == "/a.c")
    #expect(Recovery.absolutePath("/abs//a.c", currentDirectory: "/w") == "/abs/a.c")
  }

  @Test func aCopyIsOfferedOnlyWhenItsTextDiffers() {
    let now = Date(timeIntervalSince1970: 1_000_000)
    let record = RecoveryRecord(path: "/a.c", time: now.addingTimeInterval(-300), text: "edited")
    #expect(
      Recovery.offer(record, diskText: "edited", diskDate: nil, fallbackText: "", now: now) == nil)
    let offer = Recovery.offer(
      record, diskText: "original", diskDate: now.addingTimeInterval(-600), fallbackText: "",
      now: now, timeZone: Self.utc)
    #expect(offer?.isOlderThanFile == false)
    #expect(offer?.timeText == "1970-01-12 13:41:40 (5 min ago)")
    // Saved by someone after the copy was written: still offered, with a warning.
    let newer = Recovery.offer(
      record, diskText: "theirs", diskDate: now.addingTimeInterval(-10), fallbackText: "",
      now: now)
    #expect(newer?.isOlderThanFile == true)
    // No file on disk: compared with the text the buffer would start from.
    #expect(Recovery.offer(record, diskText: nil, diskDate: nil, fallbackText: "edited") == nil)
    #expect(Recovery.offer(record, diskText: nil, diskDate: nil, fallbackText: "sample") != nil)
  }

  @Test func agesReadNaturally() {
    #expect(Recovery.ago(0) == "just now")
    #expect(Recovery.ago(42) == "42 s ago")
    #expect(Recovery.ago(125) == "2 min ago")
    #expect(Recovery.ago(7200) == "2 h ago")
    #expect(Recovery.ago(86400 * 1.5) == "1 day ago")
    #expect(Recovery.ago(86400 * 3) == "3 days ago")
    #expect(Recovery.ago(-60) == "in the future")
  }

  // MARK: - Scheduler

  @Test func aCopyIsWrittenASecondAfterTheLastEdit() {
    var scheduler = RecoveryScheduler()
    let t0 = Date(timeIntervalSince1970: 0)
    #expect(scheduler.step(isModified: false, version: 0, now: t0) == nil)
    #expect(scheduler.step(isModified: true, version: 1, now: t0) == nil)
    #expect(scheduler.step(isModified: true, version: 1, now: t0 + 0.5) == nil)
    #expect(scheduler.step(isModified: true, version: 2, now: t0 + 0.6) == nil)
    #expect(scheduler.step(isModified: true, version: 2, now: t0 + 1.5) == nil)
    #expect(scheduler.step(isModified: true, version: 2, now: t0 + 1.6) == .write(version: 2))
    scheduler.didWrite(version: 2)
    #expect(scheduler.step(isModified: true, version: 2, now: t0 + 5) == nil)
    #expect(scheduler.hasFile)
  }

  @Test func continuousTypingIsStillWrittenEveryFewSeconds() {
    var scheduler = RecoveryScheduler()
    let t0 = Date(timeIntervalSince1970: 0)
    var writes: [Double] = []
    for tick in 0..<100 {  // a key every 0.1 s for 10 s
      let now = t0 + Double(tick) * 0.1
      if case .write(let version)? = scheduler.step(isModified: true, version: tick + 1, now: now) {
        writes.append(Double(tick) * 0.1)
        scheduler.didWrite(version: version)
      }
    }
    #expect(writes.count >= 3)
    #expect(writes.allSatisfy { $0 >= RecoveryScheduler.maxDelay - 0.01 || $0 == 0 })
    #expect(zip(writes, writes.dropFirst()).allSatisfy { $1 - $0 <= RecoveryScheduler.maxDelay + 0.11 })
  }

  @Test func theCopyIsRemovedWhenNothingIsUnsaved() {
    var scheduler = RecoveryScheduler()
    let t0 = Date(timeIntervalSince1970: 0)
    _ = scheduler.step(isModified: true, version: 1, now: t0)
    #expect(scheduler.step(isModified: true, version: 1, now: t0 + 2) == .write(version: 1))
    scheduler.didWrite(version: 1)
    // Saved (or undone back to the saved text).
    #expect(scheduler.step(isModified: false, version: 1, now: t0 + 3) == .remove)
    scheduler.didRemove()
    #expect(scheduler.step(isModified: false, version: 1, now: t0 + 4) == nil)
    // A copy found at start-up counts as ours once adopted.
    var adopted = RecoveryScheduler(hasFile: true)
    #expect(adopted.step(isModified: false, version: 0, now: t0) == .remove)
    adopted.adopt()
    _ = adopted.step(isModified: true, version: 3, now: t0)
    #expect(adopted.step(isModified: true, version: 3, now: t0 + 1) == .write(version: 3))
  }

  // MARK: - Recovery question in the app

  static func offering(_ text: String = "ISR(a) {}\n") -> AppState {
    var state = makeState("original\n")
    state.filePath = "/tmp/x.c"
    state.diskText = "original\n"
    state.recoveryOffer = RecoveryOffer(
      record: RecoveryRecord(path: "/tmp/x.c", time: Date(timeIntervalSince1970: 0), text: text),
      isOlderThanFile: false, timeText: "1970-01-01 00:00:00 (ages ago)")
    return state
  }

  @Test func theRecoveryQuestionShowsAndTakesEveryKey() {
    var state = Self.offering()
    let screen = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(screen.contains("Recover unsaved edits from 1970-01-01 00:00:00 (ages ago)?"))
    #expect(screen.contains("r restore   d discard   k keep the file"))
    #expect(screen.contains("of /tmp/x.c"))
    // Commands, typing and quitting do nothing while it is open.
    #expect(press([.char("i"), .char("q"), .ctrl("c"), .tab, .char("x"), .ctrl("s")], &state).isEmpty)
    #expect(state.mode == .explore && !state.isQuitting && !state.showsBreakdown)
    #expect(state.buffer.text == "original\n")
  }

  @Test func restoringPutsTheCopyInTheBufferAsUnsavedEdits() {
    var state = Self.offering()
    let effects = press([.char("r")], &state)
    #expect(state.recoveryOffer == nil)
    #expect(state.buffer.text == "ISR(a) {}\n")
    #expect(state.buffer.isModified)
    #expect(effects.contains { if case .compile = $0 { true } else { false } })
    #expect(state.status?.contains("restored") == true)
    // Undo goes back to the file's text; saving writes the recovered text.
    press([.char("i"), .ctrl("z")], &state)
    #expect(state.buffer.text == "original\n")
    press([.ctrl("y")], &state)
    #expect(
      press([.ctrl("s")], &state)
        == [.save(text: "ISR(a) {}\n", path: "/tmp/x.c", expecting: "original\n")])
  }

  @Test func discardingAndKeepingLeaveTheFileAndAskTheRuntime() {
    var state = Self.offering()
    #expect(press([.char("d")], &state) == [.discardRecovery])
    #expect(state.buffer.text == "original\n" && !state.buffer.isModified)
    state = Self.offering()
    #expect(press([.char("k")], &state) == [.keepRecovery])
    state = Self.offering()
    #expect(press([.escape], &state) == [.keepRecovery])
    #expect(state.recoveryOffer == nil)
    // Afterwards keys work again.
    press([.char("i")], &state)
    #expect(state.mode == .edit)
  }

  @Test func anOlderCopyWarnsThatTheFileWasSavedSince() {
    var state = Self.offering()
    state.recoveryOffer?.isOlderThanFile = true
    let screen = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(screen.contains("The file was saved after this copy was written."))
  }
}
