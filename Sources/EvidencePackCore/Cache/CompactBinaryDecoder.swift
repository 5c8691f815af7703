import EvidenceModel
import Foundation

/// Decodes `CompactBinary` bytes (see `CompactBinaryEncoder`). Every read is checked against the
/// bytes: a damaged or truncated entry throws `DecodingError`, never reads past its end.
public enum CompactBinaryDecoder {
    /// The value the bytes hold; throws `DecodingError` on bytes that do not hold a `T`.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        do {
            return try decode(T.self, from: bytes, fieldsInOrder: true)
        } catch is FieldsOutOfOrder {
            // Not as this tool's writer orders them: every field found by name instead.
            return try decode(T.self, from: bytes, fieldsInOrder: false)
        }
    }

    /// `fieldsInOrder`: the model's objects read field after field (throwing `FieldsOutOfOrder` when
    /// they are not in that order), or every field found by name (see `ObjectFields`).
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], fieldsInOrder: Bool) throws -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            var input = CompactBinaryInput(bytes: buffer)
            input.readsFieldsInOrder = fieldsInOrder
            let end = try input.valueEnd(at: 0, limit: buffer.count)
            guard end == buffer.count else { throw input.corrupted("bytes after the value") }
            return try NodeDecoder(input: input, offset: 0, end: end, depth: 0).decodeValue(T.self)
        }
    }
}

/// The bytes being decoded, with the primitive reads. Only used inside `decode(_:from:)`, while the
/// buffer is alive.
struct CompactBinaryInput {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether the model's objects are read field after field in the order written (see `ObjectFields`).
    var readsFieldsInOrder = true

