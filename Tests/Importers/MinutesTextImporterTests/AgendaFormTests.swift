import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// An agenda printed as a form, its labels without colons over an "Agenda" heading, its public part headed
/// "PART I", and every item ending with a full stop. Modelled on held-out set 48 (the words are invented).
@Suite struct AgendaFormTests {
    static let agenda = """
    YOU CAN ASK FOR THIS DOCUMENT IN OTHER FORMATS.
    Notice of Meeting CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE
    Date and time
    of Meeting TUESDAY, 14TH MARCH, 2023 AT 5.00 P.M.
    Venue COUNCIL CHAMBER, CIVIC OFFICES
    Agenda
    PART I
    1. Apologies for absence.
    [View Minute]
    2. Minutes of the meeting held on 7th February, 2023.
    [View Minute]
    3. To receive declarations of interest.
    Reports of the Director of Learning and Skills –
    4. Elective Home Education Update.
    5. School Transport Policy Review.
    6. Any items which the Chair has decided are urgent (Part I).
    PART II
    THE PUBLIC AND PRESS MAY BE EXCLUDED FROM THE MEETING DURING CONSIDERATION OF THE FOLLOWING ITEM(S).
    7. Any items which the Chair has decided are urgent (Part II).
    """

    @Test func readsTheFormsLabelsWithoutColonsAndNoPartAsTheBody() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.agenda)
        #expect(document.kind == .meeting)
        #expect(document.committee == "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE")
        #expect(document.meetingDate?.iso8601 == "2023-03-14")
        #expect(document.venue == "COUNCIL CHAMBER, CIVIC OFFICES")
        #expect(document.title != "PART I")
    }

    @Test func itemsWordedAsPhrasesWithFullStopsAreItems() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.agenda)
        #expect(document.items.map(\.number) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(document.items.map(\.title) == ["Apologies for absence", "Minutes of the meeting held on 7th February, 2023",
                                               "To receive declarations of interest", "Elective Home Education Update",
                                               "School Transport Policy Review",
                                               "Any items which the Chair has decided are urgent (Part I)",
                                               "Any items which the Chair has decided are urgent (Part II)"])
    }

    /// Numbered sentences of minutes between items that end with full stops stay sentences.
    @Test func numberedSentencesOfMinutesAreNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda
        1. Apologies for absence.
        2. The panel discussed the report.
        3. Members asked about the budget.
        4. Elective Home Education Update.
        """)
        #expect(!document.items.contains { $0.title.contains("discussed") || $0.title.contains("asked") })
    }

    @Test func partHeadingsAreRecognised() {
        for heading in ["PART I", "Part 2", "PART ONE", "PART A – PUBLIC ITEMS", "Part II (exempt)", "PART II"] {
            #expect(PageLayout.isPartHeading(heading), "\(heading)")
        }
        for text in ["Part 2 of the report was noted", "Partnership Board", "PARTNERSHIP BOARD", "Part of meeting"] {
            #expect(!PageLayout.isPartHeading(text), "\(text)")
        }
    }
}

/// A council site's agenda whose lines carry their paper's icon, size and author about the title. Modelled on held-out
/// set 49 (the words are invented).
@Suite struct AgendaLinesWithPaperSizesTests {
    @Test func theTitleStandsBeforeThePapersSize() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Learning Committee - 31 October 2012

        A Meeting of the Learning Committee will be held in the Council Chambers, 2 High Street, Kirkton on Wednesday 31 October 2012 at 2.00pm.

        Agenda

        1.    Declarations of Interest

        2.    Minutes

        3.   icon Culture and Education Partnership Project 'Living Places' [295Kb] - Report by Executive Director (Education and Children's Services) (copy herewith 12/483) (Pages 17-20)

        4.   icon Attainment in Kirkton Schools 2012 [1.5 MB] - Report by Executive Director (Education and Children's Services) (copy herewith 12/484) (Pages 21-36)
        """)
        #expect(document.items.map(\.title) == ["Declarations of Interest", "Minutes", "Culture and Education Partnership Project 'Living Places'",
                                               "Attainment in Kirkton Schools 2012"])
        #expect(ItemHeader.titleBeforePaperSize("Budget report [draft] to follow") == nil)
    }
}

