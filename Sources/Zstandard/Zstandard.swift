import CZstd
import Synchronization

/// Zstandard frames, one call each way: the import cache's entries and the exporters' memos, which a
/// nightly build reads by the ten thousand. Zstandard at level 1 packs them a little smaller than
/// zlib's fastest level and inflates them about three times as fast (a large pack's 125 MB of
/// entries: 33.6 MB against 35.8 in `zstd -b1`; inflating them took 0.13 CPU-s against zlib's 0.36 in
/// a next-day build's profile).
public enum Zstandard {
    /// A failed compression or a frame that is not what its container says.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The level the cache writes at: the fastest of the standard levels.
    public static let fastest: Int32 = 1

    /// One frame holding `bytes`, its content size recorded in the frame header.
    public static func compress(_ bytes: UnsafeRawBufferPointer, level: Int32 = fastest) throws -> [UInt8] {
        let bound = ZSTD_compressBound(bytes.count)
        guard ZSTD_isError(bound) == 0 else { throw Failure(description: "\(bytes.count) bytes are too many for one Zstandard frame") }
        var failure: String?
        let frame = try ContextPool.compression.withContext { context in
            [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
                let written = ZSTD_compressCCtx(context, buffer.baseAddress, bound, bytes.baseAddress, bytes.count, level)
                if ZSTD_isError(written) != 0 {
                    failure = String(cString: ZSTD_getErrorName(written))
                    count = 0
                } else {
                    count = written
                }
            }
        }
        if let failure { throw Failure(description: "Zstandard compression failed: \(failure)") }
        return frame
    }

    /// `compress` for an array.
    public static func compress(_ bytes: [UInt8], level: Int32 = fastest) throws -> [UInt8] {
        try bytes.withUnsafeBytes { try compress($0, level: level) }
    }

    /// The content of the first frame in `data`, which must hold exactly `expectedSize` bytes (what
    /// the container says, and a cap on what is allocated); bytes after the frame are not read.
    public static func decompress(_ data: UnsafeRawBufferPointer, expectedSize: Int) throws -> [UInt8] {
        guard let base = data.baseAddress, expectedSize >= 0 else { throw Failure(description: "no Zstandard frame") }
        let declared = ZSTD_getFrameContentSize(base, data.count)
        guard declared == UInt64(expectedSize) else {
            throw Failure(description: "the Zstandard frame's header does not give \(expectedSize) bytes of content")
        }
        let frameSize = ZSTD_findFrameCompressedSize(base, data.count)
        guard ZSTD_isError(frameSize) == 0 else { throw Failure(description: "the Zstandard frame is incomplete") }
        var failure: String?
        let content = try ContextPool.decompression.withContext { context in
            [UInt8](unsafeUninitializedCapacity: expectedSize) { buffer, count in
                let produced = ZSTD_decompressDCtx(context, buffer.baseAddress, expectedSize, base, frameSize)
                if ZSTD_isError(produced) != 0 {
                    failure = String(cString: ZSTD_getErrorName(produced))
                    count = 0
                } else if produced != expectedSize {
                    failure = "\(produced) bytes of content, not \(expectedSize)"
                    count = 0
                } else {
                    count = produced
                }
            }
        }
        if let failure { throw Failure(description: "Zstandard decompression failed: \(failure)") }
        return content
    }
}

/// Zstandard contexts kept for reuse: `ZSTD_compress` and `ZSTD_decompress` make and free one per
/// call, and on 10,000 small cache entries making the context cost more than the decoding.
final class ContextPool: Sendable {
    /// One context; used by one thread at a time (taken, then given back).
    struct Context: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    static let compression = ContextPool(make: { ZSTD_createCCtx() }, free: { ZSTD_freeCCtx($0) })
    static let decompression = ContextPool(make: { ZSTD_createDCtx() }, free: { ZSTD_freeDCtx($0) })

    private let idle = Mutex<[Context]>([])
    private let make: @Sendable () -> OpaquePointer?
    private let free: @Sendable (OpaquePointer) -> Void

    init(make: @escaping @Sendable () -> OpaquePointer?, free: @escaping @Sendable (OpaquePointer) -> Void) {
        self.make = make
        self.free = free
    }

    /// Runs `body` with an idle context (or a new one), then keeps it for the next call.
    func withContext<Result>(_ body: (OpaquePointer) throws -> Result) throws -> Result {
        let context: Context
        if let idleContext = idle.withLock({ $0.popLast() }) {
            context = idleContext
        } else {
            guard let pointer = make() else { throw Zstandard.Failure(description: "cannot allocate a Zstandard context") }
            context = Context(pointer: pointer)
        }
        defer {
            // A few at most are kept: one per core is all that run at once.
            let kept = idle.withLock { contexts -> Bool in
                guard contexts.count < 16 else { return false }
                contexts.append(context)
                return true
            }
            if !kept { free(context.pointer) }
        }
        return try body(context.pointer)
    }
}
