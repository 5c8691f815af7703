import EvidenceModel

/// Collects diagnostics for one file, keeping at most a few of each kind per column so that a
/// million bad rows cost a summary line, not a million messages (and not the memory for them).
struct DiagnosticSink {
    let path: String
    let limitPerKind: Int
    private(set) var diagnostics: [Diagnostic] = []
    private var counts: [String: (count: Int, severity: Diagnostic.Severity, what: String)] = [:]

    init(path: String, limitPerKind: Int = 20) {
        self.path = path
        self.limitPerKind = limitPerKind
    }

    /// Adds a diagnostic unless this kind (code + column name) has reached its limit.
    mutating func add(_ severity: Diagnostic.Severity, _ code: String, _ message: String, line: Int?, column: Int? = nil, columnName: String = "") {
        let key = code + "\u{1F}" + columnName
        var entry = counts[key] ?? (0, severity, columnName.isEmpty ? code : "\(code) in column '\(columnName)'")
        entry.count += 1
        counts[key] = entry
        guard entry.count <= limitPerKind else { return }
        diagnostics.append(Diagnostic(severity, code: code, message: message,
                                      location: SourceLocation(path: path, line: line, column: column), step: "import"))
    }

    /// Adds a diagnostic with no limit (file-level findings).
    mutating func always(_ severity: Diagnostic.Severity, _ code: String, _ message: String, line: Int? = nil, column: Int? = nil) {
        diagnostics.append(Diagnostic(severity, code: code, message: message,
                                      location: SourceLocation(path: path, line: line, column: column), step: "import"))
    }

    /// The diagnostics, plus one summary per kind that went over the limit.
    func finished() -> [Diagnostic] {
        var result = diagnostics
        for (key, entry) in counts.sorted(by: { $0.key < $1.key }) where entry.count > limitPerKind {
            _ = key
            result.append(Diagnostic(entry.severity, code: "csv.more",
                message: "\(entry.count - limitPerKind) more of \(entry.what) (\(entry.count) in all; the first \(limitPerKind) are listed)",
                location: SourceLocation(path: path), step: "import"))
        }
        return result
    }
}
