/// The import cache's encoding of `Codable` values: tagged and length-prefixed binary, read back by
/// `CompactBinaryDecoder`. A large pack stores 10,000 page imports; as JSON through `JSONEncoder`
/// (sorted keys, numbers and escapes written out) that was a tenth of a full build's CPU time, and
/// `JSONDecoder` most of a next-day rebuild's cache reading.
///
/// Layout of a value: one tag byte, then
/// - `null`, `false`, `true`: nothing;
/// - `int`: a zigzag LEB128 varint; `uint`: a LEB128 varint; `double`: 8 bytes, IEEE 754 little-endian;
/// - `string`: a varint byte count, then UTF-8;
/// - `bytes` (a `[UInt8]`, stored whole rather than as an array of numbers): a varint byte count, then the bytes;
/// - `array`: the byte count of the rest (UInt32, little-endian), a varint element count, the elements;
/// - `object`: the byte count of the rest (UInt32, little-endian), a varint entry count, then each
///   entry's key (varint byte count, UTF-8) and value, in the order they were encoded.
///
/// The byte counts let a reader skip a value it was not asked for without reading into it. Coding
/// paths are not tracked (no type of the model reads them), which saves an array per value.
enum CompactBinary {
    enum Tag: UInt8 {
        case null = 0, falseValue, trueValue, int, uint, double, string, array, object, bytes
    }

    /// Nesting deeper than this is refused when decoding (a damaged entry must not exhaust the stack).
    static let maximumDepth = 512
}

/// Encodes a value as `CompactBinary` bytes (the import cache's encoding; also used for what an
/// importer keeps in it, such as deferred date checks).
public enum CompactBinaryEncoder {
    /// The value's bytes; throws when a container is over 4 GiB or the value's own encoding fails.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var writer = CompactBinaryWriter()
        try writer.write(try EncodedNode.of(value))
        return writer.bytes
    }
}

/// A value as it is encoded, before it is written out (containers are filled in any order by
/// `Codable` code, so they are kept until the whole value is done).
enum EncodedNode {
    case null, bool(Bool), int(Int64), uint(UInt64), double(Double), string(String), bytes([UInt8])
    case array(EncodedArray), object(EncodedObject)
    /// A value encoded through an encoder handed out by `superEncoder`, read when written out.
    case deferred(NodeEncoder)

    /// The node for one value (strings and numbers directly, anything else through its `encode(to:)`).
    static func of<T: Encodable>(_ value: T) throws -> EncodedNode {
        // Type checks, not casts: an array of strings reaches here once per element.
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .int(Int64(unsafeBitCast(value, to: Int.self))) }
        if T.self == Double.self { return .double(unsafeBitCast(value, to: Double.self)) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == [UInt8].self { return .bytes(unsafeBitCast(value, to: [UInt8].self)) }
        let encoder = NodeEncoder()
        try value.encode(to: encoder)
        return encoder.node ?? .object(EncodedObject())
    }
}

final class EncodedArray {
    var elements: [EncodedNode] = []
}

final class EncodedObject {
    var keys: [String] = []
    var values: [EncodedNode] = []

    func append(_ key: some CodingKey, _ node: EncodedNode) {
        keys.append(key.stringValue)
        values.append(node)
    }
}

