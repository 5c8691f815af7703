import LibXML

/// Turns a worksheet's XML nodes into rows: `<row r>` holding `<c r t><v>` or `<c t="inlineStr"><is><t>`.
/// Cells are placed by their reference (`B52` → column 1), so a gap stays a gap, as a spreadsheet
/// saved as CSV keeps it.
struct SheetRowParser {
    let strings: SharedStrings
    private(set) var finished = false
    private(set) var lastRow = 0
    private var inRow = false
    private var rowNumber = 0
    private var cells: [(column: Int, bytes: [UInt8])] = []
    private var nextColumn = 0
    private var cellColumn = 0
    private var cellType: CellType = .number
    private var capturing = false
    private var inInline = false
    private var inPhonetic = 0
    private var value: [UInt8] = []
    private var inCell = false
    /// Bytes of the cells of the row being read.
    private var rowBytes = 0
    /// The first row whose cells passed `rowByteLimit`, when one did: the sheet is not read past it.
    private(set) var oversizedRow: Int?

    /// Bytes one cell keeps at most (Excel's 32,767 characters fit in 98,301 bytes of UTF-8).
    static let cellByteLimit = SharedStrings.itemByteLimit
    /// Bytes one row's cells hold at most: an Annex A row is a few hundred.
    static let rowByteLimit = 16 << 20

    enum CellType { case number, shared, inline, formulaString, boolean, error, isoDate }

    init(strings: SharedStrings) { self.strings = strings }

    /// Takes one node; returns a row when this node ends one that has cells.
    mutating func take(_ reader: XMLStreamReader) -> XLSXRow? {
        switch reader.nodeType {
        case .element:
            if reader.isNamed("row") {
                let explicit = reader.withAttribute("r") { $0.flatMap { Self.number($0) } }
                rowNumber = explicit ?? lastRow + 1
                lastRow = rowNumber
                inRow = true
                cells.removeAll(keepingCapacity: true)
                rowBytes = 0
                nextColumn = 0
                if reader.isEmptyElement { return endRow() }
            } else if inRow && reader.isNamed("c") {
                let reference = reader.withAttribute("r") { $0.map { CellReference.parse($0) } }
                cellColumn = reference?.column ?? nextColumn
                nextColumn = cellColumn + 1
                cellType = reader.withAttribute("t") { Self.type($0) }
                value.removeAll(keepingCapacity: true)
                inCell = !reader.isEmptyElement
                inInline = false
                if !inCell { endCell() }
            } else if inCell && reader.isNamed("v") {
                capturing = !reader.isEmptyElement && cellType != .inline
            } else if inCell && reader.isNamed("is") {
                inInline = true
            } else if inInline && reader.isNamed("rPh") {
                if !reader.isEmptyElement { inPhonetic += 1 }
            } else if inInline && inPhonetic == 0 && reader.isNamed("t") {
                capturing = !reader.isEmptyElement
            }
        case .endElement:
            if reader.isNamed("v") || reader.isNamed("t") {
                capturing = false
            } else if reader.isNamed("rPh") {
                inPhonetic = max(0, inPhonetic - 1)
            } else if reader.isNamed("is") {
                inInline = false
            } else if inCell && reader.isNamed("c") {
                inCell = false
                endCell()
            } else if inRow && reader.isNamed("row") {
                return endRow()
            } else if reader.isNamed("sheetData") {
                finished = true
            }
        case .text, .significantWhitespace:
            if capturing, value.count < Self.cellByteLimit {
                reader.withValue { value.append(contentsOf: $0.prefix(Self.cellByteLimit - value.count)) }
            }
        case .other:
            break
        }
        return nil
    }

    private mutating func endCell() {
        capturing = false
        guard cellColumn <= CellReference.maximumColumn else { return }
        var text: [UInt8] = []
        switch cellType {
        case .shared:
            let index = value.withUnsafeBufferPointer { Self.number($0) }
            if let index, strings.copy(index, into: &text) {} else { text = [] }
        case .boolean:
            text = value == [UInt8(ascii: "1")] ? Array("TRUE".utf8) : value == [UInt8(ascii: "0")] ? Array("FALSE".utf8) : value
        default:
            text = value
        }
        guard !text.isEmpty, oversizedRow == nil else { return }
        rowBytes += text.count
        if rowBytes > Self.rowByteLimit {
            oversizedRow = rowNumber
            finished = true
            return
        }
        cells.append((cellColumn, text))
    }

    private mutating func endRow() -> XLSXRow? {
        inRow = false
        guard !cells.isEmpty else { return nil }
        if !cells.indices.dropFirst().allSatisfy({ cells[$0 - 1].column < cells[$0].column }) {
            cells.sort { $0.column < $1.column }
        }
        let width = (cells.last?.column ?? 0) + 1
        var storage: [UInt8] = []
        storage.reserveCapacity(cells.reduce(0) { $0 + $1.bytes.count })
        var ends: [Int] = []
        ends.reserveCapacity(width)
        var next = 0
        for cell in cells where cell.column >= next {
            while next < cell.column { ends.append(storage.count); next += 1 }
            storage.append(contentsOf: cell.bytes)
            ends.append(storage.count)
            next += 1
        }
        return XLSXRow(number: rowNumber, storage: storage, ends: ends)
    }

    static func type(_ bytes: UnsafeBufferPointer<UInt8>?) -> CellType {
        guard let bytes, !bytes.isEmpty else { return .number }
        switch Array(bytes) {
        case Array("s".utf8): return .shared
        case Array("inlineStr".utf8): return .inline
        case Array("str".utf8): return .formulaString
        case Array("b".utf8): return .boolean
        case Array("e".utf8): return .error
        case Array("d".utf8): return .isoDate
        default: return .number
        }
    }

    /// A non-negative decimal number, or nil.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0, digits = 0
        for byte in bytes {
            if byte == 0x20 { continue }
            guard (48...57).contains(byte), digits < 12 else { return nil }
            value = value * 10 + Int(byte - 48)
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
