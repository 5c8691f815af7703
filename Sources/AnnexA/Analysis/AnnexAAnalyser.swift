import AnnexASpec
import EvidenceModel

/// Works out the ChAT-style analysis (`AnnexAAnalysis`) from Annex A rows streamed once, list by
/// list, as the workbook exporter writes them:
/// ```swift
/// var analyser = AnnexAAnalyser(template: template, referenceDate: date)
/// _ = try reader.read(input: input) { row in analyser.add(row, list: spec) }
/// let analysis = analyser.finish(files: files)
/// ```
/// Memory: a few counts per list, plus one 8-byte fingerprint of each distinct child identifier (and
/// a 4-byte mask of its lists) to find repeat and cross-list children. The fingerprints live only
/// while the analyser does; nothing it returns identifies a child.
public struct AnnexAAnalyser {
    /// The template the rows were read with.
    public let template: AnnexATemplate
    /// The day the pack is for.
    public let referenceDate: CalendarDate
    private var listTallies: [Int: AnnexAListTally] = [:]
    /// Child fingerprint → lists seen (bit n for list n) in the low 16 bits, lists seen more than once above.
    private var children: [UInt64: UInt32] = [:]

    /// Makes an empty analyser.
    public init(template: AnnexATemplate, referenceDate: CalendarDate) {
        self.template = template
        self.referenceDate = referenceDate
    }

    /// Counts one row of `list`.
    public mutating func add(_ row: AnnexARow, list: AnnexAListSpec) {
        if listTallies[list.number] == nil { listTallies[list.number] = AnnexAListTally(spec: list) }
        listTallies[list.number]!.add(row)
        guard let column = listTallies[list.number]!.idColumn, (1...16).contains(list.number) else { return }
        let id = row.trimmedBytes(column)
        guard !id.isEmpty else { return }
        let key = Self.fingerprint(id)
        let bit = UInt32(1) << UInt32(list.number - 1)
        let seen = children[key] ?? 0
        children[key] = seen & bit != 0 ? seen | bit << 16 : seen | bit
    }

    /// The analysis of every list with rows (and of each list of the template that has none, as
    /// empty), with the cross-list figure.
    public func finish(files: AnnexAFiles) -> AnnexAAnalysis {
        // The tallies were made from this template: they fit it.
        (try? tallies().analysis(template: template, referenceDate: referenceDate, files: files))
            ?? AnnexAAnalysis(lists: [], childrenByListCount: nil, notes: [], files: files)
    }

    /// What the rows added up to, for any reference date: each list's counts and, per list, how many
    /// distinct children, repeated and also on other lists (no identifier, no fingerprint).
    public func tallies() -> AnnexAAnalysisTallies {
        var result = AnnexAAnalysisTallies(lists: listTallies.mapValues(\.counts))
        for mask in children.values {
            let lists = mask & 0xFFFF, repeats = mask >> 16
            let count = lists.nonzeroBitCount
            result.byListCount[count, default: 0] += 1
            for list in 1...16 where lists & (1 << UInt32(list - 1)) != 0 {
                result.distinct[list, default: 0] += 1
                if repeats & (1 << UInt32(list - 1)) != 0 { result.repeated[list, default: 0] += 1 }
                if count > 1 { result.onOthers[list, default: 0] += 1 }
            }
        }
        return result
    }

    /// FNV-1a, 64 bits: two identifiers share a fingerprint with negligible chance at any list size.
    static func fingerprint(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }
}

/// What an `AnnexAAnalyser` counted, none of it depending on the reference date or identifying a
/// child: each list's counts (ages at the reference date, open cases and visits kept by day) and the
/// cross-list counts of distinct identifiers. The workbook exporter keeps it in the import cache so a
/// next-day build works out the analysis without reading the rows again.
public struct AnnexAAnalysisTallies: Sendable, Codable, Equatable {
    var lists: [Int: AnnexAListTally.Counts]
    /// Per list: distinct identifiers, those on more than one row, those also on another list.
    var distinct: [Int: Int] = [:], repeated: [Int: Int] = [:], onOthers: [Int: Int] = [:]
    /// Number of lists → distinct identifiers on that many lists.
    var byListCount: [Int: Int] = [:]

    /// The analysis on `referenceDate`; throws when the counts do not fit the template's lists (read
    /// back damaged, or counted with another template).
    public func analysis(template: AnnexATemplate, referenceDate: CalendarDate, files: AnnexAFiles) throws -> AnnexAAnalysis {
        let lists = try template.lists.map { spec -> AnnexAListAnalysis in
            guard let counts = self.lists[spec.number] else {
                return AnnexAListAnalysis(list: spec.number, title: spec.title, rows: 0, children: nil, figures: [])
            }
            let tally = AnnexAListTally(spec: spec, counts: counts)
            guard tally.fits(counts) else { throw AnnexAAnalysisTalliesMismatch(list: spec.number) }
            var figures = tally.figures(on: referenceDate)
            var children: Int?
            if tally.idColumn != nil {
                let total = distinct[spec.number] ?? 0, again = repeated[spec.number] ?? 0, others = onOthers[spec.number] ?? 0
                children = total
                figures.insert(AnnexAFigure(id: "repeat", title: "Children appearing more than once in the list",
                                            basis: "Distinct 'Child Unique ID' values of the list, by whether the identifier is on more than one row.",
                                            bars: [AnnexACount(label: "once", count: total - again),
                                                   AnnexACount(label: "more than once", count: again)]), at: 0)
                figures.insert(AnnexAFigure(id: "other-lists", title: "Children also on another list",
                                            basis: "Distinct 'Child Unique ID' values of the list, by whether the same identifier is on another Annex A list of this pack.",
                                            bars: [AnnexACount(label: "on this list only", count: total - others),
                                                   AnnexACount(label: "also on another list", count: others)]), at: 1)
            }
            return AnnexAListAnalysis(list: spec.number, title: spec.title, rows: counts.rows, children: children, figures: figures)
        }
        let most = byListCount.keys.max() ?? 0
        let crossList = byListCount.isEmpty ? nil : AnnexAFigure(
            id: "lists-per-child", title: "Children by the number of lists they appear on",
            basis: "Distinct 'Child Unique ID' values across lists 1-10 of this pack, linked by the identifier within the pack only.",
            bars: (1...max(1, most)).map { AnnexACount(label: $0 == 1 ? "1 list" : "\($0) lists", count: byListCount[$0] ?? 0) })
        let notes = [
            "Working days are Monday to Friday; bank holidays are not left out, so a timeliness figure may count a day or two more than the council's own.",
            "Children are linked across lists by 'Child Unique ID' within this pack only; identifiers are compared as written (trimmed).",
            "Counts of 1 to 4 are shown as \"fewer than 5\"; where one count of a figure is hidden, the next smallest is not shown either, and no percentage is given for a hidden count.",
        ]
        return AnnexAAnalysis(lists: lists, childrenByListCount: crossList, notes: notes, files: files)
    }
}

/// Counts that do not fit a list of the template they are read with.
struct AnnexAAnalysisTalliesMismatch: Error, CustomStringConvertible {
    var list: Int
    var description: String { "the cached Annex A analysis does not fit list \(list) of the template" }
}
