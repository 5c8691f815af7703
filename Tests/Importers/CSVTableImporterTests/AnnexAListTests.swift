import AnnexASampleGenerator
import AnnexASpec
import AnnexA
import CSVTableImporter
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// Annex A lists: generated sets (clean and with planted errors) and inline fixtures.
@Suite struct AnnexAListTests {
    static let header1 = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source"

    func generator(seed: UInt64 = 1, size: AnnexASampleGenerator.Size = .small, errors: [AnnexASampleGenerator.ErrorKind] = []) throws -> AnnexASampleGenerator {
        AnnexASampleGenerator(template: try Fixture.template(), seed: seed, size: size, referenceDate: Fixture.referenceDate, errors: errors)
    }

    func annexA(_ text: String, name: String = "list-1.csv", referenceDate: CalendarDate = Fixture.referenceDate,
                options: [String: String] = [:]) async throws -> (Table, ImportResult) {
        let result = try await Fixture.importText(text, name: name, referenceDate: referenceDate, options: options)
        let table = try #require(result.table)
        #expect(table.kind == .annexAList)
        return (table, result)
    }

    // MARK: Generated sets

    @Test(arguments: [(UInt64(1), AnnexASampleGenerator.Size.small), (2, .tiny), (3, .tiny)])
    func aGeneratedSetValidatesClean(seed: UInt64, size: AnnexASampleGenerator.Size) async throws {
        let generator = try generator(seed: seed, size: size)
        let template = try Fixture.template()
        for spec in template.lists {
            let (table, result) = try await annexA(generator.csv(list: spec.number).text, name: AnnexASampleGenerator.fileName(for: spec.number))
            #expect(table.annexAList == spec.number)
            #expect(table.columns == spec.headers)
            #expect(table.rowCount == generator.rowCount(for: spec.number))
            #expect(result.problems.isEmpty, "list \(spec.number): \(result.problems.map(\.description))")
        }
    }

    static let codes: [AnnexASampleGenerator.ErrorKind: String] = [
        .missingRequired: "annexa.required", .invalidDate: "annexa.date.invalid", .outsideWindow: "annexa.date.window",
        .dateOrder: "annexa.date.order", .unknownCode: "annexa.code.unknown", .duplicateKey: "annexa.duplicate",
        .notWholeNumber: "annexa.integer.invalid",
    ]

    /// Each planted error is reported at its line and column under its code, nothing else is
    /// reported, and every row is still imported.
    @Test(arguments: 1...11)
    func eachPlantedErrorIsReportedWhereItIs(list: Int) async throws {
        let generator = try generator(seed: 4, errors: AnnexASampleGenerator.ErrorKind.allCases)
        let (text, injected) = generator.csv(list: list)
        #expect(injected.count >= 5, "list \(list) planted only \(injected.map(\.kind))")
        let (table, result) = try await annexA(text, name: AnnexASampleGenerator.fileName(for: list))
        #expect(table.rowCount == generator.rowCount(for: list))
        #expect(table.rows.count == generator.rowCount(for: list))
        for error in injected {
            let code = try #require(Self.codes[error.kind])
            let found = result.diagnostics.contains { $0.code == code && $0.location?.line == error.line && $0.location?.column == error.column }
            #expect(found, "\(error) not reported as \(code); got \(result.problems.map(\.description))")
        }
        let plantedLines = Set(injected.map(\.line))
        let stray = result.problems.filter { !plantedLines.contains($0.location?.line ?? -1) }
        #expect(stray.isEmpty, "list \(list): \(stray.map(\.description))")
    }

    /// No diagnostic names a child: no identifier, and no date of birth in any form.
    @Test func diagnosticsNeverContainAChildsIdOrBirthDate() async throws {
        let template = try Fixture.template()
        let generator = try generator(seed: 9, errors: AnnexASampleGenerator.ErrorKind.allCases)
        for spec in template.lists {
            let text = generator.csv(list: spec.number).text
            let result = try await Fixture.importText(text, name: AnnexASampleGenerator.fileName(for: spec.number))
            #expect(!result.problems.isEmpty)
            var secrets = Set<String>()
            for line in text.split(separator: "\n").dropFirst() {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                for (index, column) in spec.columns.enumerated() where index < cells.count && !cells[index].isEmpty {
                    if column.type == .id { secrets.insert(cells[index]) }
                    if index == spec.dateOfBirthColumn {
                        secrets.insert(cells[index])
                        if let date = AnnexADate.parse(cells[index])?.date { secrets.insert(date.iso8601) }
                    }
                }
            }
            #expect(!secrets.isEmpty)
            for diagnostic in result.diagnostics {
                let leaked = secrets.filter { diagnostic.message.contains($0) || diagnostic.description.contains($0) }
                #expect(leaked.isEmpty, "list \(spec.number): a diagnostic contains child data")
            }
        }
    }

