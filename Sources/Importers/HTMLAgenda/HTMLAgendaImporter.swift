import EvidenceModel
import EvidencePackCore
import Foundation
import LibXML
import MinutesTextImporter

/// Reads council democracy pages saved as HTML — ModernGov agenda items, meetings, issue histories,
/// decisions and decision lists; CMIS meeting pages, document lists and list views; any other page
/// generically — into the same `Document` the minutes-text importer yields, so one pack rule
/// matches minutes whether they arrived as text or as HTML.
///
/// Parsing is libxml2's HTML parser in recover mode with network access off; what it complains
/// about becomes warnings. Option `baseURL` (pack definition) gives an address to resolve relative
/// links against when a page names none.
public struct HTMLAgendaImporter: Importer {
    /// Makes the importer (it keeps no state: each page is read on its own).
    public init() {}

    /// Id `html-agenda`, for `.html`/`.htm`/`.xhtml`/`.aspx` pages.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "html-agenda", version: "1.12.0", role: .importer,
                         summary: "council agenda, meeting, issue and decision pages as HTML (ModernGov, CMIS, other)",
                         mediaTypes: ["text/html", "application/xhtml+xml"], fileExtensions: ["html", "htm", "xhtml", "aspx"],
                         readsReferenceDate: false)
    }

    /// Strings that mark democracy-system pages.
    static let strongMarkers = ["id=\"modgov\"", "mgmaintitletxt", "mgsubtitletxt", "mgtabtable", "mgaititletxt",
                                "mgitemnumbercell", "mglabel", "modcmismeetingsc", "cmisdocumentlist", "documentlistitem"]

    /// High for pages carrying ModernGov or CMIS markers, middling for other HTML, 0 for anything else.
    public func confidence(for probe: SourceProbe) -> Double {
        let looksLikeHTML = ["<html", "<!doctype html", "<head", "<body", "<div", "<table", "<p>", "<meta"]
            .contains(where: probe.headContains)
        let knownExtension = descriptor.fileExtensions.contains(probe.fileExtension)
        guard looksLikeHTML || knownExtension, !probe.head.contains(0) || probe.head.starts(with: [0xFF, 0xFE]) || probe.head.starts(with: [0xFE, 0xFF]) else {
            return 0
        }
        let marked = HTMLAgendaImporter.strongMarkers.contains(where: probe.headContains)
            || Self.hasModernGovClass(probe.headText)
        switch (knownExtension, looksLikeHTML, marked) {
        case (_, true, true): return 0.95
        case (true, true, false): return 0.7
        case (true, false, _): return 0.5
        default: return 0.4
        }
    }

    /// Whether lower-cased HTML carries a ModernGov class (`class="mgSomething"`, `class=mgX`,
    /// `class=" mgX"`): what the regular expression `class="?\s*mg[a-z]` says, as a byte scan.
    static func hasModernGovClass(_ lowercased: String) -> Bool {
        let bytes = Array(lowercased.utf8), prefix = Array("class=".utf8)
        var index = 0
        while index + prefix.count <= bytes.count {
            defer { index += 1 }
            guard bytes[index] == prefix[0], bytes[index..<(index + prefix.count)].elementsEqual(prefix) else { continue }
            var at = index + prefix.count
            if at < bytes.count, bytes[at] == UInt8(ascii: "\"") { at += 1 }
            while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B].contains(bytes[at]) { at += 1 }
            if at + 2 < bytes.count, bytes[at] == UInt8(ascii: "m"), bytes[at + 1] == UInt8(ascii: "g"),
               bytes[at + 2] >= UInt8(ascii: "a"), bytes[at + 2] <= UInt8(ascii: "z") {
                return true
            }
        }
        return false
    }

    /// One `Document` per page, with encoding, parse and layout diagnostics.
    public func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        // A huge page is read only as far as the limit (option `maxFileBytes`), so memory stays bounded.
        let contents = try BoundedFileContents.read(relativePath: source.path, root: context.inputsRoot, limit: BoundedFileContents.limit(from: context.options))
        let bytes = contents.bytes
        let outcome = try HTMLAgendaImporter.read(bytes: bytes, path: source.path, baseURL: context.options["baseURL"])
        let lines = HTMLAgendaImporter.lineCount(bytes)
        let documents = [outcome.document] + outcome.listed
        var diagnostics = outcome.diagnostics
        if contents.isTruncated {
            diagnostics.insert(Diagnostic(.warning, code: "html.too-large", message: contents.tooLargeMessage,
                                          location: SourceLocation(path: source.path)), at: 0)
        }
        if let wrongType = HTMLAgendaImporter.wrongTypeWarning(path: source.path, title: outcome.document.title) {
            diagnostics.insert(wrongType, at: 0)
        }
        return ImportResult(records: documents.map { .document($0) }, lineRanges: documents.map { _ in 1...max(1, lines) },
                            diagnostics: diagnostics)
    }

    /// Extensions of files that are never HTML: a page under such a name is a web page saved in place
    /// of the document (a "Report not found" page saved as `.pdf`).
    static let documentExtensions: Set<String> = ["pdf", "doc", "docx", "docm", "odt", "rtf", "xls", "xlsx", "ods",
                                                  "ppt", "pptx", "odp", "png", "jpg", "jpeg", "zip"]

    /// `document.wrong-type` when the file's name promises a document format but it is an HTML page
    /// (read as the page it is); nil otherwise. Says whether the page's title reports a "not found".
    static func wrongTypeWarning(path: String, title: String?) -> Diagnostic? {
        let ext = (path as NSString).pathExtension.lowercased()
        guard documentExtensions.contains(ext) else { return nil }
        let notFound = title?.lowercased().contains("not found") == true ? " saying the document was not found" : ""
        return Diagnostic(.warning, code: "document.wrong-type",
                          message: "the file is named .\(ext) but is an HTML web page\(notFound) (a page saved under a document's name): it is read as what it is, not as a .\(ext)",
                          location: SourceLocation(path: path))
    }

    /// What reading one page yields.
    public struct Outcome: Sendable {
        /// The page as a document.
        public var document: Document
        /// Problems and remarks, with `path:line:column` where known.
        public var diagnostics: [Diagnostic]
        /// The decisions a decision list names, one per row with its date, or the meetings a list of
        /// meetings names, one per fully dated row: each is a record of its own, so a pack rule can match one.
        public var listed: [Document] = []
    }

    /// "Search results for drug and alcohol": a ModernGov or council site's search page, by its heading or its title.
    static func isSearchResults(survey: PageSurvey, head: HeadInfo) -> Bool {
        let heading = survey.pageType ?? head.title?.lowercased() ?? ""
        return heading.hasPrefix("search results") || heading.hasPrefix("search result")
    }

    /// Reads one page's bytes. `path` names it in diagnostics; `baseURL` is the address to resolve
    /// relative links against when the page names none.
    public static func read(bytes: [UInt8], path: String, baseURL: String? = nil) throws -> Outcome {
        let parsed = try HTMLDocument(bytes: bytes)
        var diagnostics = encodingDiagnostics(parsed.encoding, path: path)
        diagnostics.append(contentsOf: parseDiagnostics(parsed, path: path))
        let head = HeadInfo(document: parsed)
        let address = PageAddress.find(in: head, fallback: baseURL)
        let linkReader = LinkReader(address: address)
        let survey = PageSurvey(document: parsed)
        var document: Document
        var listed: [Document] = []
        if Self.isSearchResults(survey: survey, head: head), let root = survey.modernGovRoot ?? survey.body ?? parsed.root {
            // A site's search results list hits from many meetings and issues: none is the page's own meeting, committee
            // or day, so the page is read as a page, its links kept.
            document = GenericPageReader(head: head, linkReader: linkReader).read(root)
            diagnostics.append(Diagnostic(.note, code: "html.layout.search-results",
                message: "a site's search results: read as a page (its hits name other meetings, not the page's own)",
                location: SourceLocation(path: path)))
        } else if survey.isModernGov, let root = survey.modernGovRoot ?? survey.body ?? parsed.root,
           let kind = ModernGovLayout.kind(survey: survey, address: address.base, root: root) {
            document = ModernGovReader(survey: survey, head: head, linkReader: linkReader, root: root).read(kind: kind)
        } else if survey.isCMIS {
            (document, listed) = CMISReader(survey: survey, head: head, linkReader: linkReader).read()
        } else {
            let root = survey.modernGovRoot ?? survey.body ?? parsed.root
            document = root.map { GenericPageReader(head: head, linkReader: linkReader).read($0) } ?? Document(kind: .page, title: head.title)
            // A council's own minutes or agenda page ("PRESENT", "Apologies received from …", numbered items): its text
            // read as the minutes reader reads a copied page, the page's own links kept.
            if let root, let fromText = readAsText(root, generic: document) {
                (document, listed) = fromText
                diagnostics.append(Diagnostic(.note, code: "html.layout.text",
                    message: "no known HTML layout (ModernGov, CMIS): the page's text was read as minutes text, where the minutes reader recognised a council page",
                    location: SourceLocation(path: path)))
            } else {
                let system = survey.isModernGov ? "a ModernGov page of a type this importer does not read" : "no known layout recognised (ModernGov, CMIS)"
                diagnostics.append(Diagnostic(.warning, code: "html.layout.unrecognised",
                    message: "\(system): read generically (title, headings, paragraphs, lists, tables, links, dates)",
                    location: SourceLocation(path: path)))
            }
        }
        // Lists and a committee's own page date no meeting of their own.
        if document.effectiveDate == nil, ![.decisionList, .meetingList, .committee].contains(document.kind) {
            diagnostics.append(Diagnostic(.warning, code: "html.no-date", message: "no meeting or document date was found",
                                          location: SourceLocation(path: path)))
        }
        if document.title?.isEmpty != false, document.blocks.isEmpty, document.items.isEmpty, document.links.isEmpty {
            diagnostics.append(Diagnostic(.warning, code: "html.empty", message: "the page holds no readable content",
                                          location: SourceLocation(path: path)))
        }
        if document.kind == .decisionList {
            listed = survey.tabTables.flatMap { ModernGovReader.decisionRows($0, linkReader: linkReader) }
        } else if document.kind == .committee {
            listed = ModernGovReader.meetingRows(of: document)
            if !listed.isEmpty { document.kind = .meetingList }
        }
        if document.kind == .meetingList, listed.isEmpty, document.blocks.contains(where: { $0.kind == .table }) {
            diagnostics.append(Diagnostic(.note, code: "html.list.undated",
                message: "the list gives its meetings' days without a year: they are kept as rows of its table, not as dated meetings",
                location: SourceLocation(path: path)))
        }
        // Numeric facts are left to the text reader: on the benchmark's 10,000 pages they cost a third of
        // the reading, 40 % more pack.json and pack.xml, and the large pack's memory target (see RESULTS.md).
        StatedPeople.readLabelledLists(into: &document)
        StatedPeople.complete(&document)
        return Outcome(document: document, diagnostics: diagnostics, listed: listed)
    }

    /// The page's text read by the minutes reader, when it recognises a council page there: its document (with
    /// the HTML's links, which carry addresses and sizes, the page's own date when the text states none, and its tables
    /// of children as the generic reading's table blocks, never as text) and the meetings a list names; nil when the text
    /// reads only as paragraphs.
    static func readAsText(_ root: XMLNode, generic: Document) -> (Document, [Document])? {
        let text = PageTextRendering.text(of: root)
        guard !text.isEmpty else { return nil }
        let reading = MinutesTextImporter.reading(text: text)
        guard reading.recognisedLayout, reading.document.kind != .page else { return nil }
        var document = reading.document
        document.links = generic.links
        // A table of children was kept out of the text: it stays the table block the generic reading made, so the pack's
        // summaries keep its columns and row count only, as for any page.
        document.blocks += generic.blocks.filter { $0.kind == .table && ($0.rows?.first).map(ChildLevelColumns.identifyPeople) == true }
        document.items = document.items.map { item in
            var item = item
            item.links = []
            return item
        }
        if document.effectiveDate == nil, let date = generic.date {
            document.date = date
            document.dateBasis = generic.dateBasis
        }
        return (document, reading.listed)
    }

    /// A note when the encoding was not plain declared/undeclared UTF-8; a warning when the page
    /// contradicts its declaration.
    static func encodingDiagnostics(_ encoding: HTMLEncoding, path: String) -> [Diagnostic] {
        let location = SourceLocation(path: path)
        switch encoding.basis {
        case .undeclaredWindows1252:
            return [Diagnostic(.note, code: "html.encoding", message: "no encoding declared and not valid UTF-8: read as windows-1252", location: location)]
        case .declaredUTF8Repaired:
            return [Diagnostic(.warning, code: "html.encoding", message: "declared UTF-8 but holds invalid bytes: those were read as windows-1252", location: location)]
        case .unknownDeclaration:
            return [Diagnostic(.warning, code: "html.encoding", message: "declared encoding '\(encoding.declaredLabel ?? "")' is unknown: read as \(encoding.name)", location: location)]
        case .declared where encoding.name != "UTF-8":
            return [Diagnostic(.note, code: "html.encoding", message: "read as \(encoding.name) (declared)", location: location)]
        default:
            return []
        }
    }

    /// libxml2's complaints as warnings (recover mode carried on), the first few with their place.
    static func parseDiagnostics(_ document: HTMLDocument, path: String) -> [Diagnostic] {
        let shown = 5
        let problems = document.problems.filter { !isHarmlessTagComplaint($0) }
        var diagnostics = problems.prefix(shown).map { problem in
            Diagnostic(.warning, code: "html.parse", message: "libxml2: \(explained(problem.message))",
                       location: SourceLocation(path: path, line: problem.line > 0 ? problem.line : nil,
                                                column: problem.line > 0 && problem.column > 0 ? problem.column : nil))
        }
        // Complaints past libxml2's kept ones cannot be sorted, so they all count.
        let more = max(0, problems.count - shown) + (document.problemCount - document.problems.count)
        if more > 0 {
            diagnostics.append(Diagnostic(.warning, code: "html.parse",
                message: "libxml2 reported \(more) more problems (markup recovered)", location: SourceLocation(path: path)))
        }
        return diagnostics
    }

    /// Tags libxml2's HTML 4 parser calls invalid ("Tag nav invalid") although they are ordinary:
    /// HTML5 elements, which every modern site template uses, and Word's namespaced ones (`<o:p>`),
    /// which every pasted paragraph carries. They parse fine, so they are not problems with the page.
    static func isHarmlessTagComplaint(_ problem: HTMLParseProblem) -> Bool {
        let words = problem.message.split(separator: " ")
        guard words.count == 3, words[0] == "Tag", words[2] == "invalid" else { return false }
        return words[1].contains(":") || html5Elements.contains(words[1].lowercased())
    }

    /// libxml2's message, with what it means for the page where that is not obvious.
    static func explained(_ message: String) -> String {
        if message.hasPrefix("Excessive depth") {
            return message + " (tags nested deeper than libxml2 allows: the rest of the page was not read)"
        }
        return message
    }

    static let html5Elements: Set<String> = [
        "article", "aside", "audio", "bdi", "canvas", "data", "datalist", "details", "dialog", "figcaption", "figure",
        "footer", "header", "hgroup", "main", "mark", "meter", "nav", "output", "picture", "progress", "rp", "rt",
        "ruby", "search", "section", "source", "summary", "svg", "template", "time", "track", "video", "wbr", "math",
        "path", "g", "use", "symbol", "circle", "rect", "polygon", "line", "defs", "title",
    ]

    /// Lines in the file (for the record's line range).
    static func lineCount(_ bytes: [UInt8]) -> Int {
        // A branch-free sum over the buffer, which the compiler vectorises.
        let newlines = bytes.withUnsafeBufferPointer { buffer in
            buffer.reduce(0) { $0 &+ ($1 == 0x0A ? 1 : 0) }
        }
        return 1 + newlines - (bytes.last == 0x0A ? 1 : 0)
    }
}
