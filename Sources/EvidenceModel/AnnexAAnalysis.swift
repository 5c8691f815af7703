/// The ChAT-style analysis of the Annex A lists: aggregate figures only (counts by month, age band,
/// gender, ethnicity, source, outcome, timeliness, duration...), never a child's identifier, name or
/// date of birth. Worked out by the Annex A workbook exporter while it streams the rows, and shown by
/// the index with every count of 1 to 4 written "fewer than 5" (`SmallCount`).
public struct AnnexAAnalysis: Hashable, Sendable {
    /// One figure per list, lists in number order.
    public var lists: [AnnexAListAnalysis]
    /// Children (by their identifier, linked within the pack only) by how many lists they are on.
    public var childrenByListCount: AnnexAFigure?
    /// Caveats for people (working days ignore bank holidays, and so on).
    public var notes: [String]
    /// Payload paths of what the Annex A exporter wrote, for links.
    public var files: AnnexAFiles

    /// Makes an analysis.
    public init(lists: [AnnexAListAnalysis], childrenByListCount: AnnexAFigure?, notes: [String], files: AnnexAFiles) {
        self.lists = lists
        self.childrenByListCount = childrenByListCount
        self.notes = notes
        self.files = files
    }
}

/// Payload paths (relative to the pack's `data/`) of the Annex A outputs.
public struct AnnexAFiles: Hashable, Sendable {
    /// The workbook (`annex-a/annex-a.xlsx`).
    public var workbook: String
    /// The validation report (`annex-a/validation-report.txt`).
    public var validationReport: String
    /// The CSV of each list, by list number.
    public var listCSVs: [Int: String]

    /// Makes the paths.
    public init(workbook: String, validationReport: String, listCSVs: [Int: String]) {
        self.workbook = workbook
        self.validationReport = validationReport
        self.listCSVs = listCSVs
    }
}

/// The figures of one Annex A list.
public struct AnnexAListAnalysis: Hashable, Sendable {
    /// The list number, 1-11.
    public var list: Int
    /// `List 3: Referrals`.
    public var title: String
    /// Rows read.
    public var rows: Int
    /// Distinct children (by identifier) in the list; nil when the list has no child identifier.
    public var children: Int?
    /// The figures, in a fixed order.
    public var figures: [AnnexAFigure]

    /// Makes a list's analysis.
    public init(list: Int, title: String, rows: Int, children: Int?, figures: [AnnexAFigure]) {
        self.list = list
        self.title = title
        self.rows = rows
        self.children = children
        self.figures = figures
    }
}

/// One figure: counts by category (month, age band, code, timeliness band), drawn as a bar chart
/// beside its data table.
public struct AnnexAFigure: Hashable, Sendable {
    /// A stable id within the list (`month`, `age`, `column-7`, `timeliness-assessment`).
    public var id: String
    /// A title for people.
    public var title: String
    /// How it is worked out, in a sentence (the template columns it rests on).
    public var basis: String
    /// The categories in display order with their counts.
    public var bars: [AnnexACount]

    /// Makes a figure.
    public init(id: String, title: String, basis: String, bars: [AnnexACount]) {
        self.id = id
        self.title = title
        self.basis = basis
        self.bars = bars
    }

    /// The sum of the counts.
    public var total: Int { bars.reduce(0) { $0 + $1.count } }
}

/// A category and how many rows or children fall in it.
public struct AnnexACount: Hashable, Sendable {
    /// The category (`2026-05`, `10 to 15`, `a) Male`, `within 45 working days`).
    public var label: String
    /// How many.
    public var count: Int

    /// Makes a count.
    public init(label: String, count: Int) {
        self.label = label
        self.count = count
    }
}

/// The small-number rule of every human-facing output: a count of 1 to 4 is written "fewer than 5"
/// (zero stays 0), and a percentage of such a count is not given.
public enum SmallCount {
    /// Counts below this (and above zero) are not shown.
    public static let threshold = 5

    /// Whether a count is hidden.
    public static func isSuppressed(_ count: Int) -> Bool { count > 0 && count < threshold }

    /// The count for people: "fewer than 5" for 1-4, else the number.
    public static func words(_ count: Int) -> String {
        isSuppressed(count) ? "fewer than \(threshold)" : String(count)
    }
}

extension SmallCount {
    /// What people see of a figure's counts, which add up to a total that is shown elsewhere: each
    /// count as `words(_:)`, except that when exactly one count is hidden, the next smallest non-zero
    /// count is hidden too ("not shown"), so the hidden one cannot be worked out by subtraction.
    public static func shown(_ counts: [Int]) -> [String] {
        var texts = counts.map(words)
        let hidden = counts.indices.filter { isSuppressed(counts[$0]) }
        guard hidden.count == 1 else { return texts }
        let next = counts.indices.filter { counts[$0] >= threshold }.min { (counts[$0], $0) < (counts[$1], $1) }
        if let next { texts[next] = "not shown" }
        return texts
    }

    /// Whether `shown` hides the count at `index` (suppressed, or hidden beside one that is).
    public static func hides(_ counts: [Int], at index: Int) -> Bool {
        let text = shown(counts)[index]
        return text != String(counts[index])
    }
}
