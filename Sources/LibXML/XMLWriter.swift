import CLibXML2

/// An XML document written with libxml2's text writer, UTF-8: into memory (`init(indented:)`, then
/// `finish()`), or streamed to a sink as it is written (`init(indented:sink:)`, then `finishStreaming()`),
/// so a large document is never whole in memory.
public final class XMLWriter {
    /// Where a streamed document's bytes go, in order; throwing stops the document.
    public typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    private let buffer: xmlBufferPtr?
    private let writer: xmlTextWriterPtr
    private let output: StreamOutput?

    /// Starts a document in memory (`<?xml version="1.0" encoding="UTF-8"?>`), indented unless told.
    public init(indented: Bool = true) throws {
        LibXML.initialize()
        guard let buffer = xmlBufferCreate() else { throw LibXMLError.writerFailed("cannot allocate a buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw LibXMLError.writerFailed("cannot create the writer")
        }
        self.buffer = buffer
        self.writer = writer
        self.output = nil
        try start(indented: indented)
    }

    /// Starts a document whose bytes go to `sink` in pieces as libxml2 produces them.
    public init(indented: Bool, sink: @escaping Sink) throws {
        LibXML.initialize()
        let output = StreamOutput(sink: sink)
        let context = Unmanaged.passUnretained(output).toOpaque()
        guard let outputBuffer = xmlOutputBufferCreateIO({ context, bytes, length in
            guard let context, let bytes, length >= 0 else { return -1 }
            let output = Unmanaged<StreamOutput>.fromOpaque(context).takeUnretainedValue()
            return output.accept(UnsafeRawBufferPointer(start: bytes, count: Int(length))) ? length : -1
        }, nil, context, nil) else {
            throw LibXMLError.writerFailed("cannot allocate an output buffer")
        }
        // The writer owns the output buffer from here on (xmlFreeTextWriter closes it).
        guard let writer = xmlNewTextWriter(outputBuffer) else {
            xmlOutputBufferClose(outputBuffer)
            throw LibXMLError.writerFailed("cannot create the writer")
        }
        self.buffer = nil
        self.writer = writer
        self.output = output
        try start(indented: indented)
    }

    deinit {
        xmlFreeTextWriter(writer)
        if let buffer { xmlBufferFree(buffer) }
    }

    private func start(indented: Bool) throws {
        if indented {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start document")
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

    /// Writes `bytes` as they are, after closing the open element's start tag (as a child element
    /// would): a piece this writer wrote into an earlier document, carried over whole. Empty bytes
    /// only close the start tag.
    public func raw(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else {
            try check(xmlTextWriterWriteRaw(writer, ""), "raw")
            return
        }
        try bytes.withUnsafeBufferPointer { buffer in
            try check(xmlTextWriterWriteRawLen(writer, buffer.baseAddress, Int32(buffer.count)), "raw")
        }
    }

    /// Hands everything written so far to a streamed document's sink (so its bytes can be counted).
    public func flush() throws {
        let flushed = xmlTextWriterFlush(writer)
        if let error = output?.error { throw error }
        try check(flushed, "flush")
    }

    /// Ends an in-memory document and returns its bytes.
    public func finish() throws -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "end document")
        xmlTextWriterFlush(writer)
        guard let buffer, let content = xmlBufferContent(buffer) else { return [] }
        let length = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: length))
    }

    /// Ends a streamed document and hands the sink its last bytes.
    public func finishStreaming() throws {
        try check(xmlTextWriterEndDocument(writer), "end document")
        let flushed = xmlTextWriterFlush(writer)
        if let error = output?.error { throw error }
        try check(flushed, "flush")
    }

    private func check(_ status: Int32, _ what: String) throws {
        // A sink's own error (a full disk, say) says more than libxml2's status.
        if status < 0 { throw output?.error ?? LibXMLError.writerFailed(what) }
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

/// The sink behind a streamed writer's libxml2 output buffer, keeping the first error it threw.
private final class StreamOutput {
    let sink: XMLWriter.Sink
    var error: (any Error)?

    init(sink: @escaping XMLWriter.Sink) {
        self.sink = sink
    }

    func accept(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard error == nil else { return false }
        do {
            try sink(bytes)
            return true
        } catch {
            self.error = error
            return false
        }
    }
}
