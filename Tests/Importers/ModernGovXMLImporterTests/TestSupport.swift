import EvidenceModel
import EvidencePackCore
import Foundation
import ModernGovXMLImporter

/// Helpers shared by the ModernGov web-service importer's tests.
enum TestSupport {
    /// `../shared/corpus/mgws` beside the package root, read in place.
    static let corpus: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/mgws")

    /// Whether a corpus file is present (the tests that read it are skipped otherwise).
    static func corpusHas(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent(name).path)
    }

    /// Runs the importer the way the pipeline does on a file in `folder`.
    static func importFile(_ name: String, in folder: URL, options: [String: String] = [:]) async throws -> ImportResult {
        let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int) ?? 0
        let source = Source(path: name, sha256: "", size: Int64(size), mediaType: "application/xml")
        let context = ImportContext(inputsRoot: folder, referenceDate: CalendarDate(year: 2026, month: 3, day: 1)!, options: options)
        return try await ModernGovXMLImporter().records(from: source, context: context)
    }

    /// Writes files (name → text) to a fresh folder and returns it.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mgws-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    /// Imports one reply given as text, written to a fresh folder under `name`.
    static func importText(_ text: String, name: String = "reply.xml", options: [String: String] = [:]) async throws -> ImportResult {
        let folder = try folder([name: text])
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await importFile(name, in: folder, options: options)
    }

    /// The first document of an import result.
    static func document(of result: ImportResult) -> Document? {
        if case .document(let document)? = result.records.first { return document }
        return nil
    }
}
