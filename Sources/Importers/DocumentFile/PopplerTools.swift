import EvidenceModel
import EvidencePackCore
import Foundation
import Synchronization

/// Poppler's command-line tools (Debian's `poppler-utils`), used when installed: `pdftotext` for a
/// PDF's text and `pdfinfo` for metadata the byte reader cannot reach (compressed object streams,
/// encrypted files that open with an empty password). Each runs as a subprocess with a time limit.
public struct PopplerTools: Sendable {
    /// The `pdftotext` executable, or nil when it is not installed.
    public var pdftotext: URL?
    /// The `pdfinfo` executable, or nil when it is not installed.
    public var pdfinfo: URL?
    /// Seconds a tool may run on one file before it is stopped.
    public var timeoutSeconds: Double

    /// Tools at the given paths (nil = not installed).
    public init(pdftotext: URL?, pdfinfo: URL?, timeoutSeconds: Double = 60) {
        self.pdftotext = pdftotext
        self.pdfinfo = pdfinfo
        self.timeoutSeconds = timeoutSeconds
    }

    /// The tools found on `PATH` (then `/usr/bin`, `/usr/local/bin`, `/opt/homebrew/bin`).
    public static func fromPath(timeoutSeconds: Double = 60) -> PopplerTools {
        PopplerTools(pdftotext: find("pdftotext"), pdfinfo: find("pdfinfo"), timeoutSeconds: timeoutSeconds)
    }

    /// No tools: PDFs are read for metadata only.
    public static let none = PopplerTools(pdftotext: nil, pdfinfo: nil)

    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// What a tool run gave.
    enum RunResult {
        case finished(status: Int32, output: [UInt8])
        case timedOut
        case failedToStart(String)
    }

    /// Runs a tool through ``ChildProcess`` (its own process group, so a hung tool and anything it
    /// started are killed at the time limit); the first `outputLimit` bytes of its output are kept.
    static func run(_ executable: URL, arguments: [String], input: [UInt8], timeoutSeconds: Double, outputLimit: Int = 32 << 20) async -> RunResult {
        let collected = OutputCollector()
        let outcome: ChildProcessOutcome
        do {
            outcome = try await ChildProcess.run(executable: executable.path, arguments: arguments, input: Data(input), workingDirectory: nil,
                                                 limits: ChildProcessLimits(timeoutSeconds: timeoutSeconds, maxOutputBytes: outputLimit),
                                                 onOutput: { collected.append($0, limit: outputLimit) })
        } catch {
            return .failedToStart("\(error)")
        }
        if outcome.timedOut { return .timedOut }
        // Past the limit the tool is stopped; what came before the limit is kept, as a cut-off read would.
        if outcome.outputLimitExceeded { return .finished(status: 0, output: collected.bytes) }
        switch outcome.end {
        case .exited(let status): return .finished(status: status, output: collected.bytes)
        case .signalled(let signal): return .finished(status: 128 + signal, output: collected.bytes)
        }
    }

    /// Output gathered from a child process's chunks, up to a limit.
    final class OutputCollector: Sendable {
        private let storage = Mutex<[UInt8]>([])

        func append(_ chunk: Data, limit: Int) {
            storage.withLock { bytes in bytes.append(contentsOf: chunk.prefix(max(0, limit - bytes.count))) }
        }

        var bytes: [UInt8] { storage.withLock { $0 } }
    }

    /// `pdfinfo -isodates -enc UTF-8` fields (Title, Author, Subject, CreationDate, ModDate, Pages,
    /// Encrypted), or nil when pdfinfo is not installed or could not read the file.
    /// The PDF goes on stdin (`-`): no file name reaches the tool, so none can be taken for an option
    /// and the tool cannot open anything but the bytes the importer read through the guarded path.
    func info(of pdf: [UInt8]) async -> [String: String]? {
        guard let pdfinfo else { return nil }
        let result = await Self.run(pdfinfo, arguments: ["-isodates", "-enc", "UTF-8", "-"], input: pdf, timeoutSeconds: timeoutSeconds, outputLimit: 1 << 20)
        guard case .finished(0, let output) = result else { return nil }
        return Self.parseInfo(output)
    }

    static func parseInfo(_ output: [UInt8]) -> [String: String] {
        var fields: [String: String] = [:]
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            if fields[key] == nil, !value.isEmpty { fields[key] = value }
        }
        return fields
    }

    /// The metadata `pdfinfo` reports.
    static func metadata(fromInfo fields: [String: String]) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        metadata.title = fields["Title"]?.collapsingWhitespace.nilIfEmpty
        metadata.author = fields["Author"]?.collapsingWhitespace.nilIfEmpty
        metadata.subject = fields["Subject"]?.collapsingWhitespace.nilIfEmpty
        metadata.created = fields["CreationDate"].flatMap(MetadataDate.iso8601)
        metadata.modified = fields["ModDate"].flatMap(MetadataDate.iso8601)
        metadata.pageCount = fields["Pages"].flatMap { Int($0) }
        if metadata.title != nil || metadata.created != nil || metadata.modified != nil || metadata.author != nil {
            metadata.origin = "pdfinfo"
        }
        return metadata
    }

    /// What `pdftotext` made of a PDF.
    enum TextOutcome {
        case text(String)
        case failed(String)
        /// Stopped after the time limit (seconds).
        case timedOut(Double)
    }

    /// The PDF's text in reading order, pages separated by form feeds.
    /// The PDF goes on stdin (`-`), as for ``info(of:)``.
    func text(of pdf: [UInt8]) async -> TextOutcome? {
        guard let pdftotext else { return nil }
        let result = await Self.run(pdftotext, arguments: ["-enc", "UTF-8", "-eol", "unix", "-q", "-", "-"], input: pdf, timeoutSeconds: timeoutSeconds)
        switch result {
        case .finished(let status, let output):
            guard status == 0 else {
                // pdftotext's exit codes: 1 = cannot open, 3 = permissions (encrypted), 2 = cannot write.
                return .failed(status == 3 || status == 1 ? "pdftotext could not open it (encrypted or damaged)" : "pdftotext failed (exit \(status))")
            }
            return .text(String(decoding: output, as: UTF8.self))
        case .timedOut:
            return .timedOut(timeoutSeconds)
        case .failedToStart(let reason):
            return .failed("pdftotext could not be started: \(reason)")
        }
    }
}
