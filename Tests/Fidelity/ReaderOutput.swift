import EvidenceModel
import Foundation

/// The fields the evaluation scores, as one reader gave them for one file.
struct ReaderOutput {
    var kind: String?
    var title: String?
    var committee: String?
    var meetingDate: String?
    var venue: String?
    var items: [FidelityLabel.Item] = []
    var decisions: [String] = []
    var actions: [(text: String, owner: String?)] = []
    var attendance: [String] = []
    var apologies: [String] = []
    var documents: [(title: String, sizeBytes: Int?)] = []
    var meetings: [(date: String, committee: String?)] = []
    var facts: [EvidenceModel.Fact] = []
    var truncated = false

    /// Reads the scored fields from an importer's records and diagnostics. The first document is the page;
    /// further documents (list views give one per meeting or decision row) are its listed meetings.
    init(records: [Record.Content], diagnostics: [Diagnostic]) {
        let documents = records.compactMap { content -> Document? in
            if case .document(let document) = content { return document }
            return nil
        }
        truncated = diagnostics.contains { $0.code.hasSuffix("truncated") }
        guard let page = documents.first else { return }
        kind = page.kind.rawValue
        title = page.title
        committee = page.committee
        meetingDate = page.meetingDate?.iso8601
        venue = page.venue
        // An item with neither number nor title only holds a page's text; it claims nothing.
        items = page.items.filter { $0.number != nil || !$0.title.isEmpty }.map { FidelityLabel.Item(number: $0.number, title: $0.title) }
        attendance = page.attendance
        apologies = page.apologies
        facts = documents.flatMap(\.facts)
        meetings = documents.dropFirst().compactMap { listed in
            (listed.meetingDate ?? listed.date).map { ($0.iso8601, listed.committee) }
        }
        // A page's links include its items' links: count each once.
        var seenLinks = Set<DocumentLink>()
        let links = (page.links + page.items.flatMap(\.links)).filter { seenLinks.insert($0).inserted }
        // A document offered as PDF and "View as HTML" is one document: its first rendition counts.
        var seenTitles = Set<String>()
        self.documents = links.filter { $0.sizeText != nil || $0.format != nil }
            .filter { seenTitles.insert(FidelityText.documentTitle($0.title)).inserted }
            .map { ($0.title, $0.sizeBytes) }
        collectDecisionsAndActions(page)
    }

    /// Resolutions anywhere, and every statement of an item's decisions, each once; one per numbered point.
    private mutating func collectDecisionsAndActions(_ page: Document) {
        var seen = Set<String>()
        func addDecision(_ text: String) {
            let stripped = FidelityText.strippingDecisionLabel(text)
            guard FidelityText.words(stripped).count >= 3 else { return }
            if seen.insert(FidelityText.fold(stripped)).inserted { decisions.append(stripped) }
        }
        func walk(_ blocks: [Block], insideDecision: Bool) {
            for block in blocks {
                let children = block.children ?? []
                switch block.kind {
                case .action:
                    actions.append((block.text ?? "", block.owner))
                case .resolution:
                    // "RESOLVED – For the reasons set out in the report: -" introduces its points; it is not one.
                    let introducesPoints = !children.isEmpty && (block.text.map { FidelityText.fold($0).hasSuffix(":") || $0.hasSuffix("-") || $0.hasSuffix(":") } ?? false)
                    if let text = block.text, !introducesPoints { addDecision(text) }
                    // ("1. That … for the following schools" / "• Bushey Hall" / "2. That …": the bullets under a numbered
                    // point are its list, no points of their own.)
                    var underNumberedPoint = false
                    let points = children.filter { child in
                        if child.kind == .listItem, (child.level ?? 0) == 0 { underNumberedPoint = child.number != nil }
                        return !(underNumberedPoint && child.kind == .listItem && (child.level ?? 0) >= 1 && child.number == nil)
                    }
                    walk(points, insideDecision: true)
                case .list, .table, .quotation:
                    walk(children, insideDecision: insideDecision)
                default:
                    if insideDecision, let text = block.text { addDecision(text) }
                    walk(children, insideDecision: insideDecision)
                }
            }
        }
        walk(page.blocks, insideDecision: false)
        for item in page.items {
            walk(item.description + item.minutes, insideDecision: false)
            walk(item.decisions, insideDecision: true)
        }
    }
}
