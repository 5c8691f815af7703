import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Headings that say when a meeting was held in ways councils' own headings did not: a school's name in capitals
/// before "MINUTES OF … MEETING HELD ON …", and "Meeting of the X meeting held on" with the day on the next line, as
/// held-out set 27's parent council and governing body print them. The names are invented.
@Suite struct HeldOnHeadingsTests {
    /// The school's name is where the meeting was held, not the body; "ANNUAL GENERAL" is the kind of meeting.
    @Test func aSchoolsNameInCapitalsBeforeTheMinutesHeading() async throws {
        let line = "KIRKTON HIGH SCHOOL MINUTES OF PARENT COUNCIL ANNUAL GENERAL MEETING HELD ON THURSDAY, 3 JUNE 2010 AT "
            + "KIRKTON HIGH SCHOOL Present: Mr D Mun, Parent Representative and Chair Mrs L Morg, Parent Representative "
            + "Mrs L Robb, Parent Representative Mrs M Stew, Parent Representative 1. Welcome The chair welcomed everyone."
        let (document, _) = try await ImportHelpers.importText(line + "\n")
        #expect(document.kind == .meeting)
        #expect(document.committee == "PARENT COUNCIL")
        #expect(document.meetingDate == CalendarDate(year: 2010, month: 6, day: 3))
        #expect(document.venue == "KIRKTON HIGH SCHOOL")
    }

    /// "Minutes for the X Meeting DATE" (set 29's parent council): the document's words before the body are no part of it.
    @Test func minutesForTheBodysMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes for the Parent Council Meeting 8th June 2015

