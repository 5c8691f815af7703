import EvidenceModel

/// Checks across sources and records, after import: the same file given twice, sources that yielded nothing.
public enum BundleValidator {
    /// Diagnostics about the whole set of inputs.
    public static func validate(sources: [Source], records: [Record]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstByHash: [String: String] = [:]
        for source in sources {
            if let first = firstByHash[source.sha256] {
                diagnostics.append(Diagnostic(.warning, code: "validate.duplicate-file",
                    message: "the same content as \(first); it will be counted twice",
                    location: SourceLocation(path: source.path), step: "validate"))
            } else {
                firstByHash[source.sha256] = source.path
            }
        }
        return diagnostics
    }
}
