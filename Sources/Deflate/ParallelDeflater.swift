import Dispatch
import Foundation

/// Compresses a long byte stream on every core: the stream is cut into chunks of a fixed size, each
/// chunk is compressed on its own (`RawDeflate`, not final) on a worker thread, and the compressed
/// chunks reach `sink` in order, on one thread at a time. At most `chunksInFlight` chunks wait, so
/// memory stays flat however long the stream. The cuts depend only on the byte count, so the same
/// bytes always compress to the same output.
///
/// The output never ends the DEFLATE stream (its last block is a sync flush): the caller appends a
/// final piece, e.g. the end of an XML document compressed with `final: true`.
public final class ParallelDeflater: @unchecked Sendable {
    /// What was compressed so far.
    public struct Totals: Sendable, Equatable {
        /// The CRC-32 of the uncompressed bytes.
        public var crc32: UInt32 = 0
        /// Bytes in.
        public var uncompressedSize = 0
        /// Bytes out.
        public var compressedSize = 0

        public init(crc32: UInt32 = 0, uncompressedSize: Int = 0, compressedSize: Int = 0) {
            self.crc32 = crc32
            self.uncompressedSize = uncompressedSize
            self.compressedSize = compressedSize
        }
    }

    private let level: Int32
    private let sink: ([UInt8]) throws -> Void
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()
    private let lock = NSLock()
    // Guarded by `lock`.
    private var finished: [Int: (compressed: [UInt8], crc: UInt32, length: Int)] = [:]
    private var nextToWrite = 0
    private var totals = Totals()
    private var failure: (any Error)?
    // The producer's side.
    private var nextSequence = 0

    /// - Parameters:
    ///   - level: the zlib level (`RawDeflate.fastest` for speed).
    ///   - chunksInFlight: chunks compressed or waiting at once (default: twice the cores).
    ///   - sink: receives the compressed chunks in order (called under a lock, one at a time).
    public init(level: Int32, chunksInFlight: Int = 2 * ProcessInfo.processInfo.activeProcessorCount,
                sink: @escaping ([UInt8]) throws -> Void) {
        self.level = level
        self.sink = sink
        slots = DispatchSemaphore(value: max(chunksInFlight, 1))
    }

    /// The chunk size callers should hand over: large enough that a sync flush per chunk costs
    /// nothing worth measuring, small enough to spread over the cores.
    public static let chunkSize = 1 << 20

    /// Hands one chunk over (waits while `chunksInFlight` are busy). Throws the first failure of an
    /// earlier chunk.
    public func submit(_ chunk: [UInt8]) throws {
        guard !chunk.isEmpty else { return }
        try rethrowFailure()
        slots.wait()
        let sequence = nextSequence
        nextSequence += 1
        DispatchQueue.global().async(group: group) { [self] in
            defer { slots.signal() }
            do {
                let compressed = try chunk.withUnsafeBytes { try RawDeflate.compress($0, level: level, final: false) }
                let crc = CRC32.checksum(chunk)
                try deliver(sequence: sequence, compressed: compressed, crc: crc, length: chunk.count)
            } catch {
                lock.withLock { if failure == nil { failure = error } }
            }
        }
    }

    /// Waits for every chunk and returns what was compressed (or the first failure).
    public func finish() throws -> Totals {
        group.wait()
        try rethrowFailure()
        return lock.withLock { totals }
    }

    private func deliver(sequence: Int, compressed: [UInt8], crc: UInt32, length: Int) throws {
        try lock.withLock {
            finished[sequence] = (compressed, crc, length)
            while let next = finished.removeValue(forKey: nextToWrite) {
                guard failure == nil else { return }
                try sink(next.compressed)
                totals.crc32 = CRC32.combine(totals.crc32, next.crc, secondLength: next.length)
                totals.uncompressedSize += next.length
                totals.compressedSize += next.compressed.count
                nextToWrite += 1
            }
        }
    }

    private func rethrowFailure() throws {
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
