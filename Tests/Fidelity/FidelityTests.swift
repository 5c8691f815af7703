import EvidenceModel
import EvidencePackCore
import Foundation
import HTMLAgendaImporter
import MinutesTextImporter
import Testing

/// The labelled evaluation of the text and HTML readers on real council pages (`LABELS.md`).
/// Reads `../shared` in place; without it these tests are reported as skipped.
@Suite struct FidelityTests {
    /// This folder, where the labels and floors are kept.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// `../shared` beside the package.
    static let shared = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared")
    static let sharedIsPresent = FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/minutes").path)

    /// A labelled set kept outside the repository (other people's pages are not copied in), named by
    /// `FIDELITY_SET`: its `labels/` hold labels whose `file` paths are relative to the set's folder.
    static let heldOutSet = ProcessInfo.processInfo.environment["FIDELITY_SET"].map { URL(fileURLWithPath: $0) }

    /// Every label, sorted by file: the development set's, or those of `root` when given.
    static func labels(in root: URL = folder.appendingPathComponent("labels")) throws -> [FidelityLabel] {
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".json") }.sorted() ?? []
        return try paths.map { path in
            do {
                return try JSONDecoder().decode(FidelityLabel.self, from: Data(contentsOf: root.appendingPathComponent(path)))
            } catch {
                throw FidelityError.badLabel(path, "\(error)")
            }
        }
    }

    /// Runs the label's importer on the original file, in place.
    static func evaluate(_ label: FidelityLabel, base: URL = shared) async throws -> FileEvaluation {
        let url = base.appendingPathComponent(label.file)
        let data = try Data(contentsOf: url)
        let importer: any Importer
        switch label.importer {
        case "minutes-text": importer = MinutesTextImporter()
        case "html-agenda": importer = HTMLAgendaImporter()
        default: throw FidelityError.badLabel(label.file, "unknown importer \(label.importer)")
        }
        let source = Source(path: url.lastPathComponent, sha256: "", size: Int64(data.count),
                            mediaType: label.importer == "html-agenda" ? "text/html" : "text/plain")
        let context = ImportContext(inputsRoot: url.deletingLastPathComponent(),
                                    referenceDate: try #require(CalendarDate(iso8601: "2026-11-30")))
        let result = try await importer.records(from: source, context: context)
        return FileEvaluation(label: label, output: ReaderOutput(records: result.records, diagnostics: result.diagnostics))
    }

    static func report() async throws -> FidelityReport {
        var evaluations: [FileEvaluation] = []
        for label in try labels() { evaluations.append(try await evaluate(label)) }
        return FidelityReport(evaluations: evaluations)
    }

    /// Writes the table, then every miss file by file, where `FIDELITY_REPORT` says.
    static func writeReport(_ report: FidelityReport, table: String) throws {
        guard let path = ProcessInfo.processInfo.environment["FIDELITY_REPORT"] else { return }
        try (table + "\n\nMisses, file by file:\n" + report.misses() + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("every label names a file of ../shared and an importer", .enabled(if: sharedIsPresent, "../shared is absent"))
    func labelsAreWellFormed() throws {
        let labels = try Self.labels()
        #expect(labels.count >= 40)
        for label in labels {
            #expect(FileManager.default.fileExists(atPath: Self.shared.appendingPathComponent(label.file).path), "\(label.file)")
            #expect(["minutes-text", "html-agenda"].contains(label.importer), "\(label.file)")
        }
    }

    @Test("recall and precision per importer hold their floors", .enabled(if: sharedIsPresent, "../shared is absent"))
    func floorsHold() async throws {
        let report = try await Self.report()
        let table = report.table()
        print("fidelity table (\(report.evaluations.count) files)\n\(table)")
        if Self.heldOutSet == nil { try Self.writeReport(report, table: table) }
        let floors = try JSONDecoder().decode([String: Floor].self,
                                              from: Data(contentsOf: Self.folder.appendingPathComponent("floors.json")))
        let totals = report.totals()
        for (importer, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let all = try #require(totals[importer]?["all"], "no labels for \(importer)")
            #expect((all.recall ?? 0) >= floor.recall, "\(importer) recall \(all.recall ?? 0) fell below \(floor.recall)")
            #expect((all.precision ?? 0) >= floor.precision, "\(importer) precision \(all.precision ?? 0) fell below \(floor.precision)")
        }
    }

    /// A held-out set (`scripts/fidelity.sh --set DIR`) is scored the same way, with no floor: its
    /// figures are what a page of shapes the reader was not tuned on gets.
    @Test("a held-out set named by FIDELITY_SET is scored", .enabled(if: heldOutSet != nil, "no FIDELITY_SET given"))
    func heldOutSetIsScored() async throws {
        let set = try #require(Self.heldOutSet)
        let labels = try Self.labels(in: set.appendingPathComponent("labels"))
        #expect(!labels.isEmpty, "no labels in \(set.path)/labels")
        var evaluations: [FileEvaluation] = []
        for label in labels {
            #expect(FileManager.default.fileExists(atPath: set.appendingPathComponent(label.file).path), "\(label.file)")
            evaluations.append(try await Self.evaluate(label, base: set))
        }
        let report = FidelityReport(evaluations: evaluations)
        try Self.writeReport(report, table: report.table())
    }

    /// The least recall and precision (0…1, all fields together) an importer may score.
    struct Floor: Decodable {
        var recall: Double
        var precision: Double
    }
}

enum FidelityError: Error, CustomStringConvertible {
    case badLabel(String, String)
    var description: String {
        switch self {
        case .badLabel(let path, let why): "label \(path): \(why)"
        }
    }
}