/// The encoder handed to each value's `encode(to:)`; also its single-value container.
final class NodeEncoder: Encoder, SingleValueEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: EncodedNode?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // Asked twice (a type and its extension both encoding), the same object is filled.
        if case .object(let object)? = node { return KeyedEncodingContainer(KeyedNodeEncoder(object: object)) }
        let object = EncodedObject()
        node = .object(object)
        return KeyedEncodingContainer(KeyedNodeEncoder(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let array)? = node { return UnkeyedNodeEncoder(array: array) }
        let array = EncodedArray()
        node = .array(array)
        return UnkeyedNodeEncoder(array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() { node = .null }
    func encode(_ value: Bool) { node = .bool(value) }
    func encode(_ value: String) { node = .string(value) }
    func encode(_ value: Double) { node = .double(value) }
    func encode(_ value: Float) { node = .double(Double(value)) }
    func encode(_ value: Int) { node = .int(Int64(value)) }
    func encode(_ value: Int8) { node = .int(Int64(value)) }
    func encode(_ value: Int16) { node = .int(Int64(value)) }
    func encode(_ value: Int32) { node = .int(Int64(value)) }
    func encode(_ value: Int64) { node = .int(value) }
    func encode(_ value: UInt) { node = .uint(UInt64(value)) }
    func encode(_ value: UInt8) { node = .uint(UInt64(value)) }
    func encode(_ value: UInt16) { node = .uint(UInt64(value)) }
    func encode(_ value: UInt32) { node = .uint(UInt64(value)) }
    func encode(_ value: UInt64) { node = .uint(value) }
    func encode<T: Encodable>(_ value: T) throws { node = try EncodedNode.of(value) }
}

struct KeyedNodeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: EncodedObject
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { object.append(key, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) { object.append(key, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) { object.append(key, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) { object.append(key, .double(value)) }
    mutating func encode(_ value: Float, forKey key: Key) { object.append(key, .double(Double(value))) }
    mutating func encode(_ value: Int, forKey key: Key) { object.append(key, .int(Int64(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) { object.append(key, .int(Int64(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) { object.append(key, .int(Int64(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) { object.append(key, .int(Int64(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) { object.append(key, .int(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) { object.append(key, .uint(UInt64(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) { object.append(key, .uint(UInt64(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) { object.append(key, .uint(UInt64(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) { object.append(key, .uint(UInt64(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) { object.append(key, .uint(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { object.append(key, try EncodedNode.of(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = EncodedObject()
        object.append(key, .object(nested))
        return KeyedEncodingContainer(KeyedNodeEncoder<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = EncodedArray()
        object.append(key, .array(nested))
        return UnkeyedNodeEncoder(array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = NodeEncoder()
        object.keys.append("super")
        object.values.append(.deferred(encoder))
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoder = NodeEncoder()
        object.append(key, .deferred(encoder))
        return encoder
    }
}

struct UnkeyedNodeEncoder: UnkeyedEncodingContainer {
    let array: EncodedArray
    var codingPath: [any CodingKey] { [] }
    var count: Int { array.elements.count }

    mutating func encodeNil() { array.elements.append(.null) }
    mutating func encode(_ value: Bool) { array.elements.append(.bool(value)) }
    mutating func encode(_ value: String) { array.elements.append(.string(value)) }
    mutating func encode(_ value: Double) { array.elements.append(.double(value)) }
    mutating func encode(_ value: Int) { array.elements.append(.int(Int64(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { array.elements.append(try EncodedNode.of(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = EncodedObject()
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(KeyedNodeEncoder<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = EncodedArray()
        array.elements.append(.array(nested))
        return UnkeyedNodeEncoder(array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = NodeEncoder()
        array.elements.append(.deferred(encoder))
        return encoder
    }
}

/// Writes nodes out as `CompactBinary` bytes.
struct CompactBinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// Entries written so far into the object `writeObject(_:)` is writing (see CompactBinaryModelWriter.swift).
    var objectEntries = 0

    struct TooLarge: Error, CustomStringConvertible {
        var description: String { "a value is over 4 GiB, more than the import cache's entries can hold" }
    }

    mutating func write(_ node: EncodedNode) throws {
        switch node {
        case .null: bytes.append(CompactBinary.Tag.null.rawValue)
        case .bool(let value): writeBoolean(value)
        case .int(let value): writeInteger(value)
        case .uint(let value):
            bytes.append(CompactBinary.Tag.uint.rawValue)
            writeVarint(value)
        case .double(let value): writeDouble(value)
        case .string(let value): writeString(value)
        case .bytes(let value): writeBytes(value)
        case .array(let array):
            try writeContainer(.array, count: array.elements.count) {
                for element in array.elements { try $0.write(element) }
            }
        case .object(let object):
            try writeContainer(.object, count: object.keys.count) {
                for (key, value) in zip(object.keys, object.values) {
                    $0.writeText(key)
                    try $0.write(value)
                }
            }
        case .deferred(let encoder):
            try write(encoder.node ?? .object(EncodedObject()))
        }
    }

    // MARK: values (also written directly by CompactBinaryModelWriter.swift)

    mutating func writeBoolean(_ value: Bool) {
        bytes.append(value ? CompactBinary.Tag.trueValue.rawValue : CompactBinary.Tag.falseValue.rawValue)
    }

    /// A zigzag varint.
    mutating func writeInteger(_ value: Int64) {
        bytes.append(CompactBinary.Tag.int.rawValue)
        writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func writeDouble(_ value: Double) {
        bytes.append(CompactBinary.Tag.double.rawValue)
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func writeString(_ text: String) {
        bytes.append(CompactBinary.Tag.string.rawValue)
        writeText(text)
    }

    mutating func writeBytes(_ value: [UInt8]) {
        bytes.append(CompactBinary.Tag.bytes.rawValue)
        writeVarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func writeContainer(_ tag: CompactBinary.Tag, count: Int, body: (inout CompactBinaryWriter) throws -> Void) throws {
        bytes.append(tag.rawValue)
        let lengthAt = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0])
        writeVarint(UInt64(count))
        try body(&self)
        try fillLength(at: lengthAt)
    }

    /// Fills in the byte count of a container whose contents start 4 bytes after `lengthAt` and end here.
    mutating func fillLength(at lengthAt: Int) throws {
        let length = bytes.count - lengthAt - 4
        guard let length32 = UInt32(exactly: length) else { throw TooLarge() }
        withUnsafeBytes(of: length32.littleEndian) { raw in
            for (offset, byte) in raw.enumerated() { bytes[lengthAt + offset] = byte }
        }
    }

    /// Replaces the bytes in `range` (a placeholder written earlier).
    mutating func replaceBytes(_ range: Range<Int>, with replacement: some Collection<UInt8>) {
        if range.count == replacement.count {
            for (offset, byte) in replacement.enumerated() { bytes[range.lowerBound + offset] = byte }
        } else {
            bytes.replaceSubrange(range, with: replacement)
        }
    }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(contentsOf more: some Sequence<UInt8>) { bytes.append(contentsOf: more) }

    mutating func writeText(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func writeVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}
