import EvidencePackCore

/// A streaming, byte-level CSV parser (RFC 4180 plus what spreadsheets really write): quoted
/// fields with `""`, CRLF, LF or CR line ends, a comma, semicolon or tab separator detected from
/// the header line, ragged rows passed on as they are. Feed it chunks of UTF-8 bytes; it calls back
/// once per record and never holds more than the current record.
///
/// Why not a library: SWIFT-NOTES measured CSV.swift at 9 MB/s and SwiftCSV at 5 MB/s with 811 MB
/// RSS on a 129 MB file, against 850 MB/s for a byte loop; a million-row Annex A list must stream.
public struct CSVParser {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// The field separator, once known (detected from the first line unless given).
    public private(set) var delimiter: UInt8?
    /// Problems found so far, in line order.
    public private(set) var issues: [CSVIssue] = []
    /// A quoted field spanning more line breaks than this is taken as a stray quote.
    public var maximumLinesInQuotedField: Int

    private var state = State.fieldStart
    private var storage: [UInt8] = []
    private var ends: [Int] = []
    private var line = 1
    private var rowStartLine = 1
    private var afterCR = false
    private var rowHasHighBytes = false
    private var quoteLine = 1
    private var quoteColumn = 1
    private var quotedFieldStart = 0
    private var linesInQuote = 0
    private var pendingHeader: [UInt8] = []
    /// Whether the record's bytes still hold its separators (a whole line copied at once).
    private var separatorsKept = false

    /// Makes a parser; pass `delimiter` to skip detection.
    public init(delimiter: UInt8? = nil, maximumLinesInQuotedField: Int = 200) {
        self.delimiter = delimiter
        self.maximumLinesInQuotedField = maximumLinesInQuotedField
        storage.reserveCapacity(4096)
        ends.reserveCapacity(64)
    }

    /// Parses the next chunk, calling `onRow` for every complete record.
    public mutating func feed(_ chunk: some Collection<UInt8>, onRow: (CSVRow) throws -> Void) rethrows {
        if delimiter == nil {
            pendingHeader.append(contentsOf: chunk)
            guard let detected = Self.detectDelimiter(pendingHeader, final: false) else { return }
            delimiter = detected
            let buffered = pendingHeader
            pendingHeader = []
            try process(buffered, onRow: onRow)
            return
        }
        try process(chunk, onRow: onRow)
    }

    /// Ends the input: closes an open quote (reporting it) and emits the last record.
    public mutating func finish(onRow: (CSVRow) throws -> Void) rethrows {
        if delimiter == nil {
            delimiter = Self.detectDelimiter(pendingHeader, final: true) ?? UInt8(ascii: ",")
            let buffered = pendingHeader
            pendingHeader = []
            try process(buffered, onRow: onRow)
        }
        if state == .quoted {
            try recoverFromStrayQuote(onRow: onRow)
        }
        if state != .fieldStart || !ends.isEmpty {
            try endRecord(onRow: onRow)
        }
    }

