import AnnexA
import EvidenceModel
import Foundation
import Testing

/// Validation as exact as the template, on small synthetic lists modelled on what councils send:
/// spellings of a code read openly (one note per spelling, with a count and the first line), derived
/// ages with decimals accepted, postcodes checked, wrong values close to a code still errors, every
/// finding traceable to the rule catalogue, and a summary per column.
@Suite struct AnnexAExactnessTests {
    static let referenceDate = CalendarDate(year: 2026, month: 11, day: 20)!

    static func read(_ text: String, list: Int? = nil, perKind: Int = 20) throws -> AnnexAReadResult {
        let reader = AnnexAListReader(template: try WorkbookReaderTests.template, referenceDate: referenceDate, displayPath: "list.csv",
                                      list: list, diagnosticsPerKind: perKind)
        return try reader.read(bytes: Array(text.utf8))
    }

    static let contacts = """
    Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source
    C0000001,M,WBRI,01/03/2015,11.62,01/10/2026,9
    C0000002,Male,s) NOBT,01/03/2015,11,02/10/2026,t) 9: Anonymous
    C0000003,1 - Male,a) WBRI,01/03/2015,11.9,03/10/2026,Contact 9
    C0000004,a)Male,a) WBRI,01/03/2015,-1.5,04/10/2026,a) 1A: Individual
    C0000005,M,a) WBRI,01/03/2015,eleven,05/10/2026,29
    C0000006,Mâle,a) WBRI,01/03/2015,11,06/10/2026,a) 1A: Individual

    """

    static func at(_ result: AnnexAReadResult, _ code: String) -> [String] {
        result.diagnostics.filter { $0.code == code }.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
    }

    @Test func eachSpellingOfACodeIsNotedOnceWithItsCountAndFirstLine() throws {
        let result = try Self.read(Self.contacts)
        let notes = result.diagnostics.filter { $0.code == "annexa.code.normalised" }.map(\.message)
        #expect(notes.contains("List 1: 'M' in 'Gender' read as 'a) Male' of code list 'gender' (2024 template; a spelling the template spec lists): 2 cells, first at line 2"))
        #expect(notes.contains("List 1: 'Male' in 'Gender' read as 'a) Male' of code list 'gender' (2024 template; the same code written another way): 1 cell, first at line 3"))
        #expect(notes.contains { $0.hasPrefix("List 1: '1 - Male' in 'Gender' read as 'a) Male'") && $0.hasSuffix("1 cell, first at line 4") })
        #expect(notes.contains { $0.hasPrefix("List 1: 'a)Male' in 'Gender' read as 'a) Male'") && $0.hasSuffix("1 cell, first at line 5") })
        #expect(notes.contains { $0.hasPrefix("List 1: 's) NOBT' in 'Ethnicity' read as 't) NOBT'") && $0.contains("a spelling the template spec lists") })
        // The bare CIN code 9 is the anonymous source; nothing merely containing a 9 is.
        #expect(notes.contains { $0.hasPrefix("List 1: '9' in 'Contact Source' read as 't) 9: Anonymous'") })
        #expect(notes.contains { $0.hasPrefix("List 1: 'WBRI' in 'Ethnicity' read as 'a) WBRI'") })
        #expect(notes.count == 7)
        #expect(Self.at(result, "annexa.code.unknown") == ["4:7", "6:7", "7:2"])
        // Never silently: every normalised cell is in a note's count.
        #expect(result.diagnostics.filter { $0.code == "annexa.code.normalised" }.allSatisfy { $0.severity == .note && $0.location?.line != nil })
    }

    @Test func aDerivedAgeWithDecimalsIsReadAsWholeYearsWithANote() throws {
        var ages: [String] = []
        let reader = AnnexAListReader(template: try WorkbookReaderTests.template, referenceDate: Self.referenceDate, displayPath: "list.csv")
        let result = try reader.read(bytes: Array(Self.contacts.utf8)) { row in ages.append(row.values[4]) }
        #expect(ages == ["11", "11", "11", "-1.5", "eleven", "11"])
        let notes = result.diagnostics.filter { $0.code == "annexa.integer.fraction" }
        #expect(notes.map(\.message) == ["List 1: 2 values in 'Age' given with decimals, read as whole years (the 2024 template derives this column from the date of birth), first at line 2"])
        #expect(notes.first?.location?.line == 2 && notes.first?.location?.column == 5)
        // A negative age and a word are still not ages.
        #expect(Self.at(result, "annexa.integer.invalid") == ["5:5", "6:5"])
    }

