import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// Lines of a ModernGov page copied without its heading, that name no body and no one: a proposer's sentence under the
/// unnumbered "Minutes" item, and posts in an apologies sentence. Modelled on held-out set 58 (the names are invented).
@Suite struct SentencesNamingNoOneTests {
    @Test func aProposersSentenceIsNoCommittee() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Apologies for absence were received by Cllrs Pete Barr and Stella Jonas.



        Declarations of Interest

        There were no declarations of interest.



        Minutes

        Proposed by Cllr Batts, seconded by Cllr Ezzy.


        Decision: That the minutes of the meeting held on 31 January 2023 be confirmed and signed.



        Urgent Items

        There were no urgent items.
        """)
        #expect(document.committee == nil)
        #expect(document.title == nil)
        #expect(PageLayout.isMinutedSentence("Proposed by Cllr Batts, seconded by Cllr Ezzy."))
        #expect(!PageLayout.isMinutedSentence("Children and Young People's Scrutiny Committee"))
    }

    @Test func postsInAnApologiesSentenceAreNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Cabinet - Tuesday, 5 March 2019 10.00 am

        Items
        No. Item

        1.

        Apologies

        Minutes:

        Apologies for absence were received from the Executive Director Economy and Environment, the Executive Director, People and Organisational Development and the Strategic Lead for Education.

        2.

        Declarations of Interest

        Minutes:

        There were none.
        """)
        #expect(document.apologies.isEmpty)
    }
}
