import EvidenceModel
import Foundation

/// Settings an exporter runs with.
public struct ExportContext: Sendable {
    /// The inputs root, for exporters that re-read large sources (streamed Annex A rows) or copy files.
    public var inputsRoot: URL
    /// Options from the pack definition for this exporter.
    public var options: [String: String]
    /// What exporters that run first hand to the ones after them (one shelf per build).
    public var shelf: ExportShelf
    /// What this exporter kept from the last build, and the pack that build wrote (nil without a cache).
    public var memory: ExportMemory?
    /// Record id → what the record is made from (the import's cache key: source bytes, importer and
    /// version, options): two records with the same origin are the same record, so an exporter may
    /// carry its output for one over from the pack it replaces. Empty without a cache.
    public var recordOrigins: [String: String] = [:]

    public init(inputsRoot: URL, options: [String: String] = [:], shelf: ExportShelf = ExportShelf(), memory: ExportMemory? = nil) {
        self.inputsRoot = inputsRoot
        self.options = options
        self.shelf = shelf
        self.memory = memory
    }

    /// Opens a source of the bundle again (streamed Annex A rows, say) through the same guard as import
    /// and evidence copying (`GuardedInput`): no link out of the inputs is followed, and the bytes are
    /// checked against the discovery fingerprint (`finish()` or `verifyContents()`), so a file swapped
    /// or rewritten since discovery throws instead of reaching the pack.
    public func openInput(_ source: Source) throws -> GuardedInput {
        try GuardedInput.open(relativePath: source.path, root: inputsRoot, expectedSHA256: source.sha256.isEmpty ? nil : source.sha256)
    }
}

/// A writer of one kind of output (pandoc's "writer"): turns the bundle into files under `data/`.
public protocol Exporter: Sendable {
    /// Id, version and what it writes.
    var descriptor: ModuleDescriptor { get }
    /// Writes its files into the bag's payload folder. Throwing fails the build's export step.
    func export(_ bundle: EvidenceBundle, to output: OutputDirectory, context: ExportContext) async throws
    /// Whether it puts something on the `ExportShelf` for others (it then runs before those that do not).
    var feedsOtherExporters: Bool { get }
}

extension Exporter {
    /// Most exporters only write their own files.
    public var feedsOtherExporters: Bool { false }
}

/// Figures one exporter works out while it writes its files and hands to the exporters after it, so
/// that nothing is read twice: the Annex A workbook exporter's analysis of the rows it streams, shown by
/// the index. Aggregates only: nothing on the shelf may identify a child. The pipeline makes one per
/// build and runs the exporters concurrently; `annexAAnalysisOnceFed()` waits until the analysis is put
/// on the shelf or every exporter that `feedsOtherExporters` has finished, whichever comes first.
public final class ExportShelf: @unchecked Sendable {
    private let lock = NSLock()
    private var analysis: AnnexAAnalysis?
    private var feeding = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// An empty shelf, with nobody feeding it (reads answer at once).
    public init() {}

    /// The Annex A analysis, if the Annex A exporter has put it here yet. Put only once final: the
    /// reads waiting for it go on at once (the exporter may still be finishing its workbook).
    public var annexAAnalysis: AnnexAAnalysis? {
        get { lock.withLock { analysis } }
        set {
            let resumed = lock.withLock {
                analysis = newValue
                guard newValue != nil else { return [CheckedContinuation<Void, Never>]() }
                defer { waiting = [] }
                return waiting
            }
            for continuation in resumed { continuation.resume() }
        }
    }

    /// The Annex A analysis once it is put on the shelf, or once every exporter that feeds the shelf
    /// has finished without putting one (then nil).
    public func annexAAnalysisOnceFed() async -> AnnexAAnalysis? {
        await withCheckedContinuation { continuation in
            let ready = lock.withLock {
                let ready = !feeding || analysis != nil
                if !ready { waiting.append(continuation) }
                return ready
            }
            if ready { continuation.resume() }
        }
        return annexAAnalysis
    }

    /// For the pipeline: the exporters that feed the shelf are starting; reads that wait, wait.
    public func beginFeeding() {
        lock.withLock { feeding = true }
    }

    /// For the pipeline: they have finished (or failed); every waiting read goes on.
    public func endFeeding() {
        let resumed = lock.withLock {
            feeding = false
            defer { waiting = [] }
            return waiting
        }
        for continuation in resumed { continuation.resume() }
    }
}
