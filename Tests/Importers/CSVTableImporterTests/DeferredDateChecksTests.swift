import AnnexA
import AnnexASampleGenerator
import AnnexASpec
import CSVTableImporter
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// An Annex A list read once with its checks against the reference date deferred (as the pipeline
/// caches it), then finished for a day, gives exactly what reading it on that day gives: the same
/// findings in the same order, the same "N more" summaries and column notes.
@Suite struct DeferredDateChecksTests {
    /// Days around the fixtures' reference date: the next day, weeks and months later, a year before
    /// (dates after it), and two years on (most rows out of the window, past the per-kind limit).
    static let days: [CalendarDate] = [0, 1, 45, 200, -400, 730].map {
        CalendarDate(daysSinceEpoch: Fixture.referenceDate.daysSinceEpoch + $0)
    }

    /// Reads `text` deferring the date checks, with the checks encoded and decoded as the cache keeps them.
    static func deferredRead(_ text: String, name: String, on day: CalendarDate) async throws -> (ImportResult, AnnexAPendingDiagnostics?) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deferred-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        let source = Source(path: name, sha256: "", size: Int64(text.utf8.count), mediaType: "text/csv")
        let (result, checks) = try await CSVTableImporter().recordsDeferringDateChecks(
            from: source, context: ImportContext(inputsRoot: folder, referenceDate: day))
        let cached = try checks.map { try CompactBinaryDecoder.decode(AnnexAPendingDiagnostics.self, from: CompactBinaryEncoder.encode($0)) }
        return (result, cached)
    }

    @Test(arguments: 1...11) func aDeferredReadingFinishedOnADayEqualsAReadingOnThatDay(list: Int) async throws {
        let template = try Fixture.template()
        let generator = AnnexASampleGenerator(template: template, seed: UInt64(40 + list), size: .small, referenceDate: Fixture.referenceDate,
                                              errors: AnnexASampleGenerator.ErrorKind.allCases)
        let text = generator.csv(list: list).text
        let name = "list-\(list).csv"
        let importer = CSVTableImporter()
        // Read on one day, finished on others that select the same template.
        let readOn = Self.days[2]
        let (result, deferred) = try await Self.deferredRead(text, name: name, on: readOn)
        let checks = try #require(deferred)
        #expect(result.diagnostics.isEmpty)
        var dateFindings = 0
        for day in Self.days where importer.readingKey(referenceDate: day, options: [:]) == importer.readingKey(referenceDate: readOn, options: [:]) {
            let direct = try await Fixture.importText(text, name: name, referenceDate: day)
            let finished = try importer.dateCheckDiagnostics(checks, on: day)
            #expect(finished == direct.diagnostics, "list \(list) on \(day.iso8601)")
            #expect(result.records == direct.records)
            dateFindings += finished.filter { $0.code == "annexa.date.window" || $0.code == "annexa.date.future" }.count
        }
        // Each list with a reporting window has rows that some of these days judge.
        if !(template.list(list)?.reportingWindow.dateColumns.isEmpty ?? true) { #expect(dateFindings > 0, "list \(list)") }
    }

    @Test func findingsAgainstTheDateFollowTheRowsOtherFindingsInLineOrder() throws {
        let text = """
        Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source
        C1,a) Male,a) WBRI,01/03/2015,11,01/12/2026,9
        C2,a) Male,zz,01/03/2015,11,01/01/2020,9
        C3,a) Male,a) WBRI,01/03/2015,11,01/10/2026,9

        """
        let reader = AnnexAListReader(template: try Fixture.template(), referenceDate: Fixture.referenceDate, displayPath: "list-1.csv")
        let codes = try reader.read(bytes: Array(text.utf8)).diagnostics.filter { $0.severity != .note }.compactMap { diagnostic in
            diagnostic.location?.line.map { "\($0) \(diagnostic.code)" }
        }
        #expect(codes == ["2 annexa.date.future", "3 annexa.code.unknown", "3 annexa.date.window"])
    }

    @Test func damagedChecksAreRefusedNotRun() async throws {
        let template = try Fixture.template()
        let generator = AnnexASampleGenerator(template: template, seed: 7, size: .tiny, referenceDate: Fixture.referenceDate)
        let (_, deferred) = try await Self.deferredRead(generator.csv(list: 6).text, name: "list-6.csv", on: Fixture.referenceDate)
        let encoded = try CompactBinaryEncoder.encode(try #require(deferred))
        // Every truncation and a changed byte at every position: refused (throws) or finished, never a crash.
        var refused = 0
        for cut in stride(from: 0, to: encoded.count, by: max(1, encoded.count / 400)) {
            var changed = encoded
            changed[cut] ^= 0x5A
            for bytes in [Array(encoded[..<cut]), changed] {
                do {
                    let checks = try CompactBinaryDecoder.decode(AnnexAPendingDiagnostics.self, from: bytes)
                    _ = try CSVTableImporter().dateCheckDiagnostics(checks, on: Fixture.referenceDate)
                } catch {
                    refused += 1
                }
            }
        }
        #expect(refused > 0)
    }
}

/// The Annex A analysis counted once, kept as the workbook exporter keeps it in the cache, and
/// worked out for a day: the same figures as counting the rows on that day.
@Suite struct AnnexAAnalysisTalliesTests {
    @Test func talliesWorkedOutForADayEqualCountingTheRowsOnThatDay() throws {
        let template = try Fixture.template()
        let generator = AnnexASampleGenerator(template: template, seed: 5, size: .small, referenceDate: Fixture.referenceDate,
                                              errors: AnnexASampleGenerator.ErrorKind.allCases)
        let files = AnnexAFiles(workbook: "annex-a/annex-a.xlsx", validationReport: "annex-a/validation-report.txt", listCSVs: [:])
        func analyser(on day: CalendarDate) throws -> AnnexAAnalyser {
            var analyser = AnnexAAnalyser(template: template, referenceDate: day)
            for spec in template.lists {
                let reader = AnnexAListReader(template: template, referenceDate: day, displayPath: "list.csv", list: spec.number, validate: false)
                _ = try reader.read(bytes: Array(generator.csv(list: spec.number).text.utf8)) { row in analyser.add(row, list: spec) }
            }
            return analyser
        }
        let counted = try analyser(on: DeferredDateChecksTests.days[3]).tallies()
        let cached = try CompactBinaryDecoder.decode(AnnexAAnalysisTallies.self, from: CompactBinaryEncoder.encode(counted))
        #expect(cached == counted)
        let first = try analyser(on: DeferredDateChecksTests.days[0]).finish(files: files)
        var differs = false
        for day in DeferredDateChecksTests.days {
            let direct = try analyser(on: day).finish(files: files)
            #expect(try cached.analysis(template: template, referenceDate: day, files: files) == direct, "\(day.iso8601)")
            differs = differs || direct != first
        }
        // The days do give different figures (ages, open cases, visits, the window's months).
        #expect(differs)
    }
}
