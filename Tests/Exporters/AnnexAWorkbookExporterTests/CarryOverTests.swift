import AnnexASampleGenerator
import AnnexAWorkbookExporter
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// A build whose Annex A sources did not change carries the lists over from the pack it replaces
/// (checked by SHA-256) instead of reading the rows again, and writes exactly what reading them
/// would have written; anything that does not check out is written from the rows.
@Suite struct CarryOverTests {
    let exporter = AnnexAWorkbookExporter()
    static let files = ["annex-a/annex-a.xlsx", "annex-a/list-01.csv", "annex-a/list-06.csv", "annex-a/validation-report.txt"]

    /// A generated set imported once, and an export of it into `pack/data` for `day`.
    func export(_ set: AnnexAWorkbookExporterTests.Exported, day: CalendarDate, into pack: URL, memory: ExportMemory?) async throws -> ExportShelf {
        var bundle = set.bundle
        bundle.referenceDate = day
        let payload = pack.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: payload, withIntermediateDirectories: true)
        let shelf = ExportShelf()
        try await exporter.export(bundle, to: OutputDirectory(root: payload), context: ExportContext(inputsRoot: set.inputs, shelf: shelf, memory: memory))
        return shelf
    }

    func memory(_ set: AnnexAWorkbookExporterTests.Exported, previous: URL?) -> ExportMemory {
        ExportMemory(cacheFolder: set.folder.appendingPathComponent("cache"), exporterID: exporter.descriptor.id, previousPack: previous)
    }

    /// The Annex A files of two packs are byte for byte the same.
    func expectSameFiles(_ pack: URL, _ other: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for name in Self.files {
            let a = try Data(contentsOf: pack.appendingPathComponent("data/" + name)), b = try Data(contentsOf: other.appendingPathComponent("data/" + name))
            #expect(a == b, "\(name)", sourceLocation: sourceLocation)
        }
    }

    static let nextDay = CalendarDate(daysSinceEpoch: AnnexAWorkbookExporterTests.referenceDate.daysSinceEpoch + 1)

    @Test func theNextDaysListsAreCarriedOverWithoutReadingARowAndEqualAFreshExport() async throws {
        let set = try await AnnexAWorkbookExporterTests().exportGeneratedSet(seed: 13, size: .small)
        defer { set.cleanup() }
        let previous = set.folder.appendingPathComponent("previous")
        _ = try await export(set, day: AnnexAWorkbookExporterTests.referenceDate, into: previous, memory: memory(set, previous: nil))
        let fresh = set.folder.appendingPathComponent("fresh")
        let freshShelf = try await export(set, day: Self.nextDay, into: fresh, memory: nil)
        // The inputs taken away: only a carry-over can still write every row.
        let away = set.folder.appendingPathComponent("inputs-away")
        try FileManager.default.moveItem(at: set.inputs, to: away)
        let carried = set.folder.appendingPathComponent("carried")
        let carriedShelf = try await export(set, day: Self.nextDay, into: carried, memory: memory(set, previous: previous))
        try expectSameFiles(carried, fresh)
        #expect(carriedShelf.annexAAnalysis == freshShelf.annexAAnalysis)
        #expect(carriedShelf.annexAAnalysis != nil)
        // And again from the carried-over pack (its memo now points into it).
        let again = set.folder.appendingPathComponent("again")
        _ = try await export(set, day: Self.nextDay, into: again, memory: memory(set, previous: carried))
        try expectSameFiles(again, fresh)
    }

    @Test(arguments: ["annex-a/list-06.csv", "annex-a/annex-a.xlsx"])
    func aChangedFileInThePreviousPackIsNotCarriedOver(_ changed: String) async throws {
        let set = try await AnnexAWorkbookExporterTests().exportGeneratedSet(seed: 17, size: .tiny)
        defer { set.cleanup() }
        let previous = set.folder.appendingPathComponent("previous")
        _ = try await export(set, day: AnnexAWorkbookExporterTests.referenceDate, into: previous, memory: memory(set, previous: nil))
        // Same size, one byte different.
        let url = previous.appendingPathComponent("data/" + changed)
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: url)
        let fresh = set.folder.appendingPathComponent("fresh")
        _ = try await export(set, day: Self.nextDay, into: fresh, memory: nil)
        let rebuilt = set.folder.appendingPathComponent("rebuilt")
        _ = try await export(set, day: Self.nextDay, into: rebuilt, memory: memory(set, previous: previous))
        try expectSameFiles(rebuilt, fresh)
        // The lists linked before the carry-over was given up on were written as new files, not through
        // the links (which would have rewritten the previous pack's).
        let inode = { (pack: URL) in
            (try FileManager.default.attributesOfItem(atPath: pack.appendingPathComponent("data/annex-a/list-01.csv").path)[.systemFileNumber] as? Int) ?? -1
        }
        #expect(try inode(rebuilt) != inode(previous))
    }

    @Test func changedSourcesOrADamagedMemoAreWrittenFromTheRows() async throws {
        let set = try await AnnexAWorkbookExporterTests().exportGeneratedSet(seed: 19, size: .tiny)
        defer { set.cleanup() }
        let previous = set.folder.appendingPathComponent("previous")
        _ = try await export(set, day: AnnexAWorkbookExporterTests.referenceDate, into: previous, memory: memory(set, previous: nil))
        let memo = set.folder.appendingPathComponent("cache/exports/\(exporter.descriptor.id).memo")
        var bytes = try Data(contentsOf: memo)
        bytes[bytes.count - 3] ^= 0xFF
        try bytes.write(to: memo)
        let fresh = set.folder.appendingPathComponent("fresh")
        _ = try await export(set, day: Self.nextDay, into: fresh, memory: nil)
        let rebuilt = set.folder.appendingPathComponent("rebuilt")
        _ = try await export(set, day: Self.nextDay, into: rebuilt, memory: memory(set, previous: previous))
        try expectSameFiles(rebuilt, fresh)
        // A list whose source changed is written from the rows, new row included.
        let list6 = try #require(set.bundle.sources.firstIndex { $0.path == AnnexASampleGenerator.fileName(for: 6) })
        let source = set.inputs.appendingPathComponent(set.bundle.sources[list6].path)
        let handle = try FileHandle(forWritingTo: source)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(try String(contentsOf: source, encoding: .utf8).split(separator: "\n")[1].utf8 + Array("\n".utf8)))
        try handle.close()
        var changed = set
        changed.bundle.sources[list6].sha256 = try FileHashing.sha256(of: source)
        let changedFresh = set.folder.appendingPathComponent("changed-fresh")
        _ = try await export(changed, day: Self.nextDay, into: changedFresh, memory: nil)
        let changedCarried = set.folder.appendingPathComponent("changed-carried")
        _ = try await export(changed, day: Self.nextDay, into: changedCarried, memory: memory(set, previous: rebuilt))
        let csv = "data/annex-a/list-06.csv"
        #expect(try Data(contentsOf: changedCarried.appendingPathComponent(csv)) == Data(contentsOf: changedFresh.appendingPathComponent(csv)))
        #expect(try Data(contentsOf: changedCarried.appendingPathComponent(csv)) != Data(contentsOf: fresh.appendingPathComponent(csv)))
    }
}
