import EvidenceModel
import HTMLAgendaImporter
import Testing

/// The five ModernGov page kinds, from fixtures modelled on the samples.
@Suite struct ModernGovPageTests {
    @Test func agendaItemPageTakesTheMeetingFromTheLinkBackToIt() throws {
        let outcome = try TestSupport.read(Fixtures.agendaItem)
        let document = outcome.document
        #expect(document.kind == .agendaItem)
        #expect(document.title == "Children's Services Inspection Preparation")
        #expect(document.committee == "Children and Education Scrutiny Sub-Committee")
        #expect(document.meetingDate?.iso8601 == "2023-10-12")
        #expect(document.itemNumber == "4.1")
        // Without the meeting link's item, the background link's: in the case the page prints it.
        let lettered = try TestSupport.read(Fixtures.agendaItem.replacingOccurrences(of: " (Item 4.1)", with: "")
            .replacingOccurrences(of: "View the background to item 4.1", with: "View the background to Item 4A."))
        #expect(lettered.document.itemNumber == "4A")
        let item = try #require(document.items.first)
        #expect(document.items.count == 1)
        #expect(item.number == "4.1")
        #expect(item.title == "Children's Services Inspection Preparation")
        #expect(item.description.map(\.text) == ["TO FOLLOW"])
        // Word's hard line break inside the first sentence is joined; the &nbsp; paragraphs vanish.
        #expect(item.minutes.first?.text == "The Director of Supporting Families gave an overview of the preparation for the upcoming inspection.")
        #expect(!item.minutes.contains { $0.text?.isEmpty == true })
        let bullets = try #require(item.minutes.first { $0.kind == .list })
        #expect(bullets.marker == "·")
        #expect(bullets.children?.map(\.text) == ["Clarified that staff turnover is a national issue.", "Explained that exit interviews are voluntary."])
        let resolution = try #require(item.decisions.first)
        #expect(resolution.kind == .resolution && resolution.marker == "RESOLVED")
        #expect(resolution.children?.map(\.number) == ["i)", "ii)"])
        #expect(resolution.children?.first?.text == "the presentation be noted; and")
        #expect(item.minutes.contains(resolution))
    }

    @Test func agendaItemLinksLoseIconsAndSizesAndResolveAgainstTheCanonicalAddress() throws {
        let document = try TestSupport.read(Fixtures.agendaItem).document
        let item = try #require(document.items.first)
        // ModernGov's ", item 4.1" suffix is link text (the text rendering shows it too) and names the item.
        #expect(item.links.map(\.title) == ["Cover Report CESSC Inspection 121023, item 4.1", "Item 4.1 Scrutiny Presentation - Inspection Readiness, item 4.1"])
        #expect(item.links.map(\.sizeText) == ["268 KB", "1 MB"])
        #expect(item.links.map(\.sizeBytes) == [268 * 1024, 1024 * 1024])
        #expect(item.links.allSatisfy { $0.format == "PDF" && $0.itemNumber == "4.1" })
        #expect(item.links.first?.href == "https://democracy.example.gov.uk/documents/s7942/Cover%20Report.pdf")
        // The page-level links carry the item's documents too, and the related links first.
        #expect(document.links.first?.href == "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=281&MId=4755")
        #expect(document.links.suffix(2) == item.links[...])
        // The site template's navigation is no part of the item.
        #expect(!document.plainText.contains("Council and democracy"))
    }

    @Test func meetingPageReadsCommitteeDateVenueAndTheItemTable() throws {
        let document = try TestSupport.read(Fixtures.meeting).document
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children and Families Overview and Scrutiny Committee")
        #expect(document.meetingDate?.iso8601 == "2017-09-25")
        #expect(document.venue == "Meeting Rooms 1 and 2, Shire Hall, Gloucester")
        #expect(document.properties["contact"] == "Democratic Services Officer")
        #expect(document.items.map(\.number) == ["19", "20"])
        #expect(document.items.map(\.title) == ["Declarations of interest", "Ofsted Inspection - The Improvement Journey"])
        #expect(document.items[0].description.map(\.text) == ["Please see note (a) at the end of agenda."])
        #expect(document.items[0].minutes.map(\.text) == ["No declarations of interest were received."])
        let ofsted = document.items[1]
        #expect(ofsted.description.map(\.text) == ["A Senior Ofsted Inspector will be in attendance to inform the committee."])
        #expect(ofsted.minutes.contains { $0.kind == .numberedParagraph && $0.number == "20.1" && $0.text == "Ofsted Inspection Process" })
        #expect(ofsted.minutes.contains { $0.kind == .numberedParagraph && $0.number == "20.1.1" })
        #expect(ofsted.minutes.first { $0.kind == .list }?.children?.count == 2)
        #expect(ofsted.decisions.map(\.text) == ["RESOLVED – That the report be noted."])
        // The title link's report and the additional document, numbered with the item.
        #expect(ofsted.links.map(\.title) == ["Ofsted Inspection - The Improvement Journey", "Improvement Plan, item 20."])
        #expect(ofsted.links.map(\.sizeText) == ["489 KB", "1 MB"])
        #expect(ofsted.links.allSatisfy { $0.itemNumber == "20" })
        // The meeting-level pack ("Printed minutes") is a page link with no item number.
        let printed = try #require(document.links.first)
        #expect(printed.title == "Printed minutes" && printed.itemNumber == nil && printed.sizeBytes == 210 * 1024)
        #expect(printed.href == "documents/g8841/Printed%20minutes%2025th-Sep-2017.pdf")
    }

