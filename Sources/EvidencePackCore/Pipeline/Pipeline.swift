import EvidenceModel
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// discover → import → assemble → validate → export → seal.
public struct Pipeline: Sendable {
    /// The modules available.
    public var registry: ModuleRegistry
    /// `[i/n] step` lines.
    public var progress: ProgressReporter
    /// Log lines (never with children's data).
    public var logger: Logger
    /// For tests only (nil in the tool): runs after import and before export, so that a test can swap
    /// an input (e.g. for a link to an outside file) at that exact moment, deterministically.
    public var beforeExportForTesting: (@Sendable () throws -> Void)?

    public init(registry: ModuleRegistry, progress: ProgressReporter = .automatic, logger: Logger = Logger(label: "evidence-pack")) {
        self.registry = registry
        self.progress = progress
        self.logger = logger
    }

    /// Runs the steps that write nothing: the gap report's data.
    public func check(_ request: BuildRequest) async throws -> BuildOutcome {
        try await run(request, steps: PipelineStep.checkSteps)
    }

    /// Runs every step and leaves a sealed bag at `request.output`.
    public func build(_ request: BuildRequest) async throws -> BuildOutcome {
        guard let output = request.output else { throw PipelineError(step: .export, message: "no output folder given") }
        // Before the lock, the cache or any folder is created: a refused output writes nothing anywhere.
        try OutputOwnership.checkBeforeBuilding(output: output, cache: request.cacheDirectory, inputs: request.inputs)
        if request.writeZip, let zip = request.zipURL, let reason = PackZip.refusalToReplace(zip) {
            throw OutputRefusal(path: zip.path, reason: reason)
        }
        let lock: BuildLock
        do {
            lock = try BuildLock(output: output, wait: request.waitForLock)
            try request.cacheDirectory.map(ImportCache.init(folder:))?.claim()
        } catch let error as BuildLockError {
            throw error
        } catch let error as OutputRefusal {
            throw error
        } catch {
            throw PipelineError(step: .export, message: "cannot lock \(output.path): \(error)")
        }
        defer { withExtendedLifetime(lock) {} }
        // Under the lock no other build of this output runs: every staging folder of ours is a leftover.
        StagingFolders.removeLeftovers(for: output, logger: logger)
        let outcome = try await run(request, steps: PipelineStep.allCases)
        if request.writeZip, let zip = request.zipURL {
            // Still under the lock, from the pack now sealed at OUT (verified when up to date).
            try PackZip.write(pack: output, to: zip, referenceDate: request.referenceDate)
        }
        return outcome
    }

    private func run(_ request: BuildRequest, steps: [PipelineStep]) async throws -> BuildOutcome {
        let started = Date()
        var stepIndex = 0
        // Each step's wall time goes to the info log (`--verbose`), so a slow nightly run shows where it went.
        var running: (step: PipelineStep, since: DispatchTime)?
        func finishRunningStep() {
            guard let (step, since) = running else { return }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - since.uptimeNanoseconds) / 1e9
            logger.info("step finished", metadata: ["step": "\(step.rawValue)", "seconds": "\(String(format: "%.3f", seconds))"])
            running = nil
        }
        func begin(_ step: PipelineStep, _ detail: String = "") {
            finishRunningStep()
            stepIndex += 1
            progress.step(stepIndex, of: steps.count, step.rawValue, detail: detail)
            logger.debug("step started", metadata: ["step": "\(step.rawValue)"])
            running = (step, DispatchTime.now())
        }
        defer { finishRunningStep() }
        let cache = request.cacheDirectory.map(ImportCache.init(folder:))

        // Decoded beside discovery: an up-to-date build reports it, and by then it is ready.
        let previousSummary = steps.contains(.export) ? cache?.prefetchSummary() : nil
        begin(.discover, request.inputs.path)
        let discovered = try discoverStep(request, cache: cache)
        // The last build's stamp, read once: it says whether the output is up to date, and else what
        // of the pack being replaced it proves (`PreviousPackProof`).
        let stamp = request.output == nil ? nil : cache?.loadStamp()
        if let output = request.output, let cache, let previousSummary,
           let outcome = await upToDateOutcome(output: output, cache: cache, stamp: stamp, previousSummary: previousSummary,
                                               discovered: discovered, started: started) {
            return outcome
        }

        begin(.import, "\(discovered.found.sources.count) files")
        let imported = await importStep(discovered, request: request, cache: cache)

        begin(.validate)
        let validated = validateStep(request, found: discovered.found, imported: imported)

