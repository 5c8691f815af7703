import CLibXML2

/// The only Swift code that touches libxml2's C API (like swift-nio's `CNIO*` + wrapper).
/// Parsing always runs with network access off and entity expansion off: no XXE, no billion laughs;
/// an external entity loader that refuses everything backs that up for any future option.
public enum LibXML {
    /// The libxml2 version this binary runs with, e.g. `2.9.14`.
    public static var version: String { LIBXML_DOTTED_VERSION }

    /// Initialises libxml2 once per process (required before parsing on several threads) and stops
    /// it printing parse errors to stderr: errors are collected by the callers instead.
    public static func initialize() {
        _ = once
    }

    private static let once: Void = {
        xmlInitParser()
        clibxml2_silence_errors()
        clibxml2_refuse_external_entities()
    }()

    /// The fatal error that stopped the last parse on this thread early, in words, or nil when the
    /// parser read to the end (libxml2 stops at 256 nested elements or a 10,000,000-byte text run).
    static func truncationWarning() -> String? {
        let level = clibxml2_last_error_level()
        let stoppedEarly = level == Int32(XML_ERR_FATAL.rawValue)
            || (level >= Int32(XML_ERR_ERROR.rawValue) && clibxml2_last_error_code() == Int32(XML_ERR_NO_MEMORY.rawValue))
        guard stoppedEarly else { return nil }
        let detail = clibxml2_last_error_message().map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown error"
        return "the parser stopped before the end of the document (\(detail)); the rest was not read"
    }
}