    @Test func meetingPageWithoutNumbersOrMinutesLabelsStillYieldsItems() throws {
        // Some sites (m15 Dorset) print no numbers and no "Minutes:" label.
        let html = """
        <div id="modgov"><h1 class="mgMainTitleTxt">Agenda and minutes</h1>
        <h2 class="mgSubTitleTxt">Corporate Parenting Board<br>Thursday 6 March 2025 10.00 am</h2>
        <div class="mgContent"><table id="mgItemTable">
        <tr><td><p class="mgAiTitleTxt">Ofsted ILACS inspection outcome</p>
        <div class="mgWordPara"><p>To receive the letter from Ofsted.</p></div>
        <div class="mgWordPara"><p>The Board received the inspection letter.</p><p>AGREED that the letter be published.</p></div>
        </td></tr></table></div></div>
        """
        let document = try TestSupport.read(html).document
        #expect(document.kind == .meeting)
        #expect(document.title == "Corporate Parenting Board - Thursday 6 March 2025 10.00 am")
        #expect(document.committee == "Corporate Parenting Board")
        #expect(document.meetingDate?.iso8601 == "2025-03-06")
        let item = try #require(document.items.first)
        #expect(item.number == nil)
        #expect(item.title == "Ofsted ILACS inspection outcome")
        #expect(item.description.map(\.text) == ["To receive the letter from Ofsted."])
        #expect(item.minutes.map(\.text) == ["The Board received the inspection letter.", "AGREED that the letter be published."])
        #expect(item.decisions.first?.marker == "AGREED")
    }

    @Test func issueHistoryGivesEachMeetingItsItemWithDateCommitteeAndNumber() throws {
        let document = try TestSupport.read(Fixtures.issueHistory).document
        #expect(document.kind == .issueHistory)
        #expect(document.title == "Statement from Chair")
        // The document's meeting is the first one listed, as the text importer reads it.
        #expect(document.meetingDate?.iso8601 == "2020-01-23")
        #expect(document.committee == "Children and Families Scrutiny Panel")
        #expect(document.itemNumber == "25")
        #expect(document.items.map(\.number) == ["25", "31"])
        #expect(document.items.map(\.title) == ["Statement from the Chair", "Ofsted Inspection: response"])
        let first = document.items[0]
        // No "Minutes:" label: the first block is the description and the rest the minutes.
        #expect(first.description.map(\.text) == ["The Chair referred to the recent Ofsted Inspection of Children’s Services."])
        #expect(first.minutes.first?.text == "The panel noted the following:")
        #expect(first.minutes.first { $0.kind == .list }?.children?.count == 2)
        #expect(first.decisions.first?.text?.hasPrefix("RESOLVED that a formal report") == true)
        #expect(document.items[1].minutes.map(\.text) == ["The panel considered the response. RESOLVED that the report be noted."])
        #expect(document.blocks.filter { $0.kind == .heading }.compactMap(\.text).allSatisfy { $0.hasPrefix("Meeting: ") })
    }

    @Test func decisionDetailsReadEveryLabel() throws {
        let document = try TestSupport.read(Fixtures.decision).document
        #expect(document.kind == .decision)
        #expect(document.title == "Children's Services Improvement Plan")
        #expect(document.properties["decisionMaker"] == "Cabinet")
        #expect(document.properties["decisionStatus"] == "For Determination")
        #expect(document.properties["isKeyDecision"] == "Yes")
        #expect(document.properties["isSubjectToCallIn"] == "Yes")
        #expect(document.properties["publicationDate"] == "2024-02-14")
        #expect(document.properties["dateOfDecision"] == "2024-02-12")
        #expect(document.properties["purpose"] == "To approve the improvement plan.")
        #expect(document.properties["decision"] == "That the Children's Services Improvement Plan be approved.")
        #expect(document.date?.iso8601 == "2024-02-12" && document.dateBasis == "content")
        // "Decided at meeting" names the meeting.
        #expect(document.meetingDate?.iso8601 == "2024-02-12")
        #expect(document.committee == "Cabinet")
        #expect(document.links.contains { $0.href == "ieListDocuments.aspx?CId=151&MID=5120" && $0.title == "12/02/2024 - Cabinet" })
        let plan = try #require(document.links.last)
        #expect(plan.title == "Improvement Plan" && plan.sizeText == "532 KB" && plan.format == "PDF")
        #expect(document.blocks.contains { $0.kind == .heading && $0.text == "Decision" })
    }

