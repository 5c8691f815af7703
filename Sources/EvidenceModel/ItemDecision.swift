/// What a council decided about one item, in its own pack overlay: the item does not apply to it, or
/// it is provided separately (e.g. shown on the day); who owns it and by when it is due. Decisions
/// come from the pack definition, never from the inputs, and every output shows them beside the status.
public struct ItemDecision: Hashable, Sendable, Codable {
    /// What the council decided about the evidence itself.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The item does not apply to this authority (e.g. it has no secure children's home).
        case notApplicable
        /// The evidence exists but is not in the inputs: it is provided another way (shown on the day,
        /// sent separately).
        case providedSeparately
    }

    /// Not applicable or provided separately; nil when the decision only names an owner or due date.
    public var kind: Kind?
    /// Why, or where the evidence is, in the council's words ("shown on the day by the LADO").
    public var note: String?
    /// Who is responsible for the item ("Head of Safeguarding").
    public var owner: String?
    /// When the item's evidence is due.
    public var due: CalendarDate?

    public init(kind: Kind? = nil, note: String? = nil, owner: String? = nil, due: CalendarDate? = nil) {
        self.kind = kind
        self.note = note
        self.owner = owner
        self.due = due
    }

    /// True when the decision says nothing.
    public var isEmpty: Bool { kind == nil && note == nil && owner == nil && due == nil }

    /// Whether the due date has passed on the reference date (false without a due date).
    public func isOverdue(on referenceDate: CalendarDate) -> Bool {
        due.map { $0 < referenceDate } ?? false
    }

    /// The decision in plain words, for people: "provided separately: shown on the day; owner: Head
    /// of Safeguarding; due 2026-12-15". Empty when the decision says nothing.
    public var words: String {
        var parts: [String] = []
        switch kind {
        case .notApplicable?: parts.append("not applicable" + (note.map { ": \($0)" } ?? ""))
        case .providedSeparately?: parts.append("provided separately" + (note.map { ": \($0)" } ?? ""))
        case nil: if let note { parts.append(note) }
        }
        if let owner { parts.append("owner: \(owner)") }
        if let due { parts.append("due \(due.iso8601)") }
        return parts.joined(separator: "; ")
    }
}
