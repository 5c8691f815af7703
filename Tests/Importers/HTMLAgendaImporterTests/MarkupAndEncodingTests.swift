import EvidenceModel
import EvidencePackCore
import Foundation
@testable import HTMLAgendaImporter
import Testing

/// The markup quirks council pages carry: entities, Word paste, sizes in links, relative links,
/// encodings declared or not, unclosed tags; and parsing that never reaches outside the page.
@Suite struct MarkupAndEncodingTests {
    /// A ModernGov agenda item around some minutes markup.
    static func agendaItem(minutes: String, head: String = "") -> String {
        """
        <html><head>\(head)</head><body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda item</h1>
        <h2 class="mgSubTitleTxt">Test item</h2>
        <div class="mgLinks"><ul class="mgActionList"><li><a href="ieListDocuments.aspx?CId=1&amp;MId=2">Meeting of Cabinet, Tuesday, 4th March, 2025 2.00 pm (Item 7.)</a></li></ul></div>
        <div class="mgContent"><p class="mgSubItemTitleTxt">Minutes:</p>
        \(minutes)
        </div></div></body></html>
        """
    }

    @Test func entitiesAreDecodedBeforeDatesAreRead() throws {
        let html = """
        <div id="modgov"><h1 class="mgMainTitleTxt">Decision details</h1><h2 class="mgSubTitleTxt">Care&#32;leavers&#32;&#40;offer&#41;</h2>
        <div class="mgContent"><p><span class="mgLabel">Date&#32;of&#32;decision&#58; </span>07&#47;01&#47;2025</p>
        <p><span class="mgLabel">Decision Maker: </span>Cabinet&nbsp;Member &amp; Leader</p></div></div>
        """
        let document = try TestSupport.read(html).document
        #expect(document.title == "Care leavers (offer)")
        #expect(document.properties["dateOfDecision"] == "2025-01-07")
        #expect(document.date?.iso8601 == "2025-01-07")
        // &nbsp; reads as an ordinary space.
        #expect(document.properties["decisionMaker"] == "Cabinet Member & Leader")
    }

    @Test func wordPastedMinutesReadAsABrowserShowsThem() throws {
        let minutes = """
        <div class="mgWordPara"><div class="WordSection1">
        <p class=MsoNormal><span style='font-size:12.0pt'>The Committee considered the<br>
        report of the Director.<o:p></o:p></span></p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>&#183;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>first point<o:p></o:p></p>
        <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>&#183;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>second point<o:p></o:p></p>
        <p class=MsoNormal><span>Members asked about caseloads.<br>
        The Director replied.</span></p>
        <p class=MsoNormal><b><span>RESOLVED –</span></b></p>
        <p class=MsoNormal>a)&nbsp;&nbsp; that the report be noted;</p>
        <p class=MsoNormal>b)&nbsp;&nbsp; that an update come in six months.</p>
        </div></div>
        """
        let outcome = try TestSupport.read(Self.agendaItem(minutes: minutes))
        let item = try #require(outcome.document.items.first)
        #expect(item.minutes.first?.text == "The Committee considered the report of the Director.")
        #expect(item.minutes.first?.line == 6)
        let list = try #require(item.minutes.first { $0.kind == .list })
        #expect(list.marker == "·")
        #expect(list.children?.map(\.text) == ["first point", "second point"])
        // A hard break after a full stop starts a new paragraph.
        #expect(item.minutes.contains { $0.text == "Members asked about caseloads." })
        #expect(item.minutes.contains { $0.text == "The Director replied." })
        let resolution = try #require(item.decisions.first)
        #expect(resolution.text == "RESOLVED –")
        #expect(resolution.children?.map(\.number) == ["a)", "b)"])
        #expect(resolution.children?.last?.text == "that an update come in six months.")
        #expect(!outcome.document.plainText.contains("<!["))
        // Word's <o:p> tags are not worth a warning.
        #expect(!outcome.diagnostics.contains { $0.code == "html.parse" })
    }