        1. Playground update
        Emm confirmed that the purchase was underway.
        """)
        #expect(document.committee == "Parent Council")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 6, day: 8))
    }

    /// "X Board minutes summary - DATE" (a council's own page, set 29): the body, the word and the day; a heading whose words
    /// before "minutes" name no body gives none.
    @Test func aBodysMinutesSummaryAndTheDay() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Last updated:
        24th February 2026
        Strategic SEND Partnership Board minutes summary - 10 December 2025
        Attendance
        """)
        #expect(document.committee == "Strategic SEND Partnership Board")
        #expect(document.meetingDate == CalendarDate(year: 2025, month: 12, day: 10))
        #expect(PageLayout.minutesHeading("Read the minutes - 10 December 2025") == nil)
    }

    /// "DraftMinutes of the Meeting of the X Board" / "held at PLACE on DATE" (set 30's academy trust): a qualifier that
    /// lost its space, and the place and the day on the next line.
    @Test func aQualifierGluedToMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Partnership Academy
        DraftMinutes of the Meeting of the KPA Directing Board
        held at Kirkton School on Thursday, 7 December 2017 at 7pm
        Present:Frances Bar (FB), James Bir (JB)
        """)
        #expect(document.committee == "KPA Directing Board")
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 12, day: 7))
        #expect(document.venue == "Kirkton School")
    }

    /// "Minutes of a Meeting of the Full Governing Body of Kirkton School" / "Held at the School on …" (set 30): the body and
    /// the place it belongs to.
    @Test func aBodyOfAPlace() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of a Meeting of the Full Governing Body of Kirkton School
        Held at the School on Thursday, 5th February, 2015
        Present:
        Arj Aru (AA) Parent/Chair
        """)
        #expect(document.committee == "Full Governing Body of Kirkton School")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 2, day: 5))
        #expect(!PageLayout.namesBodyOfPlace("Report of the Director of Children's Services"))
    }

    /// A sentence in ordinary case that mentions the minutes of a meeting is no heading: nothing is read from it.
    @Test func aSentenceAboutEarlierMinutesIsNoHeading() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        The Forum agreed the minutes of the meeting held on 4 March 2010 at Kirkton High School were a true record.
        """)
        #expect(document.committee == nil)
        #expect(document.meetingDate == nil)
    }

    @Test func aMeetingOfTheBodyMeetingHeldOnWithTheDayBelow() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Meeting of the full Governing Body meeting held on
        12th July 2017 at 4.00pm
        Present: Anna Wal (Chair), Con Bonn, Gareth Fou

        1. Welcome and apologies for absence
        The chair welcomed everyone.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "full Governing Body")
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 7, day: 12))
        #expect(document.attendance == ["Anna Wal (Chair)", "Con Bonn", "Gareth Fou"])
    }

    @Test func theKindOfMeetingIsNoPartOfTheBody() {
        var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
        layout.readMinutesOfLine("MINUTES OF SCHOOLS FORUM EXTRAORDINARY MEETING HELD ON 4 MAY 2011", previous: nil)
        #expect(layout.committee == "SCHOOLS FORUM")
        #expect(layout.meetingDate == CalendarDate(year: 2011, month: 5, day: 4))
    }
}

/// Lists of people under their labels, as set 28's parent councils print them: "In attendance:" after the apologies,
/// labels without their colons in minutes a PDF ran onto one line, and a post after a person's name. The names are invented.
@Suite struct ListsUnderLabelsTests {
    /// Those in attendance are no group of the apologies (sets 26-27's rule for groups took them as one).
    @Test func inAttendanceAfterTheApologiesIsItsOwnList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Parent Council meeting held on 10 September 2013
        Present: Peter Bul (Chair), Amanda Arm
        Apologies: Kyla Ash, Kate Hux
        In attendance: Angela Dou, Jo Coch

        1. Welcome
        All were welcomed.
        """)
        #expect(document.attendance == ["Peter Bul (Chair)", "Amanda Arm", "Angela Dou", "Jo Coch"])
        #expect(document.apologies == ["Kyla Ash", "Kate Hux"])
    }

    /// "Minute of X Meeting held on …", then "Present A, …", "Apologies B, …" and "In attendance - C" with no colons, then
    /// only two numbered items: the heading, both lists and the items are read.
    @Test func flattenedMinutesWithLabelsWithoutColons() async throws {
        let line = "Minute of Kirkton Parent Council Meeting held on Tuesday 10th September 2013 in the Library of Kirkton College "
            + "Present Peter Bul (Chair), Bernadette Jon (Head Teacher), Amanda Arm, Trish Cly Apologies Kyla Ash, Kate Hux, "
            + "Claire John In attendance - Angela Dou 1. Welcome and Prayer P Bul welcomed everyone to the meeting and introduced "
            + "the guest speaker who agreed to lead the discussion on the council's work. 2. Parent Council Review of the Role "
            + "P Bul confirmed that the focus of this meeting was to review the way the council works and its"
        let (document, _) = try await ImportHelpers.importText(line + "\n")
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Parent Council")
        #expect(document.meetingDate == CalendarDate(year: 2013, month: 9, day: 10))
        #expect(document.attendance == ["Peter Bul (Chair)", "Bernadette Jon (Head Teacher)", "Amanda Arm", "Trish Cly", "Angela Dou"])
        #expect(document.apologies == ["Kyla Ash", "Kate Hux", "Claire John"])
        #expect(document.items.map(\.title) == ["Welcome and Prayer", "Parent Council Review of the Role"])
    }

    /// "Those Present Were …" is a sentence, not a label without its colon.
    @Test func aVerbAfterTheWordLeavesTheHeaderAsItIs() {
        #expect(FlattenedMinutes.withColonsAfterBareLabels("X Board 3 May 2012 Present Anna Wal Apologies Were Received")
            == "X Board 3 May 2012 Present: Anna Wal Apologies Were Received")
    }

    @Test func aPostWithItsNounInsideIsNoPerson() {
        #expect(NameList.isRoleOnly("Lead Officer for Parental Involvement"))
        #expect(NameList.isRoleOnly("Lead Officer Parental Involvement"))
        #expect(!NameList.isRoleOnly("Anna Lead Wal"))
        #expect(!NameList.isRoleOnly("Anna Wal"))
    }
}

