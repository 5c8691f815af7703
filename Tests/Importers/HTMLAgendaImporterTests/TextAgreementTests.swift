import EvidenceModel
import EvidencePackCore
import Foundation
import HTMLAgendaImporter
import MinutesTextImporter
import Testing

/// One pack rule must match minutes whether they arrived as text or as HTML: the HTML importer and
/// the minutes-text importer, given the same page (as saved HTML and as its text rendering), agree
/// on every field both fill.
@Suite struct TextAgreementTests {
    /// Both importers' documents for one page.
    static func both(html: String, text: String) async throws -> (html: Document, text: Document) {
        let fromHTML = try TestSupport.read(html).document
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("page.txt"))
        let source = Source(path: "page.txt", sha256: "", size: Int64(text.utf8.count), mediaType: "text/plain")
        let result = try await MinutesTextImporter().records(from: source, context: ImportContext(inputsRoot: folder, referenceDate: CalendarDate(daysSinceEpoch: 20000)))
        let fromText = try #require(TestSupport.document(of: result))
        return (fromHTML, fromText)
    }

    /// A block as a line of text reads: the number or bullet, then the text; lists and resolutions
    /// as their items' lines.
    static func lines(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            var own: [String] = []
            if let text = block.text {
                let prefix = block.kind == .numberedParagraph || block.kind == .listItem ? (block.number ?? block.marker) : block.number
                own.append(prefix.map { "\($0) \(text)" } ?? text)
            }
            return own + lines(block.children ?? [])
        }
    }

    /// The document fields both importers fill, side by side.
    static func expectSameHeader(_ pair: (html: Document, text: Document)) {
        #expect(pair.html.kind == pair.text.kind)
        #expect(pair.html.title == pair.text.title)
        #expect(pair.html.committee == pair.text.committee)
        #expect(pair.html.meetingDate == pair.text.meetingDate)
        #expect(pair.html.itemNumber == pair.text.itemNumber)
        #expect(pair.html.venue == pair.text.venue)
        #expect(pair.html.effectiveDate == pair.text.effectiveDate)
    }

    /// Every document link the text importer found, the HTML importer found with the same title,
    /// format and size.
    static func expectTextLinksFound(_ pair: (html: Document, text: Document)) {
        #expect(!pair.text.links.isEmpty)
        for link in pair.text.links {
            let match = pair.html.links.first { $0.title == link.title }
            #expect(match?.format == link.format, "\(link.title)")
            #expect(match?.sizeText == link.sizeText, "\(link.title)")
            #expect(match?.sizeBytes == link.sizeBytes, "\(link.title)")
        }
    }

    @Test func agendaItemPage() async throws {
        // The text a browser gives for Fixtures.agendaItem's ModernGov part (as in samples/minutes).
        let text = """
        Agenda item
        Children's Services Inspection Preparation
        - Meeting of Children and Education Scrutiny Sub-Committee, Thursday, 12th October, 2023 6.30 pm (Item 4.1)
        TO FOLLOW
        Minutes:
        The Director of Supporting Families gave an overview of the preparation for the upcoming inspection.

        Further to questions from the sub-committee, the Director;
        · Clarified that staff turnover is a national issue.
        · Explained that exit interviews are voluntary.

        RESOLVED that:
        i) the presentation be noted; and
        ii) a further report come to the March meeting.
        Supporting documents:
        - Cover Report CESSC Inspection 121023, item 4.1 PDF 268 KB
        - Item 4.1 Scrutiny Presentation - Inspection Readiness, item 4.1 PDF 1 MB
        """
        let pair = try await Self.both(html: Fixtures.agendaItem, text: text)
        Self.expectSameHeader(pair)
        #expect(pair.html.committee == "Children and Education Scrutiny Sub-Committee")
        Self.expectTextLinksFound(pair)
        // The body: both importers give one item with the same description, minutes and decisions.
        let item = try #require(pair.html.items.first)
        let textItem = try #require(pair.text.items.first)
        #expect(pair.html.items.count == pair.text.items.count)
        #expect(item.number == textItem.number)
        #expect(Self.lines(item.description) == Self.lines(textItem.description))
        #expect(Self.lines(item.minutes) == Self.lines(textItem.minutes))
        // The same kinds for the same lines.
        let textBullets = try #require(textItem.minutes.first { $0.kind == .list && $0.marker == "·" })
        let htmlBullets = try #require(item.minutes.first { $0.kind == .list })
        #expect(htmlBullets.marker == textBullets.marker)
        #expect(htmlBullets.children?.map(\.text) == textBullets.children?.map(\.text))
        #expect(textItem.decisions.map(\.text) == item.decisions.map(\.text))
    }

    /// "Reason for Decision:" after "Decision:": the decision is the decision alone in both readers, and the
    /// reasons go on with the minutes under their heading.
    @Test func reasonsForADecisionAreMinutesInBothReaders() async throws {
        let html = """
        <div id="modgov"><div class="mgHeader"><h1  class="mgMainTitleTxt" >Agenda item</h1></div>
        <div class="mgSubTitle" ><h2 class="mgSubTitleTxt">Quarterly Performance Report</h2></div>
        <div class="mgContent" >
        <p  class="mgSubItemTitleTxt" >Decision:</p>
        <div class="mgWordPara"><p>That the report be noted.</p></div>
        <p  class="mgSubItemTitleTxt" >Reason for Decision:</p>
        <div class="mgWordPara"><p>To keep members informed of performance.</p></div>
        </div></div>
        """
        let text = """
        Agenda item
        Quarterly Performance Report
        Decision:
        That the report be noted.
        Reason for Decision:
        To keep members informed of performance.
        """
        let pair = try await Self.both(html: html, text: text)
        for document in [pair.html, pair.text] {
            let item = try #require(document.items.first)
            #expect(item.decisions.compactMap(\.text) == ["That the report be noted."])
            #expect(item.minutes.contains { $0.kind == .heading && $0.text == "Reason for Decision" })
            #expect(item.minutes.last?.text == "To keep members informed of performance.")
        }
    }

    @Test func issueHistoryPage() async throws {
        // Modelled on samples/minutes/m04 (Southampton) and its HTML counterpart.
        let html = """
        <div id="modgov"><div class="mgHeader"><h1  class="mgMainTitleTxt" >Issue - meetings</h1></div>
        <div class="mgSubTitle" ><h2 class="mgSubTitleTxt">Statement from Chair</h2></div>
        <div class="mgContent" >
        <p>Meeting: 23&#47;01&#47;2020 - Children and Families Scrutiny Panel (Item 25)</p>
        <p class="mgAiTitleTxt">25 <a class="mgAiTitleLnk" href="documents/s1/Statement.pdf">Statement from the Chair <span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="pdf icon" /> PDF 107 KB</span></a></p>
        <div class="mgWordPara"><p class="MsoNormal">The Chair referred to the recent Ofsted Inspection of Children&rsquo;s Services.</p></div>
        <div class="mgWordPara"><p class="MsoNormal">The panel noted the following:</p>
        <ul><li>That the overall judgement of this Ofsted Inspection was that the service required improvement.</li>
        <li>There were no areas that were judged to be inadequate.</li></ul>
        <p class="MsoNormal">RESOLVED that a formal report would be included in the agenda of the next meeting of the Panel.</p></div>
        </div></div>
        """
        let text = """
        Issue - meetings

        Statement from Chair

        Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)

        25 Statement from the Chair pdf icon PDF 107 KB

        The Chair referred to the recent Ofsted Inspection of Children’s Services.

        The panel noted the following:

          • That the overall judgement of this Ofsted Inspection was that the service required improvement.
          • There were no areas that were judged to be inadequate.

        RESOLVED that a formal report would be included in the agenda of the next meeting of the Panel.
        """
        let pair = try await Self.both(html: html, text: text)
        Self.expectSameHeader(pair)
        #expect(pair.html.meetingDate?.iso8601 == "2020-01-23" && pair.html.itemNumber == "25")
        let item = try #require(pair.html.items.first)
        #expect(item.links.first?.sizeBytes == pair.text.links.first?.sizeBytes)
        #expect(item.links.first?.format == pair.text.links.first?.format)
        let textItem = try #require(pair.text.items.first)
        let textList = try #require((textItem.description + textItem.minutes).first { $0.kind == .list })
        let htmlList = try #require((item.description + item.minutes).first { $0.kind == .list })
        #expect(htmlList.marker == textList.marker)
        #expect(htmlList.children?.map(\.text) == textList.children?.map(\.text))
        #expect(textItem.decisions.map(\.text) == item.decisions.map(\.text))
        #expect(pair.text.plainText.contains(item.description.first?.text ?? "—"))
    }

    @Test func meetingPage() async throws {
        // Modelled on samples/minutes/m01 (Gloucestershire): the date on its own line.
        let html = """
        <div id="modgov"><div class="mgHeader"><h1  class="mgMainTitleTxt" >Agenda and minutes</h1></div>
        <div class="mgSubTitle" ><h2 class="mgSubTitleTxt">Children and Families Overview and Scrutiny Committee<br />Monday 25 September 2017 10.00 am</h2></div>
        <div class="mgContent" >
        <p><span  class="mgLabel" >Venue: </span>Meeting Rooms 1 and 2, Shire Hall, Gloucester</p>
        <p><span  class="mgLabel" >Contact: </span>Andrea Clarke 01452 324203 </p>
        <table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
        <tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">20.</p></td>
        <td><p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="documents/s1/Ofsted.pdf">Ofsted Inspection - The Improvement Journey <span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="pdf icon" /> PDF 489 KB</span></a></p>
        <div class="mgWordPara"><p class="MsoNormal">A Senior Ofsted Inspector will be in attendance.</p></div>
        <p class="mgSubItemTitleTxt">Minutes:</p>
        <div class="mgWordPara"><p class="MsoNormal">20.1&nbsp;&nbsp;&nbsp;&nbsp; Ofsted Inspection Process</p>
        <p class="MsoNormal">20.1.1&nbsp; The Senior HMI described the inspection process.</p></div>
        </td></tr></table></div></div>
        """
        let text = """
        Agenda and minutes

        Children and Families Overview and Scrutiny Committee
        Monday 25 September 2017 10.00 am

        Venue: Meeting Rooms 1 and 2, Shire Hall, Gloucester

        Contact: Andrea Clarke 01452 324203

        Items
        No. Item

        20.

        Ofsted Inspection - The Improvement Journey pdf icon PDF 489 KB

        A Senior Ofsted Inspector will be in attendance.

        Minutes:

        20.1     Ofsted Inspection Process

        20.1.1  The Senior HMI described the inspection process.
        """
        let pair = try await Self.both(html: html, text: text)
        Self.expectSameHeader(pair)
        #expect(pair.html.meetingDate?.iso8601 == "2017-09-25")
        #expect(pair.html.venue == "Meeting Rooms 1 and 2, Shire Hall, Gloucester")
        Self.expectTextLinksFound(pair)
        let numbered = { (blocks: [Block]) in blocks.filter { $0.kind == .numberedParagraph }.map { [$0.number, $0.text] } }
        #expect(numbered(pair.html.items.first?.minutes ?? []) == numbered(pair.text.items.first?.minutes ?? []))
        #expect(numbered(pair.text.items.first?.minutes ?? []).count == 2)
    }
}