    @Test func sizesAreTakenOutOfLinkTextInTheirSeveralForms() throws {
        let minutes = """
        <ul class="mgBulletList">
        <li><a href="documents/s1/a.pdf">Annual report <span class="mgFileSize"><img alt="pdf icon" src="i.gif"> PDF 119 KB</span></a></li>
        <li><a href="documents/s1/b.docx">Action plan (Word, 2 MB)</a></li>
        <li><a href="documents/s1/c.pdf">Scorecard (PDF, 132 KB)</a></li>
        <li><a href="documents/s1/d.pdf">Appendix A pdf icon PDF 1,024 KB</a></li>
        <li><a href="documents/s1/e.xlsx">Data tables</a></li>
        <li><a href="documents/s1/f.pdf">Cover report<span class="mgFileSize">, item 38. <img alt="pdf icon" src="i.gif"> PDF 266 KB</span></a></li>
        </ul>
        """
        let links = try TestSupport.read(Self.agendaItem(minutes: minutes)).document.items.first?.links ?? []
        #expect(links.map(\.title) == ["Annual report", "Action plan", "Scorecard", "Appendix A", "Data tables", "Cover report, item 38."])
        #expect(links[1].sizeText == "2 MB" && links[1].format == "DOCX")
        #expect(links[0].sizeBytes == 119 * 1024 && links[0].format == "PDF")
        #expect(links[2].sizeText == "132 KB" && links[2].format == "PDF")
        #expect(links[3].sizeBytes == 1024 * 1024)
        // No size stated: the format comes from the file name.
        #expect(links[4].sizeBytes == nil && links[4].format == "XLSX")
        // Links take the item's number, unless their text names one (inside the size span here).
        #expect(links.dropLast().allSatisfy { $0.itemNumber == "7" })
        #expect(links[5].sizeText == "266 KB" && links[5].itemNumber == "38")
    }

