import EvidenceModel
import Foundation
import Testing

/// Fixtures written for this project, modelled on the page shapes in council-pages.md: ModernGov
/// meeting, agenda item, issue and decision pages; sites with no labels or no numbers; running
/// minute numbers; AKS; a plain council CMS; notes; reports.
@Suite struct MinutesLayoutTests {
    @Test func meetingPageWithRunningNumbersNestedParagraphsAndResolutions() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("""
        Agenda and minutes

        Children's Services Scrutiny Committee - Thursday, 2nd March, 2023 10.00 am

        Venue: Council Chamber, Civic Offices

        Contact: Committee Services

        Items
        No. Item

        63.

        Apologies for Absence

        Apologies were received from Councillors Hart and Moss.

        64.

        Fostering Sufficiency Update pdf icon PDF 320 KB

        To consider the report of the Director of Children's Services.

        Additional documents:

        Appendix 1 - Sufficiency Data pdf icon PDF 98 KB

        Minutes:

        64.1 The Head of Service introduced the report.

        64.1.1 Members noted the following:

        •	recruitment of carers had improved;

        •	placement moves had fallen.

        RESOLVED – that:

        a) the report be noted; and

        b) a further update be brought in six months.

        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children's Services Scrutiny Committee")
        #expect(document.meetingDate?.iso8601 == "2023-03-02")
        #expect(document.venue == "Council Chamber, Civic Offices")
        #expect(document.properties["contact"] == "Committee Services")
        #expect(document.items.map(\.number) == ["63", "64"])
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Fostering Sufficiency Update"])
        try #require(document.items.count == 2)
        #expect(document.apologies == ["Hart", "Moss"])
        let fostering = document.items[1]
        #expect(fostering.description.first?.text == "To consider the report of the Director of Children's Services.")
        #expect(fostering.links.map(\.title) == ["Fostering Sufficiency Update", "Appendix 1 - Sufficiency Data"])
        #expect(fostering.links.map(\.sizeBytes) == [320 * 1024, 98 * 1024])
        #expect(fostering.links.allSatisfy { $0.itemNumber == "64" })
        #expect(fostering.minutes.compactMap(\.number).starts(with: ["64.1", "64.1.1"]))
        let bullets = try #require(fostering.minutes.first { $0.kind == .list })
        #expect(bullets.marker == "•")
        #expect(bullets.children?.map(\.text) == ["recruitment of carers had improved;", "placement moves had fallen."])
        let resolution = try #require(fostering.decisions.first)
        #expect(resolution.text == "RESOLVED – that:")
        #expect(resolution.children?.map(\.marker) == ["a)", "b)"])
        #expect(resolution.children?.last?.text == "a further update be brought in six months.")
        #expect(diagnostics.isEmpty)
    }

    @Test func meetingPageWithNoNumbersAndNoMinutesLabel() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Cabinet - Tuesday, 7th May, 2013 2.00 pm

        Venue: Committee Room 1, County Hall

        Apologies for Absence

        An apology for absence was received from Councillor Smith.

        Children's Social Care Annual Report

        To consider the annual report of the Corporate Director.

        The Cabinet Member introduced the report. There were 412 children looked after at the end of March.

        Resolved that the annual report be noted.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Cabinet")
        #expect(document.meetingDate?.iso8601 == "2013-05-07")
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Children's Social Care Annual Report"])
        try #require(document.items.count == 2)
        #expect(document.items.allSatisfy { $0.number == nil })
        let annual = document.items[1]
        // No "Minutes:" label: agenda wording is the description, what follows is the minutes.
        #expect(annual.description.map(\.text) == ["To consider the annual report of the Corporate Director."])
        #expect(annual.minutes.first?.text?.hasPrefix("The Cabinet Member introduced the report.") == true)
        #expect(annual.decisions.first?.text == "Resolved that the annual report be noted.")
        #expect(document.apologies == ["Smith"])
        let count = try #require(document.facts.first { $0.kind == .count })
        #expect(count.value == 412)
        #expect(count.subject == "children looked after")
        #expect(count.sentence == "There were 412 children looked after at the end of March.")
    }

    @Test func plainCouncilSiteWithRunningMinuteNumbers() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the meeting of the Children and Young People Cabinet Member held on 13 March 2024 at 2.00 pm, Conference Room, Church Square House

        187  CHILDREN'S SERVICES PERFORMANCE – The Director of Children's Services submitted a report on performance in the third quarter.

        Resolved – That the report be noted.

        188  FOSTERING ALLOWANCES – The Director submitted a report seeking approval of revised allowances costing £350,000 a year.

        Resolved – (1) That the revised allowances be approved, and
        (2) That the allowances be reviewed annually.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children and Young People Cabinet Member")
        #expect(document.meetingDate?.iso8601 == "2024-03-13")
        #expect(document.venue == "Conference Room, Church Square House")
        #expect(document.items.map(\.number) == ["187", "188"])
        #expect(document.items.map(\.title) == ["CHILDREN'S SERVICES PERFORMANCE", "FOSTERING ALLOWANCES"])
        try #require(document.items.count == 2)
        #expect(document.items[0].minutes.first?.text?.hasPrefix("The Director of Children's Services submitted") == true)
        #expect(document.items[0].decisions.first?.text == "Resolved – That the report be noted.")
        let allowances = try #require(document.items[1].decisions.first)
        #expect(allowances.text == "Resolved –")
        #expect(allowances.children?.map(\.number) == ["(1)", "(2)"])
        #expect(allowances.children?.first?.text == "That the revised allowances be approved, and")
        let money = try #require(document.facts.first { $0.kind == .money })
        #expect(money.value == 350_000)
        #expect(money.unit == "GBP")
    }

    /// The committee is cut from the title line without the colons the line may end with: a
    /// "Minutes::" title once lost "inutes::" and kept "Panel M".
    @Test(arguments: ["Corporate Parenting Panel Minutes", "Corporate Parenting Panel Minutes:", "Corporate Parenting Panel Minutes::"])
    func aTitleEndingInMinutesNamesItsCommitteeWhateverColonsFollow(title: String) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        \(title)

        Wednesday 9 January 2019
        Mandela Room, Town Hall

        The Panel received a presentation on placement sufficiency.
        """)
        #expect(document.committee == "Corporate Parenting Panel", "\(title)")
    }

    @Test func aksMinutesWithAttendanceAndAgreed() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Corporate Parenting Board Minutes

        Wednesday 9 January 2019
        3:00 p.m.
        Mandela Room, Town Hall

        Attendance Details

        A Jones (Chair), B Patel, C O'Neill and D Evans.
        Apologies for absence:
        Councillors E Green and F White.

        Item Number Item/Resolution

        The Board received a presentation on placement sufficiency.

        AGREED that the presentation be noted.

        ACTION: Head of Looked After Children
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Corporate Parenting Board")
        #expect(document.meetingDate?.iso8601 == "2019-01-09")
        #expect(document.venue == "Mandela Room, Town Hall")
        #expect(document.properties["time"] == "3:00 p.m.")
        #expect(document.attendance == ["A Jones (Chair)", "B Patel", "C O'Neill", "D Evans"])
        #expect(document.apologies == ["E Green", "F White"])
        let blocks = ImportHelpers.allBlocks(document)
        #expect(blocks.contains { $0.kind == .resolution && $0.marker == "AGREED" && $0.text == "AGREED that the presentation be noted." })
        let action = try #require(blocks.first { $0.kind == .action })
        #expect(action.owner == "Head of Looked After Children")
        #expect(action.text == "AGREED that the presentation be noted.")
    }

    @Test func issuePageTakesTheLatestMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - meetings

        Ofsted Inspection of Children's Services

        Meeting: 14/11/2019 - Cabinet (Item 12)

        12 Ofsted Inspection of Children's Services pdf icon PDF 107 KB

        Minutes:

        RESOLVED that the outcome of the inspection be noted.

        Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)

        25 Ofsted Inspection - Scrutiny

        The panel discussed the inspection report.
        """)
        #expect(document.kind == .issueHistory)
        #expect(document.title == "Ofsted Inspection of Children's Services")
        #expect(document.meetingDate?.iso8601 == "2020-01-23")
        #expect(document.committee == "Children and Families Scrutiny Panel")
        #expect(document.items.map(\.number) == ["12", "25"])
        #expect(document.items.map(\.title) == ["Ofsted Inspection of Children's Services", "Ofsted Inspection - Scrutiny"])
        try #require(document.items.count == 2)
        #expect(document.items[0].links.first?.sizeText == "107 KB")
        #expect(document.items[0].decisions.first?.marker == "RESOLVED")
        #expect(document.items[1].minutes.first?.text == "The panel discussed the inspection report.")
    }

    @Test func decisionPage() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision details

        Children's Services Improvement Plan

        Decision Maker: Cabinet

        Decision status: Recommendations Approved

        Is Key decision?: Yes

        Is subject to call in?: Yes

        Purpose:
        To approve the improvement plan following the inspection.

        Decision:
        That the improvement plan be approved.

        Reasons for the decision:
        The plan responds to the inspection's recommendations.

        Publication date: 23/10/2015

        Date of decision: 19/10/2015

        Decided at meeting: 19/10/2015 - Cabinet

        Accompanying Documents:

        Improvement Plan 2015 PDF 119 KB
        """)
        #expect(document.kind == .decision)
        #expect(document.title == "Children's Services Improvement Plan")
        #expect(document.committee == "Cabinet")
        #expect(document.meetingDate?.iso8601 == "2015-10-19")
        #expect(document.date?.iso8601 == "2015-10-19")
        #expect(document.properties["decisionStatus"] == "Recommendations Approved")
        #expect(document.properties["isKeyDecision"] == "Yes")
        #expect(document.properties["publicationDate"] == "2015-10-23")
        let decision = try #require(document.blocks.first { $0.kind == .resolution })
        #expect(decision.marker == "Decision")
        #expect(decision.text == "That the improvement plan be approved.")
        #expect(document.blocks.contains { $0.kind == .heading && $0.text == "Reasons for the decision" })
        #expect(document.blocks.first { $0.kind == .heading }?.text == "Purpose")
        #expect(document.links.first?.title == "Improvement Plan 2015")
        #expect(document.links.first?.sizeBytes == 119 * 1024)
    }

    /// A decision's documents listed with dashes, each size on the line below, some with none (set 30's cabinet decision).
    @Test func aDecisionsDashedDocumentsWithSizesBelow() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision details

        Kirkton SEND resource provision

        Decision Maker: Cabinet

        Decided at meeting: 25/07/2018 - Cabinet

        Accompanying Documents:
        - SEND Resource - report
        PDF 153 KB
        - Appendix 1 needs-assessment-2017-v1
        - Appendix 2 strategic-review-v3
        PDF 414 KB
        """)
        #expect(document.links.map(\.title) == ["SEND Resource - report", "Appendix 1 needs-assessment-2017-v1", "Appendix 2 strategic-review-v3"])
        #expect(document.links.map(\.sizeBytes) == [153 * 1024, nil, 414 * 1024])
    }

    @Test func notesOfAMemberDevelopmentSession() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Notes of the Member Development Session on Corporate Parenting, Wednesday 9 January 2019

        Present: Councillors Ahmed, Brown and Clarke

        1. Introduction

        The session explained the duties of corporate parents.

        2. Questions

        Members asked about the 35 care leavers in higher education.
        """)
        #expect(document.kind == .notes)
        #expect(document.title == "Notes of the Member Development Session on Corporate Parenting, Wednesday 9 January 2019")
        #expect(document.meetingDate?.iso8601 == "2019-01-09")
        #expect(document.attendance == ["Ahmed", "Brown", "Clarke"])
        #expect(document.facts.contains { $0.kind == .count && $0.value == 35 && $0.subject == "care leavers" })
    }

    @Test func reportWithLabelledHeaderLines() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Report to: Corporate Parenting Board
        Date: Wednesday 9 January 2019
        Report of: Director of Children's Services
        Classification: Unrestricted
        Title: Sufficiency of Placements

        1 PURPOSE OF THE REPORT

        1.1 This report sets out how many placements the council needs.

        2 RECOMMENDATIONS

        2.1 The Board is recommended to:

        (a) note the report; and
        (b) endorse the sufficiency strategy.
        """)
        #expect(document.kind == .report)
        #expect(document.committee == "Corporate Parenting Board")
        #expect(document.meetingDate?.iso8601 == "2019-01-09")
        #expect(document.title == "Sufficiency of Placements")
        #expect(document.author == "Director of Children's Services")
        #expect(document.properties["classification"] == "Unrestricted")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.text) == ["PURPOSE OF THE REPORT", "RECOMMENDATIONS"])
        let list = try #require(document.blocks.first { $0.kind == .list })
        #expect(list.children?.map(\.marker) == ["(a)", "(b)"])
    }

    @Test func meetingDateFormats() async throws {
        for (line, iso) in [("25/09/2017", "2017-09-25"), ("Monday 25 September 2017 10.00 am", "2017-09-25"),
                            ("Monday, 13th November, 2017 4.00pm", "2017-11-13"), ("Wednesday 9 January 2019", "2019-01-09")] {
            let (document, _) = try await ImportHelpers.importText("Agenda and minutes\n\nCorporate Parenting Panel\n\(line)\n\nVenue: Room 1, Town Hall\n\n1.\n\nWelcome\n\nThe Chair welcomed members.\n")
            #expect(document.meetingDate?.iso8601 == iso, "\(line)")
            #expect(document.committee == "Corporate Parenting Panel", "\(line)")
        }
    }

    @Test func unrecognisedTextStillYieldsParagraphsAndADiagnostic() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("""
        Shopping list for the team away day

        Bread, milk and tea for 12 people.
        """)
        #expect(document.kind == .page)
        #expect(document.blocks.map(\.text).contains("Bread, milk and tea for 12 people."))
        let unrecognised = try #require(diagnostics.first { $0.code == "minutes.unrecognised-layout" })
        #expect(unrecognised.location?.line == 1)
        #expect(unrecognised.location?.path == "minutes.txt")
    }

    @Test func plainDocumentsTakeTheDateTheyGiveThemselvesNearTheTop() async throws {
        let (structure, structureDiagnostics) = try await ImportHelpers.importText("""
        Children's Services Structure Chart
        Updated 1 September 2025

        Director of Children's Services
        - Assistant Director, Safeguarding and Care
        - Assistant Director, Early Help and Prevention
        """)
        #expect(structure.date == CalendarDate(iso8601: "2025-09-01"))
        #expect(structure.dateBasis == "content")
        #expect(!structureDiagnostics.contains { $0.code == "minutes.truncated" })
        #expect(!structureDiagnostics.contains { $0.code == "minutes.no-date" })
        #expect(structureDiagnostics.first { $0.code == "minutes.unrecognised-layout" }?.severity == .note)

        let (framework, _) = try await ImportHelpers.importText("Quality Assurance Framework\nApproved: 3 March 2023\n\nWe audit 40 cases a month.\n")
        #expect(framework.date == CalendarDate(iso8601: "2023-03-03"))
        let (dateOnly, _) = try await ImportHelpers.importText("Scorecard\n12/11/2026\n\nRe-referrals were 21%.\n")
        #expect(dateOnly.date == CalendarDate(iso8601: "2026-11-12"))
        // A date deep in the prose is not the document's date.
        let (undated, undatedDiagnostics) = try await ImportHelpers.importText(
            "Sufficiency notes\n\n" + String(repeating: "We reviewed the placements.\n", count: 9) + "The panel met on 3 March 2023.\n")
        #expect(undated.date == nil)
        #expect(undatedDiagnostics.contains { $0.code == "minutes.no-date" })
    }

    @Test func importingTwiceGivesTheSameDocument() async throws {
        let text = "Agenda item\nSufficiency\nMinutes:\nRESOLVED that the report be noted. 96% of plans were reviewed on time.\n"
        let (first, _) = try await ImportHelpers.importText(text)
        let (second, _) = try await ImportHelpers.importText(text)
        #expect(first == second)
    }
}

@Suite struct FlattenedAgendaTests {
    /// Modelled on agenda PDFs flattened to one paragraph by document hosts.
    static let text = "Corporate Parenting Panel Wednesday, 4 March 2020 at 14:00 Council Chamber, Civic Centre, Anytown AGENDA 1 Minutes of the last meeting held on 5 February 2020 3 - 8 2 Apologies for Absence 3 Declarations of Interests:- (see note below) 4 Performance Report for Children in 9 - 16 Care Quarter 3 5 Work Programme 17 - 20 Page 1 of 20 Notes (1) Councillors are advised to contact their group office. (2) Members of the public may inspect the background papers listed in each report at the Civic Centre during office hours."

    @Test func readsHeaderAndNumberedItemsWithoutPageRanges() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText(Self.text)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Corporate Parenting Panel")
        #expect(document.meetingDate?.iso8601 == "2020-03-04")
        #expect(document.venue == "Council Chamber, Civic Centre, Anytown")
        #expect(document.items.map(\.number) == ["1", "2", "3", "4", "5"])
        #expect(document.items.map(\.title) == ["Minutes of the last meeting held on 5 February 2020", "Apologies for Absence",
                                               "Declarations of Interests", "Performance Report for Children in Care Quarter 3",
                                               "Work Programme"])
        #expect(!diagnostics.contains { $0.code == "minutes.unrecognised-layout" })
    }
}

@Suite struct NotesAndPresentTests {
    @Test func notesKeepWhatIsAboveTheCueAndTheirFirstParagraph() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Corporate Parenting Board
        Notes of member development session on 4 March 2019
        1.1 Members discussed the sufficiency strategy.
        1.2 The next session will look at placements.
        """)
        #expect(document.kind == .notes)
        #expect(document.committee == "Corporate Parenting Board")
        #expect(document.meetingDate?.iso8601 == "2019-03-04")
        #expect(document.plainText.contains("Members discussed the sufficiency strategy"))
        #expect(document.title == "Notes of member development session on 4 March 2019")
    }

    @Test func presentWithTheChairThenMembers() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the meeting of the Corporate Parenting Panel held on 3 July 2024

        PRESENT: Councillor A Smith in the chair

        Councillors B Jones, C Brown and D White.

        1. Apologies
        """)
        #expect(document.attendance == ["A Smith (Chair)", "B Jones", "C Brown", "D White"])
    }

    @Test func apologiesInsideAnIntroductionItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the meeting of the Corporate Parenting Panel held on 3 July 2024

        1. Introduction and apologies

        Apologies for absence were received from Councillors E Green and F Black.

        2. Performance report
        """)
        #expect(document.apologies == ["E Green", "F Black"])
    }
}

