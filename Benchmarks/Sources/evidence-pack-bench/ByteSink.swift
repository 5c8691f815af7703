import Foundation

/// An append-only byte buffer that spills to a file every few MB, so generating a 130 MB CSV keeps
/// memory flat. Text goes in as UTF-8, or as Windows-1252 for pages that declare it.
struct ByteSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Whether `text(_:)` writes Windows-1252 instead of UTF-8.
    var windows1252 = false
    /// Bytes written so far.
    private(set) var count = 0

    init(path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot write \(path)")
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 22)
    }

    /// Appends text in the sink's encoding (unmappable characters become `?` in Windows-1252).
    mutating func text(_ string: String) {
        if windows1252 {
            for scalar in string.unicodeScalars {
                if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                    buffer.append(UInt8(scalar.value))
                } else {
                    buffer.append(Self.windows1252Bytes[scalar.value] ?? UInt8(ascii: "?"))
                }
            }
        } else {
            buffer.append(contentsOf: string.utf8)
        }
        if buffer.count >= 1 << 22 { flush() }
    }

    /// Writes what is buffered.
    mutating func flush() {
        count += buffer.count
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    mutating func close() {
        flush()
        try? handle.close()
    }

    /// The Windows-1252 bytes 0x80-0x9F for the punctuation Word pastes into council pages.
    private static let windows1252Bytes: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x2026: 0x85, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
        0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
    ]
}

/// A benchmark setup problem (bad option, unwritable folder, missing tool).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
