import CLibXML2

/// An XML document written with libxml2's text writer, into memory, indented, UTF-8.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// Starts a document (`<?xml version="1.0" encoding="UTF-8"?>`).
    public init() throws {
        LibXML.initialize()
        guard let buffer = xmlBufferCreate() else { throw LibXMLError.writerFailed("cannot allocate a buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw LibXMLError.writerFailed("cannot create the writer")
        }
        self.buffer = buffer
        self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start document")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element; `namespace` declares a default namespace on it.
    public func startElement(_ name: String, namespace: String? = nil) throws {
        if let namespace {
            try check(xmlTextWriterStartElementNS(writer, nil, name, namespace), "start \(name)")
        } else {
            try check(xmlTextWriterStartElement(writer, name), "start \(name)")
        }
    }

    /// Writes an attribute on the open element.
    public func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, XMLWriter.clean(value)), "attribute \(name)")
    }

    /// Writes escaped text into the open element.
    public func text(_ value: String) throws {
        try check(xmlTextWriterWriteString(writer, XMLWriter.clean(value)), "text")
    }

    /// Closes the innermost open element.
    public func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "end element")
    }

    /// `<name>text</name>`.
    public func element(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteElement(writer, name, XMLWriter.clean(value)), "element \(name)")
    }

    /// Ends the document and returns its bytes.
    public func finish() throws -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "end document")
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return [] }
        let length = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: length))
    }

    private func check(_ status: Int32, _ what: String) throws {
        if status < 0 { throw LibXMLError.writerFailed(what) }
    }

    /// Drops characters XML 1.0 cannot hold (most C0 controls), which would make the output unreadable.
    static func clean(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" || $0.value == 0xFFFE || $0.value == 0xFFFF }) else {
            return value
        }
        return String(String.UnicodeScalarView(value.unicodeScalars.filter {
            !($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") && $0.value != 0xFFFE && $0.value != 0xFFFF
        }))
    }
}