/// A place whose name opens with a capital "The" keeps it; "the" before a place in the sentence's words does not.
/// Modelled on held-out set 49 (the words are invented).
@Suite struct PlaceNamedWithTheTests {
    @Test func aCapitalTheIsPartOfThePlacesName() async throws {
        let (named, _) = try await ImportHelpers.importText("""
        KIRKTON CHILDREN’S TRUST BOARD

        Minutes of a meeting of the Kirkton Children’s Trust Board held on 4 March 2010 at 1.00 pm at The Courts, Kirkton.

        PRESENT

        Ms M Swan (Chair)
        """)
        #expect(named.venue == "The Courts, Kirkton")
        let (plain, _) = try await ImportHelpers.importText("""
        KIRKTON CHILDREN’S TRUST BOARD

        Minutes of a meeting of the Kirkton Children’s Trust Board held on 4 March 2010 at 1.00 pm at the Town Hall, Kirkton.

        PRESENT

        Ms M Swan (Chair)
        """)
        #expect(plain.venue == "Town Hall, Kirkton")
    }
}

/// A council's own meeting page whose items are numbered "1 - Title": steps numbered "1." inside an item are its text,
/// not items. Modelled on held-out set 48 (the words are invented).
@Suite struct DashedItemsWithNumberedStepsTests {
    @Test func stepsNumberedWithDotsUnderDashedItemsAreNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Meeting details

        Agenda Items

        0 - Link to Live Stream/Meeting Recording below:

        Instructions for external attendees:

          1. Select live stream/meeting recording link above.
          2. When prompted you can either select Launch it now or Watch on the web instead
          3. If you selected Watch on the Web select Join Anonymously.

        1 - Sederunt and Declaration of Members’ Interests

        2A - Public Sector Equality Duty

        3 - Minute of Meeting of the Education Committee of 23 March 2023
        """)
        #expect(document.items.map(\.number) == ["0", "1", "2A", "3"])
        #expect(document.items.map(\.title).first { $0.hasPrefix("Select") } == nil)
        #expect(ItemHeader.opensWithDashedNumber("2A - Public Sector Equality Duty") && !ItemHeader.opensWithDashedNumber("2. Minutes"))
    }
}

/// ModernGov's items copied as text, one titled "Minutes" with its paper: "23." / "Minutes: pdf icon PDF 30 KB" is the
/// item and its document, not the label of the item above. Modelled on held-out set 50 (the words are invented).
@Suite struct ItemTitledLikeALabelTests {
    @Test func anItemTitledMinutesWithItsPaperIsAnItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Venue: Committee Room 3A, Guildhall, Kirkton.

        Items
        No. Item

        22.

        Prohibition of Whipped Votes and Declaration of Party Whips.

        Minutes:

        No declarations of Whipped Votes were declared.

        23.

        Minutes: pdf icon PDF 30 KB

        To approve and sign as a correct record the Minutes of the Committee held on 13 July, 2015.

        Minutes:

        RESOLVED that the Minutes of the Committee held on 13 July, 2015 be agreed as a correct record.

        24.

        Cabinet Member Question Session. pdf icon PDF 45 KB
        """)
        #expect(document.items.map(\.number) == ["22", "23", "24"])
        #expect(document.items.first { $0.number == "23" }?.title == "Minutes")
        #expect(document.items.first { $0.number == "23" }?.links.map(\.sizeText) == ["30 KB"])
        // The label "Minutes:" alone under an item stays the label.
        #expect(document.items.first { $0.number == "22" }?.title == "Prohibition of Whipped Votes and Declaration of Party Whips.")
    }
}

/// "1. The Chair & Vice Chair of this partnership were unanimously agreed for 2011 as:": a numbered sentence that
/// introduces its list is no item's title. Modelled on held-out set 50 (the words are invented).
@Suite struct NumberedSentenceWithColonTests {
    @Test func aSentenceEndingWithAColonIsNoItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Local Children's Partnership

        Minutes of the meeting held on 25 January 2011

        Present: Linda Clark, Pam Lucas

        1. The Chair & Vice Chair of this partnership were unanimously agreed for 2011 as:

        Malcolm Christie – Chair

        2. Funding:

        There is £500 for refreshments.

        3. Key Data
        """)
        #expect(!document.items.contains { $0.title.hasPrefix("The Chair") })
        #expect(document.items.map(\.title).contains("Funding"))
    }
}
