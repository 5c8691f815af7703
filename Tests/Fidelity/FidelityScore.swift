import EvidenceModel
import Foundation

/// Counts for one field: expected values and how many were found (recall), values given and how many
/// were right (precision).
struct FieldScore: Codable, Equatable {
    var expected = 0
    var found = 0
    var given = 0
    var right = 0

    var recall: Double? { expected == 0 ? nil : Double(found) / Double(expected) }
    var precision: Double? { given == 0 ? nil : Double(right) / Double(given) }

    static func + (lhs: FieldScore, rhs: FieldScore) -> FieldScore {
        FieldScore(expected: lhs.expected + rhs.expected, found: lhs.found + rhs.found,
                   given: lhs.given + rhs.given, right: lhs.right + rhs.right)
    }
}

/// The evaluation of one file: a score per field and, for reading the misses, what went wrong.
struct FileEvaluation {
    var file: String
    var importer: String
    var fields: [String: FieldScore] = [:]
    var misses: [String] = []

    init(label: FidelityLabel, output: ReaderOutput) {
        file = label.file
        importer = label.importer
        if case .expected(let kind) = label.kind { scalar("kind", kind, output.kind) }
        if case .expected(let title) = label.title { scalar("title", title, output.title) }
        if case .expected(let committee) = label.committee { scalar("committee", committee, output.committee) }
        if case .expected(let date) = label.meetingDate { scalar("meetingDate", date, output.meetingDate) }
        // (A place's leading "the", "the Library of St Joseph's", is no part of its name.)
        if case .expected(let venue) = label.venue { scalar("venue", venue.map(FidelityText.venue), output.venue.map(FidelityText.venue)) }
        if let items = label.items {
            list("items", expected: items, given: output.items, describe: { "\($0.number ?? "-") \($0.title)" }, describeGiven: { "\($0.number ?? "-") \($0.title)" }) { label, item in
                FidelityText.fold(label.number ?? "") == FidelityText.fold(item.number ?? "")
                    && FidelityText.fold(label.title) == FidelityText.fold(item.title)
            }
        }
        if let decisions = label.decisions {
            list("decisions", expected: decisions, given: output.decisions, describe: { $0 }, describeGiven: { String($0.prefix(70)) }) { label, text in
                let opening = FidelityText.words(label).joined(separator: " ")
                return !opening.isEmpty && FidelityText.words(text).joined(separator: " ").contains(opening)
            }
        }
        if let actions = label.actions {
            list("actions", expected: actions, given: output.actions, describe: { "\($0.text) [\($0.owner ?? "-")]" }, describeGiven: { "\($0.text.prefix(60)) [\($0.owner ?? "-")]" }) { label, action in
                FidelityText.words(action.text).joined(separator: " ").contains(FidelityText.words(label.text).joined(separator: " "))
                    && FidelityText.person(label.owner ?? "") == FidelityText.person(action.owner ?? "")
            }
        }
        if let attendance = label.attendance {
            list("attendance", expected: attendance, given: output.attendance, describe: { $0 }, describeGiven: { $0 }) {
                FidelityText.person($0) == FidelityText.person($1)
            }
        }
        if let apologies = label.apologies {
            list("apologies", expected: apologies, given: output.apologies, describe: { $0 }, describeGiven: { $0 }) {
                FidelityText.person($0) == FidelityText.person($1)
            }
        }
        if let documents = label.documents {
            list("documents", expected: documents, given: output.documents, describe: { "\($0.title) (\($0.size ?? "-"))" }, describeGiven: { "\($0.title) (\($0.sizeBytes.map(String.init) ?? "-"))" }) { label, link in
                FidelityText.documentTitle(label.title) == FidelityText.documentTitle(link.title)
                    && (label.size.flatMap(FidelityText.sizeBytes) == link.sizeBytes)
            }
        }
        if let meetings = label.meetings {
            list("meetings", expected: meetings, given: output.meetings, describe: { "\($0.date) \($0.committee ?? "-")" }, describeGiven: { "\($0.date) \($0.committee ?? "-")" }) { label, meeting in
                label.date == meeting.date
                    && (label.committee == nil || FidelityText.fold(label.committee ?? "") == FidelityText.fold(meeting.committee ?? ""))
            }
        }
        if let facts = label.facts {
            list("facts", expected: facts, given: output.facts, describe: { "\($0.kind) \($0.value) \($0.subject)" }, describeGiven: { "\($0.kind.rawValue) \($0.value) \($0.subject.prefix(50))" }) { label, fact in
                let subject = Set(FidelityText.words(fact.subject + " " + (fact.unit ?? "")))
                return label.kind == fact.kind.rawValue && abs(label.value - fact.value) < 0.0001
                    && FidelityText.words(label.subject).allSatisfy { subject.contains($0) }
            }
        }
        if let truncated = label.truncated {
            var score = FieldScore()
            if truncated { score.expected = 1 }
            if output.truncated { score.given = 1 }
            if truncated && output.truncated { score.found = 1; score.right = 1 }
            if truncated != output.truncated { misses.append("truncated: expected \(truncated), got \(output.truncated)") }
            fields["truncated"] = score
        }
    }

