import AnnexA
import EvidenceModel
import Foundation
import Testing

/// The real-shaped workbooks in ../shared/corpus/annexa (LIIA's synthetic Annex A exports): every
/// list sheet recognised, the right row counts (counted independently with Python's zipfile and
/// ElementTree), and the same findings as the same rows given as CSV. Read in place; skipped where the
/// shared folder is absent.
@Suite(.enabled(if: SharedCorpus.isPresent))
struct CorpusWorkbookTests {
    static let folder = SharedCorpus.annexA

    /// Data rows per sheet, List 1..11.
    static let expectedRows: [String: [Int]] = [
        "liia-tools-pipeline_Annex_A_2024_Jan.xlsx": [5, 5, 6, 5, 5, 5, 7, 5, 6, 5, 5],
        "liia-tools_Annex_A_csdatatools_e1188f5.xlsx": [5, 5, 6, 5, 5, 5, 7, 5, 6, 5, 5],
        "liia-tools_Annex_A_spec_HEAD_0dd821c.xlsx": [5, 5, 6, 5, 5, 5, 7, 5, 6, 5, 5],
    ]

    @Test(arguments: expectedRows.keys.sorted())
    func everyListSheetIsRecognisedWithItsRows(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let reader = AnnexAWorkbookReader(template: try WorkbookReaderTests.template, referenceDate: WorkbookReaderTests.referenceDate, displayPath: name)
        var sheets: [AnnexASheetResult] = []
        let notes = try reader.read(url: url, onSheet: { sheets.append($0) })
        #expect(notes.isEmpty)
        #expect(sheets.map(\.sheet) == (1...11).map { "List \($0)" })
        #expect(sheets.map { $0.result.match?.list.number ?? 0 } == Array(1...11))
        #expect(sheets.map(\.result.rowCount) == Self.expectedRows[name])
        // Each sheet's header covers most of its list (some of LIIA's sheets lack columns: reported, not guessed).
        for sheet in sheets {
            #expect((sheet.result.match?.coverage ?? 0) >= 0.6, "\(sheet.sheet)")
        }
    }

    @Test(arguments: expectedRows.keys.sorted())
    func findingsMatchTheSameRowsAsCSV(_ name: String) throws {
        try ParityCheck.compare(workbook: Self.folder.appendingPathComponent(name), template: try WorkbookReaderTests.template,
                                referenceDate: WorkbookReaderTests.referenceDate)
    }
}

/// What the validation still finds on the real-shaped workbooks, once what the template allows is
/// accepted: each finding, counted per column by its rule, with why the template says so. Read at the
/// samples' own period (their latest date is 15/03/2021), so the reporting windows mean something.
@Suite(.enabled(if: SharedCorpus.isPresent))
struct CorpusExactnessTests {
    static let referenceDate = CalendarDate(year: 2021, month: 3, day: 31)!

    /// The column summaries every one of the three workbooks has (the same fake children in each).
    static let commonSummaries: [String] = [
        // Six-month window (S6 cohort text): contacts, assessments, referrals, S47s dated before 30/09/2020 and closed.
        "List 1 'Date of Contact': 5 findings: annexa.date.window 5 (warnings)",
        "List 2 'Assessment start date': 1 finding: annexa.date.window 1 (warning)",
        "List 3 'Date of Referral': 6 findings: annexa.date.window 6 (warnings)",
        // A child born after their own assessment started: no event precedes a birth.
        "List 4 'Date of Birth': 1 finding: annexa.date.order 1 (error)",
        // "CS Assessment Updated" is not a code of the yes_no list (a) Yes, b) No: S4, S6).
        "List 4 'Was the child assessed as requiring LA children's social care support?': 5 findings: annexa.code.unknown 5 (errors)",
        "List 5 'Strategy discussion initiating Section 47 Enquiry Start Date': 2 findings: annexa.date.window 2 (warnings)",
        // "PSRMEM - Support with memory and cognition" is not a CIN need code (N0-N9: S4, S6).
        "List 6 'Primary Need Code': 1 finding: annexa.code.unknown 1 (error)",
        "List 7 'Date of Birth': 2 findings: annexa.date.order 2 (errors)",
        "List 7 'Child Protection Plan Start Date': 2 findings: annexa.date.window 2 (warnings)",
        // A blank ethnicity: required (S1 canbeblank: false).
        "List 8 'Ethnicity': 1 finding: annexa.required 1 (error)",
        "List 8 'Date of Birth': 1 finding: annexa.date.order 1 (error)",
        "List 8 'Date Started to be Looked After': 1 finding: annexa.date.window 1 (warning)",
        // "nope" is no UK postcode; one placement has none, and the column is required (S1).
        "List 8 'Placement postcode': 2 findings: annexa.postcode.invalid 1 (error), annexa.required 1 (error)",
        // Required (S1 canbeblank: false) and blank in every row.
        "List 8 'Placement Location': 5 findings: annexa.required 5 (errors)",
        "List 10 'Date of Birth': 1 finding: annexa.date.order 1 (error)",
        // Twelve-month window for lists 10-11 (S6): decisions and enquiries from 2019 and before.
        "List 10 'Date of Decision that Child Should be Placed for Adoption': 5 findings: annexa.date.window 5 (warnings)",
        "List 11 'Date enquiry received': 5 findings: annexa.date.window 5 (warnings)",
    ]

