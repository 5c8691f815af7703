import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Lists of people printed group by group, each group's heading and its people on one line, with blank lines
/// between ("LEA Members : …" / "School Groups : …"), as held-out set 25's school organisation committee prints its
/// apologies. The names are invented.
@Suite struct GroupedListsTests {
    @Test func everyGroupOfTheApologiesIsRead() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF A MEETING OF THE KIRKTON SCHOOL ORGANISATION COMMITTEE HELD AT COUNTY HALL ON TUESDAY, 27 NOVEMBER 2001

        Present :

        LEA Members :

        Mrs B D Cloud, Mr C R Hanley

        Apologies :

        LEA Members : Mr G S Kendry, Mr J F Howard

        School Groups : Mrs C Tarran

        C of E Diocese : Mrs A Bradford


        1. ELECTION OF CHAIRMAN

        RESOLVED :
        THAT Mrs B D Cloud be elected Chairman.
        """)
        #expect(document.attendance == ["Mrs B D Cloud", "Mr C R Hanley"])
        #expect(document.apologies == ["Mr G S Kendry", "Mr J F Howard", "Mrs C Tarran", "Mrs A Bradford"])
        #expect(document.items.map(\.title) == ["ELECTION OF CHAIRMAN"])
    }

    /// After the list, a labelled line that is no group of people ("Venue : …"), or a group heading over words that
    /// name no one, is read as before: no one added.
    @Test func aLabelOrAHeadingOverNoOneAddsNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF A MEETING OF THE KIRKTON SCHOOL ORGANISATION COMMITTEE HELD ON TUESDAY, 27 NOVEMBER 2001

        Apologies :

        LEA Members : Mr G S Kendry, Mr J F Howard

        Venue : Council Chamber, County Hall

        School Places : planning for next year


        1. ELECTION OF CHAIRMAN
        """)
        #expect(document.apologies == ["Mr G S Kendry", "Mr J F Howard"])
        #expect(document.attendance.isEmpty)
    }
}

/// A list of those present printed in two columns kept apart by runs of spaces, and a sentence right under a list
/// of one person a line, as held-out set 26's education board prints them. The names are invented.
@Suite struct ColumnedListsTests {
    static let page = """
    A meeting of the Kirkton Education and Library Board was held in the Boardroom, Omagh, on Thursday 9 October 2008 at 11.00 a.m.

    PRESENT: Mr R Hende (Chairman)
             Mr P Duff (Vice-Chairman)
             Councillor A Broll      Mrs F Brun
             Dr J Corn              Miss M Cunn
             Mrs R Foxe             Councillor S Galla

    IN ATTENDANCE: Mr B Mulla (Chief Executive)
                   Mr P Macke (Head of Teaching)
                   Mrs N Youn (Recorder)

               Mr Hende, outgoing Chairman, extended a welcome to Mr Gavin Boye,
               Chief Executive Designate, ESA and Mr John McGra, Deputy Secretary,
               DE, who were in attendance to update members on progress.
    """

    @Test func eachColumnIsAPerson() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.attendance.prefix(8) == ["Mr R Hende (Chairman)", "Mr P Duff (Vice-Chairman)", "A Broll", "Mrs F Brun", "Dr J Corn",
                                                  "Miss M Cunn", "Mrs R Foxe", "S Galla"])
    }

    @Test func aSentenceUnderTheListIsNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(Array(document.attendance.suffix(3)) == ["Mr B Mulla (Chief Executive)", "Mr P Macke (Head of Teaching)", "Mrs N Youn (Recorder)"])
    }

    @Test func aSentenceIsToldFromAList() {
        #expect(NameList.readsAsSentence("Mr Hende, outgoing Chairman, extended a welcome to Mr Gavin Boye,"))
        #expect(NameList.readsAsSentence("Councillor Jane Smith was absent"))
        #expect(!NameList.readsAsSentence("Mrs N Youn (Recorder), Mr B Mulla (attended for item 3)"))
        #expect(!NameList.readsAsSentence("Councillor A Broll, Mrs F Brun"))
    }

    /// Words spread over a line are no columns of people: "Item 4      Budget      2024/25" names no one.
    @Test func columnsThatNameNoOneAreNoPeople() {
        #expect(NameList.peopleInColumns(["Item 4", "Budget", "2024/25"]) == nil)
        #expect(NameList.peopleInColumns(["Councillor A Broll"]) == nil)
        #expect(SourceLine.columns("   Councillor A Broll      Mrs F Brun") == ["Councillor A Broll", "Mrs F Brun"])
        #expect(SourceLine.columns("Councillor A Broll, Mrs F Brun") == nil)
    }
}

