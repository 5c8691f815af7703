import EvidenceModel
import Foundation

/// Options for a benchmark run.
struct RunOptions {
    var sizes: BenchSizes = .full
    var quick = false
    var seed: UInt64 = 20_261_101
    var scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent("evidence-pack-bench")
    /// The release `evidence-pack` executable; default: beside this one.
    var evidencePack: String?
    /// The pack definition to build; default: the repository's Packs/ilacs.
    var pack: String?
    var concurrency = ProcessInfo.processInfo.activeProcessorCount
}

/// Importer ids to try, first found wins: the ids the importers are expected to register, so the
/// benchmark runs whatever this build holds.
enum ImporterIDs {
    static let html = ["html-agenda", "moderngov-html", "html"]
    static let csv = ["csv-table", "annex-a-csv", "csv"]
    static let minutes = ["minutes-text"]
}

/// Runs every measurement, interleaving the runs of a row with its baselines so background load hits
/// both alike, and prints one markdown table of medians.
struct Runner {
    var options: RunOptions

    private var tree: InputTree { InputTree(scratch: options.scratch, seed: options.seed, sizes: options.sizes) }
    private var runs: Int { options.sizes.runs }

    func run() throws {
        try FileManager.default.createDirectory(atPath: options.scratch, withIntermediateDirectories: true)
        log("scratch folder: \(options.scratch)")
        try tree.ensure(log: log)
        let loadBefore = Machine.loadAverage
        var table = ResultTable(runs: runs, packRuns: options.sizes.packRuns, quick: options.quick)
        table.rows += try htmlRows()
        table.rows += try csvRows()
        table.rows += try minutesRows()
        table.rows += try packRows()
        print(Machine.describe(concurrency: options.concurrency, loadBefore: loadBefore, loadAfter: Machine.loadAverage))
        print("")
        print(table.markdown)
    }

    // MARK: HTML

    private func htmlRows() throws -> [ResultRow] {
        let (paths, bytes) = InputTree.files(under: tree.pagesFolder, relativeTo: tree.packInputs, extension: "html")
        let what = "HTML importer, full extraction, \(paths.count) pages, \(Format.megabytes(bytes))"
        guard let importer = ImportMeasurement.importer(ids: ImporterIDs.html) else {
            return [ResultRow(what: what + " (1 core)", measured: "not available in this build (no \(ImporterIDs.html.joined(separator: "/")))",
                              baseline: "—", peakRSS: "—", target: "≥ 1.0× xmllint's MB/s", pass: nil),
                    ResultRow(what: what + " (\(options.concurrency) cores)", measured: "not available in this build",
                              baseline: "—", peakRSS: "—", target: "≥ 1.7× xmllint's MB/s", pass: nil)]
        }
        let list = try writeList(paths, name: "pages.list")
        var xmllint: [Double] = [], xmllintRSS: Int64 = 0
        var single: [Double] = [], singleRSS: Int64 = 0
        var both: [Double] = [], bothRSS: Int64 = 0
        let absolute = paths.map { (tree.packInputs as NSString).appendingPathComponent($0) }
        for run in 1...runs {
            log("html run \(run)/\(runs)")
            if ChildProcess.available("xmllint") {
                let outcome = try runChunked(["xmllint", "--html", "--noout"], files: absolute)
                xmllint.append(Double(bytes) / outcome.seconds)
                xmllintRSS = max(xmllintRSS, outcome.peakRSS)
            }
            let one = try measureImport(ImporterIDs.html, root: tree.packInputs, list: list, concurrency: 1)
            single.append(Double(one.figures.bytes) / one.figures.seconds)
            singleRSS = max(singleRSS, one.peakRSS)
            let many = try measureImport(ImporterIDs.html, root: tree.packInputs, list: list, concurrency: options.concurrency)
            both.append(Double(many.figures.bytes) / many.figures.seconds)
            bothRSS = max(bothRSS, many.peakRSS)
        }
        let base = Stats.median(xmllint)
        let baseline = base.map { "xmllint --html --noout: \(Format.rate($0)) (\(Format.rss(xmllintRSS)))" } ?? "xmllint not installed"
        let id = importer.descriptor.id
        let oneRate = Stats.median(single) ?? 0, bothRate = Stats.median(both) ?? 0
        return [
            ResultRow(what: what + ", `\(id)`, 1 core", measured: "\(Format.rate(oneRate))\(Format.ratio(oneRate, base))",
                      baseline: baseline, peakRSS: Format.rss(singleRSS), target: "≥ 1.0× xmllint's MB/s",
                      pass: base.map { oneRate >= 1.0 * $0 }),
            ResultRow(what: what + ", `\(id)`, \(options.concurrency) cores (files in parallel)", measured: "\(Format.rate(bothRate))\(Format.ratio(bothRate, base))",
                      baseline: baseline, peakRSS: Format.rss(bothRSS), target: "≥ 1.7× xmllint's MB/s",
                      pass: base.map { bothRate >= 1.7 * $0 }),
        ]
    }

    // MARK: CSV