/// Shapes of the commonest minutes, each a few lines, that a battery of invented pages found read wrongly: groups
/// after a one-line list of apologies, a body in a person's bracket, those absent without apologies, a role after a
/// person's initials, and items numbered "Item 1".
@Suite struct CommonShapesTests {
    static func page(_ lists: String, items: String = "1. Welcome\nThe chair welcomed everyone.\n") -> String {
        "Minutes of the Kirkton Schools Forum meeting held on 10 September 2013 at County Hall\n" + lists + "\n" + items
    }

    /// "Observers:", "Guests:", "Clerk:" after "Apologies: A, B" are people who came; so are "Officers:" after a list of
    /// apologies given whole on its label's line.
    @Test(arguments: ["Observers", "Guests", "Clerk", "Officers", "Minute taker"])
    func aGroupWhoCameAfterTheApologies(heading: String) async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("""
        Present: Anna Bel (Chair), Ben Cop
        Apologies: Dan Eyr, Eve Fro
        \(heading): Fay Gal, George Har

        """))
        #expect(document.apologies == ["Dan Eyr", "Eve Fro"])
        #expect(document.attendance == ["Anna Bel (Chair)", "Ben Cop", "Fay Gal", "George Har"])
    }

    /// Under "Apologies:" alone, "Officers:" heads the officers who sent them, as before.
    @Test func officersUnderApologiesAloneSentThem() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("""
        Present: Anna Bel (Chair), Ben Cop
        Apologies:
        Members: Dan Eyr
        Officers: Fay Gal

        """))
        #expect(document.apologies == ["Dan Eyr", "Fay Gal"])
    }

    @Test func aBodyInEachPersonsBracketKeepsBoth() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("""
        Present: Anna Bel (Chair), Ben Cop
        Apologies: Dan Eyr (Kirkton Primary School), Eve Fro (Kirkton Academy)

        """))
        #expect(document.apologies == ["Dan Eyr (Kirkton Primary School)", "Eve Fro (Kirkton Academy)"])
    }

    @Test func absentWithoutApologiesSentNone() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("""
        Present: Anna Bel (Chair), Ben Cop
        Apologies: Dan Eyr
        Absent without apologies: Fay Gal

        """))
        #expect(document.apologies == ["Dan Eyr"])
        #expect(!document.attendance.contains("Fay Gal"))
    }

    @Test func aRoleAfterInitialsIsNoPerson() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("Present: A Bel (AB) Chair, B Cop (BC), C Dun (CD)\n"))
        #expect(!document.attendance.contains("Chair"))
        #expect(document.attendance.count == 3)
    }

    @Test func itemsNumberedWithTheWordItem() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("Present: Anna Bel (Chair), Ben Cop\n", items: """
        Item 1: Welcome
        The chair welcomed everyone.

        Item 2 - Minutes of the last meeting
        The minutes were approved. Progress on the actions was reported:
          Item 5 Schools Access: further information has been requested for the next meeting.

        Item 3 High Needs Block
        The forum noted the report.
        """))
        #expect(document.items.map(\.number) == ["1", "2", "3"])
        #expect(document.items.map(\.title) == ["Welcome", "Minutes of the last meeting", "High Needs Block"])
    }

    @Test func minutesLabelWithTheDayUnderTheBody() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Safeguarding Children Partnership
        Executive Board
        Minutes: 4 March 2014
        Present: Anna Bel (Chair), Ben Cop

        1. Welcome
        The chair welcomed everyone.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Safeguarding Children Partnership Executive Board")
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 3, day: 4))
    }

    /// The time between the day and the place ("4 March 2014, 2pm, Committee Room 1", "…, 2pm - 4pm, …") is no part of
    /// the place.
    @Test(arguments: ["Minutes of the Schools Forum meeting\n4 March 2014, 2pm, Committee Room 1",
                      "Kirkton Schools Forum\nMeeting held on Tuesday 4 March 2014, 2pm - 4pm, Committee Room 1"])
    func theTimeBeforeThePlace(heading: String) async throws {
        let (document, _) = try await ImportHelpers.importText(heading + "\nPresent: Anna Bel (Chair), Ben Cop\n\n1. Welcome\nAll were welcomed.\n")
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 3, day: 4))
        #expect(document.venue == "Committee Room 1")
    }

    @Test func timesAndHours() {
        #expect(PageLayout.isTimeOrTimes("2pm"))
        #expect(PageLayout.isTimeOrTimes("2pm - 4pm"))
        #expect(PageLayout.isTimeOrTimes("10.00 – 12.00"))
        #expect(!PageLayout.isTimeOrTimes("Room 2"))
        #expect(!PageLayout.isTimeOrTimes("13pm"))
    }

    /// "Action: Ben Cop to circulate …" states the action and its owner; "ACTION: Head of Service" only the owner (the
    /// action is the minute before it); "Action: circulate the figures to all members" an action with no owner named.
    @Test func whatAnActionLabelSays() {
        #expect(ActionSentence.labelled("Ben Cop to circulate the final figures by 1 October.") == ("Ben Cop", "Ben Cop to circulate the final figures by 1 October"))
        #expect(ActionSentence.labelled("The Clerk to share contact details with the Chair") == ("Clerk", "The Clerk to share contact details with the Chair"))
        #expect(ActionSentence.labelled("Head of Service") == ("Head of Service", nil))
        #expect(ActionSentence.labelled("BC/DE") == ("BC/DE", nil))
        #expect(ActionSentence.labelled("circulate the final figures to all members") == (nil, "circulate the final figures to all members"))
    }

    @Test func anActionLineWithItsOwnerAndAResolutionAfterASentence() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("Present: Anna Bel (Chair), Ben Cop\n", items: """
        1. Budget 2014/15
        The forum considered the report. RESOLVED: That the budget be approved.
        Action: Ben Cop to circulate the final figures by 1 October.

        2. Any other business
        None.
        """))
        let blocks = document.items.first?.minutes ?? []
        #expect(blocks.contains { $0.kind == .resolution && $0.text == "RESOLVED: That the budget be approved." })
        #expect(blocks.first?.text == "The forum considered the report.")
        let action = blocks.first { $0.kind == .action }
        #expect(action?.text == "Ben Cop to circulate the final figures by 1 October")
        #expect(action?.owner == "Ben Cop")
    }

    /// An action minuted in prose is the whole sentence, its owner with it.
    @Test func anActionInProseKeepsItsSentence() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("Present: Anna Bel (Chair), Ben Cop\n", items: """
        1. Fundraising
        Linda Mor agreed to contact the bank regarding this. The balance was noted.
        """))
        let action = (document.items.first?.minutes ?? []).first { $0.kind == .action }
        #expect(action?.text == "Linda Mor agreed to contact the bank regarding this")
        #expect(action?.owner == "Linda Mor")
    }

    @Test func highNeedsIsANoun() {
        let facts = FactExtractor.facts(inSentence: "The forum noted that the high needs block was overspent by £1.2m.", line: 1)
        #expect(facts.first { $0.kind == .money }?.subject == "high needs block")
    }

    @Test func apologiesReceivedForThePeople() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("", items: """
        1. Apologies for absence
        Apologies for absence were received for Claire Bro, Michelle Sym and Councillors Lee Dav & Sherelle Jag.

        2. Declarations of interest
        None.
        """))
        #expect(document.apologies == ["Claire Bro", "Michelle Sym", "Lee Dav", "Sherelle Jag"])
    }

    /// ModernGov's "Agenda and draft minutes" over the site's notice ("For information on public speaking …, please
    /// click here"): the notice names no committee.
    @Test func aSiteNoticeIsNoCommittee() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and draft minutes

        For information on public speaking arrangements at meetings of the Council, please click here

        Venue: Council Chamber - Council Offices, London Road, Kirkton. View directions

        Items
        No. Item

        1.

        Apologies for Absence

        Minutes:

        Apologies for absence were received from Councillors J Fair, A Gera and A McHu.
        """)
        #expect(document.committee == nil)
        #expect(document.apologies == ["J Fair", "A Gera", "A McHu"])
    }

    /// A forward plan's issue copied without its heading: ModernGov's issue page, the body that is to decide it named
    /// after "by", no meeting's date and no title from the cut summary above the labels.
    @Test func aForwardPlanIssue() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Report seeks Cabinet endorsement of the new
        SEND Strategy and associated improvement plan as well as updating
        Decision type: Non-key
        Decision status: For Determination
        Notice of proposed decision first published: 20/11/2023
        Decision due: 19 Dec 2023 by Cabinet
        """)
        #expect(document.kind == .issueHistory)
        #expect(document.committee == "Cabinet")
        #expect(document.meetingDate == nil)
        #expect(document.title == nil)
        #expect(document.properties["decisionType"] == "Non-key")
    }

    /// A site's page of a body's meetings, one a line under a "Minutes" heading: a list of meetings, the body from the
    /// page's first line, each meeting a record of its own; the contact line at the end is complete.
    @Test func aSitesListOfMeetings() async throws {
        let result = MinutesTextReading.read("""
        Kirkton Children and Young People’s Strategic Partnership

        The partnership brings together senior leaders of the agencies that work with children in Kirkton.

        Minutes

        Meeting Papers

        Papers from 3 February 2022

        Papers from 23 August 2021

        Papers 20 April 2016

        Contact Sharon McM for future meeting details – sharon.mcm@kirkton.gov.uk
        """)
        #expect(result.document.kind == .meetingList)
        #expect(result.document.committee == "Kirkton Children and Young People’s Strategic Partnership")
        #expect(result.listed.map(\.meeting.meetingDate) == [CalendarDate(year: 2022, month: 2, day: 3), CalendarDate(year: 2021, month: 8, day: 23),
                                                            CalendarDate(year: 2016, month: 4, day: 20)])
        #expect(!result.issues.contains { $0.code == "minutes.truncated" || $0.code == "minutes.no-items" })
    }

    /// Two days in a page's text are no list of meetings.
    @Test func twoDaysAreNoList() {
        let result = MinutesTextReading.read("Kirkton Youth Forum\n\nMinutes 12 March 2024\n\nMinutes 10 June 2024\n")
        #expect(result.document.kind != .meetingList)
    }

    /// "Present – A (JA), B (LB)" and "Apologies - C, D": a dash for the label's colon.
    @Test func listLabelsWithADash() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("""
        Present – Jennifer All (JA), Lesley Bee (LB), Sarah Kee (SKK) (Chair)
        Apologies - Anna Hul, Mark Tur

        """))
        #expect(document.attendance == ["Jennifer All (JA)", "Lesley Bee (LB)", "Sarah Kee (SKK) (Chair)"])
        #expect(document.apologies == ["Anna Hul", "Mark Tur"])
        #expect(Labels.parse("Present - the chair noted that the room had changed") == nil)
    }

    /// Two people run into their posts with no separator left ("Chris Hept Director of Business Claire Lesl Clerk to the
    /// Governors"); two names with no post between them stay one entry, as before.
    @Test func twoPeopleRunIntoTheirPosts() {
        #expect(RunTogetherPeople.people(in: "Chris Hept Director of Business Claire Lesl Clerk to the Governors") == ["Chris Hept", "Claire Lesl"])
        #expect(RunTogetherPeople.people(in: "Chris Hept and the Business Claire Lesl Kirkton Trust") == nil)
    }

    /// Items numbered "1)", "2)"; under items numbered "1.", a "2)" is a point of the item's minutes.
    @Test func itemsNumberedWithABracket() async throws {
        let (bracketed, _) = try await ImportHelpers.importText(Self.page("Present: Anna Bel, Ben Cop\n", items: """
        1) Welcome
        All were welcomed.
        2) Budget
        The forum noted:
        1) the pressures
        3) Any other business
        None.
        """))
        #expect(bracketed.items.map(\.title) == ["Welcome", "Budget", "Any other business"])
        let (dotted, _) = try await ImportHelpers.importText(Self.page("Present: Anna Bel, Ben Cop\n", items: """
        1. Budget
        The forum discussed:
        1) Pressures on the high needs block
        2) Growth fund

        2. Any other business
        None.
        """))
        #expect(dotted.items.map(\.title) == ["Budget", "Any other business"])
    }

    /// "1. Welcome and apologies: The chair welcomed everyone.": the title, then what was minuted; "3B – Agenda Setting:
    /// A brief discussion …" under item 3 stays a point of its minutes.
    @Test func aTitleAndItsMinuteOnOneLine() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("Present: Anna Bel, Ben Cop\n", items: """
        1. Welcome and apologies: The chair welcomed everyone.
        2. Youth council business: The council met twice.
        3. High needs block: The forum noted the report.
        3B – Agenda Setting: A brief discussion was had on how to set the agenda.
        """))
        #expect(document.items.map(\.title) == ["Welcome and apologies", "Youth council business", "High needs block"])
        #expect(document.items.first?.minutes.first?.text == "The chair welcomed everyone.")
        #expect(Labels.parse("Welcome and apologies: The chair welcomed everyone.")?.role != .apologies)
    }

    /// The body and the header's labels above a "Minutes" heading; "Meeting held virtually on DATE" under it names no body.
    @Test(arguments: [
        ("Kirkton Schools Forum\nDate: 4th March 2014\nTime: 2.00pm\nVenue: Committee Room 1, County Hall\n\nMinutes\n", "Kirkton Schools Forum", "Committee Room 1, County Hall"),
        ("KIRKTON SCHOOLS FORUM\nMINUTES\nTuesday 4 March 2014\n", "KIRKTON SCHOOLS FORUM", nil),
        ("Corporate Parenting Board\nMinutes\nMeeting held virtually on Tuesday 4 March 2014\n", "Corporate Parenting Board", nil),
    ] as [(String, String, String?)])
    func theBodyAboveAMinutesHeading(heading: String, committee: String, venue: String?) async throws {
        let (document, _) = try await ImportHelpers.importText(heading + "Present: Anna Bel (Chair), Ben Cop\n\n1. Welcome\nAll were welcomed.\n")
        #expect(document.committee == committee)
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 3, day: 4))
        #expect(document.venue == venue)
    }

    /// What a figure is of, when the clause before it opens with a pronoun or names only an amount.
    @Test(arguments: [
        ("They simply have to give 56 days notice of the proposed change.", "notice"),
        ("When this has happened there will be a balance of £844 to take into the next session.", "balance"),
        ("Anne Wil confirmed the amount of £193.35 raised from Halloween Disco.", "Halloween Disco"),
    ])
    func theSubjectOfAFigure(sentence: String, subject: String) {
        #expect(FactExtractor.facts(inSentence: sentence, line: 1).first?.subject == subject)
    }
}

