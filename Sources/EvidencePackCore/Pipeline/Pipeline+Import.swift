import EvidenceModel
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Step `import`: every source through its importer (or the cache), concurrently.
extension Pipeline {
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

    /// Imports every source concurrently (at most one task per core), keeping discovery order in
    /// what it returns.
    func importAll(_ sources: [DiscoveredSource], request: BuildRequest, cache: ImportCache? = nil) async -> ImportedRecords {
        let limit = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var results = [[Record]](repeating: [], count: sources.count)
        var resultDiagnostics = [[Diagnostic]](repeating: [], count: sources.count)
        var reused = 0
        var keys = Set<String>()
        var origins: [String: String] = [:]
        let packOptions = Self.importerOptions(for: request.pack)
        let resolvedInputs = SourceDiscovery.realPath(request.inputs.path)
        // Largest first: the large files' imports (or cache entries) start at once and the small ones
        // fill in around them, rather than one large file left for last while the other cores wait.
        let order = sources.indices.sorted { (sources[$1].source.size, $0) < (sources[$0].source.size, $1) }
        // A build holds every record while its exporters run, so repeated texts are kept once (about
        // a tenth of a 10,000-page build's peak memory). A check writes nothing: sharing would cost it
        // CPU time (hashing every text) for memory it does not need.
        var sharedText: SharedText? = request.output == nil ? nil : SharedText()
        await withTaskGroup(of: (Int, [Record], [Diagnostic], String?, Bool).self) { group in
            var next = 0
            func schedule() {
                guard next < order.count else { return }
                let index = order[next]
                let source = sources[index]
                next += 1
                group.addTask {
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
                    // Swapped for a link to elsewhere since discovery: the importer must not follow it. (An
                    // entry from the cache reads nothing of the file, so only a file about to be read is
                    // resolved, link by link: on a next-day build of 10,000 files that was 70,000 readlinks.)
                    guard SourceDiscovery.leadsInside(source.source.path, root: request.inputs, resolvedRoot: resolvedInputs) else {
                        return (index, [], [Diagnostic(.error, code: "import.outside",
                            message: "not read: since discovery the file became a symbolic link that points outside the inputs folder",
                            location: SourceLocation(path: source.source.path), step: "import")], nil, false)
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
            while case (let index, var records, let diagnostics, let key, let fromCache)? = await group.next() {
                // The next file starts before this one's texts are shared: sharing runs here, one result
                // at a time, and scheduling after it left the cores idle while it ran.
                schedule()
                if sharedText != nil {
                    for recordIndex in records.indices { records[recordIndex].shareText(&sharedText!) }
                }
                results[index] = records
                resultDiagnostics[index] = diagnostics
                if let key {
                    keys.insert(key)
                    for record in records { origins[record.id] = key + "|" + record.id }
                }
                if fromCache { reused += 1 }
            }
        }
        let unclaimed = sources.filter { $0.importerID == nil }.count
        return ImportedRecords(records: results.flatMap { $0 }, diagnostics: resultDiagnostics.flatMap { $0 },
                               importedCount: sources.count - unclaimed - reused, reusedCount: reused,
                               unclaimedCount: unclaimed, cacheKeys: keys, origins: origins)
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
}
