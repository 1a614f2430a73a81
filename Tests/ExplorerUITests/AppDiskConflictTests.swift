import ExplorerUI
import ISRKit
import Testing

/// A file changed on disk while the buffer has unsaved edits: neither side overwrites the
/// other without asking.
@Suite struct AppDiskConflictTests {
  /// A state for /tmp/x.c loaded with "disk\n" and edited to "!disk\n".
  static func edited() -> AppState {
    var state = makeState("disk\n")
    state.filePath = "/tmp/x.c"
    state.diskText = "disk\n"
    state.buffer.moveTo(TextPosition(line: 0, column: 0))
    press([.char("i"), .char("!")], &state)
    return state
  }

  static func saves(_ effects: [Effect]) -> [Effect] {
    effects.filter { if case .save = $0 { true } else { false } }
  }

  @Test func aChangeOnDiskKeepsTheEditsAndIsMarked() {
    var state = Self.edited()
    _ = AppUpdate.update(&state, .fileChanged(text: "theirs\n"))
    #expect(state.buffer.text == "!disk\n")
    #expect(state.buffer.isModified)
    #expect(state.isChangedOnDisk)
    #expect(state.diskText == "theirs\n")
    let screen = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(screen.contains("x.c [+] [changed on disk]"))
  }

  @Test func savingAfterAChangeOnDiskAsksInsteadOfWriting() {
    var state = Self.edited()
    _ = AppUpdate.update(&state, .fileChanged(text: "theirs\n"))
    #expect(Self.saves(press([.ctrl("s")], &state)).isEmpty)
    #expect(state.isConfirmingOverwrite)
    #expect(state.status?.contains("file changed on disk since loaded") == true)
    let screen = AppView.render(state, size: state.size).lines.joined(separator: "\n")
    #expect(screen.contains("o overwrite   r reload (lose edits)   c cancel"))
    // Other keys do nothing while asking (no typing into the buffer).
    press([.char("x"), .char("q"), .tab], &state)
    #expect(state.buffer.text == "!disk\n" && state.isConfirmingOverwrite && !state.isQuitting)
  }

  @Test func overwriteWritesTheBufferExpectingTheirText() {
    var state = Self.edited()
    _ = AppUpdate.update(&state, .fileChanged(text: "theirs\n"))
    press([.ctrl("s")], &state)
    let effects = press([.char("o")], &state)
    #expect(effects == [.save(text: "!disk\n", path: "/tmp/x.c", expecting: "theirs\n")])
    #expect(!state.isConfirmingOverwrite)
    _ = AppUpdate.update(&state, .saveFinished(text: "!disk\n", error: nil))
    #expect(!state.isChangedOnDisk && !state.buffer.isModified)
    #expect(state.diskText == "!disk\n")
    // The next save does not ask.
    #expect(Self.saves(press([.ctrl("s")], &state)).count == 1)
  }

  @Test func reloadTakesTheirTextAndUndoBringsTheEditsBack() {
    var state = Self.edited()
    _ = AppUpdate.update(&state, .fileChanged(text: "theirs\n"))
    press([.ctrl("s"), .char("r")], &state)
    #expect(state.buffer.text == "theirs\n")
    #expect(!state.buffer.isModified && !state.isChangedOnDisk && !state.isConfirmingOverwrite)
    press([.ctrl("z")], &state)
    #expect(state.buffer.text == "!disk\n")
    #expect(state.buffer.isModified)
  }

  @Test func cancelChangesNothing() {
    var state = Self.edited()
    _ = AppUpdate.update(&state, .fileChanged(text: "theirs\n"))
    for key in [Key.char("c"), .escape, .ctrl("c")] {
      press([.ctrl("s")], &state)
      #expect(press([key], &state).isEmpty)
      #expect(!state.isConfirmingOverwrite && state.isChangedOnDisk)
      #expect(state.buffer.text == "!disk\n" && state.mode == .edit)
    }
  }

  @Test func aChangeToTheBuffersOwnTextClearsTheEdits() {
    var state = Self.edited()
    _ = AppUpdate.update(&state, .fileChanged(text: "!disk\n"))
    #expect(!state.buffer.isModified && !state.isChangedOnDisk)
  }

  @Test func undoingEveryEditShowsTheChangedFile() {
    var state = Self.edited()
    _ = AppUpdate.update(&state, .fileChanged(text: "theirs\n"))
    press([.ctrl("z")], &state)
    #expect(state.buffer.text == "theirs\n")
    #expect(!state.isChangedOnDisk && !state.buffer.isModified)
  }

  @Test func theSameTextOnDiskIsNotAChange() {
    var state = Self.edited()
    _ = AppUpdate.update(&state, .fileChanged(text: "disk\n"))  // touched, same text
    #expect(!state.isChangedOnDisk)
    #expect(Self.saves(press([.ctrl("s")], &state)).count == 1)
  }

  @Test func aFailedSaveKeepsTheEdits() {
    var state = Self.edited()
    _ = AppUpdate.update(&state, .saveFinished(text: "!disk\n", error: "Permission denied"))
    #expect(state.buffer.isModified)
    #expect(state.diskText == "disk\n")
    #expect(state.status == "save failed: Permission denied")
  }
}
