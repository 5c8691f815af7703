import EvidenceModel

/// Which part of an item (or of the page body) the lines being read belong to.
enum Destination: Equatable {
    case body, description, minutes, decision, documents
}

/// A run of lines bound for one part, with an optional heading taken from its label.
struct Segment {
    var destination: Destination
    var heading: String?
    var headingLine: Int?
    /// Lines under a `Decision:` label: the first paragraph is the decision itself.
    var wrapsDecision = false
    var lines: [SourceLine] = []
}

/// An agenda item while it is being read.
struct ItemDraft {
    var number: String?
    var title: String
    var line: Int
    var segments: [Segment] = []
    var links: [DocumentLink] = []
    var sawMinutesLabel = false
}
