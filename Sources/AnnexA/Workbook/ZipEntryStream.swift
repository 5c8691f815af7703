import Foundation
import ZIPFoundation

/// A zip entry's decompressed bytes as a pull stream, for `XMLStreamReader`: ZIPFoundation pushes
/// chunks from its own loop, so that loop runs on a helper thread and hands at most a few 64 KiB
/// chunks over at a time. Memory stays flat however large the entry is. `close()` stops the helper
/// and waits for it, so the archive is never used by two threads at once.
final class ZipEntryStream: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [Data] = []
    private var finished = false
    private var cancelled = false
    private var failure: Error?
    private var current = Data()
    private var offset = 0
    private var started = false
    private let archive: Archive
    private let entry: Entry
    /// The most decompressed bytes read from one entry (a zip bomb stops here).
    private let limit: Int64
    private var produced: Int64 = 0

    /// Chunks waiting at most (×64 KiB).
    static let queueDepth = 4

    struct Cancelled: Error {}

    /// The entry's decompressed size passed `limit`.
    struct TooLarge: Error, CustomStringConvertible {
        let entry: String
        var description: String { "\(entry) is larger than this reader accepts once decompressed" }
    }

    init(archive: Archive, entry: Entry, limit: Int64) {
        self.archive = archive
        self.entry = entry
        self.limit = limit
    }

    private func start() {
        started = true
        let thread = Thread { [self] in
            do {
                _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { data in try self.put(data) }
                done(nil)
            } catch {
                done(error)
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    private func put(_ data: Data) throws {
        condition.lock()
        defer { condition.unlock() }
        produced += Int64(data.count)
        if produced > limit { throw TooLarge(entry: entry.path) }
        while chunks.count >= Self.queueDepth && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        chunks.append(data)
        condition.broadcast()
    }

    private func done(_ error: Error?) {
        condition.lock()
        finished = true
        if !(error is Cancelled) { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    /// Copies up to `buffer.count` bytes; 0 at the end of the entry. Throws the extraction's error
    /// (a damaged entry, a CRC mismatch, an entry too large).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if !started { start() }
        while offset >= current.count {
            condition.lock()
            while chunks.isEmpty && !finished { condition.wait() }
            if chunks.isEmpty {
                let failure = self.failure
                condition.unlock()
                if let failure { throw failure }
                return 0
            }
            current = chunks.removeFirst()
            offset = 0
            condition.broadcast()
            condition.unlock()
        }
        let count = min(buffer.count, current.count - offset)
        current.withUnsafeBytes { bytes in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
        }
        offset += count
        return count
    }

    /// Stops the helper (if it runs) and waits for it to leave the archive.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        guard started else { return }
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        chunks.removeAll()
    }

    deinit { close() }
}
