import EvidencePackCore

/// One CSV record as the parser saw it: the fields' bytes (quotes removed, `""` undone) and the
/// line it starts on. A view into the parser's buffer, valid during the callback that receives it;
/// reading a field as bytes makes no String, so validating a million rows stays cheap.
public struct CSVRow: Sendable {
    /// 1-based physical line where the record starts.
    public let line: Int
    /// 1-based physical line where the record ends (later than `line` when a quoted field spans lines).
    public let endLine: Int
    /// The fields' bytes, one after another; `ends[i]` is where field `i` ends.
    let storage: [UInt8]
    let ends: [Int]
    /// Bytes between one field and the next in `storage`: 0 when the parser put the fields end to
    /// end, 1 when it copied a whole unquoted line at once (a separator between fields).
    let gap: Int
    /// The separator (which is all a gap holds).
    let separator: UInt8
    let invalidUTF8Fields: Set<Int>

    /// Number of fields.
    public var count: Int { ends.count }

    /// The same record in buffers of its own, sized to it: what to keep past the callback. The row
    /// handed over shares the parser's buffer (reserved for long records), so holding it would keep
    /// that whole buffer alive and make the parser allocate another for the next record.
    public func detached() -> CSVRow {
        // Through a buffer pointer: `Array(storage[...])` would hand back the very same buffer.
        CSVRow(line: line, endLine: endLine, storage: storage.withUnsafeBufferPointer { Array($0) },
               ends: ends.withUnsafeBufferPointer { Array($0) }, gap: gap, separator: separator, invalidUTF8Fields: invalidUTF8Fields)
    }

    /// A field's bytes (empty past the last field).
    public func bytes(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0, index < ends.count else { return [] }
        let start = index == 0 ? 0 : ends[index - 1] + gap
        return storage[start..<ends[index]]
    }

    /// A field's bytes without leading and trailing spaces and tabs.
    public func trimmedBytes(_ index: Int) -> ArraySlice<UInt8> {
        let range = trimmedRange(index)
        return storage[range]
    }

    /// Where a field's trimmed bytes lie in `storage` (an empty range past the last field).
    @inline(__always)
    func trimmedRange(_ index: Int) -> Range<Int> {
        guard index >= 0, index < ends.count else { return 0..<0 }
        var start = index == 0 ? 0 : ends[index - 1] + gap
        var end = ends[index]
        while start < end, storage[start] == 0x20 || storage[start] == 0x09 { start += 1 }
        while end > start, storage[end - 1] == 0x20 || storage[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    /// Whether a field is empty or only spaces (fields past the end count as blank).
    public func isBlank(_ index: Int) -> Bool { trimmedRange(index).isEmpty }

    /// A field as text: UTF-8, or Windows-1252 when the field is not valid UTF-8.
    public func string(_ index: Int) -> String {
        let slice = bytes(index)
        if invalidUTF8Fields.contains(index) { return TextDecoding.windows1252(Array(slice)) }
        return String(decoding: slice, as: UTF8.self)
    }

    /// A field as trimmed text.
    public func trimmedString(_ index: Int) -> String {
        let slice = trimmedBytes(index)
        if invalidUTF8Fields.contains(index) { return TextDecoding.windows1252(Array(slice)) }
        return String(decoding: slice, as: UTF8.self)
    }

    /// Every field as text.
    public var strings: [String] { (0..<count).map(string) }

    /// Whether every field is blank (a line of only separators).
    /// (The fields lie in `storage` end to end or a separator apart, so that is: every byte is a
    /// space, a tab, or a separator between fields.)
    public var isEmpty: Bool {
        let separator = gap == 1 ? self.separator : 0x20
        return storage.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == separator }
    }
}

/// A problem the CSV parser found, before it becomes a diagnostic with the file's path.
public struct CSVIssue: Hashable, Sendable {
    /// What went wrong.
    public enum Kind: String, Sendable {
        /// A quoted field never closed (or ran on for too many lines): read again with the quote as text.
        case unterminatedQuote
        /// A field is not valid UTF-8: read as Windows-1252.
        case invalidUTF8
        /// Text after a closing quote (`"abc"def`): kept as part of the field.
        case textAfterQuote
    }
    /// What went wrong.
    public var kind: Kind
    /// 1-based line.
    public var line: Int
    /// 1-based field number, when known.
    public var column: Int?

    /// Makes an issue.
    public init(kind: Kind, line: Int, column: Int? = nil) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}
