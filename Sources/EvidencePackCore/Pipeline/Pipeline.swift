import EvidenceModel
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

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
        func begin(_ step: PipelineStep, _ detail: String = "") {
            stepIndex += 1
            progress.step(stepIndex, of: steps.count, step.rawValue, detail: detail)
            logger.debug("step started", metadata: ["step": "\(step.rawValue)"])
        }
        let cache = request.cacheDirectory.map(ImportCache.init(folder:))

        // Decoded beside discovery: an up-to-date build reports it, and by then it is ready.
        let previousSummary = steps.contains(.export) ? cache?.prefetchSummary() : nil
        begin(.discover, request.inputs.path)
        let discovered = try discoverStep(request, cache: cache)
        if let output = request.output, let cache, let previousSummary,
           let outcome = await upToDateOutcome(output: output, cache: cache, previousSummary: previousSummary,
                                               discovered: discovered, started: started) {
            return outcome
        }

        begin(.import, "\(discovered.found.sources.count) files")
        let imported = await importStep(discovered, request: request, cache: cache)

        begin(.validate)
        let validated = validateStep(request, found: discovered.found, imported: imported)

        begin(.assemble, "\(request.pack.items.count) items")
        var assembled = assembleStep(request, validated: validated, sources: discovered.found.sources.map(\.source),
                                     records: imported.records, planFiles: steps.contains(.export))

        var outputPath: String?
        if steps.contains(.export), let output = request.output {
            // The pack this build replaces, read before it is swapped out (never as an input).
            assembled.bundle.changes = PackComparison.changes(from: await previousPack(output: output, summary: previousSummary), to: assembled.bundle)
            begin(.export, output.path)
            try beforeExportForTesting?()
            let staging = try prepareStaging(for: output)
            do {
                try await export(assembled.bundle, filePlan: assembled.filePlan, request: request, recordOrigins: imported.origins,
                                 payload: OutputDirectory(root: staging.appendingPathComponent("data")))
                begin(.seal)
                try sealStep(staging: staging, output: output, request: request)
                if let cache, let tagHash = try? FileHashing.sha256(of: output.appendingPathComponent("tagmanifest-sha256.txt")) {
                    try? cache.saveSummary(assembled.bundle, buildKey: discovered.buildKey, tagManifestSHA256: tagHash)
                    try? cache.saveStamp(ImportCache.BuildStamp(buildKey: discovered.buildKey, tagManifestSHA256: tagHash,
                                                                complete: assembled.bundle.isComplete,
                                                                outputFiles: BagFileStates.take(of: output)))
                }
            } catch {
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
                cache.prune(keeping: imported.cacheKeys)
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
    func assembleStep(_ request: BuildRequest, validated: Validated, sources: [Source], records: [Record], planFiles: Bool) -> Assembled {
        var items = validated.assembler.assemble(records: records, diagnostics: validated.diagnostics)
        items = ConsistencyChecker.annotate(items, with: validated.findings)
        let filePlan = planFiles ? EvidenceFilePlanner.plan(items: items, records: records) : [:]
        items = EvidenceFilePlanner.apply(filePlan, to: items, records: records)
        let bundle = EvidenceBundle(
            generator: EvidencePackVersion.generator, pack: request.pack.identity, referenceDate: request.referenceDate,
            authority: request.pack.authority?.name ?? request.pack.authority?.code, sections: request.pack.sections, items: items,
            sources: sources, records: records, diagnostics: validated.diagnostics)
        return Assembled(bundle: bundle, filePlan: filePlan)
    }

    /// Step `seal`: the staging folder sealed as a BagIt bag carrying our identity, then swapped into
    /// place (the pack it replaces kept as `OUT.previous`).
    func sealStep(staging: URL, output: URL, request: BuildRequest) throws {
        do {
            try BagIt.seal(folder: staging, info: BagIt.Info(
                baggingDate: request.referenceDate, externalIdentifier: request.pack.identity.id,
                externalDescription: request.pack.identity.title,
                extra: [("Bag-Software-Agent", EvidencePackVersion.generator),
                        ("Pack-Version", request.pack.identity.version),
                        (OutputOwnership.packIdentityLabel, request.pack.identity.id)]))
        } catch {
            throw PipelineError(step: .seal, message: "\(error)")
        }
        // Sealed, it is recognisable as ours by its bag-info.txt; the marker must not reach OUT.
        StagingFolders.removeMarker(from: staging)
        try swapIntoPlace(staging: staging, output: output)
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
    func upToDateOutcome(output: URL, cache: ImportCache, previousSummary: ImportCache.SummaryPrefetch,
                         discovered: Discovered, started: Date) async -> BuildOutcome? {
        let found = discovered.found
        guard Self.isUpToDate(output: output, cache: cache, buildKey: discovered.buildKey),
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

    // MARK: import

    struct ImportedRecords {
        var records: [Record]
        var diagnostics: [Diagnostic]
        var importedCount: Int
        var reusedCount: Int
        var unclaimedCount: Int
        var cacheKeys: Set<String>
        /// Record id → what determines it (its import's cache key and the id), for exporters that
        /// carry a record's output over from the previous pack (`ExportContext.recordOrigins`).
        var origins: [String: String] = [:]
    }

    /// Imports every source concurrently (at most one task per core), keeping discovery order.
    func importAll(_ sources: [DiscoveredSource], request: BuildRequest, cache: ImportCache? = nil) async -> ImportedRecords {
        let limit = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var results = [[Record]](repeating: [], count: sources.count)
        var resultDiagnostics = [[Diagnostic]](repeating: [], count: sources.count)
        var reused = 0
        var keys = Set<String>()
        var origins: [String: String] = [:]
        let packOptions = Self.importerOptions(for: request.pack)
        let resolvedInputs = SourceDiscovery.realPath(request.inputs.path)
        await withTaskGroup(of: (Int, [Record], [Diagnostic], String?, Bool).self) { group in
            var next = 0
            func schedule() {
                guard next < sources.count else { return }
                let index = next
                let source = sources[index]
                next += 1
                group.addTask {
                    // Swapped for a link to elsewhere since discovery: the importer must not follow it.
                    guard SourceDiscovery.leadsInside(source.source.path, root: request.inputs, resolvedRoot: resolvedInputs) else {
                        return (index, [], [Diagnostic(.error, code: "import.outside",
                            message: "not read: since discovery the file became a symbolic link that points outside the inputs folder",
                            location: SourceLocation(path: source.source.path), step: "import")], nil, false)
                    }
                    var key: String?
                    let importer = source.importerID.flatMap { self.registry.importer(id: $0) }
                    if let cache, let importer {
                        let cacheKey = ImportCache.key(source: source.source, importer: importer.descriptor, options: source.importerOptions,
                                                       packOptions: packOptions,
                                                       dateKey: ImportCache.dateKey(for: importer, referenceDate: request.referenceDate,
                                                                                    options: source.importerOptions))
                        key = cacheKey
                        // An entry whose date checks cannot be run (damaged) is read again like a missing one.
                        if let entry = cache.entry(for: cacheKey),
                           let diagnostics = try? Self.finishedDiagnostics(entry.diagnostics, dateChecks: entry.dateChecks, importer: importer,
                                                                           path: source.source.path, referenceDate: request.referenceDate) {
                            return (index, entry.records, diagnostics, key, true)
                        }
                    }
                    // With a cache, the checks against the date are left out of what is stored, so the
                    // entry serves the next day too; without one they run as the rows are read.
                    let imported = await self.importSource(source, inputs: request.inputs, referenceDate: request.referenceDate,
                                                           packOptions: packOptions, deferringDateChecks: cache != nil)
                    // Failures that may be passing (an unreadable file, an external importer that hung) are not cached.
                    if let cache, let key, !imported.diagnostics.contains(where: { $0.code == "import.failed" || $0.code.hasPrefix("external.") }) {
                        try? cache.store(ImportCache.Entry(records: imported.records, diagnostics: imported.diagnostics,
                                                           dateChecks: imported.dateChecks), for: key)
                    }
                    var diagnostics = imported.diagnostics
                    if let importer {
                        do {
                            diagnostics = try Self.finishedDiagnostics(imported.diagnostics, dateChecks: imported.dateChecks, importer: importer,
                                                                       path: source.source.path, referenceDate: request.referenceDate)
                        } catch {
                            diagnostics.append(Diagnostic(.error, code: "import.failed",
                                message: "\(importer.descriptor.id) could not check this file against the reference date: \(SourceDiscovery.describe(error))",
                                location: SourceLocation(path: source.source.path), step: "import"))
                        }
                    }
                    return (index, imported.records, diagnostics, key, false)
                }
            }
            for _ in 0..<limit { schedule() }
            while let (index, records, diagnostics, key, fromCache) = await group.next() {
                results[index] = records
                resultDiagnostics[index] = diagnostics
                if let key {
                    keys.insert(key)
                    for record in records { origins[record.id] = key + "|" + record.id }
                }
                if fromCache { reused += 1 }
                schedule()
            }
        }
        let unclaimed = sources.filter { $0.importerID == nil }.count
        return ImportedRecords(records: results.flatMap { $0 }, diagnostics: resultDiagnostics.flatMap { $0 },
                               importedCount: sources.count - unclaimed - reused, reusedCount: reused,
                               unclaimedCount: unclaimed, cacheKeys: keys, origins: origins)
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
    /// is skipped; after a full verification the states are saved so that the next check is quick.
    static func isUpToDate(output: URL, cache: ImportCache, buildKey: String) -> Bool {
        guard var stamp = cache.loadStamp(), stamp.buildKey == buildKey,
              let tagHash = try? FileHashing.sha256(of: output.appendingPathComponent("tagmanifest-sha256.txt")),
              tagHash == stamp.tagManifestSHA256 else { return false }
        let current = BagFileStates.take(of: output)
        if let recorded = stamp.outputFiles, let current, recorded.provesUnchanged(current) { return true }
        guard BagIt.payloadOxumMatches(folder: output), BagIt.verify(folder: output).isEmpty else { return false }
        // Whole by its hashes: remember the states as they were before hashing began.
        if let current, current != stamp.outputFiles {
            stamp.outputFiles = current
            try? cache.saveStamp(stamp)
        }
        return true
    }

    /// The pack's options plus its authority (`authorityName`, `authorityCode`, `statisticalNeighbours`),
    /// which KPI importers use to keep the authority's series and its comparators.
    public static func importerOptions(for pack: PackDefinition) -> [String: String] {
        var options = pack.options
        if let authority = pack.authority {
            if let name = authority.name { options["authorityName"] = name }
            if let code = authority.code { options["authorityCode"] = code }
            if !authority.statisticalNeighbours.isEmpty { options["statisticalNeighbours"] = authority.statisticalNeighbours.joined(separator: ",") }
        }
        return options
    }

    /// Imports one discovered source; never throws: failures become diagnostics for that file alone.
    public func importOne(_ discovered: DiscoveredSource, inputs: URL, referenceDate: CalendarDate,
                          packOptions: [String: String] = [:]) async -> ([Record], [Diagnostic]) {
        let imported = await importSource(discovered, inputs: inputs, referenceDate: referenceDate, packOptions: packOptions,
                                          deferringDateChecks: false)
        return (imported.records, imported.diagnostics)
    }

    /// One source's import: its records (ids and provenance assigned), its diagnostics, and its
    /// deferred date checks, encoded (nil: the diagnostics are complete).
    struct ImportedSource {
        var records: [Record]
        var diagnostics: [Diagnostic]
        var dateChecks: [UInt8]?
    }

    /// Imports one source, leaving the checks against the reference date undone when asked and the
    /// importer is a `DateDeferringImporter` (see `finishedDiagnostics`).
    func importSource(_ discovered: DiscoveredSource, inputs: URL, referenceDate: CalendarDate,
                      packOptions: [String: String], deferringDateChecks: Bool) async -> ImportedSource {
        let source = discovered.source
        let location = SourceLocation(path: source.path)
        guard let importerID = discovered.importerID else {
            return ImportedSource(records: [], diagnostics: [Diagnostic(.note, code: "import.unclaimed",
                message: "no importer recognises this file; it is listed but not read", location: location, step: "import")])
        }
        guard let importer = registry.importer(id: importerID) else {
            return ImportedSource(records: [], diagnostics: [Diagnostic(.error, code: "import.unknown-importer",
                message: "the pack pins importer '\(importerID)', which is not available", location: location, step: "import")])
        }
        let context = ImportContext(inputsRoot: inputs, referenceDate: referenceDate, options: discovered.importerOptions, packOptions: packOptions)
        let result: ImportResult
        var dateChecks: [UInt8]?
        do {
            if deferringDateChecks, let deferring = importer as? any DateDeferringImporter {
                (result, dateChecks) = try await deferring.encodedReading(from: source, context: context)
            } else {
                result = try await importer.records(from: source, context: context)
            }
        } catch {
            return ImportedSource(records: [], diagnostics: [Diagnostic(.error, code: "import.failed",
                message: "\(importer.descriptor.id) could not read this file: \(SourceDiscovery.describe(error))",
                location: location, step: "import")])
        }
        let descriptor = importer.descriptor
        var records: [Record] = []
        for (offset, content) in result.records.enumerated() {
            let range = offset < result.lineRanges.count ? result.lineRanges[offset] : nil
            records.append(Record(
                id: "\(source.path)#\(offset + 1)",
                provenance: Provenance(source: source.path, sha256: source.sha256, importer: descriptor.id,
                                       importerVersion: descriptor.version, firstLine: range?.lowerBound, lastLine: range?.upperBound),
                content: content))
        }
        return ImportedSource(records: records, diagnostics: Self.located(result.diagnostics, at: location), dateChecks: dateChecks)
    }

    /// The diagnostics with the file's location and the import step filled in where an importer left them out.
    static func located(_ diagnostics: [Diagnostic], at location: SourceLocation) -> [Diagnostic] {
        diagnostics.map { diagnostic -> Diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location == nil { diagnostic.location = location }
            if diagnostic.step == nil { diagnostic.step = "import" }
            return diagnostic
        }
    }

    /// An import's diagnostics on `referenceDate`: its own, then the findings of its deferred date
    /// checks (when it has any). Throws when those cannot be run.
    static func finishedDiagnostics(_ diagnostics: [Diagnostic], dateChecks: [UInt8]?, importer: any Importer, path: String,
                                    referenceDate: CalendarDate) throws -> [Diagnostic] {
        guard let dateChecks else { return diagnostics }
        guard let deferring = importer as? any DateDeferringImporter else { throw DeferredChecksWithoutImporter(importer: importer.descriptor.id) }
        let found = try deferring.dateCheckDiagnostics(encoded: dateChecks, on: referenceDate)
        return diagnostics + located(found, at: SourceLocation(path: path))
    }

    /// Cached date checks whose importer no longer defers them.
    struct DeferredChecksWithoutImporter: Error, CustomStringConvertible {
        var importer: String
        var description: String { "\(importer) left date checks but does not run them" }
    }

    // MARK: export

    func export(_ bundle: EvidenceBundle, filePlan: [String: String], request: BuildRequest, recordOrigins: [String: String] = [:],
                payload: OutputDirectory) async throws {
        // The evidence files and the gap report are written beside the exporters, not before them:
        // each copy waits for the disk (it is synced), which on the benchmark's pack held the
        // exporters back by about two seconds.
        let fullBundle = bundle
        // With a cache, an evidence file the pack being replaced already holds with the same bytes is
        // linked from there (checked by its SHA-256) rather than copied and synced again.
        let previousPayload = request.cacheDirectory == nil ? nil
            : request.output.map { $0.appendingPathComponent("data") }.flatMap { FileKind.of($0.path, followingLinks: false) == .folder ? $0 : nil }
        @Sendable func copyEvidenceAndWriteGapReport() throws {
            let discoveryHashes = Dictionary(fullBundle.sources.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
            for (sourcePath, target) in filePlan.sorted(by: { $0.key < $1.key }) {
                if let previousPayload, let expected = discoveryHashes[sourcePath], !target.split(separator: "/").contains(".."),
                   let destination = try? payload.url(for: target),
                   SecureFileSystem.linkVerified(from: previousPayload.appendingPathComponent(target), to: destination, sha256: expected) {
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
        let bundle = RowRedaction.forSummaries(bundle)
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
        // The pack this build replaces, still in place: what exporters wrote there may be carried over.
        let previousPack = request.output.flatMap { FileKind.of($0.path, followingLinks: false) == .folder ? $0 : nil }
        let cacheFolder = request.cacheDirectory
        @Sendable func run(_ use: ModuleUse, _ exporter: any Exporter) async throws {
            do {
                let clock = ContinuousClock()
                let started = clock.now
                let memory = cacheFolder.map { ExportMemory(cacheFolder: $0, exporterID: use.id, previousPack: previousPack) }
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
                    for (use, exporter) in feeders { feeding.addTask { try await run(use, exporter) } }
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