    @Test func decisionListKeepsRowsWithDatesAndDropsHiddenRefs() throws {
        let outcome = try TestSupport.read(Fixtures.decisionList)
        let document = outcome.document
        #expect(document.kind == .decisionList)
        #expect(document.title == "Recent decisions")
        let table = try #require(document.blocks.first { $0.kind == .table })
        #expect(table.hasHeader == true)
        #expect(table.rows?.first == ["Title", "Date", "Call-ins"])
        #expect(table.rows?.dropFirst().map { $0[1] } == ["05/03/2024", "06/03/2024"])
        #expect(document.links.map(\.title) == ["Fostering Service Annual Report", "Sufficiency Strategy"])
        #expect(document.links.map(\.href) == ["ieDecisionDetails.aspx?ID=901", "ieDecisionDetails.aspx?ID=902"])
        #expect(!document.plainText.contains("ref:"))
        // A list has no date of its own, and that is not worth a warning.
        #expect(!outcome.diagnostics.contains { $0.code == "html.no-date" })
    }

    @Test func pageKindComesFromTheAddressWhenTheHeadingIsMissing() throws {
        let html = """
        <html><head><link rel="canonical" href="https://cds.example.gov.uk/ieDecisionDetails.aspx?ID=77"></head><body>
        <div id="modgov"><div class="mgContent">
        <p><span class="mgLabel">Decision Maker: </span>Lead Member for Children</p>
        </div></div></body></html>
        """
        let document = try TestSupport.read(html).document
        #expect(document.kind == .decision)
        #expect(document.properties["decisionMaker"] == "Lead Member for Children")
    }

    @Test func pageKindComesFromTheStructureWhenNothingElseSaysIt() throws {
        let html = """
        <div id="modgov"><div class="mgContent">
        <p>Meeting: 04&#47;07&#47;2024 - Cabinet (Item 12)</p>
        <p class="mgAiTitleTxt">12 Youth Justice Plan</p>
        <div class="mgWordPara"><p>RESOLVED that the plan be approved.</p></div>
        </div></div>
        """
        let document = try TestSupport.read(html).document
        #expect(document.kind == .issueHistory)
        #expect(document.meetingDate?.iso8601 == "2024-07-04")
        #expect(document.committee == "Cabinet")
        #expect(document.items.first?.title == "Youth Justice Plan")
        #expect(document.items.first?.decisions.count == 1)
    }

    /// "Browse meetings": the committee's meetings, one record each, with the link to each meeting's page.
    @Test func browseMeetingsListsEachMeetingOfTheCommittee() throws {
        let html = """
        <html><body><div id="modgov">
        <div class="mgHeader"><h1 class="mgMainTitleTxt">Browse meetings - Corporate Parenting Panel</h1></div>
        <div class="mgContent">
        <p>This page lists the meetings for Corporate Parenting Panel.</p>
        <p><a href="ieListMeetings.aspx?CId=788&amp;Year=2025">Earlier meetings.</a></p>
        <ul class="mgBulletList">
        <li><a href="ieListDocuments.aspx?CId=788&amp;MId=3901">Tue 10 Mar 2026 6.00 pm</a></li>
        <li><a href="ieListDocuments.aspx?CId=788&amp;MId=3900">Mon 12 Jan 2026 6.00 pm CANCELLED</a></li>
        </ul></div></div></body></html>
        """
        let outcome = try TestSupport.read(html, baseURL: "https://democracy.example.gov.uk/ieListMeetings.aspx?CId=788")
        #expect(outcome.document.kind == .meetingList)
        #expect(outcome.document.committee == "Corporate Parenting Panel")
        #expect(outcome.document.title == nil)
        #expect(outcome.listed.map { $0.meetingDate?.iso8601 } == ["2026-03-10", "2026-01-12"])
        #expect(outcome.listed.map(\.committee) == ["Corporate Parenting Panel", "Corporate Parenting Panel"])
        #expect(outcome.listed.map { $0.properties["status"] } == [nil, "cancelled"])
        #expect(outcome.listed.first?.links.first?.href == "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=788&MId=3901")
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
    }

    /// "Committee details": the committee from the subtitle, its remit as blocks; no meeting, title or date of its own.
    @Test func committeeDetailsNamesTheCommitteeAndListsNoMeeting() throws {
        let html = """
        <html><body><div id="modgov">
        <div class="mgHeader"><h1 class="mgMainTitleTxt">Committee details</h1></div>
        <div class="mgSubTitle"><h2 class="mgSubTitleTxt">Corporate Parenting Panel</h2></div>
        <div class="mgContent"><h2 class="mgSectionTitle">Purpose of committee</h2>
        <div class="mgWordPara"><p>The Panel was set up on 12 May 2010 to monitor the outcomes of children in care.</p></div></div>
        <div class="mgLinks"><ul><li><a href="ieListMeetings.aspx?CId=788">Browse meetings</a></li></ul></div>
        </div></body></html>
        """
        let outcome = try TestSupport.read(html)
        #expect(outcome.document.kind == .committee)
        #expect(outcome.document.committee == "Corporate Parenting Panel")
        #expect(outcome.document.title == nil && outcome.document.effectiveDate == nil)
        #expect(outcome.document.blocks.contains { $0.text?.hasPrefix("The Panel was set up") == true })
        #expect(outcome.listed.isEmpty)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
    }
}
