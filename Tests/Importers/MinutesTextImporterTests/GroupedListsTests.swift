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
