import AnnexASampleGenerator
import AnnexASpec
import EvidenceModel
import Foundation

/// How big the generated inputs are and how many runs each figure is the median of.
struct BenchSizes: Sendable {
    var pages: Int
    var annexARows: Int
    var documents: Int
    var minutesLines: Int
    var runs: Int
    /// Runs of the whole-pack build (each is a full build plus a no-change rebuild).
    var packRuns: Int
    /// Megabytes of the one huge minutes text built among the example inputs (peak RSS row).
    var largeMinutesMB: Int = 500
    /// The wide DfE statistics file (`kpi` row): periods, local authorities and measure columns.
    var kpiPeriods: Int = 13
    var kpiAuthorities: Int = 150
    var kpiMeasures: Int = 100

    /// The issue's sizes: a large authority.
    static let full = BenchSizes(pages: 10_000, annexARows: 1_000_000, documents: 100, minutesLines: 50_000, runs: 5, packRuns: 3)
    /// A smoke run in well under a minute.
    static let quick = BenchSizes(pages: 300, annexARows: 20_000, documents: 10, minutesLines: 5_000, runs: 3, packRuns: 2, largeMinutesMB: 50,
                                   kpiPeriods: 3, kpiAuthorities: 30, kpiMeasures: 20)
}

/// The generated inputs under a scratch folder: a whole-pack inputs tree (pages, Annex A lists,
/// documents) plus one long minutes text. Generation is skipped when a stamp shows the same seed,
/// sizes and generator version are already there.
struct InputTree {
    /// Bump when the generators change what they write.
    static let generatorVersion = 2
    /// The fixed day the inputs and builds are for, so output never depends on the clock.
    static let referenceDate = (year: 2026, month: 11, day: 1)

    var scratch: String
    var seed: UInt64
    var sizes: BenchSizes

    var folder: String { (scratch as NSString).appendingPathComponent("inputs-seed\(seed)-p\(sizes.pages)-r\(sizes.annexARows)-d\(sizes.documents)") }
    /// The pack's inputs root.
    var packInputs: String { (folder as NSString).appendingPathComponent("pack") }
    var pagesFolder: String { (packInputs as NSString).appendingPathComponent("pages") }
    var annexAFolder: String { (packInputs as NSString).appendingPathComponent("annex-a") }
    var documentsFolder: String { (packInputs as NSString).appendingPathComponent("documents") }
    /// The long minutes text, outside the pack tree.
    var minutesFolder: String { (folder as NSString).appendingPathComponent("minutes") }
    var minutesFile: String { (minutesFolder as NSString).appendingPathComponent("minutes-\(sizes.minutesLines)-lines.txt") }

    private var stampPath: String { (folder as NSString).appendingPathComponent(".bench-stamp") }
    private var stamp: String {
        "generator=\(Self.generatorVersion) seed=\(seed) pages=\(sizes.pages) rows=\(sizes.annexARows) documents=\(sizes.documents) minutesLines=\(sizes.minutesLines)\n"
    }

    static var referenceDay: Int {
        DayArithmetic.days(year: referenceDate.year, month: referenceDate.month, day: referenceDate.day)
    }

