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
    private let chunksInFlight: Int
    private let schedule: @Sendable (@escaping @Sendable () -> Void) -> Void
    /// Guards everything below, and is signalled whenever a chunk is delivered.
    private let condition = NSCondition()
    /// Chunks handed over and not yet taken, oldest first.
    private var pending: [(sequence: Int, chunk: [UInt8])] = []
    /// Chunks taken (by a worker or the caller) and not yet delivered.
    private var running = 0
    private var finished: [Int: (compressed: [UInt8], crc: UInt32, length: Int)] = [:]
    private var nextToWrite = 0
    private var totals = Totals()
    private var failure: (any Error)?
    // The producer's side.
    private var nextSequence = 0

    /// - Parameters:
    ///   - level: the zlib level (`RawDeflate.fastest` for speed).
    ///   - chunksInFlight: chunks compressed or waiting at once (default: twice the cores).
    ///   - schedule: runs a worker's job on another thread (default: the global queue). Whether and
    ///     when it runs changes only the speed: the caller compresses whatever no worker has taken.
    ///   - sink: receives the compressed chunks in order (called under a lock, one at a time).
    public init(level: Int32, chunksInFlight: Int = 2 * ProcessInfo.processInfo.activeProcessorCount,
                schedule: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void = { DispatchQueue.global().async(execute: $0) },
                sink: @escaping ([UInt8]) throws -> Void) {
        self.level = level
        self.sink = sink
        self.chunksInFlight = max(chunksInFlight, 1)
        self.schedule = schedule
    }

    /// The chunk size callers should hand over: large enough that a sync flush per chunk costs
    /// nothing worth measuring, small enough to spread over the cores. Each worksheet being written
    /// holds up to `chunksInFlight` + 1 of them: 1 MiB chunks were 10 MB of a 10,000-page build's
    /// peak; at 512 KiB the workbook grows by 0.3 % (each chunk starts without the window before it).
    public static let chunkSize = 1 << 19

    /// Hands one chunk over. While `chunksInFlight` are waiting or being compressed, the caller
    /// compresses waiting chunks itself rather than blocking: the workers come from the same few
    /// threads as the exporters' tasks, so a caller that only waited could hold a thread idle until
    /// another exporter finished (measured: the Annex A exporter idle 0.8 s of a next-day build).
    /// Throws the first failure of an earlier chunk.
    public func submit(_ chunk: [UInt8]) throws {
        guard !chunk.isEmpty else { return }
        try rethrowFailure()
        condition.withLock {
            pending.append((nextSequence, chunk))
            nextSequence += 1
        }
        schedule { [self] in _ = compressOne() }
        while condition.withLock({ pending.count + running > chunksInFlight }) {
            if !compressOne() { waitForDelivery { pending.count + running > chunksInFlight } }
        }
    }

    /// Compresses every chunk still waiting, waits for those being compressed, and returns what was
    /// compressed (or the first failure).
    public func finish() throws -> Totals {
        while compressOne() {}
        waitForDelivery { running > 0 }
        try rethrowFailure()
        return condition.withLock { totals }
    }

    /// Takes the oldest waiting chunk, compresses it and delivers it; false when none was waiting.
    private func compressOne() -> Bool {
        // Taken and counted as running in one step, so `finish` never sees it in neither list.
        let taken = condition.withLock { () -> (sequence: Int, chunk: [UInt8])? in
            guard !pending.isEmpty else { return nil }
            running += 1
            return pending.removeFirst()
        }
        guard let (sequence, chunk) = taken else { return false }
        let compressed: [UInt8]
        do {
            compressed = try chunk.withUnsafeBytes { try RawDeflate.compress($0, level: level, final: false) }
        } catch {
            condition.withLock {
                if failure == nil { failure = error }
                running -= 1
                condition.broadcast()
            }
            return true
        }
        do {
            try deliver(sequence: sequence, compressed: compressed, crc: CRC32.checksum(chunk), length: chunk.count)
        } catch {
            condition.withLock { if failure == nil { failure = error } }
        }
        return true
    }

    /// Blocks while `stillWaiting` holds (checked under the lock); only chunks already taken, so being
    /// compressed on a running thread, are waited for.
    private func waitForDelivery(while stillWaiting: () -> Bool) {
        condition.lock()
        while stillWaiting() { condition.wait() }
        condition.unlock()
    }

    private func deliver(sequence: Int, compressed: [UInt8], crc: UInt32, length: Int) throws {
        condition.lock()
        defer {
            running -= 1
            condition.broadcast()
            condition.unlock()
        }
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

    private func rethrowFailure() throws {
        if let failure = condition.withLock({ failure }) { throw failure }
    }
}