@Suite struct UnlabelledResolutionAgreementTests {
    @Test func anUnlabelledResolutionIsADecisionInHTMLAsInText() throws {
        let outcome = try TestSupport.read("""
        <div id="modgov"><h1 class="mgMainTitleTxt">Agenda item</h1><h2 class="mgSubTitleTxt">Forward Work Programme</h2>
        <div class="mgContent"><p>To review the work programme.</p><h3>Minutes:</h3><p>The Chair introduced the report.</p>
        <p>That a report on domestic violence interventions be added to the work programme.</p></div></div>
        """)
        let item = try #require(outcome.document.items.first)
        #expect(item.decisions.map(\.text) == ["That a report on domestic violence interventions be added to the work programme."])
    }

    /// Who was present, who sent apologies and who was welcomed: the same people from the HTML page as from its text.
    @Test func meetingPagePeople() async throws {
        let html = """
        <div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
        <div class="mgSubTitle"><h2 class="mgSubTitleTxt">Corporate Parenting Panel - Tuesday, 10th March, 2026 6.00 pm</h2></div>
        <div class="mgContent"><table class="mgItemTable">
        <tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td><td><p class="mgAiTitleTxt">Apologies for absence</p>
        <p class="mgSubItemTitleTxt">Minutes:</p>
        <div class="mgWordPara"><p class="MsoNormal">Apologies for absence were received from Councillors Jane Brown and Peter White.</p></div></td></tr>
        <tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">2.</p></td><td><p class="mgAiTitleTxt">Attendance</p>
        <p class="mgSubItemTitleTxt">Minutes:</p>
        <div class="mgWordPara"><p class="MsoNormal">Present: Councillor Ann Smith (Chair), Councillors Tom Green and Rita Black</p>
        <p class="MsoNormal">The Chair welcomed Sharon Davey, Head of Service, to the meeting.</p></div></td></tr>
        </table></div></div>
        """
        let text = """
        Agenda and minutes
        Corporate Parenting Panel - Tuesday, 10th March, 2026 6.00 pm
        1.
        Apologies for absence
        Minutes:
        Apologies for absence were received from Councillors Jane Brown and Peter White.
        2.
        Attendance
        Minutes:
        Present: Councillor Ann Smith (Chair), Councillors Tom Green and Rita Black

        The Chair welcomed Sharon Davey, Head of Service, to the meeting.
        """
        let pair = try await TextAgreementTests.both(html: html, text: text)
        #expect(pair.html.attendance == pair.text.attendance)
        #expect(pair.html.apologies == pair.text.apologies)
        #expect(pair.html.attendance == ["Ann Smith (Chair)", "Tom Green", "Rita Black", "Sharon Davey"])
        #expect(pair.html.apologies == ["Jane Brown", "Peter White"])
    }