/// ModernGov's minutes copied from their table, as held-out set 26's SACRE prints them: the committee and the day on the
/// first two lines, each item's number run into its title ("1Apologies for Absence"), the first group of those present
/// on the label's line ("PRESENT: Councillors: …"), and an apology for lateness, which names someone who came. The
/// names are invented.
@Suite struct RunTogetherItemNumbersTests {
    static let page = """
    Standing Advisory Council on Religious Education
    Tuesday 19 June 2012 6.00 pm



    19 JUNE 2012

    PRESENT: Councillors: Councillor Nora Aird and Councillor Dee Quill.
    Other Members: Mike Gamm (Chairman) (Baha’i Community), Dal Attw (NAHT Representative), Saira Ahme (Islamic Trust),

    Officers in attendance: Laura Blum and Jo Fagg.

    1Apologies for Absence & Declarations of Interest
    Apologies for Absence were received from Kate Grund (Altwood School) and Nick Lowry (Baptist Church).

    Apology for Lateness was received from Mike Gamm (Chairman) (Baha’i Community).

    There were no Declarations of Interest.
    2Minutes of the previous meeting
    Members approved the minutes of the previous meeting held on 21 February 2012.
    3Matters Arising
    Contact details for places of worship were discussed and two were added: Sikh Temple at 31 Ruthin Road.
    """

    @Test func theCommitteeTheDayAndTheItems() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.committee == "Standing Advisory Council on Religious Education")
        #expect(document.meetingDate == CalendarDate(year: 2012, month: 6, day: 19))
        #expect(document.items.map(\.number) == ["1", "2", "3"])
        #expect(document.items.map(\.title) == ["Apologies for Absence & Declarations of Interest", "Minutes of the previous meeting", "Matters Arising"])
    }

    @Test func thePeople() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.attendance.prefix(2).map(NameList.personKey) == ["Nora Aird", "Dee Quill"].map(NameList.personKey))
        #expect(document.attendance.contains { $0.hasPrefix("Mike Gamm") })
        #expect(document.apologies == ["Kate Grund (Altwood School)", "Nick Lowry (Baptist Church)"])
    }

    @Test func aHouseNumberCountsNothing() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(!document.facts.contains { $0.value == 31 })
        #expect(FactExtractor.facts(in: "The group visited 31 schools in May.", line: nil).contains { $0.value == 31 })
    }

    /// A number run into a word is an item only as the next in sequence, before a title: "4Children" in prose is none.
    @Test func onlyTheNextNumberBeforeATitle() {
        var numbering = ItemNumbering()
        #expect(ItemHeader.unspacedNumber("1Apologies for Absence", under: numbering)?.value == 1)
        #expect(ItemHeader.unspacedNumber("2Apologies for Absence", under: numbering) == nil)
        #expect(ItemHeader.unspacedNumber("1Children", under: numbering) == nil)
        numbering.advance(to: "1", numberAlone: false)
        #expect(ItemHeader.unspacedNumber("2Minutes of the previous meeting", under: numbering)?.value == 2)
        #expect(ItemHeader.unspacedNumber("4Children said the funding was cut.", under: numbering) == nil)
    }
}
