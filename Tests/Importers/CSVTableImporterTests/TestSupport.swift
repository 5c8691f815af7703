import AnnexASpec
import AnnexA
import CSVTableImporter
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// Helpers shared by the CSV importer tests.
enum Fixture {
    /// The package root, from this file's path (Tests/Importers/CSVTableImporterTests/TestSupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// shared/samples/csv, beside the project (read in place, never copied).
    static let samples = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/samples/csv")

    /// The reference date the Annex A tests use.
    static let referenceDate = CalendarDate(year: 2026, month: 11, day: 20) ?? CalendarDate(daysSinceEpoch: 20_000)

    static func template() throws -> AnnexATemplate {
        try AnnexATemplateLoader.load(file: packageRoot.appendingPathComponent("Packs/annex-a/template-2024.yaml"))
    }

    /// True when ../shared/samples/csv is there (the sample suites are enabled only then).
    static let hasSamples = FileManager.default.fileExists(atPath: samples.path)

    /// A sample file, or nil (recorded as a failure: its suite runs only where the samples are).
    static func sample(_ name: String) -> URL? {
        let url = samples.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("sample \(url.path) is absent")
            return nil
        }
        return url
    }

    /// Runs the importer on bytes written to a temporary file named `name`.
    static func importBytes(_ bytes: [UInt8], name: String, referenceDate: CalendarDate = referenceDate,
                            options: [String: String] = [:], packOptions: [String: String] = [:]) async throws -> ImportResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        let source = Source(path: name, sha256: "", size: Int64(bytes.count), mediaType: "text/csv")
        return try await CSVTableImporter().records(from: source, context: ImportContext(inputsRoot: folder, referenceDate: referenceDate,
                                                                                         options: options, packOptions: packOptions))
    }

    static func importText(_ text: String, name: String, referenceDate: CalendarDate = referenceDate,
                           options: [String: String] = [:], packOptions: [String: String] = [:]) async throws -> ImportResult {
        try await importBytes(Array(text.utf8), name: name, referenceDate: referenceDate, options: options, packOptions: packOptions)
    }

    /// Runs the importer on a file in place.
    static func importFile(_ url: URL, packOptions: [String: String] = [:]) async throws -> ImportResult {
        let source = Source(path: url.lastPathComponent, sha256: "", size: 0, mediaType: "text/csv")
        return try await CSVTableImporter().records(from: source, context: ImportContext(inputsRoot: url.deletingLastPathComponent(),
                                                                                         referenceDate: referenceDate, packOptions: packOptions))
    }
}

extension ImportResult {
    /// The first table record.
    var table: Table? {
        for record in records { if case .table(let table) = record { return table } }
        return nil
    }

    /// Diagnostics of one code.
    func diagnostics(_ code: String) -> [Diagnostic] { diagnostics.filter { $0.code == code } }

    /// Errors and warnings (not notes).
    var problems: [Diagnostic] { diagnostics.filter { $0.severity != .note } }
}

extension Table {
    /// The observations for an indicator, geography name and period label.
    func observations(_ indicator: String, _ place: String, _ period: String) -> [KPIObservation] {
        observations.filter { $0.indicator == indicator && $0.geography.name == place && $0.period.label == period }
    }
}
