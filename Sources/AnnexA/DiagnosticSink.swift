import EvidenceModel

/// Collects diagnostics for one file, keeping at most a few of each kind per column so that a
/// million bad rows cost a summary line, not a million messages (and not the memory for them).
///
/// A kind (code + column name) can be registered once as a `Kind` number, so that a finding on
/// a hot path costs a counter, and its message is only written while under the limit.
///
/// `Codable`, so that a reading whose checks against the reference date are deferred
/// (`AnnexADateChecks`) can keep its sink in the import cache and finish it on another day.
public struct DiagnosticSink: Sendable, Codable {
    /// A registered kind of finding: an index into the sink's counters.
    public struct Kind: Hashable, Sendable, Codable {
        fileprivate let index: Int
    }

    /// One registered kind: its key (code + column name), how many findings it had, and the words
    /// its summary uses.
    private struct KindCount: Sendable, Codable {
        var key: String
        var count: Int
        var severity: Diagnostic.Severity
        var what: String
        var code: String
        var columnName: String
    }

    /// The path every diagnostic names.
    public let path: String
    /// Findings of one kind written before a summary takes over.
    public let limitPerKind: Int
    /// The diagnostics written so far.
    public private(set) var diagnostics: [Diagnostic] = []
    private var kindIndexes: [String: Int] = [:]
    private var kinds: [KindCount] = []

    /// A workbook sheet's name: findings with a line and column then begin `Sheet!B52: ` (a cell reference).
    public var sheet: String?
    /// The list's own prefix (`List 3: `), dropped from a message that names a cell instead.
    public var listPrefix: String?

    /// Makes a sink for one file.
    public init(path: String, limitPerKind: Int = 20) {
        self.path = path
        self.limitPerKind = limitPerKind
    }

    // The index of kinds by key is not stored: it is rebuilt from the kinds, in their order.
    private enum CodingKeys: String, CodingKey {
        case path, limitPerKind, diagnostics, kinds, sheet, listPrefix
    }