    // MARK: Header mapping and normalisation

    /// A header cell of any length is quoted at most 64 characters long: every note about the column
    /// repeats it, and a CSV's first row can hold anything.
    @Test func anUnknownHeaderCellIsQuotedCutShort() async throws {
        let long = String(repeating: "Notes on the child ", count: 2_000)
        let (_, result) = try await annexA("""
        Referral source,Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of referral,Referral NFA?,Number of referrals in last 12 months,Allocated team,Allocated worker,\(long)
        1A,C0000001,Male,WBRI,2015-03-01,11,01/10/2026,Y,0,MASH,Worker 1,free text

        """, name: "referrals.csv")
        let unknown = try #require(result.diagnostics("annexa.header.unknown").first)
        #expect(unknown.message.contains("'" + String(long.prefix(64)) + "…'"))
        #expect(unknown.message.count < 200)
    }

    @Test func mapsHeaderVariantsAndReordersToTheTemplate() async throws {
        let (table, result) = try await annexA("""
        Referral source, child unique id ,GENDER,Ethnicity,Date of Birth,Age of Child (Years),date of referral,Referral NFA?,Number of referrals in last 12 months,Allocated team,Allocated worker,Notes
        1A,C0000001,Male,WBRI,2015-03-01,11,01/10/2026,Y,0,MASH,Worker 1,free text
        a) 1A: Individual,C0000002,b) Female,a) WBRI,46082,0,05/10/2026,b) No,2.0,MASH,Worker 2,

        """, name: "referrals.csv")
        #expect(table.annexAList == 3)
        #expect(table.rows.first == ["C0000001", "a) Male", "a) WBRI", "01/03/2015", "11", "01/10/2026", "a) 1A: Individual", "a) Yes", "0", "MASH", "Worker 1"])
        // 46082 is Excel's serial for 1 March 2026.
        #expect(table.rows.last?[3] == "01/03/2026")
        #expect(table.rows.last?[8] == "2")
        #expect(result.problems.map(\.code) == ["annexa.header.unknown"])
        #expect(result.diagnostics("annexa.header.unknown").first?.location?.column == 12)
        #expect(result.diagnostics("annexa.code.normalised").count == 4)
        #expect(result.diagnostics("annexa.date.form").count == 2)
        #expect(!result.diagnostics("annexa.header.variant").isEmpty)
    }

    @Test func recognisesAListByItsHeaderWhateverTheFileName() async throws {
        let (table, _) = try await annexA(Self.header1 + "\nC1,a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual\n", name: "export (3).csv")
        #expect(table.annexAList == 1)
        #expect(table.title == "List 1: Contacts")
        // A file named for its list needs only a third of that list's columns.
        let adopters = try #require(try Fixture.template().list(11))
        let third = adopters.headers.prefix((adopters.columns.count + 2) / 3)
        let list11 = try await annexA(third.joined(separator: ",") + "\n", name: "Annex A - List 11.csv").0
        #expect(list11.annexAList == 11)
        let tooFew = try await Fixture.importText(third.dropLast().joined(separator: ",") + "\n", name: "Annex A - List 11.csv")
        #expect(tooFew.table?.kind == .generic)
    }

