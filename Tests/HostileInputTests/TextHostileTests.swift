import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation
import Testing

/// TextDecoding and the minutes-text importer on NUL bytes, invalid UTF-8, odd BOMs and huge lines.
@Suite struct TextHostileTests {
    @Test func decodingNeverFailsOnArbitraryBytes() {
        let cases: [[UInt8]] = [
            [], [0], [0xFF], [0xFE], [0xEF, 0xBB], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE, 0x41], [0xFE, 0xFF, 0x00],
            [0xFF, 0xFE, 0x00, 0xD8], // UTF-16LE with a lone high surrogate
            [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
            Array("abc".utf8) + [0x00, 0x81, 0x8D, 0x8F, 0x90, 0x9D] + Array("def".utf8),
        ]
        for bytes in cases {
            let decoded = TextDecoding.decode(bytes)
            #expect(["UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"].contains(decoded.encoding), "\(bytes)")
            _ = TextDecoding.decode(bytes, allowTruncatedTail: true)
        }
    }

    @Test func windows1252KeepsEveryByteItCanAndDropsNone() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9, 0x20, 0x80, 0x20, 0x81, 0x20, 0xFF]
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.hasPrefix("café €"))
        #expect(decoded.text.hasSuffix("ÿ"))
    }

    @Test func minutesWithNULBytesAreReadWithoutCrashing() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let text = "Minutes\nCorporate Parenting Board\nMeeting: 12/03/2025 - Corporate Parenting Board\n\u{0}\u{0}RESOLVED that\u{0} the report be noted.\n"
        let (records, diagnostics) = try await ImporterHarness.run(importerID: "minutes-text", bytes: Array(text.utf8),
                                                                    fileName: "nul.txt", in: folder)
        #expect(records.count == 1)
        #expect(!diagnostics.contains { $0.code == "import.failed" })
        #expect(records.first?.document?.meetingDate?.iso8601 == "2025-03-12")
    }

    @Test func minutesInInvalidUTF8AreReadAsWindows1252WithANote() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let bytes = Array("Minutes\nMeeting: 12/03/2025 - Corporate Parenting Board\nThe Chair\u{2019}s ".utf8) + [0x93, 0xFF, 0xC3, 0x28]
            + Array(" report\n".utf8)
        let (records, diagnostics) = try await ImporterHarness.run(importerID: "minutes-text", bytes: bytes, fileName: "bad.txt", in: folder)
        #expect(records.count == 1)
        #expect(diagnostics.contains { $0.code == "minutes.encoding" && $0.location?.path == "bad.txt" })
    }

    @Test func minutesWithATwentyMegabyteLineAreBounded() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        var bytes = Array("Minutes\nMeeting: 12/03/2025 - Corporate Parenting Board\n".utf8)
        let chunk = Array("resolved agenda item 12/03/2025 ".utf8)
        while bytes.count < 20_000_000 { bytes += chunk }
        bytes += Array("\nRESOLVED that the report be noted.\n".utf8)
        // Over the default 8 MiB limit: raised so the whole line is read, as a pack pin can.
        let (records, diagnostics) = try await ImporterHarness.run(importerID: "minutes-text", bytes: bytes, fileName: "long.txt", in: folder,
                                                                   options: ["maxFileBytes": "\(32 << 20)"])
        #expect(records.count == 1)
        #expect(!diagnostics.contains { $0.code == "import.failed" || $0.code == "minutes.too-large" })
        let blocks = records.first?.document?.blocks ?? []
        #expect(blocks.contains { $0.kind == .resolution })
        // No block may hold more text than the file had.
        #expect(blocks.allSatisfy { ($0.text?.utf8.count ?? 0) <= bytes.count })
    }

    @Test func minutesFromUTF16WithLoneSurrogatesAndControlCharacters() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Array("Minutes\r\nMeeting: 01/02/2025 - Board\r\n".utf16) + [0xD800, 0x0041, 0xDC00, 0x000B, 0x001B] {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let (records, diagnostics) = try await ImporterHarness.run(importerID: "minutes-text", bytes: bytes, fileName: "u16.txt", in: folder)
        // One bad code unit used to make the whole file decode as "": every line lost, silently.
        #expect(records.count == 1)
        #expect(!diagnostics.contains { $0.code == "import.failed" })
        #expect(records.first?.document?.meetingDate?.iso8601 == "2025-02-01")
        #expect(TextDecoding.decode(bytes).text.contains("\u{FFFD}A\u{FFFD}"))
    }

    @Test func emptyAndWhitespaceOnlyMinutes() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        for (index, bytes) in [[], Array(" \n\r\n\t\n".utf8), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE]].enumerated() {
            let (records, diagnostics) = try await ImporterHarness.run(importerID: "minutes-text", bytes: bytes, fileName: "e\(index).txt", in: folder)
            #expect(records.count == 1)
            #expect(diagnostics.contains { $0.code == "minutes.empty" || $0.code == "minutes.no-date" })
        }
    }

    /// A .txt export of child-level rows was read as a "report": every id, name and date of birth went
    /// into pack.json, and `import` showed a date of birth as the document's date. It is now declined.
    @Test func delimitedChildRowsInATextFileAreNotReadAsMinutes() throws {
        let importer = try #require(ImporterHarness.registry.importer(id: "minutes-text"))
        let extracts = [
            "Annex A extract\nZQ000001X,Ann Example,01/02/2015\nZQ000002X,Bob Example,03/04/2016\nZQ000003X,Cy Example,05/06/2017\n",
            "id\tname\tdob\nZQ1\tA B\t2015-02-01\nZQ2\tC D\t2016-04-03\nZQ3\tE F\t2017-06-05\n",
            "ZQ1;A;B;01/02/2015\nZQ2;C;D;03/04/2016\nZQ3;E;F;05/06/2017\n",
        ]
        for text in extracts {
            #expect(importer.confidence(for: SourceProbe(path: "notes.txt", head: Array(text.utf8), size: Int64(text.utf8.count))) == 0, "\(text)")
        }
        // Prose with the odd list of names is still minutes, and the example pack's documents are still read.
        let prose = "Minutes\nPresent: Cllr A, Cllr B, Cllr C, Cllr D\nApologies: Cllr E\nRESOLVED that the report be noted.\n"
        #expect(importer.confidence(for: SourceProbe(path: "m.txt", head: Array(prose.utf8), size: 80)) > 0)
        let examples = Samples.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs")
        let files = (FileManager.default.enumerator(atPath: examples.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for file in files {
            let head = [UInt8](try Data(contentsOf: examples.appendingPathComponent(file)).prefix(SourceDiscovery.probeSize))
            #expect(importer.confidence(for: SourceProbe(path: file, head: head, size: Int64(head.count))) > 0, "\(file)")
        }
        for url in Samples.files() where url.pathExtension == "txt" {
            let head = [UInt8](try Data(contentsOf: url).prefix(SourceDiscovery.probeSize))
            #expect(importer.confidence(for: SourceProbe(path: url.lastPathComponent, head: head, size: Int64(head.count))) > 0, "\(url.lastPathComponent)")
        }
    }
}
