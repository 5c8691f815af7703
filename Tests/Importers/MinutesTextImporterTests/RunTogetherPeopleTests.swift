import CouncilText
import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Lists of people whose separators a copy lost, each person run into the body they work for, and register
/// rows whose label lost its colon. Modelled on held-out set 14's and set 2's shapes; the names are invented.
@Suite struct RunTogetherPeopleTests {
    /// A first name and the surname after it are a person; the words between two people name a body.
    @Test func peopleRunIntoTheirBodiesAreEachOnePerson() {
        let people = RunTogetherPeople.people(in: "Roy Bell MLA (Chairperson) Helen Crane Autism NI Ivor Mills Kirkton YMCA Janice Cole CCF Karen Dale Women’s Aid Liz Brown NICMA Rebecca Sylvan Action for Children Sandra Adams CYPSP")
        #expect(people == ["Roy Bell", "Helen Crane", "Ivor Mills", "Janice Cole", "Karen Dale", "Liz Brown", "Rebecca Sylvan", "Sandra Adams"])
    }

    /// Not such a list: a sentence, a list with commas, cells joined by " / ", people each with a bracket or a
    /// title (other rules read those), or fewer than three people.
    @Test(arguments: ["Helen Crane welcomed everyone and Ivor Mills presented the report with Janice Cole to the group",
                      "Helen Crane Autism NI, Ivor Mills Kirkton YMCA, Janice Cole CCF",
                      "Helen Crane / Autism NI / Ivor Mills / Kirkton YMCA / Janice Cole",
                      "Helen Crane (Chair) Ivor Mills (Parent) Janice Cole (Health Trainer) Karen Dale",
                      "Councillor Helen Crane Mr Ivor Mills Mrs Janice Cole Kirkton",
                      "Helen Crane Autism NI Ivor Mills Kirkton YMCA Trust"])
    func otherLinesAreNoRunTogetherList(text: String) {
        #expect(RunTogetherPeople.people(in: Substring(text)) == nil)
    }

    /// A first name before a body's initials or a body's word ("Helen NHS", "Mary School") is no person; an initial
    /// between the names is kept.
    @Test func onlyASurnameAfterTheFirstNameMakesAPerson() {
        #expect(RunTogetherPeople.people(in: "Helen NHS Kirkton Ivor J Mills Kirkton YMCA Janice Cole CCF Karen Dale Women’s Aid Mary School Board")
                == ["Ivor J Mills", "Janice Cole", "Karen Dale"])
        #expect(GivenNames.contains("Helen") && GivenNames.contains("HELEN") && !GivenNames.contains("helen"))
        #expect(!GivenNames.contains("Grace") && !GivenNames.contains("Grant"))
    }

    /// "Attendance …" and "Apologies …" whose colons were lost, over such lists, in a meeting headed by its body.
    @Test func uncolonedLabelsOverRunTogetherListsGiveThePeople() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON SERVICES PLANNING LOCALITY PLANNING GROUP

        Thursday 6th February 2014 at 10:00am Kirkton House

        Attendance Martin McCann TIPSA Selena Ross CSP Roisin McCall SELB Kirstie Moore Kirkton District Council

        Apologies Karen Donnelly Gold Surestart Frances McKenna Mid Kirkton Child Contact Centre Lisa Cooper Gold Surestart

        1. Introductions and Apologies
        Mary agreed to chair the meeting.
        """)
        #expect(document.attendance == ["Martin McCann", "Selena Ross", "Roisin McCall", "Kirstie Moore"])
        #expect(document.apologies == ["Karen Donnelly", "Frances McKenna", "Lisa Cooper"])
    }

    /// A register's "Present", "In Attendance" and "Not Present" rows, their colons lost: the absent are no one present.
    @Test func aRegistersRowsGivePresentAndAttendingNotAbsent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Safeguarding Children Board
        Minutes of the meeting held on 12 May 2009

        Present           C BAKER,     R BACK,      C BARR,
                          L CRABB,     G CURZ
        In Attendance     S DOHERTY
        Not Present       M BOOTH,     P CARR

        1. Apologies
        The Chair noted the apologies.
        """)
        #expect(document.attendance == ["C BAKER", "R BACK", "C BARR", "L CRABB", "G CURZ", "S DOHERTY"])
    }
}