@Suite struct UnrecognisedPageDateTests {
    @Test func aDateEndingTheTitleLineDatesThePage() async throws {
        let (document, _) = try await ImportHelpers.importText("Sufficiency strategy refresh – 4 March 2019\n\nThe strategy sets out how placements will be found.\n")
        #expect(document.date?.iso8601 == "2019-03-04")
        #expect(document.dateBasis == "content")
        #expect(document.meetingDate == nil)
    }

    @Test func aBodyNamedBeforeADateIsTheMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("Subscribe to updates\nCorporate Parenting Panel – Tuesday 4th March 2019 6.00 pm\n\nMembers talked about the sufficiency of placements and agreed to return to it.\n")
        #expect(document.committee == "Corporate Parenting Panel")
        #expect(document.meetingDate?.iso8601 == "2019-03-04")
    }

    @Test func aFullISODateInTheFileNameIsTheFallbackSaidAsSuch() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("Members talked about the sufficiency of placements.\n", name: "panel-notes_2018-12-17.txt")
        #expect(document.date?.iso8601 == "2018-12-17")
        #expect(document.dateBasis == "file name")
        #expect(diagnostics.contains { $0.code == "minutes.date-from-file-name" })
        #expect(!diagnostics.contains { $0.code == "minutes.no-date" })
        let (undated, undatedDiagnostics) = try await ImportHelpers.importText("Members talked.\n", name: "panel-notes_20181217.txt")
        #expect(undated.date == nil)
        #expect(undatedDiagnostics.contains { $0.code == "minutes.no-date" })
    }
}

