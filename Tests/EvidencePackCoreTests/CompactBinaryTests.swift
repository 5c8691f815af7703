@testable import EvidencePackCore
import EvidenceFixtures
import EvidenceModel
import Foundation
import Testing

/// The import cache's binary encoding: what goes in comes out equal, and damaged bytes are refused
/// with an error, never read past their end.
@Suite struct CompactBinaryTests {
    /// Every record and diagnostic of the fixture (nested blocks, agenda items, links, facts,
    /// properties, KPI observations with a suppressed value, an Annex A list, control characters).
    static func entry() throws -> ImportCache.Entry {
        let bundle = try BundleFixture.bundle()
        return ImportCache.Entry(records: bundle.records, diagnostics: bundle.diagnostics)
    }

    @Test func recordsComeBackEqualAndWriteTheSameJSON() throws {
        let entry = try Self.entry()
        let bytes = try CompactBinaryEncoder.encode(entry)
        let decoded = try CompactBinaryDecoder.decode(ImportCache.Entry.self, from: bytes)
        #expect(decoded.records == entry.records)
        #expect(decoded.diagnostics == entry.diagnostics)
        #expect(try EvidenceJSON.encode(decoded) == EvidenceJSON.encode(entry))
        // Same size again (objects keep the order they were encoded in; a dictionary's is its own,
        // so the bytes themselves may differ: entries are found by key, never compared as bytes).
        #expect(try CompactBinaryEncoder.encode(decoded).count == bytes.count)
    }

    struct Numbers: Codable, Equatable {
        var int: Int, negative: Int64, small: Int8, unsigned: UInt64, byte: UInt8
        var double: Double, tiny: Double, float: Float, flag: Bool, missing: String?, empty: String
        var text: String, nested: [[Int]], optionals: [String?], map: [String: Double], numericKeys: [Int: String]
    }

    @Test func numbersTextAndContainersRoundTrip() throws {
        let value = Numbers(int: .max, negative: .min, small: -128, unsigned: .max, byte: 255, double: -0.1, tiny: .leastNonzeroMagnitude,
                            float: 1.5, flag: false, missing: nil, empty: "", text: "Children’s “plan” 😀\u{0}\n",
                            nested: [[], [1, -1, 0], [Int.min]], optionals: ["a", nil, ""], map: ["b": 2.5, "a": -.infinity],
                            numericKeys: [3: "three", -1: "minus one"])
        let decoded = try CompactBinaryDecoder.decode(Numbers.self, from: CompactBinaryEncoder.encode(value))
        #expect(decoded == value)
    }

    /// Written in one key order, read in another: a hand-written `init(from:)` asks for keys out of
    /// order, twice, and for keys that are absent, and gets each value (the decoder looks keys up from
    /// where it last found one, round to the start).
    struct Shuffled: Codable, Equatable {
        var first: Int, second: String, third: [Int], fourth: Bool
        enum CodingKeys: String, CodingKey { case first, second, third, fourth, absent }

        init(first: Int, second: String, third: [Int], fourth: Bool) {
            (self.first, self.second, self.third, self.fourth) = (first, second, third, fourth)
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            fourth = try container.decode(Bool.self, forKey: .fourth)
            #expect(try container.decodeIfPresent(Int.self, forKey: .absent) == nil)
            #expect(!container.contains(.absent) && container.contains(.first))
            second = try container.decode(String.self, forKey: .second)
            first = try container.decode(Int.self, forKey: .first)
            third = try container.decode([Int].self, forKey: .third)
            #expect(try container.decode(Int.self, forKey: .first) == first)
            #expect(Set(container.allKeys.map(\.stringValue)) == ["first", "second", "third", "fourth"])
            #expect(throws: DecodingError.self) { try container.decode(Int.self, forKey: .absent) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(first, forKey: .first)
            try container.encode(second, forKey: .second)
            try container.encode(third, forKey: .third)
            try container.encode(fourth, forKey: .fourth)
        }
    }

    @Test func keysAreFoundInAnyOrder() throws {
        let value = Shuffled(first: 7, second: "two", third: [3, 3], fourth: true)
        #expect(try CompactBinaryDecoder.decode(Shuffled.self, from: CompactBinaryEncoder.encode(value)) == value)
    }

    /// Every truncation of an entry, and every single byte changed, either fails to decode with an
    /// error or decodes to something (a changed letter in a title); none reads out of bounds.
    @Test func damagedBytesAreRefusedNotReadPast() throws {
        let bytes = try CompactBinaryEncoder.encode(try Self.entry())
        for length in 0..<bytes.count {
            #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode(ImportCache.Entry.self, from: Array(bytes[..<length])) }
        }
        var refused = 0
        for index in stride(from: 0, to: bytes.count, by: 3) {
            for replacement: UInt8 in [0x00, 0x7F, 0xFF] where bytes[index] != replacement {
                var damaged = bytes
                damaged[index] = replacement
                do { _ = try CompactBinaryDecoder.decode(ImportCache.Entry.self, from: damaged) } catch { refused += 1 }
            }
        }
        #expect(refused > 0)
        #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode(ImportCache.Entry.self, from: bytes + [0]) }
    }

    /// A text's bytes must be UTF-8 exactly: valid texts of every length of sequence come back as they
    /// were; bytes that would need repairing are refused, including a cut 4-byte sequence, whose repair
    /// (one U+FFFD) is as long as the bytes it replaces.
    @Test(arguments: [
        ([UInt8]("plain".utf8), true), ([UInt8]("Café £4.2m ’ 😀 \u{FFFD}".utf8), true), ([], true),
        ([0xFF], false), ([0x41, 0xC3], false), ([0xF0, 0x9F, 0x98], false), ([0xED, 0xA0, 0x80], false),
        ([0xC0, 0xAF], false), ([0x61, 0x80, 0x62], false), ([0xF4, 0x90, 0x80, 0x80], false),
    ])
    func textsMustBeUTF8(bytes: [UInt8], valid: Bool) throws {
        let encoded = [CompactBinary.Tag.string.rawValue, UInt8(bytes.count)] + bytes
        // Keys (a document's property names) are read with the same check.
        let asKey = bytes.withUnsafeBufferPointer { CompactBinaryInput.text($0) }
        if valid {
            #expect(try CompactBinaryDecoder.decode(String.self, from: encoded) == String(decoding: bytes, as: UTF8.self))
            #expect(asKey == String(decoding: bytes, as: UTF8.self))
        } else {
            #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode(String.self, from: encoded) }
            #expect(asKey == nil)
        }
    }

    /// A value nested deeper than any model holds is refused, not followed down the stack.
    @Test func deepNestingIsRefused() throws {
        var block = Block(.paragraph, text: "leaf")
        for _ in 0..<600 { block = Block(.list, children: [block]) }
        let bytes = try CompactBinaryEncoder.encode(block)
        #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode(Block.self, from: bytes) }
    }
}
