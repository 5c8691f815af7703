/// Little-endian binary forms of the cache's small files: the stat index (`FileStatIndex+Binary`)
/// and the import cache's segment index (`ImportCacheSegments`).

/// Appends fixed-width little-endian numbers and length-prefixed strings.
struct BinaryWriter {
    var output: [UInt8] = []

    mutating func bytes(_ bytes: [UInt8]) { output += bytes }
    mutating func uint16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { output += $0 } }
    mutating func uint32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { output += $0 } }
    mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { output += $0 } }
    mutating func int64(_ value: Int64) { uint64(UInt64(bitPattern: value)) }

    mutating func string(_ value: String) {
        uint32(UInt32(value.utf8.count))
        output += value.utf8
    }

    mutating func optionalString(_ value: String?) {
        guard let value else { return uint32(.max) }
        string(value)
    }
}

/// Reads what `BinaryWriter` wrote, never past the end (nil instead).
struct BinaryReader {
    let input: [UInt8]
    var offset = 0

    init(_ input: [UInt8]) { self.input = input }

    var isAtEnd: Bool { offset == input.count }

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, input.count - offset >= count else { return nil }
        defer { offset += count }
        return Array(input[offset..<offset + count])
    }

    mutating func uint16() -> UInt16? {
        guard input.count - offset >= 2 else { return nil }
        defer { offset += 2 }
        return UInt16(input[offset]) | UInt16(input[offset + 1]) << 8
    }

    mutating func uint64() -> UInt64? {
        guard input.count - offset >= 8 else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(input[offset + index]) << (8 * index) }
        offset += 8
        return value
    }

    mutating func uint32() -> UInt32? {
        guard input.count - offset >= 4 else { return nil }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(input[offset + index]) << (8 * index) }
        offset += 4
        return value
    }

    mutating func int64() -> Int64? { uint64().map { Int64(bitPattern: $0) } }

    mutating func string() -> String? {
        guard let length = uint32(), length != .max, input.count - offset >= Int(length) else { return nil }
        defer { offset += Int(length) }
        return String(validating: input[offset..<offset + Int(length)], as: UTF8.self)
    }

    /// `.some(nil)` for an absent string, nil when the bytes do not read.
    mutating func optionalString() -> String?? {
        let start = offset
        guard let length = uint32() else { return nil }
        if length == .max { return .some(nil) }
        offset = start
        guard let value = string() else { return nil }
        return .some(value)
    }
}
