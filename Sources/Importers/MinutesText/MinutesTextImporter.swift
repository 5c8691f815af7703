import EvidenceModel
import EvidencePackCore
import Foundation

/// Reads committee minutes, agenda items, issue histories, decisions, notes and committee reports
/// saved as text from council democracy websites (ModernGov, AKS, plain council sites) into a `Document`.
public struct MinutesTextImporter: Importer {
    /// A stateless importer; one instance serves every file.
    public init() {}

    /// The importer's identity; the version changes whenever the output for the same input changes.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "minutes-text", version: "0.241.0", role: .importer,
                         summary: "committee minutes, agenda items, issue pages and reports as text",
                         mediaTypes: ["text/plain"], fileExtensions: ["txt", "text"], readsReferenceDate: false)
    }

    /// Words that mark council meeting text.
    static let markers = ["minutes:", "agenda item", "resolved", "agenda and minutes", "issue - meetings",
                          "meeting:", "apologies", "declarations of interest", "committee", "decision:", "agreed",
                          "report of", "lead member", "classification"]

    /// How sure the importer is that a file is minutes text: plain text only, more sure with council words.
    public func confidence(for probe: SourceProbe) -> Double {
        guard ["txt", "text", ""].contains(probe.fileExtension), !probe.head.contains(0) else { return 0 }
        let text = probe.headText
        if Self.looksTabular(text) { return 0 }
        let hits = Self.markers.filter(probe.headContains).count
        return hits >= 2 ? 0.8 : hits == 1 ? 0.5 : 0.2
    }

    /// Text whose lines are mostly delimited records with one field count (3 or more fields) is a table
    /// export, perhaps of child-level rows, not minutes: read as prose, every row would land in the
    /// pack's documents. Declined, it is listed as unclaimed (or read by a table importer).
    static func looksTabular(_ text: String) -> Bool {
        let lines = text.split(whereSeparator: \.isNewline).prefix(50)
        guard lines.count >= 3 else { return false }
        for delimiter: Character in [",", "\t", ";", "|"] {
            var linesByCount: [Int: Int] = [:]
            for line in lines { linesByCount[line.filter { $0 == delimiter }.count, default: 0] += 1 }
            if let (separators, count) = linesByCount.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
               separators >= 2, count >= 3, count * 4 >= lines.count * 3, !holdsProse(lines, delimiter: delimiter) {
                return true
            }
        }
        return false
    }

    /// Whether a table's cells hold sentences (three words or more each on average), as an agenda's rows do
    /// ("2 | Declarations of Interest Members should declare …"): a record's cells hold a word or two.
    static func holdsProse(_ lines: ArraySlice<Substring>, delimiter: Character) -> Bool {
        var cells = 0, words = 0
        for line in lines where line.contains(delimiter) {
            for cell in line.split(separator: delimiter) {
                let count = cell.split(separator: " ").count
                if count > 0 { cells += 1; words += count }
            }
        }
        return cells > 0 && words >= cells * 3
    }

    /// A full ISO date (`2018-12-17`) in a path's last component, else nil.
    static func isoDate(inFileName path: String) -> CalendarDate? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        // Digits around the date would make it part of a longer number.
        for match in name.matches(of: Self.isoDateInName)
        where match.output.1.isEmpty && match.output.5.isEmpty {
            if let year = Int(match.output.2), let month = Int(match.output.3), let day = Int(match.output.4),
               let date = CalendarDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    /// 8 MiB: real minutes are well under 1 MB, and the reader holds about 18 times what it reads
    /// (lines, blocks, facts), so this keeps one huge text file near 150 MB (`maxFileBytes` raises it).
    public static let defaultMaximumBytes = 8 << 20

    /// Reads one file into one document (and a list of meetings' meetings, one record each); what cannot be understood becomes diagnostics naming file:line.
    public func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        // A huge file is read only as far as the limit (option `maxFileBytes`), so memory stays bounded.
        let limit = BoundedFileContents.limit(from: context.options, default: Self.defaultMaximumBytes)
        let contents = try BoundedFileContents.read(relativePath: source.path, root: context.inputsRoot, limit: limit)
        let decoded = TextDecoding.decode(contents.bytes, allowTruncatedTail: contents.isTruncated)
        var diagnostics: [Diagnostic] = []
        if contents.isTruncated {
            diagnostics.append(Diagnostic(.warning, code: "minutes.too-large", message: contents.tooLargeMessage,
                                          location: SourceLocation(path: source.path)))
        }
        if decoded.encoding != "UTF-8" {
            diagnostics.append(Diagnostic(.note, code: "minutes.encoding",
                message: "read as \(decoded.encoding) (not valid UTF-8)", location: SourceLocation(path: source.path)))
        }
        var reading = MinutesTextReading.read(decoded.text)
        // The text states no date: a full ISO date in the file name ("agenda_2018-12-17.txt") dates the
        // file, said as such; nothing else is guessed.
        if reading.document.effectiveDate == nil, let date = Self.isoDate(inFileName: source.path) {
            reading.document.date = date
            reading.document.dateBasis = "file name"
            reading.issues.removeAll { $0.code == "minutes.no-date" }
            reading.issues.append(ReadingIssue(severity: .note, code: "minutes.date-from-file-name",
                message: "the text states no date; the file name's date \(date.iso8601) is used as the document's date", line: nil))
        }
        for issue in reading.issues {
            diagnostics.append(Diagnostic(issue.severity, code: issue.code, message: issue.message,
                                          location: SourceLocation(path: source.path, line: issue.line)))
        }
        let lineCount = max(1, reading.lineCount)
        let listed = reading.listed.map { (record: Record.Content.document($0.meeting), lines: Optional($0.line...$0.line)) }
        return ImportResult(records: [.document(reading.document)] + listed.map(\.record),
                            lineRanges: [1...lineCount] + listed.map(\.lines), diagnostics: diagnostics)
    }
}

extension MinutesTextImporter {
    /// What the reader makes of a page's text given whole (the HTML importer's rendering of a page of no known
    /// layout): the document, the meetings a list of them names, and whether a council layout was recognised
    /// (minutes, an agenda, a meeting, a report…); a text read only as paragraphs is not.
    public static func reading(text: String) -> (document: Document, listed: [Document], recognisedLayout: Bool) {
        let reading = MinutesTextReading.read(text)
        let recognised = !reading.issues.contains { $0.code == "minutes.unrecognised-layout" }
        return (reading.document, reading.listed.map(\.meeting), recognised)
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension MinutesTextImporter {
    /// An ISO date inside a file name, with the digits around it (to refuse longer numbers).
    nonisolated(unsafe) static let isoDateInName = /([0-9]*)((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})([0-9]*)/
}