    /// Generates what is missing; returns true when it wrote anything.
    @discardableResult
    func ensure(log: (String) -> Void) throws -> Bool {
        if (try? String(contentsOfFile: stampPath, encoding: .utf8)) == stamp { return false }
        if FileManager.default.fileExists(atPath: folder) { try FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let start = Date()
        let day = Self.referenceDay
        let failures = FailureBox()
        // Three independent jobs, spread over the cores.
        DispatchQueue.concurrentPerform(iterations: 3) { job in
            do {
                switch job {
                case 0:
                    _ = try ModernGovPageGenerator(referenceDay: day, seed: seed).writeAll(count: sizes.pages, into: pagesFolder)
                case 1:
                    try Self.writeAnnexALists(totalRows: sizes.annexARows, seed: seed, into: annexAFolder)
                default:
                    try FileManager.default.createDirectory(atPath: documentsFolder, withIntermediateDirectories: true)
                    try FileManager.default.createDirectory(atPath: minutesFolder, withIntermediateDirectories: true)
                    let minutes = MinutesTextGenerator(referenceDay: day, seed: seed)
                    try minutes.writeMinutes(lines: sizes.minutesLines, to: minutesFile)
                    // A pack's documents: mostly reports, every fifth a set of committee minutes.
                    for index in 0..<sizes.documents {
                        if index % 5 == 4 {
                            let path = (documentsFolder as NSString).appendingPathComponent("minutes-\(index).txt")
                            try minutes.writeMinutes(lines: 400, to: path, part: index + 1)
                        } else {
                            let path = (documentsFolder as NSString).appendingPathComponent(MinutesTextGenerator.reportFileName(index))
                            try minutes.writeReport(index: index, to: path)
                        }
                    }
                }
            } catch {
                failures.add("\(error)")
            }
        }
        if let failure = failures.first { throw BenchError("generating inputs: \(failure)") }
        try stamp.write(toFile: stampPath, atomically: true, encoding: .utf8)
        log(String(format: "generated inputs in %.1f s under %@", Date().timeIntervalSince(start), folder))
        return true
    }

    /// How many of the total rows each list gets (contacts and referrals dominate real returns).
    static let annexAListShares: [Int: Double] = [1: 0.30, 2: 0.10, 3: 0.16, 4: 0.12, 5: 0.07, 6: 0.09,
                                                  7: 0.05, 8: 0.05, 9: 0.03, 10: 0.015, 11: 0.015]

    /// The 11 Annex A lists from the product's own seeded generator (the template's exact headers and
    /// codes, one of each kind of real-world mistake planted per list), rows shared out to sum to the total.
    static func writeAnnexALists(totalRows: Int, seed: UInt64, into folder: String) throws {
        guard let reference = CalendarDate(year: referenceDate.year, month: referenceDate.month, day: referenceDate.day) else {
            throw BenchError("bad reference date")
        }
        let template = try AnnexATemplateLoader.template(for: reference)
        var counts: [Int: Int] = [:]
        for list in template.lists {
            counts[list.number] = max(1, Int((Double(totalRows) * (annexAListShares[list.number] ?? 0.05)).rounded(.down)))
        }
        counts[1, default: 0] += totalRows - counts.values.reduce(0, +)
        let generator = AnnexASampleGenerator(template: template, seed: seed, referenceDate: reference, rowCounts: counts,
                                              errors: AnnexASampleGenerator.ErrorKind.allCases)
        _ = try generator.writeAll(to: URL(fileURLWithPath: folder))
    }

    /// Files under a folder, relative to `relativeTo`, sorted, with their total size.
    /// Bytes of every regular file under `path` (or of `path` itself when it is a file).
    static func totalBytes(at path: String) -> Int64 {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
        guard isFolder.boolValue else { return ((try? manager.attributesOfItem(atPath: path))?[.size] as? Int64) ?? 0 }
        var bytes: Int64 = 0
        for case let name as String in manager.enumerator(atPath: path) ?? FileManager.DirectoryEnumerator() {
            let attributes = try? manager.attributesOfItem(atPath: (path as NSString).appendingPathComponent(name))
            if attributes?[.type] as? FileAttributeType == .typeRegular { bytes += (attributes?[.size] as? Int64) ?? 0 }
        }
        return bytes
    }

    static func files(under folder: String, relativeTo root: String, extension ext: String) -> (paths: [String], bytes: Int64) {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return ([], 0) }
        var paths: [String] = []
        var bytes: Int64 = 0
        let prefix = folder.hasPrefix(root) ? String(folder.dropFirst(root.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/")) : folder
        while let name = walker.nextObject() as? String {
            guard name.lowercased().hasSuffix("." + ext) else { continue }
            let full = (folder as NSString).appendingPathComponent(name)
            bytes += ((try? FileManager.default.attributesOfItem(atPath: full))?[.size] as? Int64) ?? 0
            paths.append(prefix.isEmpty ? name : prefix + "/" + name)
        }
        return (paths.sorted(), bytes)
    }
}

/// Collects errors from concurrent generation jobs.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var first: String? {
        lock.lock()
        defer { lock.unlock() }
        return messages.first
    }
}
