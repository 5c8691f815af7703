import EvidenceModel
import Foundation

/// A pack definition (`Packs/<name>/pack.yaml`): which evidence a pack needs and how it is assembled.
/// Data, not code: Ofsted changes its lists between framework updates.
public struct PackDefinition: Sendable {
    /// The only format version this tool reads.
    public static let supportedFormatVersion = 1

    /// The pack.yaml file.
    public var file: URL
    /// The pack files this one extends (an overlay's base, its base's base, ...), nearest first; empty
    /// for a whole pack. A build's up-to-date key covers them, so a change to a base rebuilds.
    public var baseFiles: [URL] = []
    /// `formatVersion` (always 1 for now).
    public var formatVersion: Int
    /// Id, title, version, framework.
    public var identity: PackIdentity
    /// The authority the pack is for, when named in the definition.
    public var authority: AuthoritySpec?
    /// Free-form options passed to every importer (`packOptions`).
    public var options: [String: String]
    /// Exporters to run, in order.
    public var exporters: [ModuleUse]
    /// Importer pins for globs.
    public var importerPins: [ImporterPin]
    /// External importer executables named by the pack, relative to the pack's folder and inside it
    /// (absolute paths, `..` and links leading out are refused when the pack is loaded).
    public var externalImporters: [String]
    /// Sections, in order.
    public var sections: [PackSection]
    /// Items, in order.
    public var items: [ItemRule]

    /// The folder holding pack.yaml (its examples and list specs live beside it).
    public var folder: URL { file.deletingLastPathComponent() }
}

/// The local authority a pack is for, and its comparators.
public struct AuthoritySpec: Sendable, Hashable {
    /// Name ("Exampleshire").
    public var name: String?
    /// ONS code (`new_la_code`, e.g. `E06000047`).
    public var code: String?
    /// Statistical neighbours' ONS codes.
    public var statisticalNeighbours: [String]

    public init(name: String? = nil, code: String? = nil, statisticalNeighbours: [String] = []) {
        self.name = name
        self.code = code
        self.statisticalNeighbours = statisticalNeighbours
    }
}

/// A module named in the pack definition, with its options.
public struct ModuleUse: Sendable, Hashable {
    /// Module id.
    public var id: String
    /// Options for it.
    public var options: [String: String]
    /// Line in pack.yaml.
    public var line: Int?

    public init(id: String, options: [String: String] = [:], line: Int? = nil) {
        self.id = id
        self.options = options
        self.line = line
    }
}

/// A case-insensitive regular expression from a pack definition.
public struct TextPattern: @unchecked Sendable, Hashable, CustomStringConvertible {
    // NSRegularExpression is immutable and documented as safe to share between threads.
    /// The pattern as written.
    public let pattern: String
    private let expression: NSRegularExpression
    /// For a pattern that is plain ASCII words or an alternation of them (`sufficiency`,
    /// `corporate plan|children's plan`), its alternatives lower-cased: such a pattern is found by a
    /// byte search, exactly as the regular expression would find it, without ICU (a
    /// large pack runs every item's patterns against every file's name, title and text).
    private let literalAlternatives: [[UInt8]]?
    /// For any other pattern, lower-cased ASCII that every match contains (`early help` in
    /// `early help.*(strategy|offer)`), when there is such a run of three characters or more: text
    /// without it cannot match, and is settled without ICU.
    private let requiredLiteral: [UInt8]?
    /// The byte pairs of each literal alternative, in order, and of the required literal: a text
    /// prepared as a `MatchText` without one of them is settled without a search.
    private let literalAlternativePairs: [BytePairSet]
    private let requiredLiteralPairs: BytePairSet?

    /// Compiles a pattern (case-insensitive); throws on a malformed one.
    public init(_ pattern: String) throws {
        self.pattern = pattern
        self.expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let literalAlternatives = Self.literalAlternatives(of: pattern)
        self.literalAlternatives = literalAlternatives
        self.requiredLiteral = literalAlternatives == nil ? Self.requiredLiteral(of: pattern) : nil
        literalAlternativePairs = literalAlternatives?.map(BytePairSet.init) ?? []
        requiredLiteralPairs = requiredLiteral.map(BytePairSet.init)
    }

    /// Whether the pattern occurs anywhere in the text.
    public func matches(_ text: String) -> Bool {
        if let literalAlternatives, let found = Self.findAny(literalAlternatives, in: text) { return found }
        if let requiredLiteral, Self.findAny([requiredLiteral], in: text) == false { return false }
        return engineMatches(text)
    }

