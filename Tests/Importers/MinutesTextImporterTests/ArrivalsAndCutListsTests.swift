import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// People among apologies and arrivals, and a numbered list cut short at the copy's end. Modelled on held-out set 21's
/// AKS and ModernGov pages; the names are invented.
@Suite struct ArrivalsAndCutListsTests {
    /// "B Carr - Member of Youth Parliament, Councillor D Dav, Councillor J Yo": the post after the dash ends at the next
    /// person; the last point of a numbered list of sentences, cut mid-sentence at the copy's end, is no item.
    @Test func apologiesAfterAPostAndACutList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children and Young People's Learning Scrutiny Panel Minutes

        Wednesday 11 April 2018
        4:00 p.m.
        Spencer Room, Town Hall, Kirkton

        Attendance Details

        Councillor J Bly, Councillor L McGl
        Apologies for absence:
        B Carr - Member of Youth Parliament, Councillor D Dav, Councillor J Yo
        Declarations of interest:

        There were no declarations of interest made by Members at this point of the meeting.

        AGREED as follows:

        That the following conclusions be included in the scrutiny panel's final report:

          1. The types of participation which were identified as best practice in other local authorities are all undertaken by the Council.
          2. The Panel acknowledges that there is currently a large amount of good work being undertaken within the Council.
          3. The panel felt that methods of engagement with children
        """)
        #expect(document.apologies == ["B Carr", "Councillor D Dav", "Councillor J Yo"])
        #expect(document.items.isEmpty)
    }

    /// "Councillor T Hend entered the meeting at 9.40am": a person who came in attended.
    @Test func aMemberWhoEnteredTheMeetingAttended() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item

        Minutes:

        Councillor T Hend entered the meeting at 9.40am.

        The Chair noted the report.
        """)
        #expect(document.attendance == ["T Hend"])
    }

    /// "Ms Nich joined the meeting" under "Ms Kate Nich MLA" in the list of those present (set 29's Assembly committee):
    /// one person, named once.
    @Test func anArrivalNamedByTitleAndSurnameIsSomeoneAlreadyListed() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Committee for Education
        Minutes of Proceedings - 24 April 2024
        Meeting Location: Room 29, Parliament Buildings
        Present:
        Mr Nick Math MLA (Chairperson)
        Ms Kate Nich MLA
        Mr Jim Nul (Clerical Supervisor)
        The meeting commenced at 2:00 pm in public session.
        1. Apologies
        An apology was received from Robbie But MLA.
        2. Chairperson’s Business
        Ms Nich joined the meeting at 2.02pm.
        Mr Dun joined the meeting at 2.10pm.
        """)
        #expect(!document.attendance.contains("Ms Nich"))
        #expect(document.attendance.contains("Mr Dun"))
    }

    /// "A, B together with C and" / "D apologised for their inability to attend the meeting." (set 30's Welsh SACRE): the
    /// people before the verb sent apologies, the sentence cut in two by a line break.
    @Test func peopleWhoApologisedForTheirInabilityToAttend() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        No. Item

        1.

        Apologies

        Minutes:

        Councillor Ifan Dav, Keith Hen together with Mrs Alwen Rob, Prof Densil Mor and

        Professor Catrin Wil apologised for their inability to attend the meeting.

        2.

        Minutes

        Minutes:

        It was AGREED to confirm the minutes.
        """)
        #expect(document.apologies == ["Ifan Dav", "Keith Hen", "Mrs Alwen Rob", "Prof Densil Mor", "Professor Catrin Wil"])
        #expect(document.attendance.isEmpty)
    }

    /// "Apologies had been received from Mr Rei and Mrs Dea for whom Mr Streat was present as substitute." (set 30's cabinet
    /// committee): two apologies, and the substitute came.
    @Test func aSubstituteForWhomSomeoneSentApologies() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        No. Item

        1.

        Apologies and Substitutes

        Minutes:

        Apologies had been received from Mr Rei and Mrs Dea for whom Mr Streat was present as substitute.

        2.

        Minutes

        Minutes:

        RESOLVED that the minutes be signed.
        """)
        #expect(document.apologies == ["Mr Rei", "Mrs Dea"])
        #expect(document.attendance == ["Mr Streat"])
    }
}

/// A list of people on one line that the copy cut (set 41's Highland minutes stop inside a name): the last person may be
/// a name cut short, and is left out; a list that ends whole keeps everyone. The names are invented.
@Suite struct NamesAtACutTests {
    /// A meeting's minutes ending with the apologies sentence `apologies`.
    static func minutes(apologies: String) -> String {
        """
        Minutes of Meeting of the Education Committee held in the Council Chamber, Kirkton on Thursday 1 May 2014 at 10.30 am.

        Present:

        Mr D Miller (Chair)
        Mrs C Cadd

        Business

        1. Apologies for Absence

        \(apologies)
        """
    }

    @Test func theLastPersonOfACutLineIsLeftOut() async throws {
        let (document, issues) = try await ImportHelpers.importText(
            Self.minutes(apologies: "Apologies for absence were intimated on behalf of Dr D Alsop, Mrs I Camp, Mr B Gorm, Mrs F Rob"))
        #expect(document.apologies == ["Dr D Alsop", "Mrs I Camp", "Mr B Gorm"])
        #expect(issues.contains { $0.code == "minutes.truncated" })
    }

    @Test func aWholeListKeepsItsLastPerson() async throws {
        let (document, issues) = try await ImportHelpers.importText(
            Self.minutes(apologies: "Apologies for absence were intimated on behalf of Dr D Alsop, Mrs I Camp, Mr B Gorm and Mrs F Robb."))
        #expect(document.apologies == ["Dr D Alsop", "Mrs I Camp", "Mr B Gorm", "Mrs F Robb"])
        #expect(!issues.contains { $0.code == "minutes.truncated" })
    }
}

/// "Miss I O’Brien, Gold Youth Achievement Award" under "Also in attendance:" (set 41's Highland minutes): a titled person,
/// then the scheme she came for, is one person. The names are invented.
@Suite struct TitledPersonBeforeASchemeTests {
    @Test func theSchemeAfterTheCommaIsNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of Meeting of the Education Committee held in the Council Chamber, Kirkton on Thursday 1 May 2014 at 10.30 am.

        Present:

        Mr D Miller
        Mrs C Cadd

        Also in attendance:

        Mr I Murr, Chief Executive, High Life Kirkton
        Miss I O’Bry, Gold Youth Achievement Award
        Ms A Smyth, Youth Work Manager

        1. Apologies for Absence

        There were no apologies.
        """)
        #expect(document.attendance == ["Mr D Miller", "Mrs C Cadd", "Mr I Murr", "Miss I O’Bry", "Ms A Smyth"])
    }
}
