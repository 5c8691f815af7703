import EvidencePackCore
import Foundation

/// Writes one Annex A list as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so that Excel reads
/// the template's curly quotes), streaming through a buffer so a million rows never sit in memory.
///
/// A cell that a spreadsheet would run as a formula (`=HYPERLINK(...)`, leading `+ - @`, tab or
/// carriage return) is written with a leading apostrophe, as OWASP advises for CSV injection; plain
/// negative numbers are left alone.
final class AnnexAListCSVWriter {
    private let handle: FileHandle
    private let url: URL
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20

    /// `list-01.csv` .. `list-11.csv`: sorts in list order.
    static func fileName(list: Int) -> String {
        list < 10 ? "list-0\(list).csv" : "list-\(list).csv"
    }

    init(url: URL, headers: [String]) throws {
        self.url = url
        try SecureFileSystem.write(Data(), to: url)
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(Self.flushSize + 4096)
        buffer += [0xEF, 0xBB, 0xBF]
        try append(headers)
    }

    func append(_ fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            // Nearly every cell is printable ASCII with nothing to neutralise or quote: one pass over
            // its bytes settles that and copies them (three passes showed in a million-row list).
            var field = field
            let copied = field.withUTF8 { bytes -> Bool in
                guard Self.isPlain(bytes) else { return false }
                buffer.append(contentsOf: bytes)
                return true
            }
            if !copied { Self.encode(Self.neutralised(field), into: &buffer) }
        }
        buffer += [13, 10]
        if buffer.count >= Self.flushSize { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw AnnexAWriteError(description: "cannot write \(url.lastPathComponent): \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Whether a cell goes out as it is: printable ASCII, no comma or quote, not opening with a
    /// formula sign (what `neutralised` and `encode` would both leave alone).
    @inline(__always)
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        if first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") { return false }
        for byte in bytes where byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") {
            return false
        }
        return true
    }

    /// The text a spreadsheet will show as text. Line breaks become spaces (template cells are one
    /// line, and a break followed by `=` fools line-based tools into seeing a formula).
    static func neutralised(_ field: String) -> String {
        // Nearly every cell is printable ASCII that does not open with a formula sign: a byte check
        // settles it (walking characters for line breaks was a twentieth of a large pack's build).
        if let first = field.utf8.first, !"=+-@".utf8.contains(first),
           field.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return field
        }
        var field = field
        if field.contains(where: \.isNewline) {
            field = field.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        }
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        if first == "-" || first == "+", Double(field) != nil { return field }
        return "'" + field
    }

    /// Quotes a field when it holds a comma, quote or line break.
    static func encode(_ field: String, into buffer: inout [UInt8]) {
        let bytes = field.utf8
        guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) else {
            buffer += bytes
            return
        }
        buffer.append(UInt8(ascii: "\""))
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            buffer.append(byte)
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