    /// Groups after "Present:" ("Co-opted Members:", "Religious Representatives:") are present too, in
    /// HTML as in text; a paragraph between them that is no group ends the list.
    @Test func presentInGroups() async throws {
        let html = """
        <div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
        <div class="mgSubTitle"><h2 class="mgSubTitleTxt">Minutes of the previous meeting</h2></div>
        <div class="mgContent"><p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">
        <p>Present:</p><p>Councillor Ann Smith (Chair), Councillor Tom Green</p>
        <p>Co-opted Members: Mrs Jo King, Mr Sam Lee</p>
        <p>Religious Representatives: Ms Eve Shaw</p>
        <p>The minutes were noted.</p>
        <p>School Governors: Mr Not Counted</p>
        </div></div></div>
        """
        let text = """
        Agenda item
        Minutes of the previous meeting
        Minutes:
        Present:
        Councillor Ann Smith (Chair), Councillor Tom Green
        Co-opted Members: Mrs Jo King, Mr Sam Lee
        Religious Representatives: Ms Eve Shaw

        The minutes were noted.

        School Governors: Mr Not Counted
        """
        let pair = try await TextAgreementTests.both(html: html, text: text)
        #expect(pair.html.attendance == pair.text.attendance)
        #expect(pair.text.attendance == ["Ann Smith (Chair)", "Councillor Tom Green", "Mrs Jo King", "Mr Sam Lee", "Ms Eve Shaw"])
    }