    @Test func relativeLinksResolveAgainstTheAddressOption() throws {
        let minutes = """
        <ul class="mgBulletList"><li><a href="documents/s7942/Report.pdf">Report</a></li>
        <li><a href="../other/page.htm#top">Other</a></li><li><a href="/root.pdf">Root</a></li>
        <li><a href="https://www.gov.uk/ofsted">Ofsted</a></li><li><a href="#minutes">Skip</a></li></ul>
        """
        let base = "https://democracy.example.gov.uk/moderngov/mgAi.aspx?ID=1"
        let links = try TestSupport.read(Self.agendaItem(minutes: minutes), baseURL: base).document.items.first?.links ?? []
        #expect(links.map(\.href) == [
            "https://democracy.example.gov.uk/moderngov/documents/s7942/Report.pdf",
            "https://democracy.example.gov.uk/other/page.htm#top",
            "https://democracy.example.gov.uk/root.pdf",
            "https://www.gov.uk/ofsted",
        ])
        // Without an address, links stay as written.
        let unresolved = try TestSupport.read(Self.agendaItem(minutes: minutes)).document.items.first?.links ?? []
        #expect(unresolved.first?.href == "documents/s7942/Report.pdf")
    }

    @Test func theAddressThePageGivesWinsOverTheOption() throws {
        let saved = "<!-- saved from url=(0058)https://minutes.example.gov.uk/ecminutes/mgAi.aspx?ID=5 -->\n"
        let page = saved + Self.agendaItem(minutes: "<ul class=\"mgBulletList\"><li><a href=\"documents/s1/x.pdf\">X</a></li></ul>")
        let fromComment = try TestSupport.read(page, baseURL: "https://ignored.example/").document
        #expect(fromComment.items.first?.links.first?.href == "https://minutes.example.gov.uk/ecminutes/documents/s1/x.pdf")
        let withBase = Self.agendaItem(minutes: "<ul class=\"mgBulletList\"><li><a href=\"x.pdf\">X</a></li></ul>",
                                       head: "<base href=\"https://cds.example.gov.uk/docs/\">")
        #expect(try TestSupport.read(withBase).document.items.first?.links.first?.href == "https://cds.example.gov.uk/docs/x.pdf")
    }

    @Test func undeclaredWindows1252IsReadAsBrowsersReadIt() throws {
        var bytes = Array("<html><body><h1>Children".utf8) + [0x92] + Array("s services ".utf8) + [0x96]
        bytes += Array(" update</h1><p>Budget ".utf8) + [0xA3] + Array("3.2m agreed on 5 March 2025.</p></body></html>".utf8)
        let outcome = try TestSupport.read(bytes: bytes)
        #expect(outcome.document.title == "Children’s services – update")
        #expect(outcome.document.blocks.contains { $0.text == "Budget £3.2m agreed on 5 March 2025." })
        #expect(outcome.diagnostics.contains { $0.code == "html.encoding" && $0.severity == .note && $0.message.contains("windows-1252") })
    }

    @Test func declaredLatin1IsReadAsWindows1252() throws {
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><h1>Children".utf8)
            + [0x92] + Array("s services</h1><p>caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        let outcome = try TestSupport.read(bytes: bytes)
        #expect(outcome.document.title == "Children’s services")
        #expect(outcome.document.blocks.contains { $0.text == "café" })
    }

    @Test func declaredUTF8WithStrayBytesKeepsTheRestOfThePage() throws {
        let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><h1>Children’s services</h1><p>bad ".utf8) + [0x92]
            + Array(" byte</p><p>after ’ curly</p></body></html>".utf8)
        let outcome = try TestSupport.read(bytes: bytes)
        #expect(outcome.document.title == "Children’s services")
        #expect(outcome.document.blocks.map(\.text).contains("after ’ curly"))
        #expect(outcome.document.blocks.map(\.text).contains("bad ’ byte"))
        #expect(outcome.diagnostics.contains { $0.code == "html.encoding" && $0.severity == .warning })
    }

    @Test func declaredUTF8AndByteOrderMarksNeedNoRemark() throws {
        let utf8 = try TestSupport.read(bytes: Array("<meta charset=utf-8><h1>Children’s services</h1>".utf8))
        #expect(utf8.document.title == "Children’s services")
        #expect(!utf8.diagnostics.contains { $0.code == "html.encoding" })
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<html><body><h1>Children’s services</h1></body></html>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let fromUTF16 = try TestSupport.read(bytes: utf16)
        #expect(fromUTF16.document.title == "Children’s services")
        #expect(!fromUTF16.diagnostics.contains { $0.code == "html.encoding" })
    }

    @Test func unclosedTagsAreRecoveredAndReportedWithTheirLine() throws {
        let html = """
        <html><body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda item</h1><h2 class="mgSubTitleTxt">Unclosed</h2><div class="mgContent">
        <div class="mgWordPara"><p>First paragraph
        <p>Second paragraph</span>
        <ul><li>one<li>two</ul>
        <table><tr><td>Measure<td>Value<tr><td>Re-referrals<td>22%</table>
        <p>RESOLVED that it be noted.
        """
        let outcome = try TestSupport.read(html)
        let item = try #require(outcome.document.items.first)
        #expect(item.minutes.map(\.kind) == [.paragraph, .paragraph, .list, .table, .resolution])
        #expect(item.minutes.map(\.line) == [2, 3, 4, 5, 6])
        #expect(item.minutes[2].children?.map(\.text) == ["one", "two"])
        #expect(item.minutes[3].rows == [["Measure", "Value"], ["Re-referrals", "22%"]])
        let warning = try #require(outcome.diagnostics.first { $0.code == "html.parse" })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("span"))
        #expect(warning.location?.line == 3)
    }

    @Test func nestingPastLibxml2sLimitIsReportedNotFatal() throws {
        let html = "<html><body><h1>Deep page</h1><p>Published 2 May 2024.</p>" + String(repeating: "<div>", count: 400) + "deep</body></html>"
        let outcome = try TestSupport.read(html)
        #expect(outcome.document.title == "Deep page")
        #expect(outcome.document.date?.iso8601 == "2024-05-02")
        #expect(outcome.diagnostics.contains { $0.code == "html.parse" && $0.message.contains("not read") })
    }

    @Test func parsingNeverLoadsExternalEntitiesOrDocuments() throws {
        let html = """
        <!DOCTYPE html SYSTEM "file:///etc/passwd" [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <html><body><h1>Entity test</h1><p>&secret;</p><iframe src="file:///etc/passwd"></iframe>
        <object data="file:///etc/hostname"></object></body></html>
        """
        let document = try TestSupport.read(html).document
        #expect(!document.plainText.contains("root:"))
        #expect(document.title == "Entity test")
    }

    @Test func theImporterRunsThroughThePipelineInterface() async throws {
        let result = try await TestSupport.importFile(Array(Fixtures.meeting.utf8), name: "ieListDocuments.html",
                                                      options: ["baseURL": "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=670&MId=8841"])
        let document = try #require(TestSupport.document(of: result))
        #expect(document.kind == .meeting && document.meetingDate?.iso8601 == "2017-09-25")
        #expect(document.links.first?.href == "https://democracy.example.gov.uk/documents/g8841/Printed%20minutes%2025th-Sep-2017.pdf")
        #expect(result.lineRanges.first??.lowerBound == 1)
        #expect(result.lineRanges.first??.upperBound == Fixtures.meeting.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func confidenceIsHighForDemocracyPagesAndNilForOtherFiles() {
        let importer = HTMLAgendaImporter()
        let modgov = SourceProbe(path: "a.html", head: Array(Fixtures.decision.utf8), size: 2000)
        let cmis = SourceProbe(path: "b.htm", head: Array(Fixtures.cmisMeeting.utf8), size: 2000)
        let plain = SourceProbe(path: "c.html", head: Array(Fixtures.genericPage.utf8), size: 2000)
        let csv = SourceProbe(path: "d.csv", head: Array("a,b\n1,2\n".utf8), size: 8)
        let text = SourceProbe(path: "e.txt", head: Array("Agenda item\nMinutes:\nRESOLVED that".utf8), size: 40)
        #expect(importer.confidence(for: modgov) >= 0.9)
        #expect(importer.confidence(for: cmis) >= 0.9)
        #expect(importer.confidence(for: plain) > 0.5 && importer.confidence(for: plain) < importer.confidence(for: modgov))
        #expect(importer.confidence(for: csv) == 0)
        #expect(importer.confidence(for: text) == 0)
    }

    /// The byte scans that replaced Foundation searches in sniffing say what the searches said.
    @Test func sniffingByBytesAgreesWithTheRegularExpressionAndFoundation() throws {
        let expression = try NSRegularExpression(pattern: "class=\"?\\s*mg[a-z]")
        for html in ["<td class=\"mgItemTitle\">", "<td class=mgx>", "<td class=\"  mgsub\">", "<td class=\"xmg\">",
                     "<td class=\"mg\">", "<td class=\"mg1\">", "class=", "<p>no class here</p>", "class=\"\tmgz"] {
            let lowered = html.lowercased()
            let regex = expression.firstMatch(in: lowered, range: NSRange(lowered.startIndex..., in: lowered)) != nil
            #expect(HTMLAgendaImporter.hasModernGovClass(lowered) == regex, "\(html)")
        }
        let probe = SourceProbe(path: "a.html", head: Array("<!DOCTYPE HTML><Title>Caf\u{E9} MINUTES</Title>".utf8), size: 50)
        for text in ["ÉCOLE “Minutes” ΣΊΣΥΦΟΣ İstanbul ǅ MIXED Ünïcödé ﬁ", "plain ASCII ONLY", ""] {
            let mixed = SourceProbe(path: "m.txt", head: Array(text.utf8), size: 10)
            #expect(mixed.headText == mixed.headTextPreservingCase.lowercased(), "\(text)")
        }
        for marker in ["<!doctype html", "<title>", "café minutes", "minutes</title>", "", "absent", "<!doctype html><title>café minutes</title>!"] {
            #expect(probe.headContains(marker) == probe.headText.contains(marker), "\(marker)")
        }
    }
    /// An ordered list's `start` is the page's to choose: one beyond 32 bits is clamped, as browsers
    /// do, so numbering the items on cannot overflow (it once trapped at `Int.max`).
    @Test func anOrderedListStartingBeyondAnyNumberIsNumberedNotATrap() throws {
        let minutes = """
        <ol start="9223372036854775807"><li>first point</li><li>second point</li><li></li></ol>
        <ol start="3"><li>third</li></ol>
        """
        let outcome = try TestSupport.read(Self.agendaItem(minutes: minutes))
        let item = try #require(outcome.document.items.first)
        let lists = item.minutes.filter { $0.kind == .list }
        #expect(lists.first?.children?.map(\.text) == ["first point", "second point"])
        #expect(lists.first?.children?.map(\.number) == ["2147483647.", "2147483648."])
        #expect(lists.last?.children?.map(\.number) == ["3."])
    }
}
