import EvidenceModel
import HTMLAgendaImporter
import Testing

/// CMIS pages and pages of no known layout.
@Suite struct CMISAndGenericPageTests {
    @Test func cmisMeetingSummaryReadsTheLabelValueHolders() throws {
        let outcome = try TestSupport.read(Fixtures.cmisMeeting)
        let document = outcome.document
        #expect(document.kind == .meeting)
        #expect(document.committee == "Corporate Parenting Panel")
        #expect(document.title == "Corporate Parenting Panel")
        #expect(document.meetingDate?.iso8601 == "2025-03-14")
        #expect(document.properties["dateTime"] == "14 Mar 2025 - 14:00")
        // Status reuses the Venue classes: the label decides.
        #expect(document.properties["status"] == "Confirmed")
        #expect(document.venue == "Committee Room 2, Council House")
        let minutes = try #require(document.links.first)
        #expect(minutes.title == "Final Minutes 14032025")
        #expect(minutes.sizeText == "98Kb" && minutes.sizeBytes == 98 * 1024)
        #expect(minutes.format == "PDF")
        #expect(!outcome.diagnostics.contains { $0.code == "html.layout.unrecognised" })
    }

    @Test func cmisDocumentsTabDatesItselfFromTheMinutesLinkText() throws {
        let html = """
        <html><body><div class="DNNModuleContent ModCMISMeetingsC"><div class="CmisDocumentList"><ol class="DocumentList">
        <li class="DocumentListItem"><img class="FileTypeImage" src="/x/pdf.gif" alt="pdf" />
        <a class="TitleLink" href="/council/Document.ashx?id=zz9" title="Click to view 'Final Minutes'">Final Corporate Parenting Minutes 02122025</a>
        <span class="FileSize">(156Kb)</span></li>
        </ol></div></div></body></html>
        """
        let document = try TestSupport.read(html, baseURL: "https://cmis.example.gov.uk/council/Meetings/tabid/70/Default.aspx").document
        #expect(document.kind == .meeting)
        #expect(document.date?.iso8601 == "2025-12-02")
        #expect(document.dateBasis == "content")
        #expect(document.meetingDate == nil)
        let link = try #require(document.links.first)
        #expect(link.href == "https://cmis.example.gov.uk/council/Document.ashx?id=zz9")
        #expect(link.sizeBytes == 156 * 1024)
    }

    @Test func cmisListViewKeepsEachRowAndItsLink() throws {
        let outcome = try TestSupport.read(Fixtures.cmisList)
        let document = outcome.document
        #expect(document.kind == .meetingList)
        let table = try #require(document.blocks.first { $0.kind == .table })
        #expect(table.rows?.map { $0[0] } == ["9 Jul 2026 11:00 - Planning Committee", "14 Jul 2026 10:00 - Corporate Parenting Panel"])
        #expect(document.links.count == 2)
        #expect(document.links.last?.title == "14 Jul 2026 10:00 - Corporate Parenting Panel")
        #expect(document.links.last?.href?.hasSuffix("/Meeting/102/Default.aspx") == true)
        // Each dated row is a meeting of its own; with no header naming a venue column, "Scheduled" is no venue.
        #expect(outcome.listed.map(\.committee) == ["Planning Committee", "Corporate Parenting Panel"])
        #expect(outcome.listed.map { $0.meetingDate?.iso8601 } == ["2026-07-09", "2026-07-14"])
        #expect(outcome.listed.allSatisfy { $0.kind == .meeting && $0.venue == nil && $0.properties[Document.listedInProperty] == "meetingList" })
        #expect(outcome.listed.last?.links.first?.href?.hasSuffix("/Meeting/102/Default.aspx") == true)
        #expect(!outcome.diagnostics.contains { $0.code == "html.no-date" })
    }

