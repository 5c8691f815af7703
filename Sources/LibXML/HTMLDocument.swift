import CLibXML2

/// A parsed HTML document (libxml2's forgiving HTML parser: unclosed tags, entities, tag soup).
///
/// Parsing runs in recover mode with network access off, so it never fails on bad markup: what
/// libxml2 complains about is kept in `problems` for the caller to report as warnings.
/// Not Sendable: keep it inside one function and return plain Swift values.
public final class HTMLDocument {
    let pointer: xmlDocPtr

    /// The encoding the bytes were read with, and why.
    public let encoding: HTMLEncoding
    /// The first of libxml2's complaints (up to `problemLimit`), in source order.
    public let problems: [HTMLParseProblem]
    /// How many complaints libxml2 made in all (can exceed `problems.count`).
    public let problemCount: Int

    /// How many complaints are kept with their text and position.
    public static let problemLimit = 25

    /// Parses HTML bytes. `encoding` is an IANA name to force (e.g. `windows-1252`); nil decides it
    /// from the byte-order mark, the `<meta>` declaration, else the bytes (UTF-8, else Windows-1252).
    public init(bytes: [UInt8], url: String? = nil, encoding: String? = nil) throws {
        LibXML.initialize()
        xmlResetLastError()
        let log = ParseProblemLog(limit: HTMLDocument.problemLimit)
        let outcome: (xmlDocPtr?, HTMLEncoding) = bytes.withUnsafeBufferPointer { buffer in
            let decision = encoding.map { HTMLEncoding(name: $0, basis: .forced) }
                ?? HTMLEncodingSniffer.decide(buffer, isKnown: HTMLDocument.libxmlKnows)
            return (HTMLDocument.parse(buffer, decision: decision, url: url, log: log), decision)
        }
        guard let parsed = outcome.0 else { throw LibXMLError.parseFailed("the HTML could not be parsed at all") }
        pointer = parsed
        self.encoding = outcome.1
        problems = log.problems
        problemCount = log.count
        warnings = LibXML.truncationWarning().map { [$0] } ?? []
    }

    /// Why part of the page may be missing: the parser stopped early (elements nested deeper than
    /// libxml2's limit of 256 levels, a single text run over 10,000,000 bytes). Empty when all was read.
    public let warnings: [String]

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Whether libxml2 (through iconv) can decode an encoding name.
    static func libxmlKnows(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// Transcodes what libxml2 handles badly (Windows-1252, repaired UTF-8) and parses with the
    /// encoding fixed, ignoring any `<meta>` that says otherwise.
    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, decision: HTMLEncoding, url: String?,
                              log: ParseProblemLog) -> xmlDocPtr? {
        var start = 0
        if decision.basis == .byteOrderMark { start = decision.name == "UTF-8" ? 3 : 2 }
        let content = UnsafeBufferPointer(rebasing: buffer[min(start, buffer.count)...])
        switch (decision.name.lowercased(), decision.basis) {
        case ("windows-1252", _):
            let utf8 = UTF8Validation.windows1252ToUTF8(content)
            return utf8.withUnsafeBufferPointer { read($0, encoding: "UTF-8", url: url, log: log) }
        case ("utf-8", .declaredUTF8Repaired):
            let utf8 = UTF8Validation.repairedUTF8(content)
            return utf8.withUnsafeBufferPointer { read($0, encoding: "UTF-8", url: url, log: log) }
        default:
            return read(content, encoding: decision.name, url: url, log: log)
        }
    }

    private static func read(_ buffer: UnsafeBufferPointer<UInt8>, encoding: String, url: String?,
                             log: ParseProblemLog) -> xmlDocPtr? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOBLANKS.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue)
        // Collect complaints on this thread only (libxml2's error handler is thread-local state).
        let context = Unmanaged.passUnretained(log).toOpaque()
        xmlSetStructuredErrorFunc(context, { context, error in
            guard let context, let error else { return }
            Unmanaged<ParseProblemLog>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        })
        defer { clibxml2_silence_errors() }
        return withExtendedLifetime(log) {
            guard let base = buffer.baseAddress, buffer.count > 0 else {
                return htmlReadMemory("<html></html>", 13, url, "UTF-8", options)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(clamping: buffer.count), url, encoding, options)
            }
        }
    }

    /// The root element (`<html>`), when there is one.
    public var root: XMLNode? {
        xmlDocGetRootElement(pointer).map(XMLNode.init)
    }

    /// The top-level nodes, including comments before `<html>` (e.g. a browser's "saved from url").
    public var topLevelNodes: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(XMLNode(current))
            child = current.pointee.next
        }
        return result
    }

    /// Nodes selected by an XPath 1.0 expression, relative to `context` (the document when nil).
    public func select(_ xpath: String, from context: XMLNode? = nil) -> [XMLNode] {
        XPath.select(xpath, in: pointer, from: context)
    }

    /// The first node selected by an XPath expression.
    public func first(_ xpath: String, from context: XMLNode? = nil) -> XMLNode? {
        select(xpath, from: context).first
    }
}

