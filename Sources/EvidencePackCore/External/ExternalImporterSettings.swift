import Foundation

/// Limits and switches for external importers, read from the environment so that nightly scripts
/// and tests can tighten them without a pack change.
///
/// - `EVIDENCE_PACK_IMPORTER_TIMEOUT`: seconds one file may take (default 300, at most 86,400; others are ignored).
/// - `EVIDENCE_PACK_IMPORTER_MAX_OUTPUT`: bytes of stdout one file may produce (default 256 MiB).
/// - `EVIDENCE_PACK_IMPORTER_STDERR=1`: let importers' logs through to stderr (default: discarded,
///   since they may hold children's data).
/// - `EVIDENCE_PACK_NO_PATH_IMPORTERS=1`: do not look for importers on `PATH` (only those the pack names).
public struct ExternalImporterSettings: Sendable, Hashable {
    /// Limits for reading one file.
    public var runLimits: ChildProcessLimits
    /// Limits for `--about`.
    public var aboutLimits: ChildProcessLimits
    /// Whether importers' stderr passes through.
    public var passStderr: Bool
    /// Whether `PATH` is searched.
    public var searchPath: Bool

    public init(runLimits: ChildProcessLimits, aboutLimits: ChildProcessLimits, passStderr: Bool, searchPath: Bool) {
        self.runLimits = runLimits
        self.aboutLimits = aboutLimits
        self.passStderr = passStderr
        self.searchPath = searchPath
    }

    /// The defaults, without looking at the environment.
    public static let `default` = ExternalImporterSettings(
        runLimits: ChildProcessLimits(timeoutSeconds: 300, maxOutputBytes: 256 << 20),
        aboutLimits: ChildProcessLimits(timeoutSeconds: 10, maxOutputBytes: 1 << 20),
        passStderr: false, searchPath: true)

    /// The defaults with the environment's overrides.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ExternalImporterSettings {
        var settings = ExternalImporterSettings.default
        // At most a day: a larger figure ("1e20", "inf") would overflow the deadline's nanoseconds.
        if let text = environment["EVIDENCE_PACK_IMPORTER_TIMEOUT"], let seconds = Double(text), seconds > 0, seconds <= 86_400 {
            settings.runLimits.timeoutSeconds = seconds
            settings.aboutLimits.timeoutSeconds = min(settings.aboutLimits.timeoutSeconds, seconds)
        }
        if let text = environment["EVIDENCE_PACK_IMPORTER_MAX_OUTPUT"], let bytes = Int(text), bytes > 0 {
            settings.runLimits.maxOutputBytes = bytes
        }
        settings.passStderr = environment["EVIDENCE_PACK_IMPORTER_STDERR"] == "1"
        settings.searchPath = environment["EVIDENCE_PACK_NO_PATH_IMPORTERS"] != "1"
        return settings
    }
}
