import Foundation
import Deflate

/// A zip entry's decompressed bytes as a pull stream, for `XMLStreamReader`, inflated ahead on a
/// helper thread that hands at most a few 64 KiB chunks over at a time: inflating a large sheet
/// then overlaps with parsing it (a 1M-row workbook is read about a tenth faster than inflating
/// on demand). Memory stays flat however large the entry is. `close()` stops the helper and waits
/// for it, so the entry's reader is never used by two threads at once.
final class ZipEntryStream: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [Data] = []
    private var finished = false
    private var cancelled = false
    private var failure: Error?
    private var current = Data()
    private var offset = 0
    private var started = false
    private let reader: ZipEntryReader

    /// Chunks waiting at most (×64 KiB).
    static let queueDepth = 4

    struct Cancelled: Error {}

    /// A stream of the entry's bytes, stopping with `ZipArchive.Failure.tooLarge` past `limit`.
    init(archive: ZipArchive, entry: ZipArchive.Entry, limit: Int) {
        reader = archive.reader(for: entry, limit: limit)
    }

    private func start() {
        started = true
        let thread = Thread { [self] in
            do {
                var buffer = [UInt8](repeating: 0, count: 64 << 10)
                while case let count = try buffer.withUnsafeMutableBytes({ try reader.read(into: $0) }), count > 0 {
                    try put(Data(buffer[..<count]))
                }
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
