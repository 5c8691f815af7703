import AnnexASpec
import EvidenceModel
import Foundation

/// Writes synthetic Annex A lists 1-11 for a fictional authority: seeded (same seed, same bytes),
/// realistic volumes for an authority of a given size, valid template codes and dates that fit
/// each list's reporting window, and optionally one injected error of each chosen kind per list,
/// reported back with its line and column so tests can check the validator finds it.
///
/// No real child is in these files: identifiers are `C` + 7 digits, names are never written, and
/// postcodes use the non-geographic `ZZ` area.
public struct AnnexASampleGenerator: Sendable {
    /// How big the authority is (rows per list scale with it).
    public enum Size: String, Sendable, CaseIterable {
        /// About 2 % of a medium authority (a few rows per list): fixtures.
        case tiny
        /// About 10 %: the bundled example.
        case small
        /// A mid-sized English authority (about 60,000 children): 5,000 contacts in six months.
        case medium
        /// A large county: 2.5 × medium.
        case large

        var scale: Double {
            switch self {
            case .tiny: 0.02
            case .small: 0.1
            case .medium: 1
            case .large: 2.5
            }
        }
    }

    /// A kind of error the generator can plant.
    public enum ErrorKind: String, Sendable, CaseIterable {
        /// A required cell left blank.
        case missingRequired
        /// A date that is not a real day (`31/02/yyyy`).
        case invalidDate
        /// Every date of the row moved before the reporting window, and the row closed.
        case outsideWindow
        /// Birth after another date in the row (or, without a birth date, a pair of dates reversed).
        case dateOrder
        /// A category value that is not a template code.
        case unknownCode
        /// A row repeated, so its duplicate key repeats.
        case duplicateKey
        /// A fraction in a count column (or, on a list whose only number is a derived age, text after the number).
        case notWholeNumber
    }

    /// Where an error was planted.
    public struct InjectedError: Hashable, Sendable, CustomStringConvertible {
        /// The list number.
        public var list: Int
        /// 1-based line in the written file.
        public var line: Int
        /// 1-based column (field number).
        public var column: Int
        /// The column's template header.
        public var header: String
        /// What was planted.
        public var kind: ErrorKind

        /// `list 3 line 24 column 6 ('Date of Referral'): invalidDate`.
        public var description: String { "list \(list) line \(line) column \(column) ('\(header)'): \(kind.rawValue)" }
    }

    /// Rows per list for a medium authority over the list's window (DfE CIN census orders of magnitude).
    public static let mediumVolumes: [Int: Int] = [1: 5000, 2: 900, 3: 1500, 4: 1400, 5: 550, 6: 2000, 7: 320, 8: 520, 9: 380, 10: 45, 11: 60]

    /// The template the files follow.
    public var template: AnnexATemplate
    /// The seed.
    public var seed: UInt64
    /// The authority's size.
    public var size: Size
    /// The day of the inspection: windows end here.
    public var referenceDate: CalendarDate
    /// Exact row counts for some lists (the 1,000,000-row benchmark list).
    public var rowCounts: [Int: Int]
    /// Errors to plant, one of each per list where the kind applies.
    public var errors: [ErrorKind]

    /// Makes a generator.
    public init(template: AnnexATemplate, seed: UInt64, size: Size = .small, referenceDate: CalendarDate,
                rowCounts: [Int: Int] = [:], errors: [ErrorKind] = []) {
        self.template = template
        self.seed = seed
        self.size = size
        self.referenceDate = referenceDate
        self.rowCounts = rowCounts
        self.errors = errors
    }

    /// How many data rows list `number` gets.
    public func rowCount(for number: Int) -> Int {
        if let exact = rowCounts[number] { return exact }
        let base = Double(Self.mediumVolumes[number] ?? 100)
        return max(errors.isEmpty ? 3 : 2 * errors.count + 3, Int((base * size.scale).rounded()))
    }

    /// The file name of a list: `list-3.csv`.
    public static func fileName(for number: Int) -> String { "list-\(number).csv" }

    /// Writes `list-1.csv` … `list-11.csv` (or the lists named) into a folder, creating it.
    public func writeAll(to folder: URL, lists: [Int]? = nil) throws -> [InjectedError] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var injected: [InjectedError] = []
        for list in lists ?? template.lists.map(\.number) {
            injected += try write(list: list, to: folder.appendingPathComponent(Self.fileName(for: list)))
        }
        return injected
    }

    /// Writes one list to a file, streaming (a million rows need no more memory than one).
    public func write(list number: Int, to url: URL) throws -> [InjectedError] {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var failure: Error?
        let injected = generate(list: number) { bytes in
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 20, failure == nil {
                do { try handle.write(contentsOf: buffer) } catch { failure = error }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if let failure { throw failure }
        try handle.write(contentsOf: buffer)
        return injected
    }

    /// One list as CSV text (tests and small fixtures).
    public func csv(list number: Int) -> (text: String, injected: [InjectedError]) {
        var bytes: [UInt8] = []
        let injected = generate(list: number) { bytes.append(contentsOf: $0) }
        return (String(decoding: bytes, as: UTF8.self), injected)
    }

    /// Generates one list, handing out CSV bytes line by line; returns the planted errors.
    public func generate(list number: Int, output: (ArraySlice<UInt8>) -> Void) -> [InjectedError] {
        guard let list = template.list(number) else { return [] }
        var rng = SeededRandom(seed: seed &* 0x9E3779B97F4A7C15 ^ UInt64(number) &* 0xD1B54A32D192ED03)
        var line: [UInt8] = []
        line.reserveCapacity(1024)
        func emit(_ cells: [String]) {
            line.removeAll(keepingCapacity: true)
            for (index, cell) in cells.enumerated() {
                if index > 0 { line.append(UInt8(ascii: ",")) }
                CSVText.append(cell, to: &line)
            }
            line.append(0x0A)
            output(line[...])
        }
        emit(list.headers)
        let count = rowCount(for: number)
        let plan = errorPlan(list: list, rows: count)
        var rows = RowFactory(list: list, referenceDate: referenceDate)
        var injected: [InjectedError] = []
        var previous: [String] = []
        for index in 0..<count {
            var cells = rows.make(index: index, rng: &rng)
            if let kind = plan[index] {
                if let planted = rows.plant(kind, in: &cells, previous: previous) {
                    injected.append(InjectedError(list: number, line: index + 2, column: planted + 1, header: list.columns[planted].header, kind: kind))
                }
            }
            emit(cells)
            previous = cells
        }
        return injected
    }

    /// Which row gets which error: spread evenly, never two adjacent (a duplicate copies the row before).
    private func errorPlan(list: AnnexAListSpec, rows: Int) -> [Int: ErrorKind] {
        let kinds = errors.filter { $0 != .outsideWindow || !list.reportingWindow.dateColumns.isEmpty }
        guard !kinds.isEmpty, rows >= 2 * kinds.count + 1 else { return [:] }
        var plan: [Int: ErrorKind] = [:]
        let step = (rows - 1) / kinds.count
        for (offset, kind) in kinds.enumerated() { plan[1 + offset * step] = kind }
        return plan
    }
}

/// CSV quoting: a field with a comma, quote or line break is quoted, quotes doubled.
enum CSVText {
    static func append(_ text: String, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        if utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
            bytes.append(UInt8(ascii: "\""))
            for byte in utf8 {
                bytes.append(byte)
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            }
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: utf8)
        }
    }
}