        // The records as the summaries carry them, worked out beside assembly (they depend on nothing else).
        let summaryRecords = steps.contains(.export) ? Task.detached { [records = imported.records] in RowRedaction.forSummaries(records) } : nil
        begin(.assemble, "\(request.pack.items.count) items")
        var assembled = assembleStep(request, validated: validated, sources: discovered.found.sources.map(\.source),
                                     records: imported.records, planFiles: steps.contains(.export),
                                     origins: imported.origins, cache: cache)

        var outputPath: String?
        if steps.contains(.export), let output = request.output {
            // The pack this build replaces, read before it is swapped out (never as an input).
            assembled.bundle.changes = PackComparison.changes(from: await previousPack(output: output, summary: previousSummary), to: assembled.bundle)
            begin(.export, output.path)
            // Encoded beside the export; saved once the seal gives the pack's tag manifest.
            let summary = cache == nil ? nil : Task.detached { [bundle = assembled.bundle] in try? ImportCache.prepareSummary(bundle) }
            // Made before the pack before last is removed: see `PreviousPackProof`.
            let proof = FileKind.of(output.path, followingLinks: false) == .folder ? PreviousPackProof(pack: output, stamp: stamp) : nil
            // The pack from the build before last (OUT.previous) goes while this build exports and
            // seals: freeing its files waits on the disk, which took a large pack's next-day build a
            // tenth of a second at its end. It is awaited before the swap, and before any failure is
            // reported, so it is never left half removed.
            let previousRemoval = Task.detached { Self.removePackBeforeLast(of: output) }
            let staging: URL
            do {
                try beforeExportForTesting?()
                staging = try prepareStaging(for: output)
            } catch {
                await previousRemoval.value
                throw error
            }
            do {
                let payload = OutputDirectory(root: staging.appendingPathComponent("data"))
                try await export(assembled.bundle, filePlan: assembled.filePlan, request: request, recordOrigins: imported.origins,
                                 summaryRecords: summaryRecords, proof: proof, payload: payload)
                begin(.seal)
                try sealStep(staging: staging, output: output, request: request, digests: payload.digests)
                await previousRemoval.value
                try swapIntoPlace(staging: staging, output: output)
                if let cache, let tagHash = try? FileHashing.sha256(of: output.appendingPathComponent("tagmanifest-sha256.txt")) {
                    if let prepared = await summary?.value {
                        try? cache.saveSummary(prepared, buildKey: discovered.buildKey, tagManifestSHA256: tagHash)
                    }
                    try? cache.saveStamp(ImportCache.BuildStamp(buildKey: discovered.buildKey, tagManifestSHA256: tagHash,
                                                                complete: assembled.bundle.isComplete,
                                                                outputFiles: BagFileStates.take(of: output)))
                }
            } catch {
                await previousRemoval.value
                try? FileManager.default.removeItem(at: staging)
                throw error
            }
            outputPath = output.path
        }
        return BuildOutcome(bundle: assembled.bundle, outputPath: outputPath, importedSources: imported.importedCount,
                            reusedSources: imported.reusedCount, unclaimedSources: imported.unclaimedCount,
                            durationSeconds: Date().timeIntervalSince(started))
    }

    /// What discovery found, with the cache's previous stat index and the key of this build's inputs.
    struct Discovered {
        var found: DiscoveryResult
        var previousIndex: FileStatIndex?
        var buildKey: String
    }

    /// Step `discover`: the input files, what each is, and the key that says whether anything changed.
    func discoverStep(_ request: BuildRequest, cache: ImportCache?) throws -> Discovered {
        let previousIndex = cache?.loadIndex()
        let discovery = SourceDiscovery(registry: registry, pins: request.pack.importerPins, statIndex: previousIndex,
                                        ownFiles: request.ownFiles)
        let found: DiscoveryResult
        do {
            found = try discovery.discover(in: request.inputs)
        } catch {
            throw PipelineError(step: .discover, message: "\(error)")
        }
        logger.info("discovered sources", metadata: ["count": "\(found.sources.count)"])
        return Discovered(found: found, previousIndex: previousIndex,
                          buildKey: Self.buildKey(request: request, sources: found.sources, registry: registry))
    }

    /// Step `import`: every source through its importer (or the cache), then the cache's index updated.
    func importStep(_ discovered: Discovered, request: BuildRequest, cache: ImportCache?) async -> ImportedRecords {
        let imported = await importAll(discovered.found.sources, request: request, cache: cache)
        if let cache {
            do {
                try cache.saveIndex(discovered.found.statIndex)
                try cache.prune(keeping: imported.cacheKeys)
            } catch {
                logger.warning("cannot update the cache", metadata: ["error": "\(error)"])
            }
        }
        return imported
    }

    /// What validation concluded: every diagnostic so far and the pack's cross-checks.
    struct Validated {
        var diagnostics: [Diagnostic]
        var findings: [ConsistencyChecker.Finding]
        var assembler: EvidenceAssembler
    }

    /// Step `validate`: the records against each other and the pack (sources, authority, figures quoted
    /// against the KPI tables).
    func validateStep(_ request: BuildRequest, found: DiscoveryResult, imported: ImportedRecords) -> Validated {
        var diagnostics = found.diagnostics + imported.diagnostics
        diagnostics += BundleValidator.validate(sources: found.sources.map(\.source), records: imported.records)
        diagnostics += AuthorityCheck.check(request.pack.authority, records: imported.records)
        let assembler = EvidenceAssembler(pack: request.pack, referenceDate: request.referenceDate)
        let findings = ConsistencyChecker(pack: request.pack, assembler: assembler).check(records: imported.records)
        diagnostics += findings.map(\.diagnostic)
        return Validated(diagnostics: diagnostics, findings: findings, assembler: assembler)
    }

    /// The bundle and where each evidence file goes in the pack.
    struct Assembled {
        var bundle: EvidenceBundle
        var filePlan: [String: String]
    }

    /// Step `assemble`: each pack item's status from the records, its cross-check findings, and (when
    /// the pack is written) where each evidence file goes.
    func assembleStep(_ request: BuildRequest, validated: Validated, sources: [Source], records: [Record], planFiles: Bool,
                      origins: [String: String], cache: ImportCache?) -> Assembled {
        // With a cache, each item looks closely only at the records its rule concerned last time and
        // at records that were not there then (see `AssemblyMemo`).
        let assembler = validated.assembler
        let memory = cache.map { ExportMemory(cacheFolder: $0.folder, exporterID: "assembly", previousPack: nil) }
        let fingerprint = AssemblyMemo.fingerprint(of: assembler)
        let recordOrigins = records.map { origins[$0.id] }
        let considering = memory?.recalled(AssemblyMemo.self)?
            .recordsToConsider(origins: recordOrigins, fingerprint: fingerprint, itemCount: request.pack.items.count)
        var (items, concerned) = assembler.assemble(records: records, diagnostics: validated.diagnostics, considering: considering,
                                                    noting: memory != nil)
        if let memory {
            let known = recordOrigins.compactMap { $0 }
            if known.count == records.count {
                try? memory.remember(AssemblyMemo(fingerprint: fingerprint, recordOrigins: known, concerned: concerned))
            } else {
                memory.forget()
            }
        }
        items = ConsistencyChecker.annotate(items, with: validated.findings)
        let filePlan = planFiles ? EvidenceFilePlanner.plan(items: items, records: records) : [:]
        items = EvidenceFilePlanner.apply(filePlan, to: items, records: records)
        let bundle = EvidenceBundle(
            generator: EvidencePackVersion.generator, pack: request.pack.identity, referenceDate: request.referenceDate,
            authority: request.pack.authority?.name ?? request.pack.authority?.code, sections: request.pack.sections, items: items,
            sources: sources, records: records, diagnostics: validated.diagnostics)
        return Assembled(bundle: bundle, filePlan: filePlan)
    }

    /// Step `seal`: the staging folder sealed as a BagIt bag carrying our identity (then swapped into
    /// place by `swapIntoPlace`, the pack it replaces kept as `OUT.previous`).
    /// `digests`: the payload's files as the export wrote them, not read again.
    func sealStep(staging: URL, output: URL, request: BuildRequest, digests: PayloadDigests? = nil) throws {
        do {
            try BagIt.seal(folder: staging, info: BagIt.Info(
                baggingDate: request.referenceDate, externalIdentifier: request.pack.identity.id,
                externalDescription: request.pack.identity.title,
                extra: [("Bag-Software-Agent", EvidencePackVersion.generator),
                        ("Pack-Version", request.pack.identity.version),
                        (OutputOwnership.packIdentityLabel, request.pack.identity.id)]), digests: digests)
        } catch {
            throw PipelineError(step: .seal, message: "\(error)")
        }
        // Sealed, it is recognisable as ours by its bag-info.txt; the marker must not reach OUT.
        StagingFolders.removeMarker(from: staging)
    }

    /// Removes OUT.previous when it is a pack of ours (anything else is left for `swapIntoPlace` to
    /// refuse, naming it).
    static func removePackBeforeLast(of output: URL) {
        let previous = output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".previous")
        guard FileKind.of(previous.path, followingLinks: false) != nil, OutputOwnership.refusalToReplace(previous) == nil else { return }
        try? FileManager.default.removeItem(at: previous)
    }

    /// What the pack at `output` held, for the changes: from the cache's summary of the last build when
    /// that build wrote this very pack (same tag manifest), which spares decoding its whole pack.json;
    /// else from its pack.json.
    func previousPack(output: URL, summary: ImportCache.SummaryPrefetch?) async -> PackComparison.PreviousPack? {
        if let summary, let tagHash = try? FileHashing.sha256(of: output.appendingPathComponent("tagmanifest-sha256.txt")),
           let bundle = await summary.summary(ofPackWithTagManifest: tagHash) {
            return PackComparison.PreviousPack(bundle)
        }
        return PackComparison.loadPrevious(output: output)
    }

    /// When the output already matches these inputs: the last build's outcome, read from the cache
    /// without importing anything (a nightly run over an unchanged tree reads no input file).
    func upToDateOutcome(output: URL, cache: ImportCache, stamp: ImportCache.BuildStamp?, previousSummary: ImportCache.SummaryPrefetch,
                         discovered: Discovered, started: Date) async -> BuildOutcome? {
        let found = discovered.found
        guard Self.isUpToDate(output: output, cache: cache, stamp: stamp, buildKey: discovered.buildKey),
              let bundle = await previousSummary.summary(buildKey: discovered.buildKey) else { return nil }
        logger.info("output is up to date", metadata: ["output": "\(output.path)"])
        // Files re-read under git's racily-clean rule were found unchanged; remember their new stat.
        if found.statIndex.entries != discovered.previousIndex?.entries { try? cache.saveIndex(found.statIndex) }
        let unclaimed = found.sources.filter { $0.importerID == nil }.count
        var outcome = BuildOutcome(bundle: bundle, outputPath: output.path, importedSources: 0,
                                   reusedSources: found.sources.count - unclaimed, unclaimedSources: unclaimed,
                                   durationSeconds: Date().timeIntervalSince(started))
        outcome.upToDate = true
        // The pack left in place is the one this build would have replaced: nothing changed.
        outcome.bundle.changes = PackChanges(previousPackFound: true, previousReferenceDate: bundle.referenceDate)
        return outcome
    }

    /// A hash of everything that determines a build's output: the tool, the pack definition, the
    /// reference date, every source with its importer, and the exporters.
    static func buildKey(request: BuildRequest, sources: [DiscoveredSource], registry: ModuleRegistry) -> String {
        var text = "\(EvidencePackVersion.generator)|\(request.referenceDate.iso8601)|"
        for file in [request.pack.file] + request.pack.baseFiles { text += PackCatalog.fingerprint(of: file) + "|" }
        for source in sources {
            let version = source.importerID.flatMap { registry.importer(id: $0)?.descriptor.version } ?? "-"
            text += "|\(source.source.path)|\(source.source.sha256)|\(source.importerID ?? "-")@\(version)"
            for (key, value) in source.importerOptions.sorted(by: { $0.key < $1.key }) { text += ",\(key)=\(value)" }
        }
        for exporter in registry.exporters { text += "|\(exporter.descriptor.id)@\(exporter.descriptor.version)" }
        return FileHashing.sha256(of: Array(text.utf8))
    }

    /// True when the output was written by a build with the same key and is still as that build left
    /// it: same tag manifest, and the bag verifies (every payload file's SHA-256 against the manifest,
    /// no file added, every tag file against the tag manifest). A pack edited in place, even without
    /// changing its size, is rebuilt.
    /// When the pack's files are provably untouched since the last check (`BagFileStates`), hashing
    /// is skipped; when only some are (the tag files, written just before the stamp, never are), only
    /// the others are hashed (`PreviousPackProof`); after a verification the states are saved so
    /// that the next check is quick.
    /// `stamp`: the cache's, as the build read it (`ImportCache.loadStamp()`).
    static func isUpToDate(output: URL, cache: ImportCache, stamp: ImportCache.BuildStamp?, buildKey: String) -> Bool {
        guard var stamp, stamp.buildKey == buildKey,
              let tagHash = try? FileHashing.sha256(of: output.appendingPathComponent("tagmanifest-sha256.txt")),
              tagHash == stamp.tagManifestSHA256 else { return false }
        let current = BagFileStates.take(of: output)
        if let recorded = stamp.outputFiles, let current,
           recorded.provesUnchanged(current, racyWindowNanoseconds: BagFileStates.racyWindowNanoseconds(forFolder: output.path)) { return true }
        // Files the stamp proves untouched are not hashed again (the tag files, written just before
        // it was taken, always are).
        guard BagIt.payloadOxumMatches(folder: output),
              BagIt.verify(folder: output, proof: PreviousPackProof(pack: output, stamp: stamp)).isEmpty else { return false }
        // Whole by its hashes: remember the states as they were before hashing began.
        if let current, current != stamp.outputFiles {
            stamp.outputFiles = current
            try? cache.saveStamp(stamp)
        }
        return true
    }
}
