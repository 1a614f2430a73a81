import Foundation
import Testing
@testable import ISRKit

/// Issue 10 (bounded memory): caches keyed by source text stay within their byte budget.
@Suite struct BoundedCacheTests {
  @Test func neverHoldsMoreThanItsBudget() {
    let cache = BoundedCache<Int, String>(budget: 10_000)
    for n in 0..<5_000 {
      cache.store("value \(n)", for: n, bytes: 1 + (n * 7919) % 900)
      #expect(cache.bytes <= 10_000)
    }
    #expect(cache.count > 10)  // still a cache: recent entries stay
    #expect(cache.value(for: 4_999) == "value 4999")
  }

  @Test func evictsTheOldestFirst() {
    let cache = BoundedCache<String, Int>(budget: 300)
    cache.store(1, for: "a", bytes: 100)
    cache.store(2, for: "b", bytes: 100)
    cache.store(3, for: "c", bytes: 100)
    cache.store(4, for: "d", bytes: 150)  // needs room for 150: a and b go, c stays
    #expect(cache.value(for: "a") == nil)
    #expect(cache.value(for: "b") == nil)
    #expect(cache.value(for: "c") == 3)
    #expect(cache.value(for: "d") == 4)
    #expect(cache.bytes == 250)
  }

  @Test func storingAgainReplacesTheSize() {
    let cache = BoundedCache<String, Int>(budget: 1_000)
    for n in 0..<10_000 { cache.store(n, for: "same", bytes: 600) }
    #expect(cache.count == 1)
    #expect(cache.bytes == 600)
    #expect(cache.value(for: "same") == 9_999)
  }

  @Test func aValueLargerThanTheBudgetIsNotStored() {
    let cache = BoundedCache<String, Int>(budget: 100)
    cache.store(1, for: "small", bytes: 50)
    cache.store(2, for: "huge", bytes: 101)
    #expect(cache.value(for: "huge") == nil)
    #expect(cache.value(for: "small") == 1)
    #expect(cache.bytes == 50)
  }

  @Test func toolchainBuildCacheStaysWithinItsBudget() throws {
    let target = try #require(availableTargets.first)
    func job(_ n: Int) -> BuildJob { BuildJob(target: target, mode: .c, source: tickSource + "int edit_\(n);\n") }
    // Room for about three builds of this size.
    let budget = try sharedToolchain.build(job(0)).approximateBytes * 7 / 2
    let toolchain = Toolchain(compilers: sharedToolchain.compilers, cacheBudget: budget)
    for n in 0..<8 {
      _ = try toolchain.build(job(n))
      #expect(toolchain.cacheUsage.bytes <= budget)
    }
    #expect(toolchain.cacheUsage.bytes > budget / 2)
  }
}