    /// `matches(_:)` on a text prepared for many patterns: the same answer, found from the prepared
    /// bytes and byte pairs where `matches(_:)` would search the text's bytes.
    func matches(_ text: MatchText) -> Bool {
        if !text.foldsIntoASCII {
            if let literalAlternatives {
                for index in literalAlternatives.indices
                where text.contains(literalAlternatives[index], pairs: literalAlternativePairs[index]) { return true }
                return false
            }
            if let requiredLiteral, let requiredLiteralPairs, !text.contains(requiredLiteral, pairs: requiredLiteralPairs) { return false }
        }
        return engineMatches(text.string)
    }

    /// `matches(document.plainText)`, searched piece by piece (`containsPlainTextPiece`) where bytes
    /// settle it, so the body text is joined only for the regular expressions that need it whole.
    /// The words searched are printable ASCII, so none spans the line feed between two pieces.
    func matchesPlainText(of document: Document) -> Bool {
        if let needles = literalAlternatives ?? requiredLiteral.map({ [$0] }) {
            var folds = false
            let found = document.containsPlainTextPiece { piece in
                var piece = piece
                return piece.withUTF8 { bytes in
                    if !folds, ASCIIText.mayFoldIntoASCII(bytes) { folds = true }
                    return needles.contains { ASCIIText.contains($0, in: bytes) }
                }
            }
            // A plain word found is a match whatever else the text holds; a required run found
            // leaves the rest of the pattern to the engine.
            if found, literalAlternatives != nil { return true }
            if !found, !folds { return false }
        }
        return engineMatches(document.plainText)
    }

    private func engineMatches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The longest run of plain ASCII characters, lower-cased, that every match of `pattern` holds:
    /// characters in sequence at the top level of the pattern, none of them quantified. Nil when the
    /// pattern has a top-level alternation (no run is then certain), inline options or quoting
    /// (`(?x)` would make spaces insignificant), or no run of three characters. Anything doubtful
    /// (a class, an escape, a group, `.`, an anchor) ends a run, so the answer is never too long.
    static func requiredLiteral(of pattern: String) -> [UInt8]? {
        let bytes = Array(pattern.utf8)
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), !pattern.contains("(?"), !pattern.contains("\\Q") else { return nil }
        let quantifiers = Set("?*+{".utf8)
        let plain = Set("\\^$.?*+()[]{}|#".utf8)
        var longest: [UInt8] = [], run: [UInt8] = []
        func endRun() {
            if run.count > longest.count { longest = run }
            run.removeAll()
        }
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                endRun()
                index += 2
                continue
            case UInt8(ascii: "["):
                // A class: skipped to its closing bracket (a `]` first in the class is a member).
                endRun()
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
                while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index += 1
                continue
            case UInt8(ascii: "("):
                endRun()
                depth += 1
            case UInt8(ascii: ")"):
                endRun()
                depth -= 1
            case UInt8(ascii: "|"):
                if depth == 0 { return nil }
                endRun()
            default:
                if depth > 0 || plain.contains(byte) {
                    endRun()
                } else if index + 1 < bytes.count, quantifiers.contains(bytes[index + 1]) {
                    // `s?`, `e*`, `l{0,2}`: the character may be absent (or repeated), so the run ends before it.
                    endRun()
                } else {
                    run.append(ASCIIText.lowered(byte))
                }
            }
            index += 1
        }
        endRun()
        return longest.count >= 3 ? longest : nil
    }

    /// The lower-cased alternatives of a pattern with no regular-expression syntax but `|` and only
    /// printable ASCII, else nil.
    static func literalAlternatives(of pattern: String) -> [[UInt8]]? {
        let special = Set("\\^$.?*+()[]{}#".utf8)
        let bytes = Array(pattern.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && !special.contains($0) }) else { return nil }
        let alternatives = bytes.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { Array($0) }
        // An empty alternative matches everywhere: leave such a pattern to the engine.
        guard alternatives.allSatisfy({ !$0.isEmpty }) else { return nil }
        return alternatives.map { $0.map(ASCIIText.lowered) }
    }

    /// Whether any alternative occurs in `text`, ignoring ASCII case; nil when the text holds a
    /// character that case-insensitive matching could read as ASCII letters (`ß` as `ss`, `ﬁ` as
    /// `fi`, the Kelvin sign as `k`): those are left to the engine. Any other non-ASCII character
    /// (`’`, `–`, `é`) can match no ASCII letter, so bytes decide as the engine would.
    static func findAny(_ alternatives: [[UInt8]], in text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !ASCIIText.mayFoldIntoASCII(bytes) else { return nil }
            return alternatives.contains { ASCIIText.contains($0, in: bytes) }
        }
    }

    public var description: String { pattern }
    public static func == (lhs: TextPattern, rhs: TextPattern) -> Bool { lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}