    /// Reads a sink back (see `Codable` above).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        limitPerKind = try container.decode(Int.self, forKey: .limitPerKind)
        diagnostics = try container.decode([Diagnostic].self, forKey: .diagnostics)
        kinds = try container.decode([KindCount].self, forKey: .kinds)
        sheet = try container.decodeIfPresent(String.self, forKey: .sheet)
        listPrefix = try container.decodeIfPresent(String.self, forKey: .listPrefix)
        for (index, kind) in kinds.enumerated() { kindIndexes[kind.key] = index }
    }

    /// Whether `kind` is one of this sink's kinds (a kind read back from a cache must be).
    func holds(_ kind: Kind) -> Bool { kinds.indices.contains(kind.index) }

    /// The kind of a code in a column (the same number for the same code and column name).
    public mutating func kind(_ code: String, columnName: String = "") -> Kind {
        let key = code + "\u{1F}" + columnName
        if let index = kindIndexes[key] { return Kind(index: index) }
        kinds.append(KindCount(key: key, count: 0, severity: .note, what: columnName.isEmpty ? code : "\(code) in column '\(columnName)'",
                               code: code, columnName: columnName))
        kindIndexes[key] = kinds.count - 1
        return Kind(index: kinds.count - 1)
    }

    /// Counts a finding of a registered kind; writes its message only while the kind is under
    /// its limit (the first finding of a kind sets the severity its summary carries).
    @inline(__always)
    public mutating func add(_ kind: Kind, _ severity: Diagnostic.Severity, _ code: String, line: Int?, column: Int? = nil,
                      _ message: () -> String) {
        guard count(kind, severity) else { return }
        diagnostics.append(diagnostic(severity, code, message(), line: line, column: column))
    }

    /// As `add`, but the diagnostic (when under the limit) goes to `list` rather than the sink's own
    /// list: the checks against the reference date keep theirs apart until they are merged in by line
    /// (`insert(_:byLineAmongFirst:)`).
    @inline(__always)
    mutating func add(_ kind: Kind, _ severity: Diagnostic.Severity, _ code: String, line: Int?, column: Int? = nil,
                      to list: inout [Diagnostic], _ message: () -> String) {
        guard count(kind, severity) else { return }
        list.append(diagnostic(severity, code, message(), line: line, column: column))
    }

    /// Counts one finding of `kind`; true while the kind is under its limit (its message is written).
    @inline(__always)
    private mutating func count(_ kind: Kind, _ severity: Diagnostic.Severity) -> Bool {
        let count = kinds[kind.index].count + 1
        kinds[kind.index].count = count
        if count == 1 { kinds[kind.index].severity = severity }
        return count <= limitPerKind
    }

    private func diagnostic(_ severity: Diagnostic.Severity, _ code: String, _ message: String, line: Int?, column: Int?) -> Diagnostic {
        Diagnostic(severity, code: code, message: cellMessage(message, line: line, column: column),
                   location: SourceLocation(path: path, line: line, column: column), step: "import")
    }

    /// Merges `extra` (in line order) into the sink's first `prefix` diagnostics (the rows' findings,
    /// in line order): each goes after every one of those on its line or before it.
    mutating func insert(_ extra: [Diagnostic], byLineAmongFirst prefix: Int) {
        guard !extra.isEmpty else { return }
        var merged: [Diagnostic] = []
        merged.reserveCapacity(diagnostics.count + extra.count)
        var next = 0
        for existing in diagnostics[..<prefix] {
            let line = existing.location?.line ?? .min
            while next < extra.count, (extra[next].location?.line ?? .min) < line {
                merged.append(extra[next])
                next += 1
            }
            merged.append(existing)
        }
        merged += extra[next...]
        merged += diagnostics[prefix...]
        diagnostics = merged
    }

    /// `List 3!B52: ` for a workbook finding with a row and column; "" otherwise. A reference, never a value.
    public func cellPrefix(line: Int?, column: Int?) -> String {
        guard let sheet, let line, let column, column >= 1 else { return "" }
        return "\(sheet)!\(CellReference.columnLetters(column - 1))\(line): "
    }

    /// The message with the cell reference in front, when there is one.
    func cellMessage(_ message: String, line: Int?, column: Int?) -> String {
        let prefix = cellPrefix(line: line, column: column)
        guard !prefix.isEmpty else { return message }
        if let listPrefix, message.hasPrefix(listPrefix) { return prefix + message.dropFirst(listPrefix.count) }
        return prefix + message
    }

    /// Reports a CSV parser problem.
    public mutating func report(_ issue: CSVIssue) {
        switch issue.kind {
        case .unterminatedQuote:
            add(.error, "csv.unterminated-quote", "a quoted field opened here never closes; the quote was read as text and the following lines as rows", line: issue.line, column: issue.column)
        case .invalidUTF8:
            add(.warning, "csv.invalid-utf8", "field \(issue.column ?? 0) is not valid UTF-8; read as Windows-1252", line: issue.line, column: issue.column)
        case .textAfterQuote:
            add(.warning, "csv.text-after-quote", "text follows a closing quote; kept as part of the field", line: issue.line, column: issue.column)
        }
    }

    /// Adds a diagnostic unless this kind (code + column name) has reached its limit.
    public mutating func add(_ severity: Diagnostic.Severity, _ code: String, _ message: @autoclosure () -> String, line: Int?, column: Int? = nil, columnName: String = "") {
        let registered = kind(code, columnName: columnName)
        add(registered, severity, code, line: line, column: column, message)
    }

    /// Adds a diagnostic with no limit (file-level findings).
    public mutating func always(_ severity: Diagnostic.Severity, _ code: String, _ message: String, line: Int? = nil, column: Int? = nil) {
        diagnostics.append(diagnostic(severity, code, message, line: line, column: column))
    }

    /// How many findings of each registered kind there were (listed or not), in the order the kinds
    /// were registered; kinds with none are left out.
    public var kindCounts: [(code: String, columnName: String, count: Int, severity: Diagnostic.Severity)] {
        kinds.filter { $0.count > 0 }.map { ($0.code, $0.columnName, $0.count, $0.severity) }
    }

    /// The diagnostics, plus one summary per kind that went over the limit.
    public func finished() -> [Diagnostic] {
        var result = diagnostics
        for entry in kinds.sorted(by: { $0.key < $1.key }) where entry.count > limitPerKind {
            result.append(Diagnostic(entry.severity, code: "csv.more",
                message: "\(entry.count - limitPerKind) more of \(entry.what) (\(entry.count) in all; the first \(limitPerKind) are listed)",
                location: SourceLocation(path: path), step: "import"))
        }
        return result
    }
}
