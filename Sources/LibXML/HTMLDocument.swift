import CLibXML2

/// A parsed HTML document (libxml2's forgiving HTML parser: unclosed tags, entities, tag soup).
///
/// Not Sendable: keep it inside one function and return plain Swift values.
public final class HTMLDocument {
    let pointer: xmlDocPtr

    /// Parses HTML bytes. `encoding` is an IANA name to force (e.g. `windows-1252`); nil lets
    /// libxml2 use the BOM or `<meta charset>`, falling back to its default.
    public init(bytes: [UInt8], url: String? = nil, encoding: String? = nil) throws {
        LibXML.initialize()
        xmlResetLastError()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(clamping: buffer.count), url, encoding, options)
                }
            } ?? nil
        }
        guard let parsed else { throw LibXMLError.parseFailed("the HTML could not be parsed at all") }
        pointer = parsed
        warnings = LibXML.truncationWarning().map { [$0] } ?? []
    }

    /// Why part of the page may be missing: the parser stopped early (elements nested deeper than
    /// libxml2's limit of 256 levels, a single text run over 10,000,000 bytes). Empty when all was read.
    public let warnings: [String]

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element (`<html>`), when there is one.
    public var root: XMLNode? {
        xmlDocGetRootElement(pointer).map(XMLNode.init)
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

/// A parsed XML document (no network, no entity expansion, no DTD loading). References to entities the
/// document declares are removed from the tree: left in place, reading text through them (`textContent`,
/// XPath `string()`) would expand them again, and 1 MB of `&a;` over a 100 KB entity reads as 1 GB.
public final class XMLDocument {
    let pointer: xmlDocPtr

    /// Parses XML bytes.
    public init(bytes: [UInt8], url: String? = nil) throws {
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
