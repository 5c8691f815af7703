import EvidenceFixtures
import Foundation
import LibXML
import Testing

/// The libxml2 wrapper on hostile documents: no file read, no network, bounded size, and a warning
/// or a clean error instead of silent loss or a crash.
@Suite struct LibXMLHostileTests {
    static let marker = "HOSTILE-SECRET-7F3A"

    /// A file outside any inputs folder holding a marker, and a DTD that declares an entity holding it.
    func secretFiles(_ folder: TemporaryFolder) throws -> (secret: URL, dtd: URL) {
        let secret = try folder.write("\(Self.marker)\n", to: "secret.txt")
        let dtd = try folder.write("<!ENTITY leak \"\(Self.marker)\">\n", to: "evil.dtd")
        return (secret, dtd)
    }

    @Test func xmlNeverReadsAFileThroughAnExternalEntity() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let (secret, dtd) = try secretFiles(folder)
        let documents = [
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"\(secret.absoluteString)\">]>\n<r a=\"&x;\">&x;</r>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"\(secret.path)\">]>\n<r>&x;</r>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \"\(dtd.absoluteString)\"> %p;]>\n<r>&leak;</r>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"\(dtd.absoluteString)\">\n<r>&leak;</r>",
            "<?xml version=\"1.0\"?>\n<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(secret.absoluteString)\" parse=\"text\"/></r>",
        ]
        for text in documents {
            // Refusing the document is as safe as reading it without the entity; a leak is not.
            guard let document = try? XMLDocument(bytes: Array(text.utf8)) else { continue }
            let texts = [document.root?.textContent ?? "", document.root?.attribute("a") ?? ""]
                + document.select("//node()").map(\.textContent)
            #expect(!texts.contains { $0.contains(Self.marker) }, "leaked through: \(text)")
        }
    }

    @Test func htmlNeverReadsAFileThroughAnExternalEntity() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let (secret, dtd) = try secretFiles(folder)
        let pages = [
            "<!DOCTYPE html [<!ENTITY x SYSTEM \"\(secret.absoluteString)\">]><html><body><p>&x;</p></body></html>",
            "<!DOCTYPE html SYSTEM \"\(dtd.absoluteString)\"><html><body><p>&leak;</p></body></html>",
            "<html><body><iframe src=\"\(secret.absoluteString)\"></iframe><img src=\"\(secret.path)\"></body></html>",
        ]
        for text in pages {
            let document = try HTMLDocument(bytes: Array(text.utf8))
            #expect(document.root?.textContent.contains(Self.marker) == false, "leaked through: \(text)")
        }
    }

    #if canImport(Glibc)
    @Test(.enabled(if: LoopbackListener() != nil, "needs a TCP listener on 127.0.0.1"))
    func neverOpensANetworkConnectionForAnEntity() throws {
        let listener = try #require(LoopbackListener())
        let url = "http://127.0.0.1:\(listener.port)/evil"
        let xml = [
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"\(url).txt\">]>\n<r>&x;</r>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \"\(url).dtd\"> %p;]>\n<r/>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"\(url).dtd\">\n<r/>",
        ]
        for text in xml { _ = try? XMLDocument(bytes: Array(text.utf8)) }
        let html = "<!DOCTYPE html SYSTEM \"\(url).dtd\"><html><body><p>x</p><img src=\"\(url).png\"></body></html>"
        _ = try HTMLDocument(bytes: Array(html.utf8))
        #expect(!listener.someoneConnected, "the parser connected to \(url)")
    }
    #endif

    @Test func billionLaughsIsRefused() throws {
        var dtd = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            dtd += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1 == 0 ? "" : String(level - 1));", count: 10))\">"
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\(dtd)]>\n<lolz>&lol9;</lolz>"
        do {
            let document = try XMLDocument(bytes: Array(text.utf8))
            #expect((document.root?.textContent.utf8.count ?? 0) < 1_000_000)
        } catch let error as LibXMLError {
            #expect(error.description.contains("parse failed"))
        }
    }

    /// 1.1 MB of references to one 100 KB entity: libxml2 accepts it, and reading the text used to
    /// expand it to 1 GB (21 s, 1 GB of memory). References are now dropped, with a warning.
    @Test func quadraticEntityBlowupStaysTheSizeOfTheInput() throws {
        let entity = String(repeating: "A", count: 100_000)
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"\(entity)\">]>\n<r t=\"&a;&a;\">\(String(repeating: "&a;", count: 10_000))<k>kept</k></r>"
        let document = try XMLDocument(bytes: Array(text.utf8))
        let content = document.root?.textContent ?? ""
        #expect(content.utf8.count <= text.utf8.count)
        #expect(content.contains("kept"))
        #expect((document.root?.attribute("t") ?? "").utf8.count <= text.utf8.count)
        #expect(document.warnings.contains { $0.contains("references to entities declared in the document dropped") })
    }

    @Test func ordinaryXMLHasNoWarnings() throws {
        let document = try XMLDocument(bytes: Array("<r><a x=\"1 &amp; 2\">&lt;b&gt; &#169;</a></r>".utf8))
        #expect(document.warnings.isEmpty)
        #expect(document.root?.textContent == "<b> ©")
        #expect(document.select("//a").first?.attribute("x") == "1 & 2")
    }

    @Test func hundredThousandDeepHTMLIsReadToTheLimitWithAWarning() throws {
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
            + "<p>after</p></body></html>"
        let document = try HTMLDocument(bytes: Array(page.utf8))
        #expect(document.root?.name == "html")
        #expect(document.warnings.contains { $0.contains("stopped before the end") })
        // The tree stays walkable: XPath over every element, then freeing it, must not overflow the stack.
        #expect(document.select("//div").count <= 256)
    }

    @Test func hundredThousandDeepXMLIsACleanError() {
        let depth = 100_000
        let text = String(repeating: "<d>", count: depth) + "x" + String(repeating: "</d>", count: depth)
        #expect(throws: LibXMLError.self) { try XMLDocument(bytes: Array(text.utf8)) }
    }

    @Test(.enabled(if: Samples.files().contains { ["html", "htm"].contains($0.pathExtension) }, "needs the HTML samples in ../shared/samples"))
    func realCouncilPagesHaveNoWarnings() throws {
        let pages = Samples.files().filter { ["html", "htm"].contains($0.pathExtension) }
        for page in pages {
            let document = try HTMLDocument(bytes: [UInt8](try Data(contentsOf: page)))
            #expect(document.warnings.isEmpty, "\(page.lastPathComponent): \(document.warnings)")
        }
    }

    @Test func shallowTagSoupHasNoWarning() throws {
        let document = try HTMLDocument(bytes: Array("<p>unclosed <b>tag <div></p></span>&nbsp;&bogus; <a href=x>y".utf8))
        #expect(document.warnings.isEmpty)
        #expect(document.root?.textContent.contains("unclosed") == true)
    }

    @Test func fiftyMegabyteSingleLineHTMLIsBoundedAndSaysSo() throws {
        var bytes = Array("<html><body><p>".utf8)
        bytes.reserveCapacity(50_000_100)
        let word = Array("word ".utf8)
        for _ in 0..<10_000_000 { bytes.append(contentsOf: word) }
        bytes += Array("</p><p>tail</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        let text = document.root?.textContent ?? ""
        #expect(text.utf8.count <= bytes.count)
        // libxml2 caps one text node at 10,000,000 bytes and stops; the caller is told.
        if text.utf8.count < 50_000_000 {
            #expect(document.warnings.contains { $0.contains("stopped before the end") })
        }
    }

    @Test func fiftyMegabyteSingleLineXMLParses() throws {
        var bytes = Array("<r><p>".utf8)
        let word = Array("word ".utf8)
        bytes.reserveCapacity(50_000_100)
        for _ in 0..<10_000_000 { bytes.append(contentsOf: word) }
        bytes += Array("</p></r>".utf8)
        let document = try XMLDocument(bytes: bytes)
        #expect(document.root?.textContent.utf8.count == 50_000_000)
    }

    @Test func nulBytesInHTMLAreDroppedNotFatal() throws {
        let bytes = Array("<html><body><p>before".utf8) + [0] + Array("after</p><p>second</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        let paragraphs = document.select("//p").map(\.textContent)
        #expect(paragraphs.count == 2)
        #expect(paragraphs.last == "second")
        #expect(!(paragraphs.first ?? "").contains("\u{0}"))
    }

    @Test func nulBytesInXMLAreACleanError() {
        let bytes = Array("<r><p>before".utf8) + [0] + Array("after</p></r>".utf8)
        #expect(throws: LibXMLError.self) { try XMLDocument(bytes: bytes) }
    }

    @Test func invalidUTF8InHTMLStillYieldsText() throws {
        let bytes = Array("<html><body><p>caf".utf8) + [0xE9, 0x20, 0xFF, 0xFE, 0xC3] + Array(" end</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        let text = document.first("//p")?.textContent ?? ""
        #expect(text.hasPrefix("caf"))
        #expect(text.hasSuffix("end"))
    }

    @Test func invalidUTF8InXMLIsACleanError() {
        let bytes = Array("<r><p>caf".utf8) + [0xE9, 0x20, 0xFF, 0xFE, 0xC3] + Array(" end</p></r>".utf8)
        #expect(throws: LibXMLError.self) { try XMLDocument(bytes: bytes) }
    }

    @Test func emptyAndBinaryInputsAreCleanErrorsOrEmptyDocuments() {
        #expect(throws: LibXMLError.self) { try XMLDocument(bytes: []) }
        // Empty HTML is either refused or an empty tree (the HTML importer turns it into a warning).
        if let empty = try? HTMLDocument(bytes: []) { #expect(empty.root == nil || empty.root?.textContent.isEmpty == true) }
        let binary: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(throws: LibXMLError.self) { try XMLDocument(bytes: binary) }
        _ = try? HTMLDocument(bytes: binary)
    }
}
