import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// After the last line: the document's items, links and page-level fields from what was read.
extension MinutesReader {
    /// The document: body blocks, assembled items and every link, plus the notes worth a diagnostic.
    mutating func finish() -> Document {
        stopCollecting()
        document.blocks = ActionSentence.withActions(UnlabelledResolution.promote(AgendaItemAssembly.blocks(of: bodySegments, where: { _ in true })))
        if layout.kind == .decision { document.blocks = Self.promotingDecidedPoints(document.blocks) }
        var allLinks = bodyLinks
        var agendaItems: [AgendaItem] = []
        for draft in items {
            // Issue pages gather meetings whose items may or may not print "Minutes:": decide per item there.
            let split = layout.kind == .issueHistory ? !draft.sawMinutesLabel : !sawAnyMinutesLabel
            agendaItems.append(AgendaItemAssembly.item(from: draft, splitUnlabelledMinutes: split))
        }
        if layout.kind == .agendaItem, var only = agendaItems.first {
            if document.itemNumber == nil {
                let numbers = Set((only.links + bodyLinks).compactMap(\.itemNumber))
                if numbers.count == 1 { document.itemNumber = numbers.first }
            }
            if document.itemNumber == nil { document.itemNumber = Self.ownItemReference(in: only.description + only.minutes) }
            if document.committee == nil { document.committee = Self.committeeAsked(in: only.description + only.minutes + document.blocks) }
            only.number = only.number ?? document.itemNumber
            for i in only.links.indices where only.links[i].itemNumber == nil { only.links[i].itemNumber = only.number }
            agendaItems[0] = only
        }
        if layout.kind == .issueHistory {
            adoptLatestIssueMeeting()
            // An "Issue - decisions" page with one decision row records that decision.
            if layout.listsDecisions, issueMeetings.count == 1 {
                document.kind = .decision
                if agendaItems.count == 1 {
                    let only = agendaItems.removeFirst()
                    // With no issue title above it, the one row's title is the decision's.
                    if document.title == nil, !only.title.isEmpty { document.title = only.title }
                    // (A row titled otherwise than the issue keeps its own title, over its text.)
                    if !only.title.isEmpty, only.title != document.title {
                        document.blocks.append(Block(.heading, text: only.title, level: 2, line: only.line))
                    }
                    // The page is that decision's record: what its row says is the page's own text, as on a
                    // "Decision details" page, not an agenda item of a meeting.
                    document.blocks.append(contentsOf: only.description + only.minutes + Self.decisionRecord(only.decisions))
                    allLinks.append(contentsOf: only.links)
                }
            }
        }
        for item in agendaItems { allLinks.append(contentsOf: item.links) }
        if layout.kind == .meeting, agendaItems.isEmpty, layout.system == .modernGov {
            let line = lines[layout.bodyStart...].first { !$0.isBlank }?.number
            issues.append(ReadingIssue(severity: .note, code: "minutes.no-items",
                message: "no numbered or titled agenda items were found; the minutes are kept as body text", line: line))
        }
        document.items = agendaItems
        document.links = allLinks
        StatedPeople.complete(&document)
        return document
    }

    /// A decision's record whose copy lost its "Decision:" label: the list of points that each open with what was
    /// decided ("1) Approve the commencement of public consultation …; and 2) Approve an in-principle decision …"), under
    /// the page's purpose, is the decision. Only when nothing on the page is a resolution already.
    static func promotingDecidedPoints(_ blocks: [Block]) -> [Block] {
        guard !blocks.contains(where: { $0.kind == .resolution }),
              let list = blocks.firstIndex(where: { block in
                  block.kind == .list && !(block.children ?? []).isEmpty && (block.children ?? []).allSatisfy { opensWithDecidingVerb($0.text) }
              }) else { return blocks }
        var promoted = blocks
        promoted[list].kind = .resolution
        return promoted
    }

    /// "Approve …", "Agree …", "Note …": a point that opens with what a decision maker does.
    static func opensWithDecidingVerb(_ text: String?) -> Bool {
        guard let first = text?.split(separator: " ", maxSplits: 1).first else { return false }
        return ["Approve", "Approves", "Agree", "Agrees", "Note", "Notes", "Endorse", "Endorses", "Authorise", "Authorises", "Authorize",
                "Delegate", "Delegates", "Adopt", "Adopts", "Accept", "Accepts", "Confirm", "Confirms", "Agreed", "Approved", "Noted",
                "Endorsed", "Authorised", "Resolve", "Resolved"].contains(String(first))
    }

    /// What a decision row's text says, as the blocks of the page's own record: from its first resolution labelled
    /// as one ("RESOLVED: Cabinet AGREED …"), the account before it kept as text; with no such label, every block
    /// under one "Decision:" resolution, since the row's text is what was decided.
    static func decisionRecord(_ decisions: [Block]) -> [Block] {
        if let labelled = decisions.firstIndex(where: { $0.kind == .resolution && $0.marker != "Decision" }) {
            return decisions.enumerated().map { $0.offset < labelled && $0.element.kind == .resolution ? Block(.paragraph, text: $0.element.text, line: $0.element.line) : $0.element }
        }
        guard !decisions.isEmpty else { return [] }
        return [Block(.resolution, text: "Decision:", marker: "Decision", children: decisions, line: decisions[0].line)]
    }

    /// "The Committee considered a report (Agenda Item 8) which …": the item's own number, when the
    /// page's text refers to exactly one agenda item that way.
    static func ownItemReference(in blocks: [Block]) -> String? {
        var numbers: Set<String> = []
        for block in blocks {
            guard let text = block.text, text.contains("genda"), text.contains("tem") else { continue }
            for match in text.matches(of: Self.agendaItemReference) { numbers.insert(String(match.output.1)) }
        }
        return numbers.count == 1 ? numbers.first : nil
    }

    /// "The Children's, Young People and Education Cabinet Committee is asked to note …": an agenda
    /// item's description names the body it goes to. "The Committee is asked" names none.
    static func committeeAsked(in blocks: [Block]) -> String? {
        for block in blocks {
            guard let text = block.text, text.contains(" asked to") else { continue }
            if let match = text.firstMatch(of: askedCommittee) { return String(match.output.1) }
        }
        return nil
    }

    nonisolated(unsafe) private static let askedCommittee =
        /\b[Tt]he ([A-Z][\w’'&-]*,?(?: (?:[A-Z][\w’'&-]*,?|and|of|for|the))*? (?:Committee|Board|Panel|Cabinet|Forum|Sub-Committee)) (?:is|are) (?:being )?asked to/

    /// Issue pages list several meetings: the page takes the latest one's date and committee.
    private mutating func adoptLatestIssueMeeting() {
        guard !issueMeetings.isEmpty else { return }
        var latest = issueMeetings[0]
        for meeting in issueMeetings.dropFirst() {
            if let date = meeting.date, latest.date.map({ date > $0 }) ?? true { latest = meeting }
        }
        document.meetingDate = document.meetingDate ?? latest.date
        document.committee = document.committee ?? latest.committee
        if issueMeetings.count == 1 { document.itemNumber = document.itemNumber ?? latest.itemNumber }
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension MinutesReader {
    /// "(Agenda item 7)".
    nonisolated(unsafe) static let agendaItemReference = /\((?i:agenda item) ([0-9]{1,3}[a-z]?)\)/
}
