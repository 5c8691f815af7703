import EvidenceModel
import Foundation

/// Reads a PDF's own metadata from its bytes, without a PDF library: the Info dictionary (Title,
/// Author, Subject, CreationDate, ModDate), the XMP packet (dc:title, dc:creator, xmp:CreateDate,
/// xmp:ModifyDate), the page count (the page tree's `/Count`), the version and whether it is encrypted.
/// Objects inside compressed object streams are not reached; `pdfinfo` fills those gaps when installed.
struct PDFMetadataReader {
    /// What the bytes said.
    struct Result: Equatable {
        var metadata = DocumentMetadata()
        /// `1.7`, from the `%PDF-1.7` header.
        var version: String?
        /// True when the trailer names an `/Encrypt` dictionary: strings are then ciphertext.
        var isEncrypted = false
        /// True when the file ends with `%%EOF` (a truncated download does not).
        var hasEndMarker = false
    }

    let bytes: [UInt8]

    /// Reads a file: whole when it is under `wholeFileLimit`, else its first and last 8 MiB (where
    /// writers put the header, the first objects, the trailer and incremental updates).
    static func window(of bytes: [UInt8], wholeFileLimit: Int = 64 << 20) -> [UInt8] {
        guard bytes.count > wholeFileLimit else { return bytes }
        let window = 8 << 20
        return Array(bytes.prefix(window)) + [0x0A] + Array(bytes.suffix(window))
    }

    func read() -> Result {
        var result = Result()
        result.version = version()
        result.isEncrypted = containsEncryptEntry()
        result.hasEndMarker = lastIndex(of: Array("%%EOF".utf8), searchingFrom: max(0, bytes.count - 2048)) != nil
        let infoReference = infoReference()
        var info: PDFObject?
        var pageCount: Int?
        // Each object's parse may read on (a string of up to 1 MiB); a file of nothing but
        // "1 0 obj<</T(" would make that a megabyte per header. Parsing stops after twice the file.
        var parsedBytes = 0
        let parseBudget = 2 * bytes.count + PDFObjectParser.maximumStringLength
        for (number, position) in objectHeaders() where parsedBytes < parseBudget {
            var parser = PDFObjectParser(bytes: bytes, position: position)
            let parsed = parser.parseObject()
            parsedBytes += parser.position - position
            guard let object = parsed, case .dictionary = object else { continue }
            if number == infoReference { info = object }  // the last definition wins (incremental updates)
            if object["Type"]?.name == "Pages", let count = object["Count"]?.number, count >= 0, count < 1_000_000 {
                pageCount = max(pageCount ?? 0, Int(count))
            }
        }
        if info == nil { info = inlineInfoDictionary() }
        var metadata = DocumentMetadata(pageCount: pageCount)
        if let info, !result.isEncrypted {
            metadata.title = info["Title"]?.text?.collapsingWhitespace.nilIfEmpty
            metadata.author = info["Author"]?.text?.collapsingWhitespace.nilIfEmpty
            metadata.subject = info["Subject"]?.text?.collapsingWhitespace.nilIfEmpty
            metadata.created = info["CreationDate"]?.text.flatMap(MetadataDate.pdf)
            metadata.modified = info["ModDate"]?.text.flatMap(MetadataDate.pdf)
            if metadata.title != nil || metadata.created != nil || metadata.modified != nil || metadata.author != nil {
                metadata.origin = "PDF Info dictionary"
            }
        }
        if !result.isEncrypted, let packet = xmpPacket() {
            metadata = metadata.filling(from: XMPReader.read(packet))
        }
        result.metadata = metadata
        return result
    }

