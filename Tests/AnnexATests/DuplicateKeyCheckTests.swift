@testable import AnnexA
import AnnexASampleGenerator
import Testing

/// The duplicate check settles its rows at the end, part by part (and past its limit, row by row);
/// these drive it straight, with enough rows for many parts and a limit met part way, and compare
/// every answer with a plain map's.
@Suite struct DuplicateKeyCheckTests {
    /// What a plain map says for these keys (lines from 1): each repeat with the first line of its
    /// key, and the first line past the limit that was neither remembered nor a repeat.
    private func plainMap(_ keys: [UInt64], limit: Int) -> (repeats: [DuplicateKeyCheck.Repeat], stoppedAt: Int32?) {
        var first: [UInt64: Int32] = [:]
        var repeats: [DuplicateKeyCheck.Repeat] = []
        var stoppedAt: Int32?
        for (offset, key) in keys.enumerated() {
            let line = Int32(offset + 1)
            if let seen = first[key] {
                repeats.append(.init(line: line, first: seen))
            } else if first.count < limit {
                first[key] = line
            } else if stoppedAt == nil {
                stoppedAt = line
            }
        }
        return (repeats, stoppedAt)
    }

    private func check(_ keys: [UInt64], limit: Int, expected: Int) -> (repeats: [DuplicateKeyCheck.Repeat], stoppedAt: Int32?) {
        var check = DuplicateKeyCheck(expected: expected, limit: limit)
        var repeats: [DuplicateKeyCheck.Repeat] = []
        var stoppedAt: Int32?
        for (offset, key) in keys.enumerated() {
            let line = Int32(offset + 1)
            var settled: [DuplicateKeyCheck.Repeat] = []
            let answer = check.take(key, line: line, settling: &settled)
            repeats += settled
            switch answer {
            case .later, .new: break
            case .repeatOf(let first): repeats.append(.init(line: line, first: first))
            case .notRemembered: if stoppedAt == nil { stoppedAt = line }
            }
        }
        repeats += check.finish()
        return (repeats, stoppedAt)
    }

    /// Where two answers first differ (a short message rather than two lists of thousands).
    private func firstDifference(_ got: [DuplicateKeyCheck.Repeat], _ want: [DuplicateKeyCheck.Repeat]) -> String? {
        for (index, pair) in zip(got, want).enumerated() where pair.0 != pair.1 {
            return "repeat \(index): got line \(pair.0.line) (first \(pair.0.first)), want line \(pair.1.line) (first \(pair.1.first))"
        }
        return got.count == want.count ? nil : "got \(got.count) repeats, want \(want.count)"
    }

    /// Keys drawn from a pool a little larger than the rows: about one row in three repeats a key.
    private func keys(count: Int, pool: Int, seed: UInt64) -> [UInt64] {
        var generator = SeededRandom(seed: seed)
        let values = (0..<pool).map { _ in generator.next() }
        return (0..<count).map { _ in values[Int(generator.next() % UInt64(pool))] }
    }

    @Test(arguments: [Int.max, 50_000, 1, 0])
    func answersAsAPlainMapOverManyParts(limit: Int) {
        // 120,000 rows: about thirty parts; a limit of 50,000 hands over to the exact memory part way.
        let keys = keys(count: 120_000, pool: 150_000, seed: 7)
        let want = plainMap(keys, limit: limit)
        let got = check(keys, limit: limit, expected: 0)
        #expect(got.repeats.count == want.repeats.count)
        #expect(firstDifference(got.repeats, want.repeats) == nil)
        #expect(got.stoppedAt == want.stoppedAt)
        if limit >= 50_000 { #expect(want.repeats.count > 10_000) } else { #expect(want.stoppedAt != nil) }
    }

    @Test func answersAsAPlainMapWithFewRepeats() {
        let keys = keys(count: 60_000, pool: 400_000, seed: 11)
        let want = plainMap(keys, limit: .max)
        #expect(firstDifference(check(keys, limit: .max, expected: 60_000).repeats, want.repeats) == nil)
        #expect(want.repeats.count > 1_000)
    }

    @Test func aKeySeenThreeTimesRepeatsTheFirstLineEachTime() {
        let got = check([5, 9, 5, 7, 5, 9], limit: .max, expected: 0)
        #expect(got.repeats == [.init(line: 3, first: 1), .init(line: 5, first: 1), .init(line: 6, first: 2)])
        #expect(got.stoppedAt == nil)
    }
}
