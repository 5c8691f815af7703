import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// Northern Irish councils' minutes: labels whose colons a copy lost before people printed as initials and a surname, a
/// mayor's style before the councillor, the aldermen and councillors each in a paragraph, officers each with a post in
/// brackets over two paragraphs, and a decision's numbered points with a list of names under the first. Modelled on
/// held-out set 51 (the names are invented).
@Suite struct CouncilRollCallTests {
    @Test func uncolonedLabelsBeforeInitialledPeopleAndOfficersOverTwoParagraphs() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of Proceedings of a Meeting of Kirkton District Council held in the Council Chamber, 50 Road, Kirkton on Tuesday, 9 October 2007. The meeting commenced at 7.30 pm.

        Presiding P McLane

        Other Members Present P J Bates J Camp T J Cather Mrs E A Ford Mrs D Ní Shiadh Miss K A Lago G C Shields

        Officers Present J A McLoughlin, (Chief Executive) J J Toal (Director of Finance and Administration) Mrs A Junk (Chief Executive’s Secretary)

        M Younger (Director of Environmental Health) A Cassel (Director of Operations) Mrs Anne-Marie Campe (Director of Policy and Development)

        Representatives from Other Bodies in Attendance

        DoE Planning Service: Ms Sandra Adair, Planning Officer

        1.1 It was

        PROPOSED by Councillor J F Kerry Seconded by Councillor J Crawley, and

        RESOLVED: that the Minutes of the Council Meeting held on Tuesday, 11 September 2007 be taken as read and signed as correct.
        """)
        #expect(document.attendance.map(NameList.personKey) == [
            "p mclane", "p j bates", "j camp", "t j cather", "e a ford", "d ní shiadh", "k a lago", "g c shields",
            "j a mcloughlin", "j j toal", "a junk", "m younger", "a cassel", "anne-marie campe", "sandra adair",
        ])
        #expect(!document.attendance.contains { $0.hasPrefix("(") })
    }

    @Test func mayorsStyleAldermenAndCouncillorsEachInAParagraph() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Monthly Meeting of Council held in the Civic Centre, Kirkton, on Tuesday, 28 July, 2015 at 7:00 pm

        PRESENT: The Right Worshipful the Mayor Councillor R T Beck

        Deputy Mayor Councillor J McCart

        Aldermen D Drys, A G Ewar, T Jeff and J Tins

        Councillors N Ander, J Bair, B Bloom MBE, R Butle and R Walk

        IN ATTENDANCE: Kirkton & Castleton City Council

        Chief Executive Director of Corporate Services Committee Secretary

        Commencement of the Meeting

        At the commencement of the meeting, the Mayor welcomed those present.

        1. Business of the Mayor

        The Mayor expressed condolences.
        """)
        #expect(document.attendance.map(NameList.personKey) == [
            "r t beck", "j mccart", "d drys", "a g ewar", "t jeff", "j tins", "n ander", "j bair", "b bloom", "r butle", "r walk",
        ])
        #expect(!document.attendance.contains { $0.contains("Kirkton") || $0.contains("Castleton") })
    }

    @Test func theDeputyMayorAfterAListTheBlankClosed() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Monthly Meeting of Council held in the Civic Centre, Kirkton, on Tuesday, 28 July, 2015 at 7:00 pm

        PRESENT: The Right Worshipful the Mayor Councillor R T Beck (Chair), Councillor A Bell

        Deputy Mayor Councillor J McCart

        1. Business of the Mayor

        The Mayor expressed condolences.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["r t beck", "a bell", "j mccart"])
    }

    @Test func civicOfficesOpenALineOnlyBeforeATitledHolder() {
        #expect(NameList.opensWithCivicOfficeAndTitle("Deputy Mayor Councillor J McCart"))
        #expect(NameList.opensWithCivicOfficeAndTitle("The Lord Mayor Cllr A Bell"))
        #expect(!NameList.opensWithCivicOfficeAndTitle("Deputy Mayor's report on the civic programme"))
        #expect(!NameList.opensWithCivicOfficeAndTitle("The Mayor welcomed those present."))
        #expect(NameList.droppingHonours("The Right Worshipful the Mayor Councillor R T Beck") == "Councillor R T Beck")
    }

    @Test func uncolonedLabelsNeedAnInitialledPersonAfterThem() {
        #expect(NameList.initialledPeopleAfterUncolonedLabel("Presiding P McLane") == "P McLane")
        #expect(NameList.initialledPeopleAfterUncolonedLabel("Officers Present Mrs A Junk (Secretary)") == "Mrs A Junk (Secretary)")
        #expect(NameList.initialledPeopleAfterUncolonedLabel("Members Present were thanked for attending") == nil)
        #expect(NameList.initialledPeopleAfterUncolonedLabel("Presiding Officer Training") == nil)
    }

    @Test func anIrishSurnamesParticleStaysWithIt() {
        #expect(RunTogetherPeople.people(in: "P J Bates Mrs D Ní Shiadh S Mac Giolla G C Shields")
                == ["P J Bates", "Mrs D Ní Shiadh", "S Mac Giolla", "G C Shields"])
    }

    @Test func initialledOfficersEachWithAPostInBrackets() {
        #expect(RunTogetherPeople.people(in: "J A McLoughlin (Chief Executive) J J Toal (Director of Finance) Mrs A Junk (Secretary)")
                == ["J A McLoughlin (Chief Executive)", "J J Toal (Director of Finance)", "Mrs A Junk (Secretary)"])
    }

    @Test func oneBodyWithAnAmpersandIsNoOne() {
        #expect(NameList.isOneBodyWithAmpersand("Kirkton & Castleton City Council"))
        #expect(!NameList.isOneBodyWithAmpersand("Anne Bell & Tom Reid"))
        #expect(NameList.people(inLine: "Kirkton & Castleton City Council") == nil)
    }

    @Test func bulletsUnderADecisionsFirstPointAreItsList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        CABINET

        25 MAY 2007

        MINUTES

        1. MINUTES

        The minutes of the Cabinet meeting held on 21 May 2007 were confirmed as a correct record.

        2. OBJECTIONS TO SCHOOL ADMISSION ARRANGEMENTS

        Cabinet received an oral update on schools that had changed their arrangements.

        Decision

        1.That the Director of Children's Services be authorised to submit objections in relation to the admission arrangements for the following schools

          • Kirkton St Mary’s, Stevenly

          • Bushy Hall, Bushy

        except in respect of any school which makes appropriate changes before the deadline date for referral.

        2. That should an admission authority submit compliant arrangements, the objection be withdrawn.
        """)
        let decision = try #require(document.items.last?.decisions.first)
        #expect(decision.kind == .resolution)
        let children = decision.children ?? []
        #expect(children.map(\.number) == ["1.", nil, nil, "2."])
        #expect(children.map { $0.level ?? 0 } == [0, 1, 1, 0])
        #expect(children.first?.text?.hasPrefix("That the Director of Children's Services be authorised") == true)
    }

    @Test func aFirstPointGluedToItsNumber() {
        #expect(BlockBuilder.gluedFirstPoint("1.That the Director be authorised")?.rest == "That the Director be authorised")
        #expect(BlockBuilder.gluedFirstPoint("1.5 million pounds was spent") == nil)
        #expect(BlockBuilder.gluedFirstPoint("2.That the report be noted") == nil)
    }
}
