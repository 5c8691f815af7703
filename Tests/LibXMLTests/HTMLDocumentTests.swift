import LibXML
import Testing

@Suite struct HTMLDocumentTests {
    @Test func parsesTagSoupWithEntitiesAndPaddedAttributes() throws {
        let html = """
        <div id="modgov"><h1  class="mgMainTitleTxt" >Decision details</h1>
        <p><span  class="mgLabel" >Date of decision: </span>22&#47;10&#47;2015&nbsp;
        <ul><li>one<li>two</ul>
        """
        let document = try HTMLDocument(bytes: Array(html.utf8))
        #expect(document.first("//h1[contains(concat(' ', normalize-space(@class), ' '), ' mgMainTitleTxt ')]")?.textContent == "Decision details")
        #expect(document.first("//p")?.textContent.contains("22/10/2015") == true)
        #expect(document.select("//li").map(\.textContent) == ["one", "two"])
        #expect(document.first("//span")?.classes == ["mgLabel"])
    }

    @Test func neverFetchesExternalEntities() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <r>&x;</r>
        """
        let document = try XMLDocument(bytes: Array(xml.utf8))
        #expect(document.root?.textContent.contains("root:") == false)
    }

    @Test func writesEscapedXML() throws {
        let writer = try XMLWriter()
        try writer.startElement("pack", namespace: "urn:test")
        try writer.attribute("id", "a&b")
        try writer.element("title", "<Children & families>\u{01}")
        try writer.endElement()
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(text.contains("<pack id=\"a&amp;b\" xmlns=\"urn:test\">"))
        #expect(text.contains("<title>&lt;Children &amp; families&gt;</title>"))
        let reparsed = try XMLDocument(bytes: Array(text.utf8))
        #expect(reparsed.root?.name == "pack")
    }

    @Test func reportsMalformedXML() {
        #expect(throws: LibXMLError.self) { try XMLDocument(bytes: Array("<a><b></a>".utf8)) }
    }
}
