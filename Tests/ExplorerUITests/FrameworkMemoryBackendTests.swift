import Testing

import ExplorerUI

@Suite struct FrameworkMemoryBackendTests {
  @Test func recordsFramesAndReplaysKeys() {
    let backend = MemoryBackend(size: Size(width: 4, height: 1), keys: [.char("a"), .ctrl("s")])
    var grid = CellGrid(size: backend.size)
    grid.put("hi", x: 0, y: 0, style: .plain)
    backend.present(grid)
    #expect(backend.lastFrame?.lines == ["hi  "])
    #expect(backend.nextKey(timeoutMilliseconds: 0) == .char("a"))
    #expect(backend.nextKey(timeoutMilliseconds: 0) == .ctrl("s"))
    #expect(backend.nextKey(timeoutMilliseconds: 0) == nil)
    backend.stop()
    #expect(backend.isStopped)
  }
}
