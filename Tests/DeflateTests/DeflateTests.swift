import Deflate
import Foundation
import Testing

/// Raw DEFLATE pieces, CRC-32 and the parallel deflater: what the workbook's streamed worksheets
/// rely on (pieces compressed apart concatenate into one stream; CRCs combine; output is in order).
@Suite struct DeflateTests {
    /// Worksheet-like text with some bytes that do not compress, seeded so a failure repeats.
    static func sample(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if state >> 60 == 0 {
                bytes.append(UInt8(truncatingIfNeeded: state >> 32))
            } else {
                bytes.append(contentsOf: "<c r=\"A\(state >> 40)\" t=\"inlineStr\"><is><t>C\(state >> 44)</t></is></c>".utf8)
            }
        }
        return Array(bytes.prefix(count))
    }

    @Test(arguments: [0, 1, 17, 65_536, 300_001])
    func piecesCompressedApartInflateAsOneStream(cut: Int) throws {
        let bytes = Self.sample(count: 300_001, seed: UInt64(cut) + 7)
        let first = try bytes[..<cut].withUnsafeBytes { try RawDeflate.compress($0, level: RawDeflate.fastest, final: false) }
        let second = try bytes[cut...].withUnsafeBytes { try RawDeflate.compress($0, level: 6, final: true) }
        let joined = first + second
        let inflated = try joined.withUnsafeBytes { try RawInflate.decompress($0, expectedSize: bytes.count) }
        #expect(inflated == bytes)
    }

    @Test func crcsOfPiecesCombineIntoTheCRCOfTheWhole() {
        let bytes = Self.sample(count: 100_000, seed: 3)
        for cut in [0, 1, 4_096, 99_999, 100_000] {
            let first = bytes[..<cut].withUnsafeBytes { CRC32.checksum($0) }
            let second = bytes[cut...].withUnsafeBytes { CRC32.checksum($0) }
            #expect(CRC32.combine(first, second, secondLength: bytes.count - cut) == CRC32.checksum(bytes))
        }
        // The check value every CRC-32 implementation gives for "123456789".
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func damagedDataIsAnErrorNotGarbage() throws {
        let compressed = try RawDeflate.compress(Self.sample(count: 10_000, seed: 5), level: 6)
        var damaged = compressed
        damaged[damaged.count / 2] ^= 0xFF
        damaged[damaged.count / 2 + 1] ^= 0x5A
        #expect(throws: DeflateError.self) {
            _ = try damaged.withUnsafeBytes { try RawInflate.decompress($0, expectedSize: 10_000) }
        }
        // A stream cut short does not pass either.
        #expect(throws: DeflateError.self) {
            _ = try compressed.dropLast(8).withUnsafeBytes { try RawInflate.decompress($0, expectedSize: 10_000) }
        }
    }

    /// Runs the parallel deflater over `bytes` cut into `chunk`-sized pieces; returns its output and totals.
    /// `workersRun: false` gives the deflater workers that never run, as when every thread is busy.
    static func deflateInParallel(_ bytes: [UInt8], chunk: Int, inFlight: Int, workersRun: Bool = true) throws -> ([UInt8], ParallelDeflater.Totals) {
        let output = LockedBytes()
        let deflater = workersRun
            ? ParallelDeflater(level: RawDeflate.fastest, chunksInFlight: inFlight) { output.append($0) }
            : ParallelDeflater(level: RawDeflate.fastest, chunksInFlight: inFlight, schedule: { _ in }) { output.append($0) }
        var start = 0
        while start < bytes.count {
            try deflater.submit(Array(bytes[start..<min(start + chunk, bytes.count)]))
            start += chunk
        }
        let totals = try deflater.finish()
        return (output.bytes, totals)
    }

    @Test func theParallelDeflaterKeepsOrderAndGivesTheSameBytesEachTime() throws {
        let bytes = Self.sample(count: 2_500_000, seed: 11)
        let (first, totals) = try Self.deflateInParallel(bytes, chunk: 100_000, inFlight: 6)
        let (again, _) = try Self.deflateInParallel(bytes, chunk: 100_000, inFlight: 1)
        #expect(first == again)
        #expect(totals.uncompressedSize == bytes.count)
        #expect(totals.compressedSize == first.count)
        #expect(totals.crc32 == CRC32.checksum(bytes))
        let end = try RawDeflate.compress([], level: 6)
        let inflated = try (first + end).withUnsafeBytes { try RawInflate.decompress($0, expectedSize: bytes.count) }
        #expect(inflated == bytes)
    }

    /// The workers share the few threads the exporters' tasks run on; with none free, the caller
    /// compresses the chunks itself (it used to wait, idle, for a thread to come free).
    @Test func theCallerCompressesWhatNoWorkerTakes() throws {
        let bytes = Self.sample(count: 1_000_000, seed: 17)
        let (withWorkers, totals) = try Self.deflateInParallel(bytes, chunk: 100_000, inFlight: 3)
        let (withoutWorkers, alone) = try Self.deflateInParallel(bytes, chunk: 100_000, inFlight: 3, workersRun: false)
        #expect(withoutWorkers == withWorkers)
        #expect(alone == totals)
    }

    struct SinkFull: Error {}

    @Test func aFailingSinkFailsTheStream() throws {
        let deflater = ParallelDeflater(level: 1, chunksInFlight: 2) { _ in throw SinkFull() }
        let bytes = Self.sample(count: 50_000, seed: 13)
        #expect(throws: SinkFull.self) {
            for _ in 0..<4 { try deflater.submit(bytes) }
            _ = try deflater.finish()
        }
    }
}

/// Bytes appended from the deflater's threads (it calls its sink under its own lock, one at a time).
final class LockedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [UInt8] = []
    func append(_ bytes: [UInt8]) { lock.withLock { stored.append(contentsOf: bytes) } }
    var bytes: [UInt8] { lock.withLock { stored } }
}
