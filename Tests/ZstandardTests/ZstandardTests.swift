import Foundation
import Testing
import Zstandard

/// One frame each way: what is compressed comes back byte for byte, and a frame that is not what its
/// container says (another size, cut short, damaged) is an error, never other bytes.
@Suite struct ZstandardTests {
    /// Text shaped like a cache entry: the same keys over and over.
    static let repetitive: [UInt8] = Array((0..<2_000).map { "{\"kind\":\"paragraph\",\"line\":\($0)}" }.joined().utf8)

    @Test func whatIsCompressedComesBackAndRepetitiveTextShrinks() throws {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for bytes in [Self.repetitive, [], [42], random] {
            let frame = try Zstandard.compress(bytes)
            #expect(try frame.withUnsafeBytes { try Zstandard.decompress($0, expectedSize: bytes.count) } == bytes)
        }
        #expect(try Zstandard.compress(Self.repetitive).count * 10 < Self.repetitive.count)
    }

    @Test func aFrameOfAnotherSizeIsRefused() throws {
        let frame = try Zstandard.compress(Self.repetitive)
        for size in [0, Self.repetitive.count - 1, Self.repetitive.count + 1, Int(Int32.max)] {
            #expect(throws: Zstandard.Failure.self) { try frame.withUnsafeBytes { try Zstandard.decompress($0, expectedSize: size) } }
        }
    }

    @Test func aFrameCutShortOrDamagedIsAnErrorAndBytesAfterItAreNotRead() throws {
        let frame = try Zstandard.compress(Self.repetitive)
        for cut in [0, 4, 10, frame.count / 2, frame.count - 1] {
            let short = Array(frame.prefix(cut))
            #expect(throws: Zstandard.Failure.self) { try short.withUnsafeBytes { try Zstandard.decompress($0, expectedSize: Self.repetitive.count) } }
        }
        // Damage anywhere either is refused or (in the literal bytes) gives other bytes of the same
        // length, which the cache's own CRC-32 then refuses; it never traps or reads past the frame.
        for offset in stride(from: 0, to: frame.count, by: max(1, frame.count / 97)) {
            var damaged = frame
            damaged[offset] ^= 0x5A
            if let content = try? damaged.withUnsafeBytes({ try Zstandard.decompress($0, expectedSize: Self.repetitive.count) }) {
                #expect(content.count == Self.repetitive.count)
            }
        }
        let longer = frame + [1, 2, 3, 4]
        #expect(try longer.withUnsafeBytes { try Zstandard.decompress($0, expectedSize: Self.repetitive.count) } == Self.repetitive)
    }
}
