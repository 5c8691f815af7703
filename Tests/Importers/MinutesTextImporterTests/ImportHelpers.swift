import EvidenceModel
import EvidencePackCore
import Foundation
import MinutesTextImporter
import Testing

/// Runs the importer over bytes written to a temporary folder, as the pipeline would.
enum ImportHelpers {
    static func importBytes(_ bytes: [UInt8], name: String = "minutes.txt") async throws -> (Document, [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        let source = Source(path: name, sha256: "", size: Int64(bytes.count), mediaType: "text/plain")
        let result = try await MinutesTextImporter().records(from: source, context: ImportContext(inputsRoot: folder, referenceDate: CalendarDate(daysSinceEpoch: 20000)))
        #expect(result.records.count == 1)
        let document = try #require(result.records.first.flatMap { content -> Document? in
            if case .document(let document) = content { return document }
            return nil
        })
        return (document, result.diagnostics)
    }

    /// Every record the importer gives for the text (a list of meetings gives one per meeting), as the pipeline sees them.
    static func importResult(_ text: String, name: String = "minutes.txt") async throws -> ImportResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        let source = Source(path: name, sha256: "", size: Int64(text.utf8.count), mediaType: "text/plain")
        return try await MinutesTextImporter().records(from: source, context: ImportContext(inputsRoot: folder, referenceDate: CalendarDate(daysSinceEpoch: 20000)))
    }

    static func importText(_ text: String, name: String = "minutes.txt") async throws -> (Document, [Diagnostic]) {
        try await importBytes(Array(text.utf8), name: name)
    }

    /// Every block of a document, depth first (items' description, minutes and decisions included).
    static func allBlocks(_ document: Document) -> [Block] {
        var result: [Block] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                result.append(block)
                walk(block.children ?? [])
            }
        }
        walk(document.blocks)
        for item in document.items { walk(item.description + item.minutes) }
        return result
    }

    /// The folder of real samples, next to the package (`../shared/samples/minutes`).
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples/minutes")

    /// True when ../shared/samples/minutes is there (the sample tests are enabled only then).
    static let hasSamples = FileManager.default.fileExists(atPath: samples.path)

    /// Imports one real sample in place, or nil (recorded as a failure: the sample tests run only
    /// where the samples are).
    static func importSample(_ name: String) async throws -> (Document, [Diagnostic])? {
        let url = samples.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("sample \(name) is absent from ../shared/samples/minutes")
            return nil
        }
        let data = try Data(contentsOf: url)
        let source = Source(path: name, sha256: "", size: Int64(data.count), mediaType: "text/plain")
        let result = try await MinutesTextImporter().records(from: source, context: ImportContext(inputsRoot: samples, referenceDate: CalendarDate(daysSinceEpoch: 20000)))
        #expect(result.records.count == 1, "\(name)")
        guard case .document(let document)? = result.records.first else {
            Issue.record("\(name) did not yield a document")
            return nil
        }
        return (document, result.diagnostics)
    }
}
