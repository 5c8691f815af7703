import EvidenceModel
import Foundation

/// What to build or check.
public struct BuildRequest: Sendable {
    /// The pack definition.
    public var pack: PackDefinition
    /// The inputs folder.
    public var inputs: URL
    /// The output bag folder; nil for `check`, which writes nothing.
    public var output: URL?
    /// The day the pack is assembled for.
    public var referenceDate: CalendarDate
    /// Where imported records and the stat index are kept between runs; nil = no cache.
    public var cacheDirectory: URL?
    /// Whether to wait for another build of the same output to finish (else fail at once).
    public var waitForLock: Bool
    /// Whether to also write `<output>.zip` (under the lock, from the sealed pack; see `PackZip`).
    public var writeZip: Bool

    public init(pack: PackDefinition, inputs: URL, output: URL? = nil, referenceDate: CalendarDate,
                cacheDirectory: URL? = nil, waitForLock: Bool = false, writeZip: Bool = false) {
        self.pack = pack
        self.inputs = inputs
        self.output = output
        self.referenceDate = referenceDate
        self.cacheDirectory = cacheDirectory
        self.waitForLock = waitForLock
        self.writeZip = writeZip
    }

    /// `<output>.zip`, beside the output.
    public var zipURL: URL? {
        output.map { $0.deletingLastPathComponent().appendingPathComponent($0.lastPathComponent + ".zip") }
    }

    /// The build's own files (output, previous pack, zip, staging, cache, lock), which are never inputs.
    public var ownFiles: OwnFiles {
        output == nil && cacheDirectory == nil ? .none : OwnFiles(output: output, cache: cacheDirectory)
    }

    /// Plain notes for a build whose output or cache lies inside its inputs folder: they are skipped.
    public var overlapNotes: [String] {
        var notes: [String] = []
        if let output, OwnFiles.isInside(output, folder: inputs) { notes.append("the output folder is inside the inputs; it is skipped") }
        else if let cacheDirectory, OwnFiles.isInside(cacheDirectory, folder: inputs) { notes.append("the cache folder is inside the inputs; it is skipped") }
        return notes
    }

    /// The default cache folder for an output: `.<name>.cache` beside it.
    public static func defaultCacheDirectory(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).cache")
    }
}

/// What a build or check produced.
public struct BuildOutcome: Sendable {
    /// The assembled bundle; when `upToDate`, the last build's, with its records left out (the
    /// output holds them).
    public var bundle: EvidenceBundle
    /// The bag folder written, when building.
    public var outputPath: String?
    /// Sources read by an importer in this run.
    public var importedSources: Int
    /// Sources whose records came from the cache.
    public var reusedSources: Int
    /// Sources no importer claimed.
    public var unclaimedSources: Int
    /// Wall-clock seconds.
    public var durationSeconds: Double
    /// True when the output already matched these inputs and was left as it was.
    public var upToDate: Bool = false
}