    /// A list whose header row was lost: said so, without quoting the first line (a child's row).
    @Test func saysWhenAFileNamedAsAListHasNoHeader() async throws {
        let row = "C7654321,a) Male,a) WBRI,03/04/2015,11,01/10/2026,a) 1A: Individual"
        let result = try await Fixture.importText(row + "\n", name: "Annex A contacts.csv")
        #expect(result.table?.kind == .generic)
        let warning = try #require(result.diagnostics("annexa.header.unrecognised").first)
        #expect(warning.location?.line == 1)
        #expect(warning.message.contains("List 1: Contacts"))
        #expect(!warning.message.contains("C7654321") && !warning.message.contains("03/04/2015"))
        // A file only about contacts (a phone list, say) is not taken for a headerless list.
        let phoneList = try await Fixture.importText("name,phone\nMASH,0100\n", name: "contacts.csv")
        #expect(phoneList.diagnostics("annexa.header.unrecognised").isEmpty)
        #expect(AnnexAListRecognizer.namesAnnexA("in/List_3.csv") && AnnexAListRecognizer.namesAnnexA("AnnexA-referrals.csv"))
        #expect(!AnnexAListRecognizer.namesAnnexA("listing 2024.csv"))
        // Forced, the same line is read as a row of list 1 (without a header, columns go missing).
        let forced = try await Fixture.importText(Self.header1 + "\n" + row + "\n", name: "Annex A contacts.csv", options: ["annexAList": "1"])
        #expect(forced.table?.annexAList == 1)
        #expect(forced.table?.rowCount == 1)
    }

    @Test func sniffsAnnexAListsAboveOtherCSV() {
        let importer = CSVTableImporter()
        let list = SourceProbe(path: "inputs/export.csv", head: Array((Self.header1 + "\nC1,a) Male\n").utf8), size: 100)
        let other = SourceProbe(path: "inputs/export.csv", head: Array("colour,count\nred,3\n".utf8), size: 100)
        #expect(importer.confidence(for: list) > 0.9)
        #expect(importer.confidence(for: other) > 0 && importer.confidence(for: other) < 0.9)
    }

    @Test func reportsAMissingRequiredColumnAndStillReadsTheRest() async throws {
        let (table, result) = try await annexA("Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact\nC1,a) Male,a) WBRI,01/01/2015,11,01/10/2026\n")
        let missing = result.diagnostics("annexa.header.missing")
        #expect(missing.count == 1)
        #expect(missing.first?.severity == .error)
        #expect(missing.first?.message.contains("Contact Source") == true)
        #expect(missing.first?.location?.line == 1)
        #expect(table.rows.first?.last == "")
        #expect(table.rowCount == 1)
    }

    // MARK: Row validation

    @Test func validatesEveryRowRelativeToTheReferenceDate() async throws {
        let (table, result) = try await annexA(Self.header1 + """

        C1,a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual
        C2,,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual
        C3,a) Male,a) WBRI,01/01/2015,11,30/02/2026,a) 1A: Individual
        C4,a) Male,a) WBRI,01/01/2015,11,19/05/2026,a) 1A: Individual
        C5,a) Male,a) WBRI,01/01/2015,11,20/05/2026,a) 1A: Individual
        C6,a) Male,a) WBRI,02/10/2026,0,01/10/2026,a) 1A: Individual
        C7,a) Male,Martian,01/01/2015,11,01/10/2026,a) 1A: Individual
        C1,a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual
        C9,a) Male,a) WBRI,01/01/2015,eleven,01/10/2026,a) 1A: Individual
        C10,a) Male,a) WBRI,01/01/2015,-1,01/10/2026,a) 1A: Individual
        C11,a) Male,a) WBRI,01/01/2015,11,21/11/2026,a) 1A: Individual

        """)
        #expect(table.rowCount == 11)
        func at(_ code: String) -> [String] {
            result.diagnostics(code).map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
        }
        #expect(at("annexa.required") == ["3:2"])
        #expect(at("annexa.date.invalid") == ["4:6"])
        // The window is 20/05/2026 to 20/11/2026: 19 May is out, 20 May is in.
        #expect(at("annexa.date.window") == ["5:6"])
        #expect(at("annexa.date.order") == ["7:4"])
        #expect(at("annexa.code.unknown") == ["8:3"])
        #expect(at("annexa.duplicate") == ["9:1"])
        #expect(result.diagnostics("annexa.duplicate").first?.message.contains("line 2") == true)
        #expect(at("annexa.integer.invalid") == ["10:5"])
        #expect(at("annexa.integer.range") == ["11:5"])
        #expect(at("annexa.date.future") == ["12:6"])
        for diagnostic in result.problems {
            #expect(diagnostic.location?.path == "list-1.csv")
            #expect(!diagnostic.message.contains("C1") && !diagnostic.message.contains("01/01/2015"))
        }
    }