/// Set 16's shapes: a list run on into the next list's label, and titled members each followed by an untitled one,
/// surnames in capitals. Names invented.
@Suite struct RunOnRegistersTests {
    /// The people before "Apologies for Absence" only: those after it sent apologies, they were not present.
    @Test func aRunTogetherListEndsAtTheNextLabel() {
        let people = RunTogetherPeople.people(in: "Michaela Howe Indi Elk Sarah Hint Shirley Brier Kirkton Trident Apologies for Absence Anita Park Paul Hara Simon Atkins")
        #expect(people == ["Michaela Howe", "Sarah Hint", "Shirley Brier"])
    }

    @Test func aTitledMemberThenAnUntitledOneAreTwoPeople() {
        #expect(NameList.splittingAfterCapitalSurname("Councillor Alistair BERRY Nick MORRow") == ["Councillor Alistair BERRY Nick MORRow"])
        #expect(NameList.splittingAfterCapitalSurname("Councillor Alistair BERRY Nick MORTON") == ["Councillor Alistair BERRY", "Nick MORTON"])
        #expect(NameList.titledRun("Councillor Alistair BERRY Nick MORTON, Religious Representative Councillor Martin EARLE Mary RENTON, Religious Representative Councillor Bryan FLANN")?
                    .map(NameList.personKey) == ["alistair berry", "nick morton", "martin earle", "mary renton", "bryan flann"])
    }
}

/// A copy that opens with its lists: an apologies sentence after "In Attendance" names those who sent apologies.
@Suite struct ApologiesSentenceAfterAttendanceTests {
    @Test func anApologiesSentenceUnderAttendanceNamesTheAbsent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Children's Committee held on 5 March 2019

        Present: Councillor Susan MAGILL (in the Chair), Councillor Alan BERRY

        In Attendance

        Judy Edwards, Service Manager - Early Years

        Apologies were received on behalf of Councillor Margaret Brisk, Councillor Scott Farman and Colin O’Brian, Religious Representative.

        There were no declarations of interest.
        """)
        #expect(document.apologies.map(NameList.personKey) == ["margaret brisk", "scott farman", "colin o’brian"])
        #expect(!document.attendance.map(NameList.personKey).contains("scott farman"))
    }
}

/// Members printed as initials and a surname one after another, the separators lost, under "Presiding:" and "Other
/// Members Present:". Modelled on held-out set 48 (the names are invented).
@Suite struct InitialledPeopleRunTests {
    @Test func initialsAndSurnamesOneAfterAnotherAreEachAPerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF Proceedings of a Meeting of Kirkton District Council held in the Council Chamber, Kirkton on Tuesday, 12 August 2003.

        Presiding: Miss K A Lenton

        Other Members Present: R A Morrow T J Cathcart P E Grogan J Jenkins (joined the meeting at 7.32 p.m.) Rev Dr R T Wm McCrory S O’Brian J P O’Neil

        Apology: P H McErlain

        1. MINUTES Submitted Minutes of Meeting of the Council held on Tuesday, 17 June 2003.
        """)
        #expect(document.attendance == ["Miss K A Lenton", "R A Morrow", "T J Cathcart", "P E Grogan", "J Jenkins", "Rev Dr R T Wm McCrory",
                                        "S O’Brian", "J P O’Neil"])
        #expect(document.apologies == ["P H McErlain"])
    }

    @Test func aRunWithAWordNoPersonHoldsIsNoSuchList() {
        #expect(RunTogetherPeople.initialledPeople(in: "R A Morrow T J Cathcart P E Grogan".split(separator: " ")) == ["R A Morrow", "T J Cathcart", "P E Grogan"])
        // A sentence, a body, two people only: none is such a run.
        #expect(RunTogetherPeople.initialledPeople(in: "R A Morrow spoke about the Youth Service".split(separator: " ")) == nil)
        #expect(RunTogetherPeople.initialledPeople(in: "R A Morrow T J Cathcart Planning Service".split(separator: " ")) == nil)
        #expect(RunTogetherPeople.initialledPeople(in: "R A Morrow T J Cathcart".split(separator: " ")) == nil)
    }
}