/// What satisfies an item: every criterion given must hold (AND); within one criterion, any listed
/// alternative will do (OR).
public struct MatchRule: Sendable, Hashable {
    /// Record type required: `document` or `table` (nil = either).
    public var recordType: String?
    /// Document kinds (`meeting`, `agendaItem`, `report`, `file` ...).
    public var kinds: [DocumentKind]
    /// Patterns for the document's or table's title.
    public var title: [TextPattern]
    /// Patterns for the committee.
    public var committee: [TextPattern]
    /// Patterns for the body text.
    public var text: [TextPattern]
    /// Patterns for the file's own name (the last path component, never the folders above it).
    public var fileName: [TextPattern]
    /// Patterns for the title OR the file's own name (never its folders): for evidence files whose
    /// metadata title is poor. A LADO report in a folder "04 Self-evaluation" is not a self-evaluation.
    public var name: [TextPattern]
    /// Patterns for the path relative to the inputs, folders included: for rules that mean a folder.
    public var path: [TextPattern]
    /// KPI indicator names (case-insensitive exact match, or `*`-globs).
    public var kpi: [String]
    /// Annex A list number.
    public var annexAList: Int?

    public init(recordType: String? = nil, kinds: [DocumentKind] = [], title: [TextPattern] = [], committee: [TextPattern] = [],
                text: [TextPattern] = [], fileName: [TextPattern] = [], name: [TextPattern] = [], path: [TextPattern] = [],
                kpi: [String] = [], annexAList: Int? = nil) {
        self.recordType = recordType
        self.kinds = kinds
        self.title = title
        self.committee = committee
        self.text = text
        self.fileName = fileName
        self.name = name
        self.path = path
        self.kpi = kpi
        self.annexAList = annexAList
    }

    /// True when no criterion is given (such a rule would match everything, so it is refused).
    public var isEmpty: Bool {
        recordType == nil && kinds.isEmpty && title.isEmpty && committee.isEmpty && text.isEmpty
            && fileName.isEmpty && name.isEmpty && path.isEmpty && kpi.isEmpty && annexAList == nil
    }
}

/// One item of a pack definition: what it is and what satisfies it.
public struct ItemRule: Sendable, Hashable {
    /// Stable id.
    public var id: String
    /// Title.
    public var title: String
    /// Section id.
    public var section: String
    /// Why inspectors ask for it.
    public var why: String?
    /// Whether the pack is incomplete without it.
    public var required: Bool
    /// `framework` (Ofsted's published list) or `pack` (this pack's choice).
    public var basis: String?
    /// What satisfies it.
    public var match: MatchRule
    /// Maximum age in months relative to the reference date (nil = any age).
    public var maxAgeMonths: Int?
    /// How many matching records are needed (default 1).
    public var minimumCount: Int
    /// For KPI items: figures quoted in documents that must agree with the KPI table.
    public var crossCheck: CrossCheck?
    /// For KPI items: which end of the indicator is good (`better: higher|lower`), so ranks and
    /// quartiles count from the good end; nil when the pack does not say (ranks then count from the highest).
    public var better: KPIPolarity?
    /// The council's own decision (not applicable, provided separately, owner, due date), usually from
    /// its overlay pack; nil when there is none.
    public var decision: ItemDecision?
    /// The id of the item whose newest Ofsted report's "What needs to improve" points become this
    /// item's checklist (`improvementChecklist: last-inspection` on the response item); nil for none.
    public var improvementChecklist: String?
    /// Line in pack.yaml.
    public var line: Int?

    public init(id: String, title: String, section: String, why: String? = nil, required: Bool = true, basis: String? = nil,
                match: MatchRule, maxAgeMonths: Int? = nil, minimumCount: Int = 1, crossCheck: CrossCheck? = nil,
                decision: ItemDecision? = nil, better: KPIPolarity? = nil, line: Int? = nil) {
        self.id = id
        self.better = better
        self.title = title
        self.section = section
        self.why = why
        self.required = required
        self.basis = basis
        self.match = match
        self.maxAgeMonths = maxAgeMonths
        self.minimumCount = minimumCount
        self.crossCheck = crossCheck
        self.decision = decision
        self.line = line
    }
}

/// How a KPI item checks figures quoted in minutes and reports ("513 children looked after") against
/// the KPI table for the same measure and period.
public struct CrossCheck: Sendable, Hashable {
    /// Patterns a fact's subject must match ("looked after|\\bCLA\\b").
    public var facts: [TextPattern]
    /// The fact kind to compare (count, percent, rate); nil = any.
    public var factKind: Fact.Kind?
    /// Largest difference accepted, in the KPI's unit (e.g. 1 percentage point).
    public var tolerance: Double
    /// Largest difference accepted relative to the KPI value (0.05 = 5 %), when given; the larger of the two applies.
    public var relativeTolerance: Double?

    public init(facts: [TextPattern], factKind: Fact.Kind? = nil, tolerance: Double = 0, relativeTolerance: Double? = nil) {
        self.facts = facts
        self.factKind = factKind
        self.tolerance = tolerance
        self.relativeTolerance = relativeTolerance
    }
}