    /// "Present:" alone in its paragraph, then one person a list item, as Word-pasted minutes print it.
    @Test func presentLabelThenAList() throws {
        let html = """
        <div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
        <div class="mgSubTitle"><h2 class="mgSubTitleTxt">Minutes of the previous meeting</h2></div>
        <div class="mgContent"><p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">
        <p><b>Present:</b></p><ul><li>Councillor Ann Smith (Chair)</li><li>Dr Raj Patel</li></ul>
        <p><b>Apologies:</b> Councillor Jo Bloggs</p>
        <p>The minutes of the meeting held on 3 February 2026 were agreed as a correct record.</p></div></div></div>
        """
        let document = try TestSupport.read(html).document
        #expect(document.attendance == ["Ann Smith (Chair)", "Dr Raj Patel"])
        #expect(document.apologies == ["Jo Bloggs"])
    }

    /// A decision in two paragraphs, the second only saying who authorised it: one decision from either form.
    @Test func decisionOverTwoParagraphs() async throws {
        let html = """
        <div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Decision details</h1></div>
        <div class="mgSubTitle"><h2 class="mgSubTitleTxt">Residential care placements framework</h2></div>
        <div class="mgContent">
        <p><span class="mgLabel">Decision Maker: </span>Director of Children's Services</p>
        <h3 class="mgSubSubTitleTxt">Decision:</h3>
        <div class="mgWordPara"><p class="MsoNormal">The framework for residential placements has been approved for three years.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">This decision was authorised by the Cabinet at its meeting on Tuesday, 27 July 2021.</p></div>
        <p><span class="mgLabel">Date of decision: </span>27&#47;07&#47;2021</p>
        </div></div>
        """
        let text = """
        Decision details
        Residential care placements framework
        Decision Maker: Director of Children's Services
        Decision:
        The framework for residential placements has been approved for three years.

        This decision was authorised by the Cabinet at its meeting on Tuesday, 27 July 2021.
        Date of decision: 27/07/2021
        """
        let pair = try await TextAgreementTests.both(html: html, text: text)
        TextAgreementTests.expectSameHeader(pair)
        let kinds = { (document: Document) in document.blocks.filter { $0.kind != .heading }.map { "\($0.kind.rawValue): \($0.text ?? "")" } }
        #expect(kinds(pair.html) == kinds(pair.text))
        #expect(pair.html.blocks.filter { $0.kind == .resolution }.map(\.text) == ["The framework for residential placements has been approved for three years."])
        #expect(pair.html.effectiveDate?.iso8601 == "2021-07-27")
    }
    /// "Decisions:" that open with an account of the meeting, then "The following was therefore RESOLVED:"
    /// over numbered points: the points are decided, the account is not, in either form.
    @Test func resolutionsIntroducedAtTheEndOfASentence() async throws {
        let html = """
        <div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Decision details</h1></div>
        <div class="mgSubTitle"><h2 class="mgSubTitleTxt">Home to School Transport Policy</h2></div>
        <div class="mgContent">
        <p><span class="mgLabel">Decision Maker: </span>Children's Committee</p>
        <h3 class="mgSubSubTitleTxt">Decisions:</h3>
        <div class="mgWordPara"><p class="MsoNormal">The Director of Education introduced the item which related to school transport.</p>
        <p class="MsoNormal">The following was therefore RESOLVED:</p>
        <p class="MsoNormal">1.    The committee agreed to consult on the proposed policy.</p>
        <p class="MsoNormal">2.    The committee noted the petition from parents.</p></div>
        <p><span class="mgLabel">Publication date: </span>22&#47;07&#47;2016</p>
        </div></div>
        """
        let text = """
        Decision details
        Home to School Transport Policy
        Decision Maker: Children's Committee
        Decisions:
        The Director of Education introduced the item which related to school transport.

        The following was therefore RESOLVED:

        1.    The committee agreed to consult on the proposed policy.

        2.    The committee noted the petition from parents.
        Publication date: 22/07/2016
        """
        let pair = try await TextAgreementTests.both(html: html, text: text)
        for document in [pair.html, pair.text] {
            let blocks = document.blocks.flatMap { [$0] + ($0.children ?? []) }
            #expect(!blocks.contains { $0.kind == .resolution && $0.text?.hasPrefix("The Director of Education") == true })
            #expect(blocks.contains { $0.text == "The committee agreed to consult on the proposed policy." })
            #expect(document.blocks.contains { $0.kind == .resolution && $0.text == "The following was therefore RESOLVED:" })
        }
    }
}