@Suite struct RelatedMeetingTests {
    @Test func aDecisionsMeetingOnTheLineAfterItsLabel() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision
        Placement Sufficiency Strategy
        Decision Maker: Cabinet
        Date of Decision: February 2, 2026
        Related Meeting
        Cabinet - Monday 2 February 2026 5.00 pm
        """)
        #expect(document.kind == .decision)
        #expect(document.meetingDate?.iso8601 == "2026-02-02")
        #expect(document.committee == "Cabinet")
    }
}


@Suite struct TranscriptTests {
    @Test func captionsOneWordALineWithTheirDescription() async throws {
        let captions = (0..<80).map { ["the", "panel", "noted", "that", "we", "are", "making", "progress"][$0 % 8] }.joined(separator: "\n")
        let (document, diagnostics) = try await ImportHelpers.importText("""
        From YouTube: Corporate Parenting Panel, 29 September 2020
        AGENDA
        1. Declarations of Interest 00:00:52
        2. Sufficiency Report 00:02:31
        \(captions)
        """)
        #expect(document.kind == .transcript)
        #expect(document.committee == "Corporate Parenting Panel")
        #expect(document.meetingDate?.iso8601 == "2020-09-29")
        #expect(document.items.map(\.title) == ["Declarations of Interest", "Sufficiency Report"])
        #expect(diagnostics.contains { $0.code == "minutes.truncated" })
    }
}