    /// Lists 10 and 11 look back 12 months, lists 1-9 six.
    @Test func usesEachListsReportingWindow() async throws {
        let nineMonthsAgo = "20/02/2026"
        let contact = try await annexA(Self.header1 + "\nC1,a) Male,a) WBRI,01/01/2015,11,\(nineMonthsAgo),a) 1A: Individual\n").1
        #expect(contact.diagnostics("annexa.date.window").count == 1)
        let template = try Fixture.template()
        let list10 = try #require(template.list(10))
        var cells = [String](repeating: "", count: list10.columns.count)
        cells[0] = "C1"
        cells[2] = "a) Male"
        cells[3] = "a) WBRI"
        if let decision = list10.columnIndex(named: "Date of Decision that Child Should be Placed for Adoption") { cells[decision] = nineMonthsAgo }
        if let order = list10.columnIndex(named: "Date of Adoption Order") { cells[order] = "01/03/2026" }
        let text = list10.headers.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") + "\n" + cells.joined(separator: ",") + "\n"
        let adoption = try await annexA(text, name: "list-10.csv").1
        #expect(adoption.diagnostics("annexa.date.window").isEmpty)
    }

    @Test func opensRowsWithoutAnEndDateAsInTheWindow() async throws {
        let template = try Fixture.template()
        let list6 = try #require(template.list(6))
        #expect(!list6.reportingWindow.openWhenBlank.isEmpty)
        let generator = AnnexASampleGenerator(template: template, seed: 11, size: .tiny, referenceDate: Fixture.referenceDate)
        let result = try await Fixture.importText(generator.csv(list: 6).text, name: "list-6.csv")
        #expect(result.diagnostics("annexa.date.window").isEmpty)
        // The same rows judged a year later: the open ones stay in, the closed ones fall out.
        let later = CalendarDate(year: 2027, month: 11, day: 20) ?? Fixture.referenceDate
        let laterResult = try await Fixture.importText(generator.csv(list: 6).text, name: "list-6.csv", referenceDate: later)
        #expect(!laterResult.diagnostics("annexa.date.window").isEmpty)
        #expect(laterResult.diagnostics("annexa.date.window").count < generator.rowCount(for: 6))
    }

    /// A million identical errors cost a capped list plus one summary line, not a million diagnostics.
    @Test func capsRepeatedFindingsWithASummary() async throws {
        var text = Self.header1 + "\n"
        for index in 0..<100 { text += "C\(index),,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual\n" }
        let (table, result) = try await annexA(text)
        #expect(table.rowCount == 100)
        #expect(result.diagnostics("annexa.required").count == 20)
        let summary = try #require(result.diagnostics("csv.more").first)
        #expect(summary.message.contains("80 more"))
        #expect(summary.message.contains("'Gender'"))
    }

    /// The duplicate check's memory is capped: past the cap, rows are not checked and a note says from where.
    @Test func capsTheDuplicateCheck() throws {
        var text = Self.header1 + "\n"
        for id in ["C1", "C2", "C1", "C2", "C3"] { text += "\(id),a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual\n" }
        let template = try Fixture.template()
        let capped = AnnexAListReader(template: template, referenceDate: Fixture.referenceDate, displayPath: "list-1.csv", duplicateCheckRows: 1)
        let result = try capped.read(bytes: Array(text.utf8))
        // C1 (line 2) is remembered, so line 4 repeats it; C2 (line 3) is past the cap, so line 5 goes unreported.
        #expect(result.diagnostics.filter { $0.code == "annexa.duplicate" }.map { $0.location?.line } == [4])
        #expect(result.diagnostics.filter { $0.code == "annexa.duplicate.unchecked" }.map { $0.location?.line } == [3])
        let full = AnnexAListReader(template: template, referenceDate: Fixture.referenceDate, displayPath: "list-1.csv")
        #expect(try full.read(bytes: Array(text.utf8)).diagnostics.filter { $0.code == "annexa.duplicate" }.map { $0.location?.line } == [4, 5])
    }

    // MARK: Broken files

