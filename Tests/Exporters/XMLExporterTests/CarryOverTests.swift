import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import XMLExporter
import Testing

/// With a cache, a record whose origin is unchanged has its XML carried over from the pack being
/// replaced (checked by that file's SHA-256): the bytes are those a fresh encoding gives.
@Suite struct PackXMLCarryOverTests {
    struct Run {
        let folder: URL
        func pack(_ name: String) -> URL { folder.appendingPathComponent(name) }
        func xml(_ name: String) throws -> Data { try Data(contentsOf: pack(name).appendingPathComponent("data/pack.xml")) }
    }

    func export(_ bundle: EvidenceBundle, run: Run, into name: String, previous: String?, cache: Bool = true, cacheName: String = "cache") async throws {
        let payload = run.pack(name).appendingPathComponent("data")
        try FileManager.default.createDirectory(at: payload, withIntermediateDirectories: true)
        var context = ExportContext(inputsRoot: run.folder, memory: cache ? ExportMemory(cacheFolder: run.pack(cacheName), exporterID: "xml",
                                                                                          previousPack: previous.map(run.pack)) : nil)
        context.recordOrigins = Dictionary(uniqueKeysWithValues: bundle.records.map { ($0.id, "key-of-" + $0.provenance.sha256 + "|" + $0.id) })
        try await XMLExporter().export(bundle, to: OutputDirectory(root: payload), context: context)
    }

    func nextDay(_ bundle: EvidenceBundle) -> EvidenceBundle {
        var next = bundle
        next.referenceDate = CalendarDate(daysSinceEpoch: bundle.referenceDate.daysSinceEpoch + 1)
        return next
    }

    @Test func carriedRecordsGiveTheBytesOfAFreshEncoding() async throws {
        let run = Run(folder: FileManager.default.temporaryDirectory.appendingPathComponent("xml-carry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let bundle = try BundleFixture.bundle()
        #expect(bundle.records.count > 1)
        try await export(bundle, run: run, into: "day1", previous: nil)
        try await export(nextDay(bundle), run: run, into: "day2", previous: "day1")
        try await export(nextDay(bundle), run: run, into: "fresh", previous: nil, cache: false)
        #expect(try run.xml("day2") == run.xml("fresh"))
        #expect(try run.xml("day2") != run.xml("day1"))
    }

    @Test func theRecordsAreTakenFromThePreviousFileNotEncodedAgain() async throws {
        let run = Run(folder: FileManager.default.temporaryDirectory.appendingPathComponent("xml-carry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let bundle = try BundleFixture.bundle()
        try await export(bundle, run: run, into: "day1", previous: nil)
        try FileManager.default.copyItem(at: run.pack("cache"), to: run.pack("cache-copy"))
        // The same origins with other content: only a carry-over still writes the first bytes. (The
        // pipeline never does this: an origin is the import's cache key, which the content follows.)
        var changed = nextDay(bundle)
        changed.records[0].provenance.firstLine = 999_999
        try await export(changed, run: run, into: "day2", previous: "day1")
        let day2 = String(decoding: try run.xml("day2"), as: UTF8.self)
        #expect(!day2.contains("999999"))
        // A changed byte in the previous file (the memo still the one written with it): that record is not taken from it.
        var day1 = try run.xml("day1")
        // A byte of the first record's own id, so only that record's bytes no longer check out.
        let own = try #require(day1.range(of: Data("id=\"\(bundle.records[0].id)\"".utf8)))
        day1[own.upperBound - 2] ^= 0x01
        try day1.write(to: run.pack("day1").appendingPathComponent("data/pack.xml"))
        try await export(changed, run: run, into: "day2-again", previous: "day1", cacheName: "cache-copy")
        #expect(String(decoding: try run.xml("day2-again"), as: UTF8.self).contains("999999"))
    }
}