    /// `1.7` from `%PDF-1.7`.
    func version() -> String? {
        guard let start = firstIndex(of: Array("%PDF-".utf8), below: 1024) else { return nil }
        let digits = bytes[(start + 5)...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") }
        return digits.isEmpty ? nil : String(decoding: digits, as: UTF8.self)
    }

    /// An `/Encrypt` entry followed by a reference or a dictionary (not the word inside a string).
    func containsEncryptEntry() -> Bool {
        let key = Array("/Encrypt".utf8)
        var from = 0
        while let index = firstIndex(of: key, from: from) {
            var parser = PDFObjectParser(bytes: bytes, position: index + key.count)
            if let byte = parser.peek(), !PDFObjectParser.isWhitespace(byte), !PDFObjectParser.isDelimiter(byte) {
                from = index + 1
                continue  // `/EncryptMetadata` and other longer names
            }
            switch parser.parseObject() {
            case .reference, .dictionary: return true
            default: from = max(index + 1, parser.position)  // never the same bytes twice
            }
        }
        return false
    }

    /// The object number of the last trailer's `/Info` reference.
    func infoReference() -> Int? {
        let key = Array("/Info".utf8)
        var from = 0
        var found: Int?
        while let index = firstIndex(of: key, from: from) {
            var parser = PDFObjectParser(bytes: bytes, position: index + key.count)
            if case .reference(let number, _) = parser.parseObject() { found = number }
            from = max(index + 1, parser.position)  // never the same bytes twice
        }
        return found
    }

    /// Some writers put the Info dictionary straight into the trailer.
    func inlineInfoDictionary() -> PDFObject? {
        let key = Array("/Info".utf8)
        guard let index = lastIndex(of: key, searchingFrom: 0) else { return nil }
        var parser = PDFObjectParser(bytes: bytes, position: index + key.count)
        if let object = parser.parseObject(), case .dictionary = object { return object }
        return nil
    }

    /// `(object number, position after "obj")` for every `N G obj` header, in file order.
    func objectHeaders() -> [(Int, Int)] {
        var headers: [(Int, Int)] = []
        let keyword = Array("obj".utf8)
        var from = 0
        while let index = firstIndex(of: keyword, from: from) {
            from = index + 3
            let after = index + 3
            guard after >= bytes.count || PDFObjectParser.isWhitespace(bytes[after]) || PDFObjectParser.isDelimiter(bytes[after]),
                  let number = objectNumber(endingBefore: index) else { continue }
            headers.append((number, after))
        }
        return headers
    }

    /// Reads `N G ` backwards from the `obj` keyword.
    func objectNumber(endingBefore index: Int) -> Int? {
        var cursor = index - 1
        func skipSpaces() { while cursor >= 0, PDFObjectParser.isWhitespace(bytes[cursor]) { cursor -= 1 } }
        func digitsBackwards() -> Int? {
            let end = cursor
            while cursor >= 0, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]), end - cursor < 10 { cursor -= 1 }
            guard cursor < end else { return nil }
            return Int(String(decoding: bytes[(cursor + 1)...end], as: UTF8.self))
        }
        guard cursor >= 0, PDFObjectParser.isWhitespace(bytes[cursor]) else { return nil }
        skipSpaces()
        guard digitsBackwards() != nil else { return nil }
        guard cursor >= 0, PDFObjectParser.isWhitespace(bytes[cursor]) else { return nil }
        skipSpaces()
        return digitsBackwards()
    }

    /// The document's XMP packet: the last `x:xmpmeta` that describes the PDF (not an embedded image).
    func xmpPacket() -> [UInt8]? {
        let open = Array("<x:xmpmeta".utf8), close = Array("</x:xmpmeta>".utf8)
        var packets: [[UInt8]] = []
        var from = 0
        while let start = firstIndex(of: open, from: from), let end = firstIndex(of: close, from: start) {
            packets.append(Array(bytes[start..<(end + close.count)]))
            from = end + close.count
        }
        let describesPDF = packets.last { packet in
            let text = String(decoding: packet, as: UTF8.self)
            return text.contains("pdf:Producer") || text.contains("xmp:CreatorTool") || text.contains("http://ns.adobe.com/pdf/1.3/")
        }
        return describesPDF ?? packets.last
    }

    // MARK: byte search

    func firstIndex(of pattern: [UInt8], from start: Int = 0) -> Int? {
        guard let first = pattern.first, start >= 0, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    func firstIndex(of pattern: [UInt8], below limit: Int) -> Int? {
        guard let index = firstIndex(of: pattern), index < limit else { return nil }
        return index
    }

    func lastIndex(of pattern: [UInt8], searchingFrom start: Int) -> Int? {
        var found: Int?
        var from = start
        while let index = firstIndex(of: pattern, from: from) {
            found = index
            from = index + 1
        }
        return found
    }
}
