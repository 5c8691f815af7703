import EvidenceModel
import EvidencePackCore
import Foundation

/// The two builds a carry-over test needs, run with one exporter over `BundleFixture`'s bundle: the
/// exporter's memory in a cache folder, the previous pack beside it, and each record's origin made from
/// its provenance (as the pipeline's import keys are). The tests assert on the bytes it returns.
public struct CarryOverScenario {
    public let exporter: any Exporter
    /// The file the exporter writes under `data/` (`pack.json`, `pack.xml`).
    public let file: String
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carry-over-\(UUID().uuidString)")

    public init(exporter: any Exporter, file: String) {
        self.exporter = exporter
        self.file = file
    }

    func pack(_ name: String) -> URL { folder.appendingPathComponent(name) }
    func bytes(_ name: String) throws -> Data { try Data(contentsOf: pack(name).appendingPathComponent("data/" + file)) }

    func export(_ bundle: EvidenceBundle, into name: String, previous: String?, cache: String? = "cache") async throws {
        let payload = pack(name).appendingPathComponent("data")
        try FileManager.default.createDirectory(at: payload, withIntermediateDirectories: true)
        var context = ExportContext(inputsRoot: folder, memory: cache.map {
            ExportMemory(cacheFolder: pack($0), exporterID: exporter.descriptor.id, previousPack: previous.map(pack))
        })
        context.recordOrigins = Dictionary(uniqueKeysWithValues: bundle.records.map { ($0.id, "key-of-" + $0.provenance.sha256 + "|" + $0.id) })
        try await exporter.export(bundle, to: OutputDirectory(root: payload), context: context)
    }

    static func nextDay(_ bundle: EvidenceBundle) -> EvidenceBundle {
        var next = bundle
        next.referenceDate = CalendarDate(daysSinceEpoch: bundle.referenceDate.daysSinceEpoch + 1)
        return next
    }

    /// Day one with the cache; day two carried over from it; day two written afresh without a cache.
    public func carriedAndFresh() async throws -> (dayOne: Data, carried: Data, fresh: Data) {
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try BundleFixture.bundle()
        try await export(bundle, into: "day1", previous: nil)
        try await export(Self.nextDay(bundle), into: "day2", previous: "day1")
        try await export(Self.nextDay(bundle), into: "fresh", previous: nil, cache: nil)
        return (try bytes("day1"), try bytes("day2"), try bytes("fresh"))
    }

    /// Day two's file when the first record keeps its origin but its first line is set to 999999 (only
    /// a carry-over still writes the old bytes), and the same after one byte of that record in the
    /// previous file (`marker(record id)` finds it) is changed.
    public func sameOriginOtherContent(marker: (String) -> String) async throws -> (carried: String, afterChange: String) {
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try BundleFixture.bundle()
        try await export(bundle, into: "day1", previous: nil)
        try FileManager.default.copyItem(at: pack("cache"), to: pack("cache-copy"))
        // The pipeline never does this: an origin is the import's cache key, which the content follows.
        var changed = Self.nextDay(bundle)
        changed.records[0].provenance.firstLine = 999_999
        try await export(changed, into: "day2", previous: "day1")
        let carried = String(decoding: try bytes("day2"), as: UTF8.self)
        var dayOne = try bytes("day1")
        guard let own = dayOne.range(of: Data(marker(bundle.records[0].id).utf8)) else { return (carried, "") }
        dayOne[own.upperBound - 2] ^= 0x01
        try dayOne.write(to: pack("day1").appendingPathComponent("data/" + file))
        try await export(changed, into: "day2-again", previous: "day1", cache: "cache-copy")
        return (carried, String(decoding: try bytes("day2-again"), as: UTF8.self))
    }
}