/// Minutes that open on the sentence saying the body met (a town or community council's own page), modelled on
/// held-out HTML set 1.
@Suite struct BodyHeldItsMeetingTests {
    @Test func theOpeningSentenceNamesTheBodyAndTheDay() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Town Council held their meeting remotely via Zoom at 7.00pm on the 10th March 2021.
        PRESENT
        Councillors Ann Example, Brian Sample and Carol Tester.
        1.
        WELCOME AND APOLOGIES
        Apologies received from Cllrs. Eve Absent and Frank Away.
        2.
        PLAY AREA
        The Clerk reported that a quotation had been received.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Town Council")
        #expect(document.meetingDate?.iso8601 == "2021-03-10")
        #expect(document.items.map(\.title) == ["WELCOME AND APOLOGIES", "PLAY AREA"])
        #expect(document.attendance == ["Ann Example", "Brian Sample", "Carol Tester"])
        #expect(document.apologies == ["Eve Absent", "Frank Away"])
    }

    @Test func aSentenceOfNoMeetingBodyOrWithTwoDaysOpensNoMinutes() {
        #expect(PageLayout.bodyHeldItsMeeting("The Schools Forum held its meeting at County Hall on 4 March 2021.")?.body == "Schools Forum")
        #expect(PageLayout.bodyHeldItsMeeting("Mrs Jones held their meeting with parents on 4 March 2021.") == nil)
        #expect(PageLayout.bodyHeldItsMeeting("The Panel held its meetings on 4 March 2021 and 5 April 2021.") == nil)
    }
}
