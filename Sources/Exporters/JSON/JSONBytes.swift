import EvidenceModel

/// JSON text being written, byte by byte, the way Foundation's `JSONEncoder` writes it.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(4096) }

    // MARK: the model's types, keys in sorted order

    /// False when the encoder must write the record instead (see `RecordJSON`).
    mutating func record(_ record: Record, document: Document) -> Bool {
        var first = true
        key("document", &first)
        guard self.document(document) else { return false }
        key("id", &first)
        string(record.id)
        key("provenance", &first)
        provenance(record.provenance)
        key("type", &first)
        string("document")
        byte(UInt8(ascii: "}"))
        return true
    }

    mutating func provenance(_ provenance: Provenance) {
        var first = true
        if let firstLine = provenance.firstLine { key("firstLine", &first); integer(firstLine) }
        key("importer", &first)
        string(provenance.importer)
        key("importerVersion", &first)
        string(provenance.importerVersion)
        if let lastLine = provenance.lastLine { key("lastLine", &first); integer(lastLine) }
        key("sha256", &first)
        string(provenance.sha256)
        key("source", &first)
        string(provenance.source)
        byte(UInt8(ascii: "}"))
    }

    mutating func document(_ document: Document) -> Bool {
        // Checked before anything is written: the encoder sorts other keys in an order of its own.
        guard document.properties.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }),
              document.facts.allSatisfy({ $0.value.isFinite }) else { return false }
        var first = true
        key("apologies", &first)
        strings(document.apologies)
        key("attendance", &first)
        strings(document.attendance)
        if let author = document.author { key("author", &first); string(author) }
        key("blocks", &first)
        blocks(document.blocks)
        if let committee = document.committee { key("committee", &first); string(committee) }
        if let date = document.date { key("date", &first); string(date.iso8601) }
        if let dateBasis = document.dateBasis { key("dateBasis", &first); string(dateBasis) }
        key("facts", &first)
        list(document.facts) { $0.fact($1) }
        if let itemNumber = document.itemNumber { key("itemNumber", &first); string(itemNumber) }
        key("items", &first)
        list(document.items) { $0.item($1) }
        key("kind", &first)
        string(document.kind.rawValue)
        key("links", &first)
        list(document.links) { $0.link($1) }
        if let meetingDate = document.meetingDate { key("meetingDate", &first); string(meetingDate.iso8601) }
        key("properties", &first)
        properties(document.properties)
        if let title = document.title { key("title", &first); string(title) }
        if let venue = document.venue { key("venue", &first); string(venue) }
        byte(UInt8(ascii: "}"))
        return true
    }

    mutating func item(_ item: AgendaItem) {
        var first = true
        key("decisions", &first)
        blocks(item.decisions)
        key("description", &first)
        blocks(item.description)
        if let line = item.line { key("line", &first); integer(line) }
        key("links", &first)
        list(item.links) { $0.link($1) }
        key("minutes", &first)
        blocks(item.minutes)
        if let number = item.number { key("number", &first); string(number) }
        key("title", &first)
        string(item.title)
        byte(UInt8(ascii: "}"))
    }

    mutating func link(_ link: DocumentLink) {
        var first = true
        if let date = link.date { key("date", &first); string(date.iso8601) }
        if let format = link.format { key("format", &first); string(format) }
        if let href = link.href { key("href", &first); string(href) }
        if let itemNumber = link.itemNumber { key("itemNumber", &first); string(itemNumber) }
        if let line = link.line { key("line", &first); integer(line) }
        if let restricted = link.restricted { key("restricted", &first); boolean(restricted) }
        if let sizeBytes = link.sizeBytes { key("sizeBytes", &first); integer(sizeBytes) }
        if let sizeText = link.sizeText { key("sizeText", &first); string(sizeText) }
        key("title", &first)
        string(link.title)
        byte(UInt8(ascii: "}"))
    }

    mutating func fact(_ fact: Fact) {
        var first = true
        key("kind", &first)
        string(fact.kind.rawValue)
        if let line = fact.line { key("line", &first); integer(line) }
        key("sentence", &first)
        string(fact.sentence)
        key("subject", &first)
        string(fact.subject)
        key("text", &first)
        string(fact.text)
        if let unit = fact.unit { key("unit", &first); string(unit) }
        key("value", &first)
        number(fact.value)
        byte(UInt8(ascii: "}"))
    }

    mutating func block(_ block: Block) {
        var first = true
        if let children = block.children { key("children", &first); blocks(children) }
        if let hasHeader = block.hasHeader { key("hasHeader", &first); boolean(hasHeader) }
        key("kind", &first)
        string(block.kind.rawValue)
        if let level = block.level { key("level", &first); integer(level) }
        if let line = block.line { key("line", &first); integer(line) }
        if let marker = block.marker { key("marker", &first); string(marker) }
        if let number = block.number { key("number", &first); string(number) }
        if let owner = block.owner { key("owner", &first); string(owner) }
        if let rowCount = block.rowCount { key("rowCount", &first); integer(rowCount) }
        if let rows = block.rows { key("rows", &first); list(rows) { $0.strings($1) } }
        if let text = block.text { key("text", &first); string(text) }
        byte(UInt8(ascii: "}"))
    }

    mutating func blocks(_ blocks: [Block]) {
        list(blocks) { $0.block($1) }
    }

    /// An object of text values, keys in UTF-8 byte order (the caller has checked they are ASCII).
    mutating func properties(_ properties: [String: String]) {
        byte(UInt8(ascii: "{"))
        for (index, name) in properties.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { byte(UInt8(ascii: ",")) }
            string(name)
            byte(UInt8(ascii: ":"))
            string(properties[name]!)
        }
        byte(UInt8(ascii: "}"))
    }

    // MARK: JSON's pieces

    /// `,"name":` (without the comma for an object's first key, which opens the object instead).
    mutating func key(_ name: StaticString, _ first: inout Bool) {
        byte(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        first = false
        byte(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        byte(UInt8(ascii: "\""))
        byte(UInt8(ascii: ":"))
    }

    mutating func list<Element>(_ elements: [Element], _ write: (inout JSONBytes, Element) -> Void) {
        byte(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { byte(UInt8(ascii: ",")) }
            write(&self, element)
        }
        byte(UInt8(ascii: "]"))
    }

    mutating func strings(_ texts: [String]) {
        list(texts) { $0.string($1) }
    }

    /// A quoted string, escaped as the encoder escapes: `"` and `\`, the control characters (`\b \f \n
    /// \r \t` by name, the others as `\u00xx` in lower-case hex); `/` and everything else as it is.
    mutating func string(_ text: String) {
        byte(UInt8(ascii: "\""))
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            appendEscaped(Array(text.utf8))
        }
        byte(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped<Bytes: RandomAccessCollection<UInt8>>(_ utf8: Bytes) where Bytes.Index == Int {
        var start = utf8.startIndex
        for index in utf8.indices {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: utf8[start..<index])
            start = index + 1
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            default:
                append("\\u00")
                let digits: StaticString = "0123456789abcdef"
                digits.withUTF8Buffer { hex in
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
        }
        bytes.append(contentsOf: utf8[start..<utf8.endIndex])
    }

    mutating func integer(_ value: Int) {
        // A small integer's text is a small string: no allocation.
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A finite double as the encoder writes it: Swift's shortest form, without a trailing `.0`
    /// (`4200000`, `96.5`, `1e+21`, `-0`).
    mutating func number(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func boolean(_ value: Bool) {
        append(value ? "true" : "false")
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