    func corrupted(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "damaged cache entry: \(what)"))
    }

    func tag(at offset: Int, limit: Int) throws -> CompactBinary.Tag {
        guard offset < limit, let tag = CompactBinary.Tag(rawValue: bytes[offset]) else { throw corrupted("no value tag at \(offset)") }
        return tag
    }

    /// A varint at `offset`: its value and the offset after it.
    func varint(at offset: Int, limit: Int) throws -> (UInt64, Int) {
        var value: UInt64 = 0, shift: UInt64 = 0, position = offset
        while true {
            guard position < limit, shift < 64 else { throw corrupted("a number runs past its end") }
            let byte = bytes[position]
            value |= UInt64(byte & 0x7F) << shift
            position += 1
            if byte < 0x80 { return (value, position) }
            shift += 7
        }
    }

    /// A count or byte length at `offset` that must fit before `limit`.
    func length(at offset: Int, limit: Int) throws -> (Int, Int) {
        let (value, next) = try varint(at: offset, limit: limit)
        guard value <= UInt64(limit - next) else { throw corrupted("a length of \(value) runs past its end") }
        return (Int(value), next)
    }

    func text(at offset: Int, limit: Int) throws -> (String, Int) {
        let (count, start) = try length(at: offset, limit: limit)
        guard let text = Self.text(UnsafeBufferPointer(rebasing: bytes[start..<(start + count)])) else { throw corrupted("text that is not UTF-8") }
        return (text, start + count)
    }

    /// The text of UTF-8 bytes, or nil when they are not UTF-8. `String(validating:)` is generic over
    /// the encoding and looked up its type metadata for each of the cache's millions of texts;
    /// `String(decoding:)` is not, and repairs what is not UTF-8, so the same bytes back mean there
    /// was nothing to repair.
    static func text(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: utf8, as: UTF8.self)
        let unchanged = text.withUTF8 { decoded in
            decoded.count == utf8.count && (utf8.isEmpty || memcmp(decoded.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
        return unchanged ? text : nil
    }

    /// Where the value at `offset` ends, without reading into it.
    func valueEnd(at offset: Int, limit: Int) throws -> Int {
        switch try tag(at: offset, limit: limit) {
        case .null, .falseValue, .trueValue: return offset + 1
        case .int, .uint: return try varint(at: offset + 1, limit: limit).1
        case .double:
            guard limit - offset >= 9 else { throw corrupted("a number runs past its end") }
            return offset + 9
        case .string, .bytes:
            let (count, start) = try length(at: offset + 1, limit: limit)
            return start + count
        case .array, .object:
            let (length, start) = try containerLength(at: offset, limit: limit)
            return start + length
        }
    }

    /// The byte count of the container at `offset` and where its contents start.
    func containerLength(at offset: Int, limit: Int) throws -> (Int, Int) {
        guard limit - offset >= 5 else { throw corrupted("a container runs past its end") }
        var length = 0
        for index in 0..<4 { length |= Int(bytes[offset + 1 + index]) << (8 * index) }
        guard length <= limit - offset - 5 else { throw corrupted("a container runs past its end") }
        return (length, offset + 5)
    }

    func double(at offset: Int) -> Double {
        var pattern: UInt64 = 0
        for index in 0..<8 { pattern |= UInt64(bytes[offset + 1 + index]) << (8 * UInt64(index)) }
        return Double(bitPattern: UInt64(littleEndian: pattern))
    }
}

/// The decoder handed to each value's `init(from:)`: one value, at `offset`, ending at `end`.
struct NodeDecoder: Decoder, SingleValueDecodingContainer {
    let input: CompactBinaryInput
    let offset: Int
    let end: Int
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard try input.tag(at: offset, limit: end) == .object else { throw mismatch("an object") }
        return KeyedDecodingContainer(try KeyedNodeDecoder<Key>(input: input, offset: offset, end: end, depth: depth + 1))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard try input.tag(at: offset, limit: end) == .array else { throw mismatch("an array") }
        return try UnkeyedNodeDecoder(input: input, offset: offset, end: end, depth: depth + 1)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func mismatch(_ wanted: String) -> DecodingError {
        input.corrupted("expected \(wanted) at \(offset)")
    }

    /// The value as `T`: strings and numbers read directly, anything else through its `init(from:)`.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return unsafeBitCast(try decode(String.self), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try decode(Int.self), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try decode(Double.self), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try decode(Bool.self), to: T.self) }
        if T.self == [UInt8].self { return unsafeBitCast(try bytes(), to: T.self) }
        // The model's most numerous values, read directly (see CompactBinaryModelValues.swift).
        if T.self == [Record].self { return unsafeBitCast(try decodeRecords(), to: T.self) }
        if T.self == [AgendaItem].self { return unsafeBitCast(try decodeAgendaItems(), to: T.self) }
        if T.self == [DocumentLink].self { return unsafeBitCast(try decodeLinks(), to: T.self) }
        if T.self == [Block].self { return unsafeBitCast(try decodeBlocks(), to: T.self) }
        if T.self == Block.self { return unsafeBitCast(try decodeBlock(), to: T.self) }
        if T.self == [[String]].self { return unsafeBitCast(try decodeRows(), to: T.self) }
        if T.self == [String].self { return unsafeBitCast(try decodeStrings(), to: T.self) }
        guard depth < CompactBinary.maximumDepth else { throw input.corrupted("nesting deeper than \(CompactBinary.maximumDepth)") }
        return try T(from: self)
    }

    func decodeNil() -> Bool { (try? input.tag(at: offset, limit: end)) == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch try input.tag(at: offset, limit: end) {
        case .trueValue: return true
        case .falseValue: return false
        default: throw mismatch("a true or false")
        }
    }

    /// A `[UInt8]` stored whole.
    private func bytes() throws -> [UInt8] {
        guard try input.tag(at: offset, limit: end) == .bytes else { throw mismatch("bytes") }
        let (count, start) = try input.length(at: offset + 1, limit: end)
        return Array(input.bytes[start..<(start + count)])
    }

    func decode(_ type: String.Type) throws -> String {
        guard try input.tag(at: offset, limit: end) == .string else { throw mismatch("text") }
        return try input.text(at: offset + 1, limit: end).0
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch try input.tag(at: offset, limit: end) {
        case .double:
            guard end - offset >= 9 else { throw mismatch("a number") }
            return input.double(at: offset)
        case .int: return Double(try signed())
        case .uint: return Double(try unsigned())
        default: throw mismatch("a number")
        }
    }

    func decode(_ type: Float.Type) throws -> Float {
        let value = try decode(Double.self)
        guard let float = Float(exactly: value) ?? (value.isNaN ? Float.nan : nil) else { throw mismatch("a Float") }
        return float
    }

    private func signed() throws -> Int64 {
        let raw = try input.varint(at: offset + 1, limit: end).0
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    private func unsigned() throws -> UInt64 { try input.varint(at: offset + 1, limit: end).0 }

    private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        switch try input.tag(at: offset, limit: end) {
        case .int:
            guard let value = I(exactly: try signed()) else { throw mismatch("a whole number that fits \(I.self)") }
            return value
        case .uint:
            guard let value = I(exactly: try unsigned()) else { throw mismatch("a whole number that fits \(I.self)") }
            return value
        default: throw mismatch("a whole number")
        }
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(T.self) }
}

