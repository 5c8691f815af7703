import EvidenceModel
import Foundation

/// Reads an external importer's stdout as JSON Lines while it arrives: record and diagnostic lines,
/// then one `done` line. The first broken rule stops it, and the file gets that one failure.
///
/// Used by one thread at a time: the runner's thread while the process runs, then the caller's.
final class ExternalOutputParser: @unchecked Sendable {
    /// What went wrong with the output, if anything (the first problem only).
    private(set) var failure: (code: String, message: String)?
    /// Records read so far, with their line ranges.
    private(set) var records: [Record.Content] = []
    private(set) var lineRanges: [ClosedRange<Int>?] = []
    /// Diagnostics the importer reported.
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether the `done` line was read.
    private(set) var finished = false

    private let sourcePath: String
    private var pending = Data()
    private var lineNumber = 0
    private let decoder = JSONDecoder()

    init(sourcePath: String) {
        self.sourcePath = sourcePath
    }

    /// Takes the next chunk of stdout, parsing every complete line in it. Only the new chunk is
    /// searched for line ends, so a record line of many megabytes costs linear time.
    func consume(_ chunk: Data) {
        var rest = chunk[...]
        while failure == nil, let newline = rest.firstIndex(of: 0x0A) {
            if pending.isEmpty {
                parse(line: Data(rest[rest.startIndex..<newline]))
            } else {
                pending.append(rest[rest.startIndex..<newline])
                let line = pending
                pending = Data()
                parse(line: line)
            }
            rest = rest[rest.index(after: newline)...]
        }
        if failure == nil { pending.append(rest) }
    }

    /// Call at the end of the output: a last line without a newline is parsed too.
    func finish() {
        if failure == nil, !pending.isEmpty {
            let line = pending
            pending.removeAll()
            parse(line: line)
        }
        if failure == nil, !finished {
            fail("external.missing-done", "the importer's output ended without a 'done' line (output line \(lineNumber + 1))")
        }
    }

    private func fail(_ code: String, _ message: String) {
        if failure == nil { failure = (code, message) }
    }

    private func parse(line: Data) {
        lineNumber += 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
        if finished {
            fail("external.malformed-output", "output line \(lineNumber) comes after the 'done' line")
            return
        }
        let decoded: ExternalOutputLine
        do {
            decoded = try decoder.decode(ExternalOutputLine.self, from: line)
        } catch {
            fail("external.malformed-output", "output line \(lineNumber) is not a valid protocol line: \(Self.reason(error))")
            return
        }
        switch decoded {
        case .record(let content, let first, let last):
            records.append(content)
            if let first, let last, first >= 1, last >= first {
                lineRanges.append(first...last)
            } else {
                lineRanges.append(first.flatMap { $0 >= 1 ? $0...$0 : nil })
            }
        case .diagnostic(let severity, let code, let message, let line, let column):
            guard Self.isValidCode(code), !message.isEmpty else {
                fail("external.malformed-output", "output line \(lineNumber): a diagnostic needs a dotted code (like 'kpi.value.blank') and a message")
                return
            }
            diagnostics.append(Diagnostic(severity, code: code, message: message,
                location: SourceLocation(path: sourcePath, line: line.flatMap { $0 >= 1 ? $0 : nil },
                                         column: line == nil ? nil : column.flatMap { $0 >= 1 ? $0 : nil }),
                step: "import"))
        case .done(let protocolVersion, let count):
            guard protocolVersion == ExternalImporterProtocol.version else {
                fail("external.protocol-version", "the importer answered with protocol version \(protocolVersion); this tool speaks version \(ExternalImporterProtocol.version)")
                return
            }
            guard count == records.count else {
                fail("external.malformed-output", "the 'done' line counts \(count) records but \(records.count) were written")
                return
            }
            finished = true
        }
    }

    /// A dotted code: letters, digits, '-' and '_' in at least two parts.
    static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        }
    }

    /// A short reason for a decoding error, naming the field but never quoting the line's values.
    static func reason(_ error: Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "" : " at \(keys.joined(separator: "."))"
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context): return "missing '\(key.stringValue)'\(path(context))"
        case DecodingError.typeMismatch(_, let context): return "wrong type\(path(context))"
        case DecodingError.valueNotFound(_, let context): return "missing value\(path(context))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "invalid value\(path(context))"
        default: return "not JSON"
        }
    }
}
