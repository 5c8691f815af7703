@testable import DocumentFileImporter
import EvidenceModel
import Testing

/// The Ofsted report reader on made-up texts in Ofsted's layouts (OfstedFixtures), field by field.
@Suite struct OfstedReportReaderTests {
    func date(_ iso: String) -> CalendarDate? { CalendarDate(iso8601: iso) }

    func read(_ text: String) throws -> OfstedReading {
        try #require(OfstedReportReader.read(text))
    }

    @Test func readsAnILACSReportWithAWrappedTitleAndFiveJudgements() throws {
        let reading = try read(OfstedFixtures.ilacs2023)
        let report = reading.report
        #expect(reading.type == .ilacsInspection)
        #expect(report.framework == "ILACS inspection")
        #expect(report.localAuthority == "Northmoor Borough Council")
        #expect(report.inspectionStart == date("2023-03-06"))
        #expect(report.inspectionEnd == date("2023-03-17"))
        #expect(report.publicationDate == nil)
        #expect(report.leadInspector == "Alex Example")
        #expect(report.overallEffectiveness == "Requires improvement to be good")
        #expect(report.judgements == [
            .init(area: "The impact of leaders on social work practice with children and families", grade: "Requires improvement to be good"),
            .init(area: "The experiences and progress of children who need help and protection", grade: "Requires improvement to be good"),
            .init(area: "The experiences and progress of children in care", grade: "Good"),
            .init(area: "The experiences and progress of care leavers", grade: "Inadequate"),
            .init(area: "Overall effectiveness", grade: "Requires improvement to be good"),
        ])
        #expect(report.improvementPoints == [
            "The timeliness of assessments of children's needs.",
            "The quality, clarity and timeliness of child-in-need, child protection and pathway plans.",
            "The quality and impact of frontline supervision and management oversight at all levels.",
        ])
        #expect(reading.problems.map { $0.1 } == ["ofsted.no-publication-date"])
    }

    @Test func readsThe2019LayoutWithGradesWrappedOverTwoLines() throws {
        let report = try read(OfstedFixtures.ilacs2019).report
        #expect(report.localAuthority == "Eastdale Council")
        #expect(report.inspectionStart == date("2019-06-03"))
        #expect(report.inspectionEnd == date("2019-06-14"))
        #expect(report.leadInspector == "Sam Sample")
        #expect(report.judgements.map(\.grade) == ["Requires improvement to be good", "Good", "Requires improvement to be good", "Requires improvement to be good"])
        #expect(report.judgements.map(\.area) == [
            "The impact of leaders on social work practice with children and families",
            "The experiences and progress of children who need help and protection",
            "The experiences and progress of children in care and care leavers",
            "Overall effectiveness",
        ])
        #expect(report.overallEffectiveness == "Requires improvement to be good")
        #expect(report.improvementPoints == ["The stability of the workforce in the three longterm teams.",
                                             "The effectiveness of child in need and child protection plans."])
    }

    @Test func readsASIFReportWithFootnotesAWrappedOverallSentenceAndNumberedRecommendations() throws {
        let reading = try read(OfstedFixtures.sif2015)
        let report = reading.report
        #expect(reading.type == .sifInspection)
        #expect(report.framework == "SIF inspection")
        #expect(report.localAuthority == "Westbury and Fordham")
        #expect(report.inspectionStart == date("2015-03-03"))
        #expect(report.inspectionEnd == date("2015-03-25"))
        #expect(report.publicationDate == date("2015-05-13"))
        #expect(report.overallEffectiveness == "Requires improvement")
        #expect(report.judgements == [
            .init(area: "Children who need help and protection", grade: "Requires improvement"),
            .init(area: "Children looked after and achieving permanence", grade: "Inadequate"),
            .init(area: "Adoption performance", grade: "Good"),
            .init(area: "Experiences and progress of care leavers", grade: "Requires improvement"),
            .init(area: "Leadership, management and governance", grade: "Requires improvement"),
        ])
        // "Deputy lead inspector" is not the lead inspector.
        #expect(report.leadInspector == "Jo Placeholder")
        #expect(report.improvementPoints == [
            "Ensure that elected members and senior leaders meet their statutory responsibilities.",
            "The local authority should assure itself that decisions to close cases are appropriate.",
            "Improve the timeliness of health assessments for children looked after.",
        ])
        #expect(reading.problems.isEmpty)
    }

    @Test func readsAFocusedVisitLetterWithoutInventingJudgements() throws {
        let reading = try read(OfstedFixtures.focusedVisit)
        let report = reading.report
        #expect(reading.type == .focusedVisit)
        #expect(report.framework == "ILACS focused visit")
        #expect(report.localAuthority == "Southfield")
        #expect(report.inspectionStart == date("2019-01-15"))
        #expect(report.inspectionEnd == date("2019-01-16"))
        #expect(report.leadInspector == "Chris Invented")
        #expect(report.judgements.isEmpty)
        #expect(report.overallEffectiveness == nil)
        #expect(report.improvementPoints == ["The quality of written plans for children in need.", "Management oversight of drift in plans."])
        #expect(reading.problems.map { $0.1 }.contains("ofsted.not-graded"))
    }

    @Test func leavesAnOverallJudgementThatIsNotPrintedEmptyAndSaysSo() throws {
        let reading = try read(OfstedFixtures.ilacsWithoutOverall)
        #expect(reading.report.localAuthority == "Lowfield")
        #expect(reading.report.judgements == [.init(area: "The impact of leaders on social work practice with children and families", grade: "Good")])
        #expect(reading.report.overallEffectiveness == nil)
        let problem = try #require(reading.problems.first { $0.1 == "ofsted.field-not-found" })
        #expect(problem.0 == .warning)
        #expect(problem.2.contains("the overall effectiveness judgement"))
    }

    @Test func minutesThatDiscussAnOfstedReportAreNotOne() {
        #expect(OfstedReportReader.read(OfstedFixtures.minutesAboutOfsted) == nil)
        #expect(!OfstedReportReader.looksLikeReport(OfstedFixtures.minutesAboutOfsted))
        // A council's cover report quotes the title but carries none of Ofsted's labels.
        #expect(OfstedReportReader.read(OfstedFixtures.councilCoverReport) == nil)
        #expect(!OfstedReportReader.looksLikeReport(OfstedFixtures.councilCoverReport))
    }

    @Test func readsOfstedDateRanges() {
        func range(_ text: String) -> [String]? {
            InspectionDates.read(text).map { [$0.start.iso8601, $0.end.iso8601] }
        }
        #expect(range("11 November 2019 to 22 November 2019") == ["2019-11-11", "2019-11-22"])
        #expect(range("6 to 17 March 2023") == ["2023-03-06", "2023-03-17"])
        #expect(range("20 June to 1 July 2022") == ["2022-06-20", "2022-07-01"])
        #expect(range("3 March 2015 \u{2013} 25 March 2015") == ["2015-03-03", "2015-03-25"])
        #expect(range("26th February 2024 to 8th March 2024") == ["2024-02-26", "2024-03-08"])
        #expect(range("on 15 and 16 January 2019.") == ["2019-01-15", "2019-01-16"])
        #expect(range("9 December to 20 January 2020") == ["2019-12-09", "2020-01-20"])
        #expect(range("24 January 2017") == ["2017-01-24", "2017-01-24"])
        #expect(range("31 February 2023") == nil)
        #expect(InspectionDates.read("6 to 17 March 2023")?.matchedWholeLine == true)
    }

    @Test func stripsFootnoteDigitsGluedToWordsOnly() {
        #expect(OfstedText.withoutFootnote("Review of the Local Safeguarding Children Board1") == "Review of the Local Safeguarding Children Board")
        #expect(OfstedText.withoutFootnote("good help, care and protection.2") == "good help, care and protection.")
        #expect(OfstedText.withoutFootnote("children aged 16 and 17") == "children aged 16 and 17")
        #expect(OfstedText.withoutFootnote("enquiries under S47") == "enquiries under S47")
    }

    @Test func readsGradesWrappedOrAtTheEndOfALine() {
        #expect(OfstedGrade.read(["Requires", "Improvement", "2. Children looked after"], at: 0)?.grade == "Requires improvement")
        #expect(OfstedGrade.read(["Requires improvement", "to be good"], at: 0)?.lines == 2)
        #expect(OfstedGrade.read(["Good", "The experiences"], at: 0)?.lines == 1)
        #expect(OfstedGrade.read(["Goodwill"], at: 0) == nil)
        #expect(OfstedGrade.trailing("2.1 Adoption performance Good")?.prefix == "2.1 Adoption performance")
        #expect(OfstedGrade.overallSentence("Children's services in Worcestershire are inadequate") == "Inadequate")
        #expect(OfstedGrade.overallSentence("Children's services in Manchester require improvement to be good") == "Requires improvement to be good")
        #expect(OfstedGrade.overallSentence("Children's services in Manchester require improvement to be good 1. Children who need help Requires improvement") == nil)
    }
}
