import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import Foundation

/// The in-process half of a measurement: run in a child process of the runner (`measure-import`),
/// it imports a list of files with one registered importer and prints one line of figures, so each
/// measurement's peak RSS is its own.
enum ImportMeasurement {
    /// The figures a child prints: `seconds=… bytes=… records=… rows=… diagnostics=… importer=…`.
    struct Figures {
        var seconds: Double
        /// CPU time of the imports (all threads), from CLOCK_PROCESS_CPUTIME_ID.
        var cpuSeconds: Double
        var bytes: Int64
        var records: Int
        var rows: Int
        var diagnostics: Int
        /// Files whose import threw.
        var failures: Int
        var importer: String

        var line: String {
            "seconds=\(seconds) cpu=\(cpuSeconds) bytes=\(bytes) records=\(records) rows=\(rows) diagnostics=\(diagnostics) failures=\(failures) importer=\(importer)"
        }

        init(seconds: Double, cpuSeconds: Double, bytes: Int64, records: Int, rows: Int, diagnostics: Int, failures: Int, importer: String) {
            self.seconds = seconds
            self.cpuSeconds = cpuSeconds
            self.failures = failures
            self.bytes = bytes
            self.records = records
            self.rows = rows
            self.diagnostics = diagnostics
            self.importer = importer
        }

        /// Parses a child's line; nil when the child printed something else.
        init?(line: String) {
            var fields: [String: String] = [:]
            for part in line.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let pair = part.split(separator: "=", maxSplits: 1)
                if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
            }
            guard let seconds = fields["seconds"].flatMap(Double.init), let bytes = fields["bytes"].flatMap(Int64.init) else { return nil }
            self.init(seconds: seconds, cpuSeconds: fields["cpu"].flatMap(Double.init) ?? seconds, bytes: bytes, records: fields["records"].flatMap(Int.init) ?? 0,
                      rows: fields["rows"].flatMap(Int.init) ?? 0, diagnostics: fields["diagnostics"].flatMap(Int.init) ?? 0,
                      failures: fields["failures"].flatMap(Int.init) ?? 0,
                      importer: fields["importer"] ?? "?")
        }
    }

    /// The first registered importer among `ids` (ids may change while importers are being written).
    static func importer(ids: [String]) -> (any Importer)? {
        let registry = BuiltinModules.registry
        for id in ids {
            if let importer = registry.importer(id: id) { return importer }
        }
        return nil
    }

    /// Imports every file named in `listFile` (paths relative to `root`, one a line) with `concurrency`
    /// files in flight, timing only the imports (not process start or the file list).
    static func run(importerIDs: [String], root: String, listFile: String, concurrency: Int, referenceDate: CalendarDate) async throws -> Figures {
        guard let importer = importer(ids: importerIDs) else {
            throw BenchError("none of the importers \(importerIDs.joined(separator: ", ")) is in this build")
        }
        let paths = try String(contentsOfFile: listFile, encoding: .utf8).split(separator: "\n").map(String.init)
        let rootURL = URL(fileURLWithPath: root)
        var sources: [Source] = []
        var bytes: Int64 = 0
        for path in paths {
            let size = ((try? FileManager.default.attributesOfItem(atPath: rootURL.appendingPathComponent(path).path))?[.size] as? Int64) ?? 0
            bytes += size
            // The hash is the pipeline's job and is measured in the whole-pack rows; importers do not read it.
            sources.append(Source(path: path, sha256: String(repeating: "0", count: 64), size: size,
                                  mediaType: mediaType(for: path)))
        }
        let context = ImportContext(inputsRoot: rootURL, referenceDate: referenceDate)
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = processCPUSeconds()
        let totals = await importAll(importer: importer, sources: sources, context: context, concurrency: max(1, concurrency))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = processCPUSeconds() - cpuStart
        return Figures(seconds: seconds, cpuSeconds: cpu, bytes: bytes, records: totals.records, rows: totals.rows,
                       diagnostics: totals.diagnostics, failures: totals.failures, importer: importer.descriptor.id)
    }

    /// CPU time this process has used so far, all threads.
    private static func processCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    private struct Totals: Sendable {
        var records = 0
        var rows = 0
        var diagnostics = 0
        var failures = 0

        mutating func add(_ other: Totals) {
            records += other.records
            rows += other.rows
            diagnostics += other.diagnostics
            failures += other.failures
        }
    }

    private static func importAll(importer: any Importer, sources: [Source], context: ImportContext, concurrency: Int) async -> Totals {
        if concurrency == 1 {
            var totals = Totals()
            for source in sources { totals.add(await importOne(importer: importer, source: source, context: context)) }
            return totals
        }
        return await withTaskGroup(of: Totals.self) { group in
            var totals = Totals()
            var next = 0
            while next < min(concurrency, sources.count) {
                let source = sources[next]
                group.addTask { await importOne(importer: importer, source: source, context: context) }
                next += 1
            }
            while let done = await group.next() {
                totals.add(done)
                if next < sources.count {
                    let source = sources[next]
                    group.addTask { await importOne(importer: importer, source: source, context: context) }
                    next += 1
                }
            }
            return totals
        }
    }

    private static func importOne(importer: any Importer, source: Source, context: ImportContext) async -> Totals {
        do {
            let result = try await importer.records(from: source, context: context)
            var totals = Totals(records: result.records.count, rows: 0, diagnostics: result.diagnostics.count)
            for record in result.records {
                if case .table(let table) = record { totals.rows += table.rowCount }
            }
            return totals
        } catch {
            return Totals(records: 0, rows: 0, diagnostics: 1, failures: 1)
        }
    }

    private static func mediaType(for path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": return "text/html"
        case "csv": return "text/csv"
        default: return "text/plain"
        }
    }
}
