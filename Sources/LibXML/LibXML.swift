import CLibXML2

/// The only Swift code that touches libxml2's C API (like swift-nio's `CNIO*` + wrapper).
/// Parsing always runs with network access off and entity expansion off: no XXE, no billion laughs.
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
    }()
}
