import LibXML
import Testing

/// The HTML parser's encoding decisions, its collected complaints and the cheap tree navigation the
/// importers use.
@Suite struct HTMLEncodingAndWalkTests {
    @Test func encodingIsDecidedLikeABrowser() throws {
        #expect(try HTMLDocument(bytes: Array("<p>plain</p>".utf8)).encoding.basis == .undeclaredUTF8)
        let bom = try HTMLDocument(bytes: [0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8))
        #expect(bom.encoding == HTMLEncoding(name: "UTF-8", basis: .byteOrderMark))
        let latin = try HTMLDocument(bytes: Array("<meta charset='ISO-8859-1'><p>caf".utf8) + [0xE9, 0x80])
        #expect(latin.encoding.name == "windows-1252" && latin.encoding.declaredLabel == "ISO-8859-1")
        #expect(latin.first("//p")?.textContent == "café€")
        let undeclared = try HTMLDocument(bytes: Array("<p>".utf8) + [0x93, 0x41, 0x94])
        #expect(undeclared.encoding.basis == .undeclaredWindows1252)
        #expect(undeclared.first("//p")?.textContent == "“A”")
        let unknown = try HTMLDocument(bytes: Array("<meta http-equiv=Content-Type content='text/html; charset=x-nonsense'><p>ok</p>".utf8))
        #expect(unknown.encoding.basis == .unknownDeclaration && unknown.encoding.name == "UTF-8")
        // A declaration after <body> is not a declaration.
        let late = try HTMLDocument(bytes: Array("<body><p>x</p><meta charset=iso-8859-1>".utf8))
        #expect(late.encoding.basis == .undeclaredUTF8)
    }

    @Test func forcedEncodingWins() throws {
        let document = try HTMLDocument(bytes: Array("<meta charset=utf-8><p>".utf8) + [0xA3] + Array("5</p>".utf8), encoding: "windows-1252")
        #expect(document.encoding.basis == .forced)
        #expect(document.first("//p")?.textContent == "£5")
    }

    @Test func complaintsAreKeptWithTheirPlace() throws {
        let document = try HTMLDocument(bytes: Array("<html><body>\n<p>one</span>\n<p>two</b>\n</body></html>".utf8))
        #expect(document.problemCount == 2)
        #expect(document.problems.map(\.line) == [2, 3])
        #expect(document.problems.first?.message.contains("span") == true)
        #expect(document.select("//p").map(\.textContent) == ["one\n", "two\n"])
    }

    @Test func walkVisitsInDocumentOrderAndSkipsWhereAsked() throws {
        let document = try HTMLDocument(bytes: Array("<div id=a><p  class=' x  mgLabel '>1<span class=mgHide>h</span></p><ul><li>2</li></ul></div><p>3</p>".utf8))
        let root = try #require(document.root)
        var texts: [String] = []
        root.walk { node in
            if node.isElement("span") { return false }
            if node.isText, let text = node.ownText { texts.append(text) }
            return true
        }
        #expect(texts == ["1", "2", "3"])
        let label = try #require(root.firstDescendant { $0.hasClass("mgLabel") })
        #expect(label.isElement("p") && !label.isElement("pre"))
        #expect(label.hasClass(prefix: "mg") && !label.hasClass("mg"))
        #expect(root.descendants { $0.isElement("p") }.count == 2)
        #expect(root.firstDescendant { $0.id == "a" }?.firstChildElement?.isSameNode(as: label) == true)
        #expect(label.nextSiblingElement?.isElement("ul") == true)
        let heading = try HTMLDocument(bytes: Array("<h3>x</h3><h7>y</h7>".utf8))
        #expect(heading.first("//h3")?.headingLevel == 3)
        #expect(heading.first("//h7")?.headingLevel == nil)
    }

    @Test func commentsBeforeTheRootAreReachable() throws {
        let document = try HTMLDocument(bytes: Array("<!-- saved from url=(0019)https://example.org/ -->\n<html><body><p>x</p></body></html>".utf8))
        let comment = try #require(document.topLevelNodes.first { $0.isComment })
        #expect(comment.ownText?.contains("saved from url") == true)
    }
}