    @Test func keepsRowsAroundAnUnterminatedQuoteAndRaggedRows() async throws {
        let (table, result) = try await annexA(Self.header1 + """

        C1,a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual
        C2,"a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual
        C3,a) Male,a) WBRI,01/01/2015,11,01/10/2026
        C4,a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual,extra

        """, options: [:])
        #expect(table.rowCount == 4)
        #expect(table.rows.map { $0[0] } == ["C1", "C2", "C3", "C4"])
        let quote = try #require(result.diagnostics("csv.unterminated-quote").first)
        #expect(quote.location?.line == 3 && quote.location?.column == 2)
        #expect(result.diagnostics("csv.ragged-row").map { $0.location?.line } == [4, 5])
    }

    @Test func readsSemicolonAndUTF16ListsFromExcel() async throws {
        let rows = [Self.header1, "C1,b) Female,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual"]
        let semicolon = try await annexA(rows.map { $0.replacingOccurrences(of: ",", with: ";") }.joined(separator: "\r\n") + "\r\n")
        #expect(semicolon.0.rows.first?[1] == "b) Female")
        #expect(semicolon.1.diagnostics("csv.delimiter").count == 1)
        #expect(semicolon.1.problems.isEmpty)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in rows.map({ $0.replacingOccurrences(of: ",", with: "\t") }).joined(separator: "\r\n").utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let result = try await Fixture.importBytes(utf16, name: "list-1.csv")
        #expect(result.table?.rows.first?[5] == "01/10/2026")
        #expect(result.diagnostics("csv.encoding").count == 1)
        #expect(result.problems.isEmpty)
    }

    @Test func readsWindows1252NamesWithAWarning() async throws {
        let bytes = Array((Self.header1 + "\nC1,a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual\n").utf8)
        var list3 = Array("Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Referral,Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker\n".utf8)
        list3 += Array("C1,a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual,b) No,0,MASH,Se".utf8) + [0xE1] + Array("n\n".utf8)
        let plain = try await Fixture.importBytes(bytes, name: "list-1.csv")
        #expect(plain.problems.isEmpty)
        let result = try await Fixture.importBytes(list3, name: "list-3.csv")
        #expect(result.table?.rows.first?.last == "Seán")
        let warning = try #require(result.diagnostics("csv.invalid-utf8").first)
        #expect(warning.location?.line == 2 && warning.location?.column == 11)
    }

    // MARK: Streaming

    /// A long list is read row by row from disk: every row counted and validated, only the first
    /// `maxRows` kept in the record, and the record says the rest must be streamed from the source.
    @Test func streamsALongListAndKeepsOnlyTheFirstRows() async throws {
        let template = try Fixture.template()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annexa-long-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = 30_000
        let generator = AnnexASampleGenerator(template: template, seed: 21, size: .tiny, referenceDate: Fixture.referenceDate, rowCounts: [1: rows])
        _ = try generator.writeAll(to: folder, lists: [1])
        let source = Source(path: "list-1.csv", sha256: "", size: 0, mediaType: "text/csv")
        let result = try await CSVTableImporter().records(from: source, context: ImportContext(inputsRoot: folder, referenceDate: Fixture.referenceDate,
                                                                                               options: ["maxRows": "100"]))
        let table = try #require(result.table)
        #expect(table.rowCount == rows)
        #expect(table.rows.count == 100)
        #expect(table.streamedFromSource)
        #expect(result.problems.isEmpty)
        // What an exporter does with such a record: read the rows again, normalised, one at a time.
        var count = 0
        var firstRow: [String] = []
        let reader = AnnexAListReader(template: template, referenceDate: Fixture.referenceDate, displayPath: "list-1.csv", list: 1, validate: false)
        let again = try reader.read(url: folder.appendingPathComponent("list-1.csv")) { row in
            if count == 0 { firstRow = row.values }
            count += 1
        }
        #expect(count == rows)
        #expect(again.rowCount == rows)
        #expect(firstRow == table.rows.first)
    }
    /// Header cells with no letters or digits (a line of tabs read as tab-separated) name no column:
    /// each is an unknown column, tried against no pattern, and the named ones still match.
    @Test func emptyHeaderCellsAreUnknownColumns() throws {
        let template = try Fixture.template()
        let list1 = try #require(template.list(1))
        let headers = Array(repeating: "", count: 2_000) + Self.header1.split(separator: ",").map(String.init) + ["--"]
        let match = AnnexAListRecognizer.match(headers: headers, to: list1)
        #expect(match.unknownSourceColumns == Array(0..<2_000) + [headers.count - 1])
        #expect(match.sourceIndex.compactMap { $0 }.count == 7)
    }
}
