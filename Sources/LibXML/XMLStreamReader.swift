import CLibXML2

/// A forward-only, streaming XML reader over libxml2's `xmlTextReader`: one node at a time, pulled
/// from a byte source, so a document of any size is read in constant memory (a worksheet of a million
/// rows is never held whole). Network access and entity expansion stay off, as for every parse here.
///
/// ```swift
/// let reader = try XMLStreamReader { buffer in try input.read(into: buffer) }
/// while try reader.next() {
///     if reader.nodeType == .element, reader.isNamed("row") { ... }
/// }
/// ```
public final class XMLStreamReader {
    /// The kinds of node the reader stops at (libxml2's `xmlReaderTypes`, those a caller needs).
    public enum NodeType: Equatable, Sendable {
        /// A start tag (`<c r="B2">`, or an empty element `<c/>`).
        case element
        /// An end tag.
        case endElement
        /// Character data (or CDATA).
        case text
        /// Whitespace the document's schema says is significant (`xml:space="preserve"`).
        case significantWhitespace
        /// Anything else: comments, processing instructions, ignorable whitespace, the declaration.
        case other
    }

    /// Pulls up to `buffer.count` bytes into the buffer; 0 at the end. Errors stop the parse.
    public typealias ByteSource = (UnsafeMutableRawBufferPointer) throws -> Int

    private final class Source {
        let read: ByteSource
        var error: Error?
        init(read: @escaping ByteSource) { self.read = read }
    }

    private let reader: xmlTextReaderPtr
    private let source: Source
    private let context: Unmanaged<Source>

    /// Starts a reader over bytes pulled from `read` (nothing is read until `next()`).
    public init(read: @escaping ByteSource) throws {
        LibXML.initialize()
        source = Source(read: read)
        context = Unmanaged.passRetained(source)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let readCallback: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer, length > 0 else { return 0 }
            let source = Unmanaged<Source>.fromOpaque(context).takeUnretainedValue()
            do {
                return Int32(try source.read(UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
            } catch {
                source.error = error
                return -1
            }
        }
        guard let reader = xmlReaderForIO(readCallback, nil, context.toOpaque(), nil, "UTF-8", options) else {
            context.release()
            throw LibXMLError.parseFailed("cannot start the XML reader")
        }
        self.reader = reader
    }

    deinit {
        xmlFreeTextReader(reader)
        context.release()
    }

    /// Moves to the next node; false at the end of the document. Throws when the byte source failed
    /// (its own error) or the XML is malformed.
    public func next() throws -> Bool {
        let result = xmlTextReaderRead(reader)
        if let error = source.error { throw error }
        if result < 0 { throw LibXMLError.parseFailed(LibXML.truncationWarning() ?? "malformed XML") }
        return result == 1
    }

    /// The current node's kind.
    public var nodeType: NodeType {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue): .text
        case Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue): .significantWhitespace
        default: .other
        }
    }

    /// Whether the current node's local name (without prefix) is `name` (no String is made).
    public func isNamed(_ name: StaticString) -> Bool {
        guard let local = xmlTextReaderConstLocalName(reader) else { return false }
        return name.withUTF8Buffer { wanted in
            var index = 0
            while index < wanted.count {
                if local[index] != wanted[index] { return false }
                index += 1
            }
            return local[index] == 0
        }
    }

    /// The current node's local name.
    public var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    /// Whether the current element is written `<x/>` (no end tag will follow).
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// Nesting depth of the current node (the root element is 0).
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// Hands the current element's attribute `name` (no namespace) to `body` as UTF-8 bytes, or nil
    /// when the element has none; the bytes are valid only inside `body`.
    public func withAttribute<T>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>?) throws -> T) rethrows -> T {
        let value = name.withUTF8Buffer { buffer in
            buffer.baseAddress.flatMap { xmlTextReaderGetAttribute(reader, $0) }
        }
        guard let value else { return try body(nil) }
        defer { clibxml2_free(value) }
        return try body(UnsafeBufferPointer(start: value, count: strlen(value)))
    }

    /// The current element's attribute `name`, as text.
    public func attribute(_ name: StaticString) -> String? {
        withAttribute(name) { $0.map { String(decoding: $0, as: UTF8.self) } }
    }

    /// Hands the current text node's bytes (UTF-8, entities resolved) to `body`; valid only inside it.
    public func withValue<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        guard let value = xmlTextReaderConstValue(reader) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: value, count: strlen(value)))
    }
}

private func strlen(_ pointer: UnsafePointer<xmlChar>) -> Int {
    var count = 0
    while pointer[count] != 0 { count += 1 }
    return count
}
