extension DocumentKind {
    /// An Ofsted report on a council's children's services (ILACS inspection, SIF inspection, focused
    /// visit or monitoring visit letter), with its facts in `InspectionReport`'s properties and blocks.
    public static let inspectionReport: DocumentKind = "inspectionReport"
}

/// What an Ofsted children's services report prints about itself: the authority, when, under which
/// framework, the judgements and what needs to improve. It has no shape of its own in `pack.json`: it is
/// carried in a `Document` of kind `inspectionReport` (scalars as properties, the judgements as a table
/// block, the improvement points as a list block) and read back from one with `init?(document:)`.
/// Every field is optional: what a report does not print stays empty, never guessed.
public struct InspectionReport: Hashable, Sendable {
    /// One judgement as printed: the area judged and its grade.
    public struct Judgement: Hashable, Sendable {
        /// The area, as printed ("The experiences and progress of care leavers").
        public var area: String
        /// The grade in Ofsted's words ("Requires improvement to be good").
        public var grade: String

        public init(area: String, grade: String) {
            self.area = area
            self.grade = grade
        }
    }

    /// The framework and type of visit ("ILACS inspection", "SIF inspection", "ILACS focused visit").
    public var framework: String?
    /// The local authority as the report names it ("Cheshire East", "Thurrock Council").
    public var localAuthority: String?
    /// The first day of the inspection or visit.
    public var inspectionStart: CalendarDate?
    /// The last day of the inspection or visit.
    public var inspectionEnd: CalendarDate?
    /// The publication date, when the report prints one.
    public var publicationDate: CalendarDate?
    /// The overall effectiveness judgement, in Ofsted's words.
    public var overallEffectiveness: String?
    /// Every judgement printed, in order (overall effectiveness included where the report lists it).
    public var judgements: [Judgement]
    /// The lead inspector's name, without the title.
    public var leadInspector: String?
    /// "What needs to improve" (or the recommendations of older reports), one entry per point.
    public var improvementPoints: [String]

    public init(framework: String? = nil, localAuthority: String? = nil, inspectionStart: CalendarDate? = nil,
                inspectionEnd: CalendarDate? = nil, publicationDate: CalendarDate? = nil, overallEffectiveness: String? = nil,
                judgements: [Judgement] = [], leadInspector: String? = nil, improvementPoints: [String] = []) {
        self.framework = framework
        self.localAuthority = localAuthority
        self.inspectionStart = inspectionStart
        self.inspectionEnd = inspectionEnd
        self.publicationDate = publicationDate
        self.overallEffectiveness = overallEffectiveness
        self.judgements = judgements
        self.leadInspector = leadInspector
        self.improvementPoints = improvementPoints
    }

    /// The property keys and block markers a report is carried under.
    public enum Key {
        public static let framework = "inspectionFramework"
        public static let localAuthority = "localAuthority"
        public static let inspectionStart = "inspectionStart"
        public static let inspectionEnd = "inspectionEnd"
        public static let publicationDate = "publicationDate"
        public static let overallEffectiveness = "overallEffectiveness"
        public static let leadInspector = "leadInspector"
        /// The marker of the table block of judgements (header `Area`, `Judgement`).
        public static let judgementsMarker = "ofsted-judgements"
        /// The marker of the list block of improvement points.
        public static let improvementMarker = "what-needs-to-improve"
    }

    /// Reads the report back from a document of kind `inspectionReport`; nil for any other document.
    public init?(document: Document) {
        guard document.kind == .inspectionReport else { return nil }
        let properties = document.properties
        self.init(framework: properties[Key.framework], localAuthority: properties[Key.localAuthority],
                  inspectionStart: properties[Key.inspectionStart].flatMap { CalendarDate(iso8601: $0) },
                  inspectionEnd: properties[Key.inspectionEnd].flatMap { CalendarDate(iso8601: $0) },
                  publicationDate: properties[Key.publicationDate].flatMap { CalendarDate(iso8601: $0) },
                  overallEffectiveness: properties[Key.overallEffectiveness], leadInspector: properties[Key.leadInspector])
        for block in document.blocks {
            if block.kind == .table, block.marker == Key.judgementsMarker, let rows = block.rows {
                judgements = rows.dropFirst().compactMap { $0.count == 2 ? Judgement(area: $0[0], grade: $0[1]) : nil }
            }
            if block.kind == .list, block.marker == Key.improvementMarker {
                improvementPoints = (block.children ?? []).compactMap(\.text)
            }
        }
    }

    /// Writes the report into a document: its kind, the properties and, in front of the body, the
    /// judgements table and the improvement list (each only when there is something in it).
    public func write(into document: inout Document) {
        document.kind = .inspectionReport
        let values: [(String, String?)] = [
            (Key.framework, framework), (Key.localAuthority, localAuthority),
            (Key.inspectionStart, inspectionStart?.iso8601), (Key.inspectionEnd, inspectionEnd?.iso8601),
            (Key.publicationDate, publicationDate?.iso8601), (Key.overallEffectiveness, overallEffectiveness),
            (Key.leadInspector, leadInspector),
        ]
        for (key, value) in values { document.properties[key] = value }
        var leading: [Block] = []
        if !judgements.isEmpty {
            let rows = [["Area", "Judgement"]] + judgements.map { [$0.area, $0.grade] }
            leading.append(Block(.table, marker: Key.judgementsMarker, rows: rows, hasHeader: true))
        }
        if !improvementPoints.isEmpty {
            leading.append(Block(.list, marker: Key.improvementMarker,
                                 children: improvementPoints.map { Block(.listItem, text: $0) }))
        }
        document.blocks = leading + document.blocks
    }

    /// The date that orders reports: the inspection's last day, else its first, else the publication.
    public var inspectionDate: CalendarDate? { inspectionEnd ?? inspectionStart ?? publicationDate }

    /// The inspection dates in ISO form ("2024-02-26 to 2024-03-08"), nil when none was printed.
    public var datesInWords: String? {
        switch (inspectionStart, inspectionEnd) {
        case let (start?, end?) where start != end: "\(start.iso8601) to \(end.iso8601)"
        case let (start?, _): start.iso8601
        case let (nil, end?): end.iso8601
        default: nil
        }
    }
}