    @Test func aCountIsStillAWholeNumber() throws {
        let list3 = try #require(try WorkbookReaderTests.template.list(3))
        let text = list3.headers.joined(separator: ",") + "\nC1,a) Male,a) WBRI,01/03/2015,11.5,01/10/2026,a) 1A: Individual,b) No,2.5,MASH,W1\n"
        let result = try Self.read(text)
        #expect(Self.at(result, "annexa.integer.invalid") == ["2:9"])
        #expect(Self.at(result, "annexa.integer.fraction") == ["2:5"])
    }

    @Test func postcodesAreCheckedForTheFormTheColumnAsks() throws {
        let list8 = try #require(try WorkbookReaderTests.template.list(8))
        let postcode = try #require(list8.columnIndex(named: "Placement postcode"))
        let header = list8.headers.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",")
        var text = header + "\n"
        for value in ["SW1A 1AA", "sw1a1aa", "SW1A 1", "SW1A", "nope", "12345"] {
            var cells = Array(repeating: "", count: list8.columns.count)
            cells[0] = "C1"
            cells[postcode] = value
            text += cells.joined(separator: ",") + "\n"
        }
        let result = try Self.read(text, list: 8)
        let column = postcode + 1
        #expect(Self.at(result, "annexa.postcode.invalid") == ["6:\(column)", "7:\(column)"])
        #expect(Self.at(result, "annexa.postcode.partial") == ["4:\(column)", "5:\(column)"])
        #expect(result.diagnostics.filter { $0.code == "annexa.postcode.partial" }.allSatisfy { $0.severity == .warning })
        let messages = result.diagnostics.map(\.message).joined(separator: "\n")
        #expect(messages.contains("'Placement postcode' is not a UK postcode (the 2024 template asks for a full postcode)"))
        #expect(!messages.contains("nope") && !messages.contains("12345") && !messages.contains("SW1A"))
    }

    @Test func aSummaryPerColumnCountsEveryFindingByRule() throws {
        let result = try Self.read(Self.contacts, perKind: 1)
        let summaries = result.diagnostics.filter { $0.code == "annexa.column.summary" }
        #expect(summaries.map(\.message) == [
            "List 1 'Gender': 1 finding: annexa.code.unknown 1 (error)",
            "List 1 'Age': 2 findings: annexa.integer.invalid 2 (errors)",
            "List 1 'Contact Source': 2 findings: annexa.code.unknown 2 (errors)",
        ])
        #expect(summaries.map { $0.location?.column } == [2, 5, 7])
        // Only one of each kind is listed; the summary still counts both.
        #expect(Self.at(result, "annexa.integer.invalid") == ["5:5"])
    }

    /// Every finding on a cell names a rule the catalogue has, for its list and column.
    @Test func everyFindingIsARuleOfTheCatalogue() throws {
        let template = try WorkbookReaderTests.template
        let rules = AnnexARuleCatalogue.rules(for: template)
        let list1 = try #require(template.list(1))
        let result = try Self.read(Self.contacts)
        let findings = result.diagnostics.filter { $0.location?.column != nil && $0.code != "annexa.column.summary" }
        #expect(!findings.isEmpty)
        for finding in findings {
            let column = list1.columns[(finding.location?.column ?? 1) - 1].header
            #expect(rules.contains { $0.code == finding.code && $0.list == 1 && $0.column == column }, "\(finding.code) '\(column)'")
            if finding.code == "annexa.code.unknown" {
                #expect(finding.message.contains("code list '") && finding.message.contains("2024 template"))
            }
        }
    }

    /// Notes name the column, the code and the line; the raw value only when it is a code's spelling.
    @Test func noNoteOrFindingHoldsAChildsDataOrAFreeTextCell() throws {
        let result = try Self.read(Self.contacts)
        let text = result.diagnostics.map(\.description).joined(separator: "\n")
        for secret in ["C000000", "01/03/2015", "2015-03-01", "Mâle", "Contact 9", "eleven", "-1.5", "11.62"] {
            #expect(!text.contains(secret), "\(secret)")
        }
    }
}
