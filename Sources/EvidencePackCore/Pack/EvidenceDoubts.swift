import EvidenceModel
import Foundation

/// Decides whether a matched record is doubtful evidence: its file is damaged or unreadable, it is
/// dated after the reference date, or it looks like a draft. Doubtful evidence still matches (so the
/// item lists it), but it cannot make an item present on its own: a person has to look at it.
struct EvidenceDoubts {
    /// Diagnostic codes saying a file is damaged or could not be read, with the plain words for each.
    static let damageCodes: [String: String] = [
        "document.damaged": "the file looks damaged",
        "document.wrong-type": "the file is not what its name says (a web page saved under a document's name)",
        "document.unreadable": "the file could not be read",
        "document.encrypted": "the file is encrypted, so its content could not be checked",
        "import.failed": "the file could not be read",
        "discover.unreadable": "the file could not be read",
        // A meeting read from a democracy system that is not minutes of a meeting held.
        "meeting.cancelled": "the meeting was cancelled",
        "meeting.no-minutes": "no minutes are published for the meeting",
    ]

    /// The day evidence must not be dated after.
    let referenceDate: CalendarDate
    /// For each source with damage or errors, the reasons in plain words (sorted, no duplicates).
    let damageBySource: [String: [String]]

    init(referenceDate: CalendarDate, diagnostics: [Diagnostic]) {
        self.referenceDate = referenceDate
        var reasons: [String: Set<String>] = [:]
        for diagnostic in diagnostics {
            guard let path = diagnostic.location?.path else { continue }
            if let words = Self.damageCodes[diagnostic.code] {
                reasons[path, default: []].insert(words)
            } else if diagnostic.severity == .error {
                reasons[path, default: []].insert("reading it reported errors")
            }
        }
        damageBySource = reasons.mapValues { $0.sorted() }
    }

    /// Why the record is doubtful, in plain words; empty when it is sound. Never quotes the file's
    /// content or title (a title can name a child).
    func reasons(for record: Record, date: CalendarDate?) -> [String] {
        // A table with errors is already invalid (its rows failed validation): no second verdict.
        var reasons = record.document != nil ? damageBySource[record.provenance.source] ?? [] : []
        // A date taken from the file's modification time says when it was copied, not what it covers.
        if let document = record.document, document.dateBasis != "modified time", let date, date > referenceDate {
            reasons.append("dated \(date.iso8601), after the reference date \(referenceDate.iso8601)")
        }
        if let draft = draftReason(for: record) { reasons.append(draft) }
        if let document = record.document, document.properties[Document.listedInProperty] != nil {
            // Worded to follow "it" in the explanation ("because it is known only from …").
            reasons.append("is known only from a list of meetings: no minutes of it were read")
            if document.properties["status"] == "cancelled" { reasons.append("was cancelled, as the list of meetings says") }
        } else if let document = record.document, let status = document.properties["status"], ["cancelled", "postponed"].contains(status) {
            // A meeting's own page that says it was not held ("…, CANCELLED").
            reasons.append("was \(status), as its own page says")
        }
        return reasons
    }

    /// Why the record looks like a draft (its file name, title or metadata says so), or nil.
    func draftReason(for record: Record) -> String? {
        if Self.saysDraft(EvidenceAssembler.fileName(of: record.provenance.source)) {
            return "looks like a draft: the file name says so"
        }
        let title = record.document?.title ?? record.table?.title
        if let title, Self.saysDraft(title) { return "looks like a draft: its title says so" }
        if let document = record.document, Self.metadataSaysDraft(document.properties) {
            return "looks like a draft: its metadata says so"
        }
        return nil
    }

    /// Property keys whose value can mark a document as a draft (`subject`, `status`, `contentStatus` ...).
    static func isStatusLikeKey(_ key: String) -> Bool {
        let lower = key.lowercased()
        return lower.contains("status") || ["subject", "keywords", "category", "version"].contains(lower)
    }

    /// Whether document properties mark it as a draft.
    static func metadataSaysDraft(_ properties: [String: String]) -> Bool {
        properties.contains { key, value in isStatusLikeKey(key) && saysDraft(value) }
    }

    /// Whether text holds the word "draft" on its own (`SEF_draft_v2.docx`, "DRAFT minutes"; not "drafted").
    static func saysDraft(_ text: String) -> Bool {
        // Nearly every file name, title and property lacks the letters: settled on one pass over the bytes, without
        // the copies that splitting makes (a large pack asks this of each of its 10,000 records on every build).
        guard holdsDraftLetters(text) else { return false }
        return text.lowercased().split(whereSeparator: { !$0.isLetter }).contains("draft")
    }

    private static let draftLetters: [UInt8] = Array("draft".utf8)

    /// Whether the letters "draft", in any case, stand anywhere in the text's bytes.
    static func holdsDraftLetters(_ text: String) -> Bool {
        let wanted = draftLetters
        var matched = 0
        for byte in text.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lower == wanted[matched] {
                matched += 1
                if matched == wanted.count { return true }
            } else {
                matched = lower == wanted[0] ? 1 : 0
            }
        }
        return false
    }
}
