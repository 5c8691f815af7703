import EvidenceModel
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Steps `export` and `seal`: the exporters, the evidence copies and the gap report into a staging
/// folder, then the atomic swap into place.
extension Pipeline {
    /// Writes the payload into `payload`: every exporter of the pack, the evidence copies and the gap
    /// report, concurrently. `recordOrigins`: see `ExportContext.recordOrigins`.
    /// `proof`: what of the pack being replaced is provably as the last build left it (its files are
    /// then carried over unhashed).
    func export(_ bundle: EvidenceBundle, filePlan: [String: String], request: BuildRequest, recordOrigins: [String: String] = [:],
                summaryRecords: Task<[Record], Never>? = nil, proof: PreviousPackProof? = nil, payload: OutputDirectory) async throws {
        // The evidence files and the gap report are written beside the exporters, not before them:
        // each copy waits for the disk (it is synced), which on the benchmark's pack held the
        // exporters back by about two seconds.
        let fullBundle = bundle
        // The pack this build replaces, still in place: what this build would write again may be carried over.
        let previousPack = request.output.flatMap { FileKind.of($0.path, followingLinks: false) == .folder ? $0 : nil }
        // With a cache, an evidence file the pack being replaced already holds with the same bytes is
        // linked from there (checked by its SHA-256) rather than copied and synced again.
        let evidenceMemory = request.cacheDirectory.map { ExportMemory(cacheFolder: $0, exporterID: "evidence", previousPack: previousPack, proof: proof) }
        @Sendable func copyEvidenceAndWriteGapReport() throws {
            let discoveryHashes = Dictionary(fullBundle.sources.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
            for (sourcePath, target) in filePlan.sorted(by: { $0.key < $1.key }) {
                if let evidenceMemory, let expected = discoveryHashes[sourcePath], let destination = try? payload.url(for: target),
                   evidenceMemory.linkFromPreviousPack(target, sha256: expected, to: destination) {
                    payload.recordDigest(expected, of: destination)
                    continue
                }
                do {
                    // Opened without following links out of the inputs and checked against discovery's hash.
                    let input = try GuardedInput.open(relativePath: sourcePath, root: request.inputs,
                                                      expectedSHA256: discoveryHashes[sourcePath])
                    try payload.copyFile(from: input, to: target)
                } catch let error as GuardedInputError {
                    throw PipelineError(step: .export, message: "cannot copy evidence file \(error)")
                } catch {
                    throw PipelineError(step: .export, message: "cannot copy evidence file \(sourcePath): \(SourceDiscovery.describe(error))")
                }
            }
            do {
                try payload.write(GapReport.text(for: fullBundle), to: "gap-report.txt")
            } catch {
                throw PipelineError(step: .export, message: "cannot write the gap report: \(SourceDiscovery.describe(error))")
            }
        }
        // Exporters see tables without child-level cells (see RowRedaction); the Annex A exporter
        // streams the rows again from the sources.
        var summaryBundle = bundle
        summaryBundle.records = await summaryRecords?.value ?? RowRedaction.forSummaries(bundle.records)
        let bundle = summaryBundle
        // A pack that names no exporters gets every registered one.
        let uses = request.pack.exporters.isEmpty ? registry.exporters.map { ModuleUse(id: $0.descriptor.id) } : request.pack.exporters
        var exporters: [(use: ModuleUse, exporter: any Exporter)] = []
        for use in uses {
            guard let exporter = registry.exporter(id: use.id) else {
                throw PipelineError(step: .export, message: "the pack asks for exporter '\(use.id)', which is not available")
            }
            exporters.append((use, exporter))
        }
        // All at once (each writes its own files; the large ones stream): those that hand figures to
        // others (the Annex A analysis for the index) feed the shelf while the rest run, and a read of
        // the shelf waits until they are done.
        let feeders = exporters.filter { $0.exporter.feedsOtherExporters }
        let others = exporters.filter { !$0.exporter.feedsOtherExporters }
        let shelf = ExportShelf()
        let inputs = request.inputs
        let logger = self.logger
        let cacheFolder = request.cacheDirectory
        @Sendable func run(_ use: ModuleUse, _ exporter: any Exporter) async throws {
            do {
                let clock = ContinuousClock()
                let started = clock.now
                let memory = cacheFolder.map { ExportMemory(cacheFolder: $0, exporterID: use.id, previousPack: previousPack, proof: proof) }
                var context = ExportContext(inputsRoot: inputs, options: use.options, shelf: shelf, memory: memory)
                context.recordOrigins = recordOrigins
                try await exporter.export(bundle, to: payload, context: context)
                let seconds = (clock.now - started) / .milliseconds(1) / 1000
                // `--verbose` shows which exporter a slow export step waits for.
                logger.info("exporter finished", metadata: ["exporter": "\(use.id)", "seconds": "\(String(format: "%.2f", seconds))"])
            } catch {
                throw PipelineError(step: .export, message: "\(use.id): \(SourceDiscovery.describe(error))")
            }
        }
        shelf.beginFeeding()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { shelf.endFeeding() }
                try await withThrowingTaskGroup(of: Void.self) { feeding in
                    for (use, exporter) in feeders.dropFirst() { feeding.addTask { try await run(use, exporter) } }
                    // The first feeder runs in this task, so it starts before the exporters queued
                    // after it (the index waits for what it feeds; started last, it held the step's end).
                    if let (use, exporter) = feeders.first { try await run(use, exporter) }
                    try await feeding.waitForAll()
                }
            }
            group.addTask { try copyEvidenceAndWriteGapReport() }
            for (use, exporter) in others { group.addTask { try await run(use, exporter) } }
            try await group.waitForAll()
        }
    }

    // MARK: staging and atomic replacement

    /// A fresh staging folder beside the output, marked as ours (see `StagingFolders`).
    func prepareStaging(for output: URL) throws -> URL {
        let parent = output.deletingLastPathComponent()
        do {
            try SecureFileSystem.createDirectory(at: parent)
        } catch {
            throw PipelineError(step: .export, message: "cannot create \(parent.path): \(SourceDiscovery.describe(error))")
        }
        do {
            return try StagingFolders.create(for: output)
        } catch {
            let staging = StagingFolders.url(for: output, pid: getpid())
            throw PipelineError(step: .export, message: "cannot create the staging folder \(staging.path): \(SourceDiscovery.describe(error))")
        }
    }

    /// Moves the sealed staging bag to `output`, keeping the previous pack as `<output>.previous`.
    /// Ownership is checked again here: OUT and `OUT.previous` may have changed during the build.
    func swapIntoPlace(staging: URL, output: URL) throws {
        let fm = FileManager.default
        if FileKind.of(output.path, followingLinks: false) != nil {
            if let reason = OutputOwnership.refusalToReplace(output) {
                throw PipelineError(step: .seal, message: OutputRefusal(path: output.path, reason: reason).description)
            }
            let previous = output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".previous")
            if let reason = OutputOwnership.refusalToReplace(previous) {
                throw PipelineError(step: .seal, message: OutputRefusal(path: previous.path, reason: reason).description)
            }
            // One atomic exchange puts the new pack at OUT; the old one, now at the staging path, becomes
            // OUT.previous. A kill between the steps leaves the new pack at OUT, never nothing.
            if AtomicExchange.exchange(staging.path, output.path) {
                try? fm.removeItem(at: previous)
                guard rename(staging.path, previous.path) == 0 else {
                    throw PipelineError(step: .seal, message: POSIXFailure(operation: "rename", path: staging.path, code: errno).description)
                }
                return
            }
            try? fm.removeItem(at: previous)
            guard rename(output.path, previous.path) == 0 else {
                throw PipelineError(step: .seal, message: POSIXFailure(operation: "rename", path: output.path, code: errno).description)
            }
        }
        guard rename(staging.path, output.path) == 0 else {
            throw PipelineError(step: .seal, message: POSIXFailure(operation: "rename", path: staging.path, code: errno).description)
        }
    }
}