/// An object's entries, found by key: see `ObjectEntries`.
struct KeyedNodeDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let input: CompactBinaryInput
    let depth: Int
    private let entries: ObjectEntries
    var codingPath: [any CodingKey] { [] }

    init(input: CompactBinaryInput, offset: Int, end: Int, depth: Int) throws {
        self.input = input
        self.depth = depth
        entries = try ObjectEntries(input: input, offset: offset, end: end)
    }

    var allKeys: [Key] {
        entries.table.compactMap { entry in
            let utf8 = UnsafeBufferPointer(rebasing: input.bytes[entry.keyStart..<(entry.keyStart + entry.keyCount)])
            return Key(stringValue: String(decoding: utf8, as: UTF8.self))
        }
    }

    /// The value under `key`, or nil.
    private func find(_ key: Key) -> NodeDecoder? {
        var name = key.stringValue
        guard let entry = name.withUTF8({ entries.find($0, in: input) }) else { return nil }
        return NodeDecoder(input: input, offset: entry.valueStart, end: entry.valueEnd, depth: depth)
    }

    private func value(for key: Key) throws -> NodeDecoder {
        guard let node = find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: "no value for '\(key.stringValue)' in the cache entry"))
        }
        return node
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { try value(for: key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(for: key).decode(Bool.self) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(for: key).decode(String.self) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(for: key).decode(Double.self) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value(for: key).decode(Float.self) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(for: key).decode(Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(for: key).decode(Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(for: key).decode(Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(for: key).decode(Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(for: key).decode(Int64.self) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(for: key).decode(UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(for: key).decode(UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value(for: key).decode(UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value(for: key).decode(UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value(for: key).decode(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(for: key).decodeValue(T.self) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = find(key) else { return nil }
        return node.decodeNil() ? nil : try node.decodeValue(T.self)
    }

    // The plain types' optionals, written out: the protocol's own versions of these go through
    // generic code that looks up `Optional<T>`'s metadata on every call (a third of decoding a
    // large pack's blocks, whose fields are mostly optional).
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try plain(key) { try $0.decode(String.self) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try plain(key) { try $0.decode(Int.self) } }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try plain(key) { try $0.decode(Bool.self) } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try plain(key) { try $0.decode(Double.self) } }

    private func plain<T>(_ key: Key, _ decode: (NodeDecoder) throws -> T) throws -> T? {
        guard let node = find(key), !node.decodeNil() else { return nil }
        return try decode(node)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try value(for: key).container(keyedBy: NestedKey.self)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try value(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let key = Key(stringValue: "super") else { throw input.corrupted("no 'super' key") }
        return try value(for: key)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try value(for: key) }
}

struct UnkeyedNodeDecoder: UnkeyedDecodingContainer {
    let input: CompactBinaryInput
    let depth: Int
    let limit: Int
    var position: Int
    var count: Int?
    var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(input: CompactBinaryInput, offset: Int, end: Int, depth: Int) throws {
        self.input = input
        self.depth = depth
        let (length, contents) = try input.containerLength(at: offset, limit: end)
        limit = contents + length
        let (elements, first) = try input.length(at: contents, limit: limit)
        count = elements
        position = first
    }

    /// The next element, the cursor moved past it.
    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: [], debugDescription: "no more elements in the cache entry's array"))
        }
        let end = try input.valueEnd(at: position, limit: limit)
        let node = NodeDecoder(input: input, offset: position, end: end, depth: depth)
        position = end
        currentIndex += 1
        return node
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, try input.tag(at: position, limit: limit) == .null else { return false }
        _ = try next()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(Bool.self) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decode(String.self) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(Double.self) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(Int.self) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(T.self) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: NestedKey.self)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}