    private func csvRows() throws -> [ResultRow] {
        let (paths, bytes) = InputTree.files(under: tree.annexAFolder, relativeTo: tree.packInputs, extension: "csv")
        let what = "Annex A CSV import with validation, \(Format.count(options.sizes.annexARows)) rows over \(paths.count) lists, \(Format.megabytes(bytes))"
        let target = "≥ 5× Python csv; peak RSS < 200 MB"
        guard let importer = ImportMeasurement.importer(ids: ImporterIDs.csv) else {
            return [ResultRow(what: what, measured: "not available in this build (no \(ImporterIDs.csv.joined(separator: "/")))",
                              baseline: "—", peakRSS: "—", target: target, pass: nil)]
        }
        let list = try writeList(paths, name: "annex-a.list")
        let absolute = paths.map { (tree.packInputs as NSString).appendingPathComponent($0) }
        let pythonScript = "import csv, sys\nfor name in sys.argv[1:]:\n    with open(name, newline='', encoding='utf-8') as f:\n        for row in csv.reader(f):\n            pass\n"
        var python: [Double] = [], pythonRSS: Int64 = 0
        var wc: [Double] = []
        var imported: [Double] = [], importRSS: Int64 = 0
        var lastRows = 0, lastDiagnostics = 0
        for run in 1...runs {
            log("csv run \(run)/\(runs)")
            if ChildProcess.available("python3") {
                let outcome = try ChildProcess.run(["python3", "-c", pythonScript] + absolute)
                python.append(Double(bytes) / outcome.seconds)
                pythonRSS = max(pythonRSS, outcome.peakRSS)
            }
            wc.append(Double(bytes) / (try ChildProcess.run(["wc", "-l"] + absolute)).seconds)
            let measured = try measureImport(ImporterIDs.csv, root: tree.packInputs, list: list, concurrency: 1)
            imported.append(Double(measured.figures.bytes) / measured.figures.seconds)
            importRSS = max(importRSS, measured.peakRSS)
            lastRows = measured.figures.rows
            lastDiagnostics = measured.figures.diagnostics
        }
        let base = Stats.median(python)
        let rate = Stats.median(imported) ?? 0
        var baseline = base.map { "Python csv: \(Format.rate($0)) (\(Format.rss(pythonRSS)))" } ?? "python3 not installed"
        if let floor = Stats.median(wc) { baseline += "; wc -l: \(Format.rate(floor))" }
        let rowsNote = lastRows > 0 ? " (\(Format.count(lastRows)) rows, \(Format.count(lastDiagnostics)) diagnostics)" : ""
        return [ResultRow(what: what + ", `\(importer.descriptor.id)`", measured: "\(Format.rate(rate))\(Format.ratio(rate, base))\(rowsNote)",
                          baseline: baseline, peakRSS: Format.rss(importRSS), target: target,
                          pass: base.map { rate >= 5 * $0 && importRSS < 200_000_000 })]
    }

    // MARK: Minutes

    private func minutesRows() throws -> [ResultRow] {
        let size = ((try? FileManager.default.attributesOfItem(atPath: tree.minutesFile))?[.size] as? Int64) ?? 0
        let what = "minutes text importer, one \(Format.count(options.sizes.minutesLines))-line document (\(Format.megabytes(size)))"
        guard let importer = ImportMeasurement.importer(ids: ImporterIDs.minutes) else {
            return [ResultRow(what: what, measured: "not available in this build", baseline: "—", peakRSS: "—", target: "≥ 50 MB/s", pass: nil)]
        }
        let list = try writeList([(tree.minutesFile as NSString).lastPathComponent], name: "minutes.list")
        var rates: [Double] = [], rss: Int64 = 0
        for run in 1...runs {
            log("minutes run \(run)/\(runs)")
            let measured = try measureImport(ImporterIDs.minutes, root: tree.minutesFolder, list: list, concurrency: 1)
            rates.append(Double(measured.figures.bytes) / measured.figures.seconds)
            rss = max(rss, measured.peakRSS)
        }
        let rate = Stats.median(rates) ?? 0
        return [ResultRow(what: what + ", `\(importer.descriptor.id)`", measured: Format.rate(rate), baseline: "—",
                          peakRSS: Format.rss(rss), target: "≥ 50 MB/s", pass: rate >= 50_000_000)]
    }

    // MARK: Whole pack

