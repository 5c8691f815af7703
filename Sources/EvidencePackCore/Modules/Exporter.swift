import EvidenceModel
import Foundation

/// Settings an exporter runs with.
public struct ExportContext: Sendable {
    /// The inputs root, for exporters that re-read large sources (streamed Annex A rows) or copy files.
    public var inputsRoot: URL
    /// Options from the pack definition for this exporter.
    public var options: [String: String]

    public init(inputsRoot: URL, options: [String: String] = [:]) {
        self.inputsRoot = inputsRoot
        self.options = options
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
}
