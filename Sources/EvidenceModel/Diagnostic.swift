/// Where in a source something was found: `file:line[:column]`, as a compiler prints it.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Path relative to the inputs root (or the pack definition's path).
    public var path: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        if let line = line, let column { _ = line; text += ":\(column)" }
        return text
    }
}

/// A problem or remark about an input, found while importing, assembling or validating.
///
/// Recoverable problems are diagnostics, not thrown errors, so one bad file never stops the other
/// items. Messages never hold a child's identifier, name or date of birth: they name the column and
/// row, not the value.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// A stable, dotted code scripts can match on, e.g. `annexa.date.invalid`.
    public var code: String
    /// One sentence for people.
    public var message: String
    /// Where, when it concerns a place in a file.
    public var location: SourceLocation?
    /// The pipeline step that raised it (`discover`, `import`, `assemble`, ...).
    public var step: String?

    public init(_ severity: Severity, code: String, message: String, location: SourceLocation? = nil, step: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.step = step
    }

    /// Compiler style: `path:line: error: message [code]`, always one line (control characters in a
    /// file name or message are escaped, so no name can forge a diagnostic).
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): "
        if let step { text += "[\(step)] " }
        text += "\(message) [\(code)]"
        return PrintableText.escape(text)
    }
}