    private func packRows() throws -> [ResultRow] {
        let sizes = options.sizes
        let what = "whole ILACS pack: \(Format.count(sizes.pages)) pages, \(Format.count(sizes.annexARows)) Annex A rows over 11 lists, \(sizes.documents) documents"
        let executable = options.evidencePack ?? ((ChildProcess.currentExecutable as NSString).deletingLastPathComponent as NSString).appendingPathComponent("evidence-pack")
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            return [ResultRow(what: what + ", full build", measured: "not run: no \(executable) (run.sh builds it)", baseline: "—", peakRSS: "—", target: "< 30 s", pass: nil)]
        }
        let pack = options.pack ?? Self.repositoryRoot.appendingPathComponent("Packs/ilacs").path
        let outFolder = (options.scratch as NSString).appendingPathComponent("out")
        let output = (outFolder as NSString).appendingPathComponent("pack")
        let cache = (outFolder as NSString).appendingPathComponent("pack.cache")
        let summary = (outFolder as NSString).appendingPathComponent("summary.json")
        let errors = (outFolder as NSString).appendingPathComponent("stderr.txt")
        let date = InputTree.referenceDate
        let arguments = [executable, "build", pack, "--inputs", tree.packInputs, "--out", output, "--cache", cache,
                         "--reference-date", String(format: "%04d-%02d-%02d", date.year, date.month, date.day), "--json"]
        var full: [Double] = [], fullRSS: Int64 = 0
        var again: [Double] = [], againRSS: Int64 = 0
        var notes: [String] = []
        var allUpToDate = true
        for run in 1...sizes.packRuns {
            log("pack run \(run)/\(sizes.packRuns)")
            try? FileManager.default.removeItem(atPath: outFolder)
            try FileManager.default.createDirectory(atPath: outFolder, withIntermediateDirectories: true)
            let first = try ChildProcess.run(arguments, stdoutPath: summary, stderrPath: errors)
            guard first.exitStatus == 0 || first.exitStatus == 1 else {
                let message = (try? String(contentsOfFile: errors, encoding: .utf8))?.split(separator: "\n").first.map(String.init) ?? ""
                return [ResultRow(what: what + ", full build", measured: "failed: exit \(first.exitStatus) \(message)", baseline: "—", peakRSS: Format.rss(first.peakRSS), target: "< 30 s", pass: false)]
            }
            if run == 1 { notes.append(PackSummary(json: first.output).description) }
            full.append(first.seconds)
            fullRSS = max(fullRSS, first.peakRSS)
            let second = try ChildProcess.run(arguments, stdoutPath: summary, stderrPath: errors)
            let secondSummary = PackSummary(json: second.output)
            allUpToDate = allUpToDate && secondSummary.upToDate == true
            again.append(second.seconds)
            againRSS = max(againRSS, second.peakRSS)
        }
        let fullTime = Stats.median(full) ?? 0, againTime = Stats.median(again) ?? 0
        return [
            ResultRow(what: what + ", full build (`evidence-pack build`, wall time incl. start-up)", measured: Format.seconds(fullTime) + (notes.first.map { " (\($0))" } ?? ""),
                      baseline: "—", peakRSS: Format.rss(fullRSS), target: "< 30 s", pass: fullTime < 30),
            ResultRow(what: "same pack, no-change rebuild", measured: Format.seconds(againTime) + (allUpToDate ? " (upToDate: true)" : " (upToDate NOT reported)"),
                      baseline: "—", peakRSS: Format.rss(againRSS), target: "< 1 s", pass: againTime < 1 && allUpToDate),
        ]
    }

    // MARK: Helpers

    /// The repository root, from this file's place in it (Benchmarks/Sources/evidence-pack-bench/).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    private func writeList(_ paths: [String], name: String) throws -> String {
        let path = (options.scratch as NSString).appendingPathComponent(name)
        try (paths.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs an in-process import measurement in a child process of this executable.
    private func measureImport(_ ids: [String], root: String, list: String, concurrency: Int) throws -> (figures: ImportMeasurement.Figures, peakRSS: Int64) {
        let output = (options.scratch as NSString).appendingPathComponent("measure.out")
        let errors = (options.scratch as NSString).appendingPathComponent("measure.err")
        let outcome = try ChildProcess.run([ChildProcess.currentExecutable, "measure-import", "--importers", ids.joined(separator: ","),
                                            "--root", root, "--list", list, "--concurrency", String(concurrency)],
                                           stdoutPath: output, stderrPath: errors)
        guard outcome.exitStatus == 0, let figures = ImportMeasurement.Figures(line: outcome.output) else {
            let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw BenchError("measurement child failed (exit \(outcome.exitStatus)): \(message.prefix(500))")
        }
        return (figures, outcome.peakRSS)
    }

    /// Runs a tool over many files in chunks (argument lists have a limit); times add, peaks max.
    private func runChunked(_ command: [String], files: [String]) throws -> ChildOutcome {
        var total = ChildOutcome(seconds: 0, exitStatus: 0, peakRSS: 0, output: "")
        var start = 0
        while start < files.count {
            let chunk = Array(files[start..<min(files.count, start + 2_000)])
            let outcome = try ChildProcess.run(command + chunk)
            total.seconds += outcome.seconds
            total.peakRSS = max(total.peakRSS, outcome.peakRSS)
            start += chunk.count
        }
        return total
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
    }
}

/// What a build's `--json` summary says, as far as the table needs it.
struct PackSummary: CustomStringConvertible {
    var upToDate: Bool?
    var sources: Int?
    var items: [String: Int] = [:]

    init(json: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return }
        upToDate = object["upToDate"] as? Bool
        sources = (object["sources"] as? [String: Any])?["total"] as? Int
        items = (object["counts"] as? [String: Int]) ?? [:]
    }

    var description: String {
        let counts = items.sorted { $0.key < $1.key }.filter { $0.value > 0 }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "\(sources.map { "\($0) sources" } ?? "? sources")\(counts.isEmpty ? "" : "; items: " + counts)"
    }
}