    /// The 2024 sample has list 9's two required columns, blank; the older two lack them (a header finding instead).
    static let list9Blank: [String] = [
        "List 9 'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)': 6 findings: annexa.required 6 (errors)",
        "List 9 'Allocated Personal Advisor': 6 findings: annexa.required 6 (errors)",
    ]

    static func read(_ name: String) throws -> [Diagnostic] {
        let reader = AnnexAWorkbookReader(template: try WorkbookReaderTests.template, referenceDate: referenceDate, displayPath: name)
        var diagnostics: [Diagnostic] = []
        _ = try reader.read(url: CorpusWorkbookTests.folder.appendingPathComponent(name), onSheet: { diagnostics += $0.result.diagnostics })
        return diagnostics
    }

    @Test(arguments: CorpusWorkbookTests.expectedRows.keys.sorted())
    func everyRemainingFindingIsOneTheTemplateJustifies(_ name: String) throws {
        let diagnostics = try Self.read(name)
        let summaries = diagnostics.filter { $0.code == "annexa.column.summary" }.map(\.message)
        let expected = Self.commonSummaries + (name.contains("2024_Jan") ? Self.list9Blank : [])
        #expect(Set(summaries) == Set(expected))
        #expect(summaries.count == expected.count)
        // Every cell finding is counted in a summary: nothing else is an error or a warning but header findings.
        let cellFindings = diagnostics.filter { AnnexARuleCatalogue.cellFindingCodes.contains($0.code) }
        let counted = expected.map { summary in Int(summary.split(separator: ":")[1].split(separator: " ")[0]) ?? 0 }.reduce(0, +)
        #expect(cellFindings.count == counted)
        let others = diagnostics.filter { $0.severity != .note && !AnnexARuleCatalogue.cellFindingCodes.contains($0.code) }
        #expect(others.allSatisfy { $0.code.hasPrefix("annexa.header.") }, "\(others.map(\.description))")
    }

    @Test(arguments: CorpusWorkbookTests.expectedRows.keys.sorted())
    func decimalAgesAndNOBTAreAcceptedWithNotes(_ name: String) throws {
        let diagnostics = try Self.read(name)
        #expect(!diagnostics.contains { $0.code == "annexa.integer.invalid" })
        #expect(!diagnostics.contains { $0.code == "annexa.code.unknown" && $0.message.contains("'Ethnicity'") })
        // Lists 1-9 give ages with decimals: one note each, with a count and the first line.
        let fractions = diagnostics.filter { $0.code == "annexa.integer.fraction" }
        #expect(fractions.count == 9)
        #expect(fractions.first?.message.hasPrefix("List 1!E2: 5 values in 'Age' given with decimals") == true)
        #expect(fractions.allSatisfy { $0.message.contains("first at line 2") })
        // "s) NOBT" is read as the template's "t) NOBT", said once per list.
        let nobt = diagnostics.filter { $0.code == "annexa.code.normalised" && $0.message.contains("'s) NOBT' in 'Ethnicity' read as 't) NOBT'") }
        #expect(nobt.count == 9)
        #expect(nobt.allSatisfy { $0.severity == .note })
    }
}

/// The shared corpus beside the worktree (`../shared/corpus/annexa`), when it is there.
enum SharedCorpus {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let annexA = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/annexa")
    static var isPresent: Bool { FileManager.default.fileExists(atPath: annexA.path) }
}