    /// The separator of a header line: the most frequent of comma, semicolon and tab outside quotes.
    /// Nil while the first line is incomplete (unless `final`).
    static func detectDelimiter(_ bytes: [UInt8], final: Bool) -> UInt8? {
        var counts = [0, 0, 0]
        var inQuotes = false
        var complete = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D { complete = true; break }
            switch byte {
            case UInt8(ascii: ","): counts[0] += 1
            case UInt8(ascii: ";"): counts[1] += 1
            case 0x09: counts[2] += 1
            default: break
            }
        }
        guard complete || final || bytes.count > 1 << 20 else { return nil }
        if counts[1] > counts[0], counts[1] >= counts[2] { return UInt8(ascii: ";") }
        if counts[2] > counts[0], counts[2] > counts[1] { return 0x09 }
        return UInt8(ascii: ",")
    }

    private mutating func process(_ bytes: some Collection<UInt8>, onRow: (CSVRow) throws -> Void) rethrows {
        if let done: Void = try bytes.withContiguousStorageIfAvailable({ try process(buffer: $0, onRow: onRow) }) {
            return done
        }
        try Array(bytes).withUnsafeBufferPointer { try process(buffer: $0, onRow: onRow) }
    }

    /// The state machine over one contiguous run of bytes. Runs of ordinary bytes (inside a
    /// field, or inside quotes) are found by a tight scan and copied in one go; only the bytes
    /// that change state (separator, quote, CR, LF) go through the `switch`.
    private mutating func process(buffer bytes: UnsafeBufferPointer<UInt8>, onRow: (CSVRow) throws -> Void) rethrows {
        let separator = delimiter ?? UInt8(ascii: ",")
        let quote = UInt8(ascii: "\""), lineFeed: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
        let count = bytes.count
        var index = 0
        while index < count {
            if afterCR {
                afterCR = false
                if bytes[index] == lineFeed {
                    if state == .quoted { storage.append(lineFeed) }
                    index += 1
                    continue
                }
            }
            if state == .fieldStart && ends.isEmpty, let lineEnd = wholeLine(bytes, from: index, separator: separator) {
                try takeWholeLine(bytes, index..<lineEnd, onRow: onRow)
                index = lineEnd + 1
                continue
            }
            switch state {
            case .fieldStart, .unquoted:
                if state == .fieldStart && bytes[index] == quote {
                    state = .quoted
                    quoteLine = line
                    quoteColumn = ends.count + 1
                    quotedFieldStart = storage.count
                    linesInQuote = 0
                    index += 1
                    continue
                }
                let runEnd = scan(bytes, from: index, until: separator, lineFeed, carriageReturn)
                if runEnd > index {
                    state = .unquoted
                    copy(bytes, index..<runEnd)
                }
                guard runEnd < count else { return }
                let byte = bytes[runEnd]
                index = runEnd + 1
                if byte == separator {
                    ends.append(storage.count)
                    state = .fieldStart
                } else {
                    afterCR = byte == carriageReturn
                    try endRecord(onRow: onRow)
                    line += 1
                    rowStartLine = line
                }
            case .quoted:
                let runEnd = scan(bytes, from: index, until: quote, lineFeed, carriageReturn)
                if runEnd > index { copy(bytes, index..<runEnd) }
                guard runEnd < count else { return }
                let byte = bytes[runEnd]
                index = runEnd + 1
                if byte == quote {
                    state = .quoteInQuoted
                    continue
                }
                storage.append(byte)
                afterCR = byte == carriageReturn
                line += 1
                linesInQuote += 1
                if linesInQuote > maximumLinesInQuotedField {
                    try recoverFromStrayQuote(onRow: onRow)
                }
            case .quoteInQuoted:
                let byte = bytes[index]
                index += 1
                if byte == quote {
                    storage.append(byte)
                    state = .quoted
                } else if byte == separator {
                    ends.append(storage.count)
                    state = .fieldStart
                } else if byte == lineFeed || byte == carriageReturn {
                    afterCR = byte == carriageReturn
                    try endRecord(onRow: onRow)
                    line += 1
                    rowStartLine = line
                } else {
                    if issues.last.map({ $0.line != line || $0.kind != .textAfterQuote }) ?? true {
                        issues.append(CSVIssue(kind: .textAfterQuote, line: line, column: ends.count + 1))
                    }
                    if byte >= 0x80 { rowHasHighBytes = true }
                    storage.append(byte)
                    state = .unquoted
                }
            }
        }
    }

    /// The common case, a record on one line with no quote at all, found whole in the buffer: the
    /// index of its line end, with the separators' offsets (from `start`) put in `ends`. Nil, with
    /// `ends` left empty, when the record has a quote or runs past the buffer: the state machine
    /// then reads it.
    @inline(__always)
    private mutating func wholeLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, separator: UInt8) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = start
        // Eight bytes at a time: a word with 0x80 in each byte that is a separator, and one with
        // 0x80 in each byte that stops the line (CR, LF, or a quote).
        let separators = ByteWord.repeating(separator)
        let lineFeeds = ByteWord.repeating(0x0A), returns = ByteWord.repeating(0x0D), quotes = ByteWord.repeating(UInt8(ascii: "\""))
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            var found = ByteWord.zeroBytes(word ^ separators)
            let stops = ByteWord.zeroBytes(word ^ lineFeeds) | ByteWord.zeroBytes(word ^ returns) | ByteWord.zeroBytes(word ^ quotes)
            if stops != 0 {
                let stopOffset = stops.trailingZeroBitCount >> 3
                found &= (UInt64(1) << UInt64(stopOffset * 8)) &- 1
                while found != 0 {
                    ends.append(index + (found.trailingZeroBitCount >> 3) - start)
                    found &= found &- 1
                }
                index += stopOffset
                if base[index] == UInt8(ascii: "\"") { break }
                return index
            }
            while found != 0 {
                ends.append(index + (found.trailingZeroBitCount >> 3) - start)
                found &= found &- 1
            }
            index += 8
        }
        while index < count && base[index] != UInt8(ascii: "\"") {
            let byte = base[index]
            if byte == separator {
                ends.append(index - start)
            } else if byte == 0x0A || byte == 0x0D {
                return index
            }
            index += 1
        }
        ends.removeAll(keepingCapacity: true)
        return nil
    }

    /// Ends a record found by `wholeLine`: its bytes are copied in one go, separators included
    /// (the row knows to skip them), and it is handed over as the state machine would.
    @inline(__always)
    private mutating func takeWholeLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, onRow: (CSVRow) throws -> Void) rethrows {
        copy(bytes, range)
        separatorsKept = true
        afterCR = bytes[range.upperBound] == 0x0D
        try endRecord(onRow: onRow)
        line += 1
        rowStartLine = line
    }

    /// The index of the first of three bytes at or after `start` (`bytes.count` when none is).
    @inline(__always)
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, until first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == first || byte == second || byte == third { break }
            index += 1
        }
        return index
    }

    /// Appends a run of ordinary bytes to the record, noting bytes that are not ASCII (the row is
    /// then checked for UTF-8 when it ends).
    @inline(__always)
    private mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let run = UnsafeBufferPointer(rebasing: bytes[range])
        if !rowHasHighBytes {
            var high: UInt8 = 0
            for byte in run { high |= byte }
            if high >= 0x80 { rowHasHighBytes = true }
        }
        storage.append(contentsOf: run)
    }

    /// A quote that never closes: report it, then read what followed it again with the quote
    /// taken as an ordinary character, so the rows after it are kept.
    private mutating func recoverFromStrayQuote(onRow: (CSVRow) throws -> Void) rethrows {
        issues.append(CSVIssue(kind: .unterminatedQuote, line: quoteLine, column: quoteColumn))
        var replay: [UInt8] = []
        replay.reserveCapacity(storage.count - quotedFieldStart + 8)
        for byte in storage[quotedFieldStart...] {
            replay.append(byte)
            if byte == UInt8(ascii: "\"") { replay.append(byte) } // it was `""` in the source
        }
        storage.removeSubrange(quotedFieldStart...)
        storage.append(UInt8(ascii: "\""))
        state = .unquoted
        line = quoteLine
        afterCR = false
        try process(replay, onRow: onRow)
    }

    private mutating func endRecord(onRow: (CSVRow) throws -> Void) rethrows {
        ends.append(storage.count)
        let gap = separatorsKept ? 1 : 0
        defer {
            storage.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            rowHasHighBytes = false
            separatorsKept = false
            state = .fieldStart
        }
        if ends.count == 1 && storage.isEmpty { return } // a blank line
        var invalid = Set<Int>()
        if rowHasHighBytes {
            var start = 0
            for (index, end) in ends.enumerated() {
                if !Self.isValidUTF8(storage[start..<end]) {
                    invalid.insert(index)
                    issues.append(CSVIssue(kind: .invalidUTF8, line: rowStartLine, column: index + 1))
                }
                start = end + gap
            }
        }
        try onRow(CSVRow(line: rowStartLine, endLine: line, storage: storage, ends: ends, gap: gap,
                         separator: delimiter ?? UInt8(ascii: ","), invalidUTF8Fields: invalid))
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        TextDecoding.validUTF8(bytes)
    }
}

/// Byte-parallel tests on a `UInt64` holding eight bytes.
enum ByteWord {
    /// The byte in all eight places.
    @inline(__always)
    static func repeating(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// 0x80 in each byte of `word` that is zero, 0 elsewhere (exact: no carry crosses bytes).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low7) &+ low7) | word | low7)
    }
}