    /// The list view's header row heads the table (not stray paragraphs), and names the venue column.
    @Test func cmisListViewUnderItsHeaderGivesEachMeetingItsVenue() throws {
        let html = """
        <html><body><div class="CMIS_ModuleWrapper MeetingCalendarListView"><table id="dnn_ctr12_grd">
        <thead><tr><th scope="col" class="DateColumn rgHeader">Date/Start Time</th><th scope="col" class="rgHeader">Venue</th></tr></thead>
        <tbody>
        <tr class="rgRow"><td class="DateColumn"><a href="/c/Meetings/Meeting/7/Default.aspx">3 Feb 2026 10:00 - Corporate Parenting Panel</a></td><td>Room 1 &amp; 2</td></tr>
        <tr class="rgAltRow"><td class="DateColumn"><a href="/c/Meetings/Meeting/8/Default.aspx">4 Mar 2026 10:00 - Corporate Parenting Panel</a></td><td></td></tr>
        </tbody></table></div></body></html>
        """
        let outcome = try TestSupport.read(html)
        #expect(outcome.document.kind == .meetingList)
        #expect(outcome.document.blocks == [Block(.table, rows: [["Date/Start Time", "Venue"], ["3 Feb 2026 10:00 - Corporate Parenting Panel", "Room 1 & 2"],
                                                                 ["4 Mar 2026 10:00 - Corporate Parenting Panel", ""]], hasHeader: true, line: 4)])
        #expect(outcome.listed.map(\.venue) == ["Room 1 & 2", nil])
        #expect(outcome.listed.map { $0.meetingDate?.iso8601 } == ["2026-02-03", "2026-03-04"])
    }

    /// The printable calendar gives days without a year: its meetings stay undated rows, and it says so.
    @Test func cmisCalendarWithoutYearsDatesNoMeeting() throws {
        let html = """
        <html><body><div class="DNNModuleContent ModCMISMeetingsC"><table class="rgMasterTable">
        <tr class="rgRow"><td class="SimpleCalendarDate">Monday, 8 June</td><td><p class="Meeting"><a href="/c/Meeting/1/Default.aspx">10:00 Corporate Parenting Panel</a></p></td></tr>
        <tr class="rgAltRow"><td class="SimpleCalendarDate">Tuesday, 9 June</td><td></td></tr>
        </table></div></body></html>
        """
        let outcome = try TestSupport.read(html)
        #expect(outcome.document.kind == .meetingList)
        #expect(outcome.listed.isEmpty)
        #expect(outcome.document.blocks.first?.rows?.first == ["Monday, 8 June", "10:00 Corporate Parenting Panel"])
        #expect(outcome.diagnostics.map(\.code) == ["html.list.undated"])
    }

    @Test func unknownLayoutIsReadGenericallyAndSaysSo() throws {
        let outcome = try TestSupport.read(Fixtures.genericPage)
        let document = outcome.document
        #expect(document.kind == .page)
        #expect(document.title == "Children's services performance")
        #expect(document.date?.iso8601 == "2025-03-03" && document.dateBasis == "content")
        #expect(document.blocks.first == Block(.heading, text: "Children's services performance", level: 1, line: 3))
        #expect(document.blocks.contains { $0.kind == .heading && $0.level == 2 && $0.text == "Key figures" })
        #expect(document.blocks.first { $0.kind == .list }?.children?.map(\.text) == ["Re-referrals within 12 months", "Children looked after"])
        let table = try #require(document.blocks.first { $0.kind == .table })
        #expect(table.hasHeader == true && table.rows == [["Measure", "2024"], ["Re-referrals", "22.6%"]])
        // The navigation is left out; the report link loses its "(PDF, 1.2 MB)".
        #expect(document.links.map(\.title) == ["annual report"])
        #expect(document.links.first?.format == "PDF" && document.links.first?.sizeText == "1.2 MB")
        let warning = try #require(outcome.diagnostics.first { $0.code == "html.layout.unrecognised" })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("no known layout"))
        #expect(warning.location?.path == "page.html")
    }

    @Test func modernGovPageOfAnUnreadKindIsReadGenericallyWithItsOwnWarning() throws {
        let html = """
        <div id="modgov"><h1 class="mgMainTitleTxt">Committee attendance</h1>
        <table summary="Table of meeting attendance"><tr><th>Councillor</th><th>Attended</th></tr><tr><td>A Member</td><td>4</td></tr></table></div>
        """
        let outcome = try TestSupport.read(html)
        #expect(outcome.document.kind == .page)
        #expect(outcome.document.blocks.contains { $0.kind == .table && $0.rows?.count == 2 })
        #expect(outcome.diagnostics.contains { $0.code == "html.layout.unrecognised" && $0.message.contains("ModernGov") })
    }

    @Test func emptyPageYieldsADocumentAndWarnings() throws {
        let outcome = try TestSupport.read("")
        #expect(outcome.document.kind == .page)
        #expect(outcome.diagnostics.contains { $0.code == "html.empty" })
        #expect(outcome.diagnostics.contains { $0.code == "html.no-date" })
    }
}

@Suite struct PrecisionOnUnknownPagesTests {
    @Test func aDateQuotedInTheProseDatesNothing() throws {
        let outcome = try TestSupport.read("""
        <html><body><h1>Corporate parenting update</h1>
        <p>The minutes of the meeting held on 23 September 2015 were approved as a correct record.</p></body></html>
        """)
        #expect(outcome.document.date == nil)
        #expect(outcome.diagnostics.contains { $0.code == "html.no-date" })
    }

    @Test func aDateInTheHeadingDatesThePage() throws {
        let outcome = try TestSupport.read("<html><body><h1>Corporate Parenting Panel – 4 March 2019</h1><p>Notes of the session.</p></body></html>")
        #expect(outcome.document.date?.iso8601 == "2019-03-04")
    }

    @Test func aModernGovDecisionPageWithoutItsHeadingReadsItsLabels() throws {
        let outcome = try TestSupport.read("""
        <div id="modgov"><div class="mgSubTitle"><h2 class="mgSubTitleTxt">Sufficiency Strategy</h2></div>
        <div class="mgContent">
        <p><span class="mgLabel">Decision status: </span>Approved</p>
        <h3 class="mgSubSubTitleTxt">Decision:</h3><p>That the strategy be approved.</p>
        <p><span class="mgLabel">Decided at meeting: </span><a href="ieListDocuments.aspx?CId=1&amp;MID=2">02&#47;02&#47;2026 - Cabinet</a></p>
        </div></div>
        """)
        #expect(outcome.document.kind == .decision)
        #expect(outcome.document.meetingDate?.iso8601 == "2026-02-02")
        #expect(outcome.document.committee == "Cabinet")
        #expect(outcome.document.blocks.contains { $0.kind == .resolution && $0.text == "That the strategy be approved." })
    }
}
