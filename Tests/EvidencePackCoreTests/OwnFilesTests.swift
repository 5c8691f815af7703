import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation
import Testing

/// A build never reads its own output, previous pack, zip, cache or lock as inputs, wherever they are.
@Suite struct OwnFilesTests {
    let registry = ModuleRegistry(importers: [NoteImporter()], exporters: [])

    @Test func discoverySkipsThePackItsPreviousItsZipAndTheCacheInsideTheInputs() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        for name in ["a.note", "pack/data/evidence/a.note", "pack.previous/data/a.note", "pack.zip", "cache/imports/x.note", "packing.note"] {
            try folder.write("x\n", to: "in/\(name)")
        }
        try FileManager.default.createSymbolicLink(atPath: folder.path("in/link.note").path, withDestinationPath: "pack/data/evidence/a.note")
        let inputs = folder.path("in")
        let own = OwnFiles(output: inputs.appendingPathComponent("pack"), cache: inputs.appendingPathComponent("cache"))
        let found = try SourceDiscovery(registry: registry, ownFiles: own).discover(in: inputs)
        #expect(found.sources.map(\.source.path) == ["a.note", "packing.note"])
    }

    @Test func theSameFolderSpelledThroughALinkIsStillSkipped() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("x\n", to: "in/a.note")
        try folder.write("x\n", to: "in/pack/data/b.note")
        try FileManager.default.createSymbolicLink(atPath: folder.path("alias").path, withDestinationPath: folder.path("in").path)
        let own = OwnFiles(output: folder.path("alias/pack"), cache: nil)
        let found = try SourceDiscovery(registry: registry, ownFiles: own).discover(in: folder.path("in"))
        #expect(found.sources.map(\.source.path) == ["a.note"])
    }

    @Test func overlapNotesSayPlainlyWhatIsSkipped() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try PackDefinitionLoader().parse(yaml: "formatVersion: 1\nid: t\ntitle: T\nsections: [{id: s, title: S}]\nitems: [{id: i, title: I, section: s, satisfiedBy: {title: x}}]\n",
                                                    file: URL(fileURLWithPath: "/t/pack.yaml"), displayPath: "pack.yaml")
        let date = try #require(CalendarDate(iso8601: "2026-11-20"))
        let inside = BuildRequest(pack: pack, inputs: folder.path("in"), output: folder.path("in/pack"), referenceDate: date,
                                  cacheDirectory: folder.path("in/.pack.cache"))
        #expect(inside.overlapNotes == ["the output folder is inside the inputs; it is skipped"])
        let cacheOnly = BuildRequest(pack: pack, inputs: folder.path("in"), output: folder.path("out/pack"), referenceDate: date,
                                     cacheDirectory: folder.path("in/cache"))
        #expect(cacheOnly.overlapNotes == ["the cache folder is inside the inputs; it is skipped"])
        let apart = BuildRequest(pack: pack, inputs: folder.path("in"), output: folder.path("input-pack"), referenceDate: date)
        #expect(apart.overlapNotes.isEmpty)
    }
}
