import EvidenceModel

/// A list's findings in one column, counted by rule, listed or not: what the `annexa.column.summary`
/// note says after each list. Its message is its serialisation (`List 8 'Placement postcode': 2
/// findings: annexa.postcode.invalid 1 (error), annexa.required 1 (error)`), made and read back here
/// only, so the validation report, the index and the workbook's findings sheet count the same.
public struct AnnexAColumnSummary: Equatable, Sendable {
    /// One rule's count.
    public struct Entry: Equatable, Sendable {
        /// The finding's code (`annexa.required`).
        public var code: String
        public var count: Int
        public var severity: Diagnostic.Severity

        /// Makes an entry.
        public init(code: String, count: Int, severity: Diagnostic.Severity) {
            self.code = code
            self.count = count
            self.severity = severity
        }
    }

    /// The diagnostic code of the note.
    public static let code = "annexa.column.summary"

    /// The list's sheet name (`List 8`).
    public var sheet: String
    /// The template column's header.
    public var column: String
    /// Counts by rule: errors first, then the most frequent.
    public var entries: [Entry]

    /// Makes a summary; the entries are put in their order (errors first, then by count, then by code).
    public init(sheet: String, column: String, entries: [Entry]) {
        self.sheet = sheet
        self.column = column
        self.entries = entries.sorted { ($0.severity, $0.count, $1.code) > ($1.severity, $1.count, $0.code) }
    }

    /// All findings counted.
    public var total: Int { entries.reduce(0) { $0 + $1.count } }

    /// The note's message.
    public var message: String {
        let parts = entries.map { "\($0.code) \($0.count) (\($0.severity.rawValue)\($0.count == 1 ? "" : "s"))" }
        return "\(sheet) '\(column)': \(total) finding\(total == 1 ? "" : "s"): \(parts.joined(separator: ", "))"
    }

    /// Reads a note's message back; nil when it is not one.
    public init?(message: String) {
        // The header may hold an apostrophe (`children's`); the counts never hold "': ".
        guard let open = message.range(of: " '"), let close = message.range(of: "': ", options: .backwards),
              open.upperBound <= close.lowerBound else { return nil }
        let sheet = String(message[..<open.lowerBound]), column = String(message[open.upperBound..<close.lowerBound])
        let rest = message[close.upperBound...]
        guard let colon = rest.range(of: ": ") else { return nil }
        var entries: [Entry] = []
        for part in rest[colon.upperBound...].components(separatedBy: ", ") {
            let words = part.split(separator: " ")
            guard words.count == 3, let count = Int(words[1]), words[2].hasPrefix("("), words[2].hasSuffix(")") else { return nil }
            var severity = String(words[2].dropFirst().dropLast())
            if count != 1, severity.hasSuffix("s") { severity.removeLast() }
            guard let parsed = Diagnostic.Severity(rawValue: severity) else { return nil }
            entries.append(Entry(code: String(words[0]), count: count, severity: parsed))
        }
        guard !entries.isEmpty else { return nil }
        self.init(sheet: sheet, column: column, entries: entries)
        guard self.message == message else { return nil }
    }
}