    private mutating func scalar(_ field: String, _ expected: String?, _ given: String?) {
        var score = FieldScore()
        let givenValue = given.flatMap { FidelityText.fold($0).isEmpty ? nil : $0 }
        if expected != nil { score.expected = 1 }
        if givenValue != nil { score.given = 1 }
        if let expected, let givenValue, FidelityText.fold(expected) == FidelityText.fold(givenValue) {
            score.found = 1
            score.right = 1
        } else if expected != nil || givenValue != nil {
            misses.append("\(field): expected \(expected.map { "'\($0)'" } ?? "none"), got \(givenValue.map { "'\($0)'" } ?? "none")")
        }
        fields[field] = score
    }

    /// One-to-one matching in order: each expected value takes the first unmatched given value it matches.
    private mutating func list<Expected, Given>(_ field: String, expected: [Expected], given: [Given],
                                                describe: (Expected) -> String, describeGiven: (Given) -> String,
                                                matches: (Expected, Given) -> Bool) {
        var used = Array(repeating: false, count: given.count)
        var found = 0
        for value in expected {
            if let index = given.indices.first(where: { !used[$0] && matches(value, given[$0]) }) {
                used[index] = true
                found += 1
            } else {
                misses.append("\(field): missed \(describe(value))")
            }
        }
        for index in given.indices where !used[index] {
            misses.append("\(field): wrong or extra \(describeGiven(given[index]))")
        }
        fields[field] = FieldScore(expected: expected.count, found: found, given: given.count, right: found)
    }
}

/// Scores summed per importer and field, printed as a table.
struct FidelityReport {
    static let fieldOrder = ["kind", "title", "committee", "meetingDate", "venue", "items", "decisions", "actions",
                             "attendance", "apologies", "documents", "meetings", "facts", "truncated"]
    var evaluations: [FileEvaluation]

    /// Per importer, per field, and `all` summed over fields.
    func totals() -> [String: [String: FieldScore]] {
        var result: [String: [String: FieldScore]] = [:]
        for evaluation in evaluations {
            for (field, score) in evaluation.fields {
                result[evaluation.importer, default: [:]][field, default: FieldScore()] =
                    result[evaluation.importer, default: [:]][field, default: FieldScore()] + score
                result[evaluation.importer, default: [:]]["all", default: FieldScore()] =
                    result[evaluation.importer, default: [:]]["all", default: FieldScore()] + score
            }
        }
        return result
    }

    /// A Markdown table: importer, field, recall (found/expected), precision (right/given).
    func table() -> String {
        func percent(_ value: Double?, _ numerator: Int, _ denominator: Int) -> String {
            guard let value else { return "–" }
            return String(format: "%.1f %% (%d/%d)", value * 100, numerator, denominator)
        }
        var lines = ["| importer | field | recall | precision |", "|---|---|---|---|"]
        let totals = totals()
        for importer in totals.keys.sorted() {
            let fields = totals[importer] ?? [:]
            for field in Self.fieldOrder + ["all"] {
                guard let score = fields[field] else { continue }
                let name = field == "all" ? "**all fields**" : field
                lines.append("| \(importer) | \(name) | \(percent(score.recall, score.found, score.expected)) | \(percent(score.precision, score.right, score.given)) |")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Every miss, file by file.
    func misses() -> String {
        evaluations.filter { !$0.misses.isEmpty }.map { evaluation in
            "\(evaluation.file)\n" + evaluation.misses.map { "    \($0)" }.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
