import EvidenceModel
import Foundation

/// How Ofsted's own reports count in a pack: a report for another authority is set aside with a
/// warning, the newest report of the pack's authority is shown with its judgements, and its "What
/// needs to improve" points become a checklist on the item that names it in `improvementChecklist`.
struct InspectionEvidence {
    /// The pack's authority (nil: reports of any authority count).
    var authority: AuthoritySpec?

    /// The authority a report is for when it is not the pack's, else nil. A report naming no
    /// authority, or a pack without an authority name, is never set aside.
    func otherAuthority(of record: Record) -> String? {
        guard let document = record.document, let report = InspectionReport(document: document),
              let reportAuthority = report.localAuthority, let name = authority?.name else { return nil }
        return AuthorityCheck.namesAgree(reportAuthority, name) ? nil : reportAuthority
    }

    /// The warning for a report set aside because it is for another authority.
    func otherAuthorityWarning(_ record: Record, authority other: String) -> EvidenceWarning {
        EvidenceWarning(source: record.provenance.source,
                        reason: "an Ofsted report on \(other), not on this pack's authority (\(authority?.name ?? "")): not counted")
    }

    /// The newest Ofsted report among the records (by the inspection's last day, then publication).
    static func newestReport(among records: [Record]) -> (record: Record, report: InspectionReport)? {
        let reports = records.compactMap { record in record.document.flatMap(InspectionReport.init(document:)).map { (record, $0) } }
        return reports.max { lhs, rhs in
            switch (lhs.1.inspectionDate, rhs.1.inspectionDate) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.0.id > rhs.0.id
            }
        }
    }

    /// The report and its judgements in plain lines, for the item's notes: what it was, when, by
    /// whom, then each judgement as printed. A field the report does not print is said to be so.
    static func judgementNotes(_ report: InspectionReport) -> [String] {
        var heading = "Last inspection: Ofsted \(report.framework ?? "report")"
        if let authority = report.localAuthority { heading += " of \(authority)" }
        heading += ", " + (report.datesInWords ?? "inspection dates not printed")
        heading += report.publicationDate.map { ", published \($0.iso8601)" } ?? ""
        if let lead = report.leadInspector { heading += "; lead inspector \(lead)" }
        var notes = [heading]
        notes.append("Overall effectiveness: " + (report.overallEffectiveness ?? "not printed in the report (not guessed)"))
        for judgement in report.judgements where judgement.area.lowercased() != "overall effectiveness" {
            notes.append("\(judgement.area): \(judgement.grade)")
        }
        return notes
    }

    /// One note per improvement point: the point as printed, and a hint of which other input shares
    /// its words, clearly a hint (shared words say nothing about whether the point is met).
    static func checklistNotes(_ report: InspectionReport, evidence: [Record]) -> [String] {
        let points = report.improvementPoints
        guard !points.isEmpty else {
            return ["Improvement checklist: the last inspection report lists no 'What needs to improve' points that could be read"]
        }
        let documents = ImprovementHints.indexed(evidence)
        return points.enumerated().map { index, point in
            "What needs to improve \(index + 1) of \(points.count): \(point) (hint from shared words only: "
                + ImprovementHints.hint(for: point, in: documents) + ")"
        }
    }
}

/// A deliberately simple hint of which input may address an improvement point: the document whose
/// title and text share the most of the point's distinctive words. It is labelled as a hint
/// everywhere it is shown; it never marks a point as met.
enum ImprovementHints {
    /// Words too common in children's services writing to tell one point from another.
    static let commonWords: Set<String> = [
        "about", "across", "after", "also", "their", "there", "these", "they", "this", "that", "those", "with", "from",
        "into", "when", "where", "which", "while", "within", "will", "have", "been", "were", "more", "most", "such",
        "including", "ensure", "improve", "improvement", "quality", "child", "children", "childrens", "young", "people",
        "service", "services", "social", "work", "practice", "need", "needs", "level", "levels", "time", "timely", "other",
        "should", "able", "what", "local", "authority", "right", "place", "consistent", "consistency", "effective",
        "effectiveness", "impact", "they", "them", "than", "then", "each", "some", "many", "well",
    ]

    /// A document's distinctive words, with how to name it in a hint.
    struct Indexed {
        var label: String
        var words: Set<String>
    }

    /// The words of a text that can tell points apart: letters only, four or more, lower case, a
    /// plural "s" dropped, common words left out.
    static func words(_ text: String) -> Set<String> {
        var result = Set<String>()
        for piece in text.lowercased().split(whereSeparator: { !$0.isLetter }) where piece.count >= 4 {
            var word = String(piece)
            if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
            if !commonWords.contains(word) { result.insert(word) }
        }
        return result
    }

    /// The documents that are not themselves Ofsted reports, indexed once.
    static func indexed(_ records: [Record]) -> [Indexed] {
        records.compactMap { record in
            guard let document = record.document, document.kind != .inspectionReport else { return nil }
            let name = record.provenance.source.split(separator: "/").last.map(String.init) ?? record.provenance.source
            let text = (document.title ?? "") + "\n" + String(document.plainText.prefix(200_000))
            return Indexed(label: name, words: words(text))
        }
    }

    /// The hint for one point: the input sharing the most of its words (at least two, and at least
    /// two fifths of them), with the words shared; or that none does.
    static func hint(for point: String, in documents: [Indexed]) -> String {
        let wanted = words(point)
        guard wanted.count >= 2 else { return "too few distinctive words to compare" }
        var best: (label: String, shared: [String])?
        for document in documents {
            let shared = wanted.intersection(document.words).sorted()
            guard shared.count >= 2, shared.count * 5 >= wanted.count * 2 else { continue }
            if shared.count > (best?.shared.count ?? 0) { best = (document.label, shared) }
        }
        guard let best else { return "no input shares enough of its words; check that the action plan covers it" }
        return "\(best.label) shares \(best.shared.joined(separator: ", "))"
    }
}