/// One complaint libxml2 made while parsing (an unexpected end tag, a bad entity...).
public struct HTMLParseProblem: Hashable, Sendable {
    /// Whether libxml2 called it a warning or an error (recover mode carries on either way).
    public var isError: Bool
    /// libxml2's message, trimmed.
    public var message: String
    /// libxml2's error code (`xmlParserErrors`).
    public var code: Int
    /// 1-based line, 0 when unknown.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
}

/// Collects complaints from libxml2's structured error callback.
final class ParseProblemLog {
    let limit: Int
    private(set) var problems: [HTMLParseProblem] = []
    private(set) var count = 0

    init(limit: Int) {
        self.limit = limit
    }

    func record(_ error: xmlError) {
        count += 1
        guard problems.count < limit else { return }
        let message = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "parse error"
        problems.append(HTMLParseProblem(isError: error.level.rawValue >= XML_ERR_ERROR.rawValue, message: message,
                                         code: Int(error.code), line: Int(error.line), column: Int(error.int2)))
    }
}

/// A parsed XML document (no network, no entity expansion, no DTD loading). References to entities the
/// document declares are removed from the tree: left in place, reading text through them (`textContent`,
/// XPath `string()`) would expand them again, and 1 MB of `&a;` over a 100 KB entity reads as 1 GB.
public final class XMLDocument {
    let pointer: xmlDocPtr

    /// Tags (`<`) a document may hold before it is refused unparsed: many times a 500-page report's.
    /// libxml2 keeps each node in about 150 bytes, so a 64 MiB part of bare `<a/>` would be a tree
    /// of gigabytes.
    public static let tagLimit = 3_000_000

    /// Parses XML bytes (refused unparsed past `tagLimit` tags).
    public init(bytes: [UInt8], url: String? = nil) throws {
        guard Self.tagCount(bytes, stoppingAfter: Self.tagLimit) <= Self.tagLimit else {
            throw LibXMLError.parseFailed("more than \(Self.tagLimit) tags; not parsed (its tree would take gigabytes)")
        }
        LibXML.initialize()
        xmlResetLastError()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlReadMemory(chars, Int32(clamping: buffer.count), url, nil, options)
                }
            } ?? nil
        }
        guard let parsed else {
            let message = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0) } }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "malformed XML"
            throw LibXMLError.parseFailed(message)
        }
        pointer = parsed
        let dropped = EntityReferences.dropAll(in: parsed)
        warnings = dropped == 0 ? [] : [
            "\(dropped) reference\(dropped == 1 ? "" : "s") to entities declared in the document dropped: entities are never expanded",
        ]
    }

    /// How many `<` bytes `bytes` holds, counting no further than one past `limit`.
    static func tagCount(_ bytes: [UInt8], stoppingAfter limit: Int) -> Int {
        var count = 0
        for byte in bytes where byte == UInt8(ascii: "<") {
            count += 1
            if count > limit { break }
        }
        return count
    }

    /// What was left out of the tree: references to entities the document declares itself (`&a;` for
    /// `<!ENTITY a "...">`), which are dropped so that no later text read can expand them.
    public let warnings: [String]

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element.
    public var root: XMLNode? {
        xmlDocGetRootElement(pointer).map(XMLNode.init)
    }

    /// Nodes selected by an XPath 1.0 expression (namespace prefixes given as `prefix: uri`).
    public func select(_ xpath: String, from context: XMLNode? = nil, namespaces: [String: String] = [:]) -> [XMLNode] {
        XPath.select(xpath, in: pointer, from: context, namespaces: namespaces)
    }
}

/// Why libxml2 could not do what was asked.
public enum LibXMLError: Error, CustomStringConvertible {
    case parseFailed(String)
    case writerFailed(String)

    public var description: String {
        switch self {
        case .parseFailed(let message): "parse failed: \(message)"
        case .writerFailed(let message): "XML writer failed: \(message)"
        }
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s.removeFirst() }
        while let last = s.last, set.contains(last) { s.removeLast() }
        return String(s)
    }
}

extension Set where Element == Character {
    static let whitespacesAndNewlines: Set<Character> = [" ", "\t", "\n", "\r", "\u{A0}"]
}
