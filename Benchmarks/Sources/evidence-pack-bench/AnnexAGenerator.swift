import Foundation

/// One Annex A list as the template lays it out: number, name and columns.
struct AnnexAListSpec: Sendable {
    /// What a column holds, which decides how values are made up.
    enum Kind: Sendable {
        case identifier, date, count, postcode, urn, team, worker, organisation
        case category([String])
    }

    /// One column: the template's header text and its kind.
    struct Column: Sendable {
        var header: String
        var kind: Kind
        init(_ header: String, _ kind: Kind) {
            self.header = header
            self.kind = kind
        }
    }

    var number: Int
    var name: String
    var columns: [Column]

    /// The file name the generator writes (`annex-a-list-03-referrals.csv`).
    var fileName: String {
        let slug = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let stem = String(slug).split(separator: "-").joined(separator: "-")
        return "annex-a-list-\(number < 10 ? "0" : "")\(number)-\(stem).csv"
    }
}

/// Writes seeded Annex A list CSVs (UTF-8, CRLF, quoted only where needed) with made-up children:
/// mostly valid rows, plus a few of the mistakes real returns contain (blank required cells, dates
/// written 2026-03-01, codes without their letter, an age that disagrees) so validation has work to do.
struct AnnexAGenerator {
    /// How many of the total rows each list gets (contacts and referrals dominate real returns).
    static let listWeights: [Int: Double] = [1: 0.30, 2: 0.10, 3: 0.16, 4: 0.12, 5: 0.07, 6: 0.09,
                                             7: 0.05, 8: 0.05, 9: 0.03, 10: 0.015, 11: 0.015]
    /// One row in this many has a deliberate mistake.
    static let mistakeEvery = 2_000

    var referenceDay: Int
    var seed: UInt64

    /// Rows per list for a total, summing exactly to it.
    static func rowsPerList(total: Int) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for spec in annexALists {
            counts[spec.number] = max(1, Int((Double(total) * (listWeights[spec.number] ?? 0.05)).rounded(.down)))
        }
        counts[1, default: 0] += total - counts.values.reduce(0, +)
        return counts
    }

    /// Writes all 11 lists into a folder; returns the file paths and their total size.
    func writeAll(totalRows: Int, into folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let counts = Self.rowsPerList(total: totalRows)
        var paths: [String] = []
        for spec in annexALists {
            let path = (folder as NSString).appendingPathComponent(spec.fileName)
            try write(spec, rows: counts[spec.number] ?? 0, to: path)
            paths.append(path)
        }
        return paths
    }

    /// Writes one list.
    func write(_ spec: AnnexAListSpec, rows: Int, to path: String) throws {
        var random = SeededRandom(seed: seed).fork(spec.number)
        var sink = try ByteSink(path: path)
        sink.text(spec.columns.map { Self.quoted($0.header) }.joined(separator: ",") + "\r\n")
        var line: [String] = []
        line.reserveCapacity(spec.columns.count)
        for row in 0..<rows {
            line.removeAll(keepingCapacity: true)
            let birthDay = referenceDay - random.int(30...(17 * 365 + 300))
            let mistakeColumn = row % Self.mistakeEvery == Self.mistakeEvery - 1 ? random.int(0...(spec.columns.count - 1)) : -1
            for (index, column) in spec.columns.enumerated() {
                var value = self.value(for: column, list: spec.number, row: row, birthDay: birthDay, random: &random)
                if index == mistakeColumn { value = Self.mistake(for: column, value: value, random: &random) }
                line.append(Self.quoted(value))
            }
            sink.text(line.joined(separator: ","))
            sink.text("\r\n")
        }
        sink.close()
    }

    private func value(for column: AnnexAListSpec.Column, list: Int, row: Int, birthDay: Int, random: inout SeededRandom) -> String {
        let header = column.header
        switch column.kind {
        case .identifier:
            let prefix = header.hasPrefix("Family") ? "FAM" : list == 11 ? "ADP" : "EX"
            return "\(prefix)\(100_000 + list * 1_000_000 + row)"
        case .date:
            if header == "Date of Birth" { return DayArithmetic.slashed(birthDay) }
            // Optional later milestones are often blank.
            if random.chance(0.18) { return "" }
            return DayArithmetic.slashed(referenceDay - random.int(0...540))
        case .count:
            if header.hasPrefix("Age") { return String(max(0, (referenceDay - birthDay) / 365)) }
            return String(random.int(0...random.pick([1, 3, 8])))
        case .postcode:
            return "\(random.pick(["EX", "NX", "WX", "SX"]))\(random.int(1...29)) \(random.int(1...9))\(random.pick(["AB", "DE", "FG", "HJ", "LN", "PQ", "RT", "UW"]))"
        case .urn:
            return random.chance(0.3) ? "" : "SC\(random.int(100_000...999_999))"
        case .team:
            return random.pick(Self.teams)
        case .worker:
            return "Worker \(random.int(1...480))"
        case .organisation:
            return random.pick(["Early Help Hub North", "Family Support Service", "School nurse team", "Children's centre (West)", "Voluntary sector partner"])
        case .category(let values):
            return values.isEmpty ? "" : random.pick(values)
        }
    }

    /// The kinds of mistake real returns contain.
    private static func mistake(for column: AnnexAListSpec.Column, value: String, random: inout SeededRandom) -> String {
        switch column.kind {
        case .date:
            return random.pick(["2026-03-01", "31/02/2026", "not known", ""])
        case .count:
            return random.pick(["-1", "two", ""])
        case .category(let values):
            // The code without its "a) " prefix, or free text.
            if let first = values.first, let close = first.firstIndex(of: ")") {
                return String(first[first.index(after: close)...]).trimmingCharacters(in: .whitespaces)
            }
            return "Other (see notes)"
        default:
            return ""
        }
    }

    private static let teams = ["Front Door", "MASH", "Assessment Team 1", "Assessment Team 2", "Safeguarding North",
                                "Safeguarding South", "Children in Care", "Leaving Care", "Disabled Children", "Adoption Team",
                                "Fostering Support", "Early Help East", "Early Help West"]

    /// RFC 4180 quoting, only where needed.
    static func quoted(_ value: String) -> String {
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
