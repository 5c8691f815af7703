import AnnexA
import EvidenceModel
import Foundation
import Testing

/// The analysis of streamed rows: counts per list, repeats and cross-list children by identifier,
/// timeliness in working days, durations; and nothing in the result that names a child.
@Suite struct AnnexAAnalyserTests {
    static let referenceDate = CalendarDate(year: 2026, month: 11, day: 20)!

    static func analyse(_ lists: [(Int, String)]) throws -> AnnexAAnalysis {
        let template = try WorkbookReaderTests.template
        var analyser = AnnexAAnalyser(template: template, referenceDate: referenceDate)
        for (number, text) in lists {
            let spec = try #require(template.list(number))
            let reader = AnnexAListReader(template: template, referenceDate: referenceDate, displayPath: "list-\(number).csv", list: number, validate: false)
            _ = try reader.read(bytes: Array(text.utf8)) { row in analyser.add(row, list: spec) }
        }
        return analyser.finish(files: AnnexAFiles(workbook: "annex-a/annex-a.xlsx", validationReport: "annex-a/validation-report.txt", listCSVs: [:]))
    }

    static func bars(_ analysis: AnnexAAnalysis, list: Int, figure: String) -> [String: Int] {
        let found = analysis.lists.first { $0.list == list }?.figures.first { $0.id == figure }
        return Dictionary(uniqueKeysWithValues: (found?.bars ?? []).map { ($0.label, $0.count) })
    }

    static let contacts = """
    Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source
    C1,a) Male,a) WBRI,01/03/2015,11,01/10/2026,q) 6: Police
    C1,a) Male,a) WBRI,01/03/2015,11,05/10/2026,q) 6: Police
    C2,b) Female,,01/03/2026,0,02/09/2026,e) 2A: Schools
    C3,M,zz,,,,
    """

    static let assessments = """
    Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Does the Child have a Disability,Continuous Assessment Start Date,Child Seen During Continuous Assessment,Continuous Assessment Date of Authorisation,Was the child assessed as requiring LA children's social care support?,Allocated Team,Allocated Worker
    C2,b) Female,a) WBRI,01/03/2026,0,b) No,03/08/2026,a) Yes,05/10/2026,a) Yes,T,W
    C4,a) Male,a) WBRI,01/03/2016,10,b) No,03/08/2026,a) Yes,06/10/2026,a) Yes,T,W
    C5,a) Male,a) WBRI,01/03/2016,10,b) No,02/11/2026,,,,T,W
    """

    @Test func countsRowsByMonthAgeGenderAndCode() throws {
        let analysis = try Self.analyse([(1, Self.contacts)])
        let list = try #require(analysis.lists.first { $0.list == 1 })
        #expect(list.rows == 4 && list.children == 3)
        let months = Self.bars(analysis, list: 1, figure: "month")
        #expect(months["Oct 2026"] == 2 && months["Sep 2026"] == 1 && months["no date"] == 1 && months["May 2026"] == 0)
        #expect(Self.bars(analysis, list: 1, figure: "age") == ["under 1": 1, "1 to 4": 0, "5 to 9": 0, "10 to 15": 2, "16 and over": 0, "not recorded": 1])
        #expect(Self.bars(analysis, list: 1, figure: "column-2") == ["a) Male": 3, "b) Female": 1])
        #expect(Self.bars(analysis, list: 1, figure: "age-gender") == ["under 1, b) Female": 1, "10 to 15, a) Male": 2, "not recorded, a) Male": 1])
        #expect(Self.bars(analysis, list: 1, figure: "column-3") == ["a) WBRI": 2, "not recorded": 1, "not a template value": 1])
        #expect(Self.bars(analysis, list: 1, figure: "repeat") == ["once": 2, "more than once": 1])
    }

    @Test func linksChildrenAcrossListsAndTimesAssessmentsInWorkingDays() throws {
        let analysis = try Self.analyse([(1, Self.contacts), (4, Self.assessments)])
        #expect(Self.bars(analysis, list: 4, figure: "other-lists") == ["on this list only": 2, "also on another list": 1])
        #expect(analysis.childrenByListCount?.bars == [AnnexACount(label: "1 list", count: 4), AnnexACount(label: "2 lists", count: 1)])
        // 3 August to 5 October 2026 is 45 working days; to 6 October, 46.
        #expect(WorkingDays.between(CalendarDate(year: 2026, month: 8, day: 3)!, CalendarDate(year: 2026, month: 10, day: 5)!) == 45)
        #expect(Self.bars(analysis, list: 4, figure: "timeliness-assessment") == [
            "within 45 working days": 1, "over 45 working days": 1,
            "not completed, 45 working days or fewer so far": 1, "not completed, over 45 working days so far": 0,
        ])
        // Nothing in the analysis names a child.
        let text = "\(analysis)"
        #expect(!["C1", "C2", "C4", "C5", "01/03/2015", "2015-03-01"].contains { text.contains("\"\($0)\"") || text.contains(": \($0)") })
    }

    @Test func workingDaysMatchADayByDayCount() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 2025, month: 12, day: 20))!
        for offset in stride(from: 0, through: 80, by: 3) {
            for length in [0, 1, 2, 5, 6, 7, 13, 40, 64] {
                let from = calendar.date(byAdding: .day, value: offset, to: start)!
                var count = 0, day = from
                for _ in 0..<length {
                    day = calendar.date(byAdding: .day, value: 1, to: day)!
                    if ![1, 7].contains(calendar.component(.weekday, from: day)) { count += 1 }
                }
                func calendarDate(_ date: Date) -> CalendarDate {
                    let parts = calendar.dateComponents([.year, .month, .day], from: date)
                    return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
                }
                #expect(WorkingDays.between(calendarDate(from), calendarDate(day)) == count, "\(from) + \(length)")
            }
        }
    }

    /// Over the real-shaped workbooks of ../shared/corpus/annexa (read in place): every list is
    /// analysed with its rows, and every row-based figure counts each row exactly once.
    @Test(.enabled(if: SharedCorpus.isPresent), arguments: CorpusWorkbookTests.expectedRows.keys.sorted())
    func everyCorpusListIsAnalysedAndEachFigureCountsEveryRow(_ name: String) throws {
        let template = try WorkbookReaderTests.template
        var analyser = AnnexAAnalyser(template: template, referenceDate: WorkbookReaderTests.referenceDate)
        let reader = AnnexAWorkbookReader(template: template, referenceDate: WorkbookReaderTests.referenceDate, displayPath: name, validate: false)
        _ = try reader.read(url: SharedCorpus.annexA.appendingPathComponent(name), onSheet: { _ in }, onRow: { _, list, row in
            analyser.add(row, list: template.list(list)!)
        })
        let analysis = analyser.finish(files: AnnexAFiles(workbook: "", validationReport: "", listCSVs: [:]))
        #expect(analysis.lists.map(\.rows) == CorpusWorkbookTests.expectedRows[name])
        for list in analysis.lists {
            #expect(list.figures.count >= 3, "\(list.title)")
            for figure in list.figures where !["repeat", "other-lists", "visits-cp", "visits-cla"].contains(figure.id) {
                #expect(figure.total == list.rows, "\(list.title): \(figure.title)")
            }
            for figure in list.figures where ["repeat", "other-lists"].contains(figure.id) {
                #expect(figure.total == list.children, "\(list.title): \(figure.title)")
            }
        }
        #expect(analysis.childrenByListCount.map { $0.total > 0 } == true)
    }
}
