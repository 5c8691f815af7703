import EvidenceModel

/// Collects diagnostics for one file, keeping at most a few of each kind per column so that a
/// million bad rows cost a summary line, not a million messages (and not the memory for them).
///
/// A kind (code + column name) can be registered once as a `Kind` number, so that a finding on
/// a hot path costs a counter, and its message is only written while under the limit.
struct DiagnosticSink {
    /// A registered kind of finding: an index into the sink's counters.
    struct Kind: Hashable {
        fileprivate let index: Int
    }

    let path: String
    let limitPerKind: Int
    private(set) var diagnostics: [Diagnostic] = []
    private var kindIndexes: [String: Int] = [:]
    private var kinds: [(key: String, count: Int, severity: Diagnostic.Severity, what: String)] = []

    init(path: String, limitPerKind: Int = 20) {
        self.path = path
        self.limitPerKind = limitPerKind
    }

    /// The kind of a code in a column (the same number for the same code and column name).
    mutating func kind(_ code: String, columnName: String = "") -> Kind {
        let key = code + "\u{1F}" + columnName
        if let index = kindIndexes[key] { return Kind(index: index) }
        kinds.append((key, 0, .note, columnName.isEmpty ? code : "\(code) in column '\(columnName)'"))
        kindIndexes[key] = kinds.count - 1
        return Kind(index: kinds.count - 1)
    }

    /// Counts a finding of a registered kind; writes its message only while the kind is under
    /// its limit (the first finding of a kind sets the severity its summary carries).
    @inline(__always)
    mutating func add(_ kind: Kind, _ severity: Diagnostic.Severity, _ code: String, line: Int?, column: Int? = nil,
                      _ message: () -> String) {
        let count = kinds[kind.index].count + 1
        kinds[kind.index].count = count
        if count == 1 { kinds[kind.index].severity = severity }
        guard count <= limitPerKind else { return }
        diagnostics.append(Diagnostic(severity, code: code, message: message(),
                                      location: SourceLocation(path: path, line: line, column: column), step: "import"))
    }

    /// Adds a diagnostic unless this kind (code + column name) has reached its limit.
    mutating func add(_ severity: Diagnostic.Severity, _ code: String, _ message: @autoclosure () -> String, line: Int?, column: Int? = nil, columnName: String = "") {
        let registered = kind(code, columnName: columnName)
        add(registered, severity, code, line: line, column: column, message)
    }

    /// Adds a diagnostic with no limit (file-level findings).
    mutating func always(_ severity: Diagnostic.Severity, _ code: String, _ message: String, line: Int? = nil, column: Int? = nil) {
        diagnostics.append(Diagnostic(severity, code: code, message: message,
                                      location: SourceLocation(path: path, line: line, column: column), step: "import"))
    }

    /// The diagnostics, plus one summary per kind that went over the limit.
    func finished() -> [Diagnostic] {
        var result = diagnostics
        for entry in kinds.sorted(by: { $0.key < $1.key }) where entry.count > limitPerKind {
            result.append(Diagnostic(entry.severity, code: "csv.more",
                message: "\(entry.count - limitPerKind) more of \(entry.what) (\(entry.count) in all; the first \(limitPerKind) are listed)",
                location: SourceLocation(path: path), step: "import"))
        }
        return result
    }
}
