@testable import DocumentFileImporter
import EvidenceModel
import Testing

@Suite struct FileNameReadingTests {
    @Test(arguments: [
        ("SEF_2023-10-12_v3_FINAL.docx", "2023-10-12", "day"),
        ("Improvement plan 121023.pdf", "2023-10-12", "day"),
        ("QA framework 12.10.2023.docx", "2023-10-12", "day"),
        ("20231012 LADO annual report.pdf", "2023-10-12", "day"),
        ("Board minutes 12_10_23.pdf", "2023-10-12", "day"),
        ("Scrutiny report 12th October 2023.pdf", "2023-10-12", "day"),
        ("Improvement board update Oct23.pdf", "2023-10-01", "month"),
        ("Performance scorecard - March 2024.xlsx", "2024-03-01", "month"),
    ])
    func findsTheDateInAFileName(name: String, expected: String, precision: String) throws {
        let match = try #require(FileNameReading.date(in: FileNameReading.stem(of: name)))
        #expect(match.date == CalendarDate(iso8601: expected))
        #expect(match.precision == precision)
    }

    @Test(arguments: ["Annex_A_list_1.csv", "Annual report 2023-24.pdf", "Team 123456789.docx", "Case 991399.pdf", "Summary v2.pdf"])
    func findsNoDateWhereThereIsNone(name: String) {
        #expect(FileNameReading.date(in: FileNameReading.stem(of: name)) == nil)
    }

    @Test(arguments: [
        ("self-knowledge/SEF_2023-10-12_v3_FINAL.docx", "SEF"),
        ("Corporate%20Parenting_Strategy (1).pdf", "Corporate Parenting Strategy"),
        ("Annex_A_list_1.pdf", "Annex A list 1"),
        ("Self-evaluation v1.2 - Copy.docx", "Self-evaluation"),
        ("Annual report 2023-24.pdf", "Annual report 2023-24"),
        ("QA framework 12.10.2023.docx", "QA framework"),
        ("2023-10-12.pdf", "2023-10-12"),
    ])
    func cleansAFileNameIntoATitle(path: String, expected: String) {
        #expect(FileNameReading.title(fromPath: path) == expected)
    }

    @Test(arguments: [
        ("Microsoft Word - SEF_v3.docx", "SEF"),
        ("Document1", nil),
        ("PowerPoint Presentation", nil),
        ("Slide 1", nil),
        ("  Sufficiency   strategy ", "Sufficiency strategy"),
        ("LADO", "LADO"),
    ] as [(String, String?)])
    func keepsOnlyMetadataTitlesThatNameTheDocument(raw: String, expected: String?) {
        #expect(TitleCleaning.usable(raw) == expected)
    }

    @Test func readsMetadataTimestampsAsUKDays() {
        #expect(MetadataDate.iso8601("2023-06-30T23:30:00Z") == CalendarDate(iso8601: "2023-07-01"))  // BST
        #expect(MetadataDate.iso8601("2023-12-31T23:30:00Z") == CalendarDate(iso8601: "2023-12-31"))  // GMT
        #expect(MetadataDate.iso8601("2023-06-30T23:30:00+02:00") == CalendarDate(iso8601: "2023-06-30"))
        #expect(MetadataDate.pdf("D:20231012") == CalendarDate(iso8601: "2023-10-12"))
        #expect(MetadataDate.pdf("D:20230630233000Z") == CalendarDate(iso8601: "2023-07-01"))
        #expect(MetadataDate.pdf("D:2023") == CalendarDate(iso8601: "2023-01-01"))
        #expect(MetadataDate.pdf("yesterday") == nil)
    }
}
