import EvidenceModel
import EvidencePackCore
import Foundation
import HTMLAgendaImporter

/// Helpers shared by the HTML importer's tests.
enum TestSupport {
    /// `../shared/samples/<folder>` beside the package root, read in place.
    static func samples(_ folder: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples/\(folder)")
    }

    /// Reads one page given as a string.
    static func read(_ html: String, path: String = "page.html", baseURL: String? = nil) throws -> HTMLAgendaImporter.Outcome {
        try HTMLAgendaImporter.read(bytes: Array(html.utf8), path: path, baseURL: baseURL)
    }

    /// Reads one page given as bytes (for encoding tests).
    static func read(bytes: [UInt8], path: String = "page.html") throws -> HTMLAgendaImporter.Outcome {
        try HTMLAgendaImporter.read(bytes: bytes, path: path)
    }

    /// Runs the importer the way the pipeline does, on a file written to a fresh folder.
    static func importFile(_ bytes: [UInt8], name: String, options: [String: String] = [:]) async throws -> ImportResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-agenda-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        let source = Source(path: name, sha256: "", size: Int64(bytes.count), mediaType: "text/html")
        let context = ImportContext(inputsRoot: folder, referenceDate: CalendarDate(daysSinceEpoch: 20000), options: options)
        return try await HTMLAgendaImporter().records(from: source, context: context)
    }

    /// Every text a document's blocks and items hold (titles, block texts, list items), depth first; table cells not
    /// included.
    static func allTexts(_ document: Document) -> [String] {
        func texts(_ blocks: [Block]) -> [String] { blocks.flatMap { [$0.text].compactMap { $0 } + texts($0.children ?? []) } }
        return texts(document.blocks) + document.items.flatMap { [$0.title] + texts($0.description + $0.minutes + $0.decisions) }
    }

    /// The document of an import result.
    static func document(of result: ImportResult) -> Document? {
        if case .document(let document)? = result.records.first { return document }
        return nil
    }
}
