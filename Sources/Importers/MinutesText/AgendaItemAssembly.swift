import CouncilText
import EvidenceModel

/// Turns an item read line by line (its segments and links) into the `AgendaItem` of the document.
enum AgendaItemAssembly {
    /// The item's description, minutes and decisions as blocks. `splitUnlabelledMinutes` is for sites
    /// that print no "Minutes:" label: the minutes then follow the agenda description directly.
    static func item(from draft: ItemDraft, splitUnlabelledMinutes: Bool) -> AgendaItem {
        var description = blocks(of: draft.segments) { $0 == .description }
        var minutes = blocks(of: draft.segments) { $0 == .minutes }
        var decided = blocks(of: draft.segments) { $0 == .decision }
        // What leads into a resolution under the `Decision:` label ("Having considered …, Cabinet noted the
        // report and,") is the minutes' account of it, not a decision.
        let leadIns = decided.indices.filter { $0 + 1 < decided.count && decided[$0 + 1].kind == .resolution && BlockBuilder.isLeadIn(decided[$0]) }
        if !leadIns.isEmpty {
            minutes = leadIns.map { decided[$0] } + minutes
            for index in leadIns.reversed() { decided.remove(at: index) }
        }
        // "Vote taken: 10 in favour, 0 against, 0 abstentions" under the `Decision:` label: how the vote went, told with the
        // decision but none itself.
        if let tally = decided.firstIndex(where: { $0.kind != .resolution && ($0.text.map(Self.isVoteRecord) ?? false) }) {
            minutes.insert(decided.remove(at: tally), at: 0)
        }
        // Without the label, what follows the agenda wording is the minutes — also when a later heading
        // ("Supporting documents:" and the page footer under it) already opened a minutes part.
        if splitUnlabelledMinutes, !draft.sawMinutesLabel {
            var agendaCount = description.prefix { isAgendaWording($0) }.count
            // "Purpose of report" / "To provide …" / "RECOMMENDED that the Cabinet Member: (1) Approve …": the report's
            // recommendations, printed with the agenda, are no decision of the meeting.
            if agendaCount < description.count, description.prefix(agendaCount).contains(where: statesPurpose),
               description[agendaCount].kind == .resolution, description[agendaCount].text?.hasPrefix("RECOMMENDED") == true {
                agendaCount += 1
            }
            minutes = Array(description.dropFirst(agendaCount)) + minutes
            description = Array(description.prefix(agendaCount))
            minutes = promotingInfinitiveResolutions(minutes)
        }
        minutes = ActionSentence.withActions(UnlabelledResolution.promote(minutes))
        var links = draft.links
        for i in links.indices where links[i].itemNumber == nil { links[i].itemNumber = draft.number }
        minutes = demotingProposedResolutions(minutes)
        var decisions = decided + minutes.filter { $0.kind == .resolution }
        // ("The Committee AGREED that the minutes be accepted …" / "Agreed": the status column of an older ModernGov table
        // repeats the decision in a word; the word alone is a decision only when the item has no other.)
        if decisions.count >= 2, decisions.contains(where: { !isStatusWord($0.text) }) {
            decisions.removeAll { isStatusWord($0.text) }
        }
        return AgendaItem(number: draft.number, title: Self.droppingPapersLink(draft.title), description: description, minutes: minutes,
                          decisions: decisions, links: links, line: draft.line)
    }

    /// "Agreed", "Noted", "APPROVED": a decision's status in a word.
    static func isStatusWord(_ text: String?) -> Bool {
        guard let text, text.utf8.count <= 10 else { return false }
        return ["agreed", "noted", "approved", "accepted", "agreed.", "noted.", "approved."].contains(text.lowercased())
    }

    /// "Vote taken: 10 in favour, 0 against, 0 abstentions": a short line giving a vote's count and nothing else.
    static func isVoteRecord(_ text: String) -> Bool {
        text.utf8.count <= 120 && FactExtractor.isVoteTally(text) && !text.lowercased().contains("resolved")
    }

    /// "Rolling Action Log View Papers" → "Rolling Action Log": COINS's link to an item's papers, printed after its
    /// title, is no part of it.
    static func droppingPapersLink(_ title: String) -> String {
        for link in [" View Papers", " View papers"] where title.hasSuffix(link) && title.count > link.count + 2 {
            return String(title.dropLast(link.count))
        }
        return title
    }

    /// The blocks with the resolutions an agenda only proposes read as text: "If so, to formally pass the
    /// following resolution:- RESOLVED – That the press and public be excluded …" is the wording a
    /// meeting may adopt, not a decision it took.
    static func demotingProposedResolutions(_ minutes: [Block]) -> [Block] {
        var blocks = minutes
        var previousText = ""
        for index in blocks.indices {
            if blocks[index].kind == .resolution, introducesProposedResolution(previousText) { blocks[index].kind = .paragraph }
            if let text = blocks[index].text, !text.isEmpty { previousText = text }
        }
        return blocks
    }

    private static func introducesProposedResolution(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.contains("following resolution") else { return false }
        return ["if so", "to pass", "may wish to", "is asked to", "are asked to", "may pass", "to consider passing"].contains { lower.contains($0) }
    }

    /// "The minutes of the meeting held on 15 July 2024 were submitted …" / "To agree the minutes … as a correct record.": in
    /// minutes that print no labels, the decision a page's resolution box holds, worded as the agenda words it, after the
    /// account of the discussion (an infinitive no account of what happened opens).
    /// (Only at the item's end: "To agree that …" with an account after it is the next item's agenda wording, run in.)
    static func promotingInfinitiveResolutions(_ minutes: [Block]) -> [Block] {
        var blocks = minutes
        let closing = blocks.reversed().prefix { $0.kind == .paragraph && $0.text.map(opensWithDecidingInfinitive) == true }.count
        guard closing > 0, closing < blocks.count,
              blocks[..<(blocks.count - closing)].contains(where: { $0.kind == .paragraph }) else { return blocks }
        for index in (blocks.count - closing)..<blocks.count { blocks[index].kind = .resolution }
        return blocks
    }

    /// "To agree …", "To elect …", "To note …": an infinitive of what a meeting decides, and at least four words.
    static func opensWithDecidingInfinitive(_ text: String) -> Bool {
        guard text.hasPrefix("To "), let verb = text.dropFirst(3).split(separator: " ", maxSplits: 1).first else { return false }
        // ("To note any changes …": what an agenda asks for, not what was decided.)
        let words = text.split(separator: " ", maxSplits: 4)
        return decidingVerbs.contains(String(verb)) && words.count >= 4 && words[2] != "any"
    }

    /// Verbs a meeting decides with.
    static let decidingVerbs: Set<String> = ["agree", "approve", "note", "elect", "appoint", "endorse", "accept", "adopt", "confirm",
                                             "defer", "delegate", "recommend", "request", "authorise", "authorize", "support",
                                             "re-elect", "reappoint", "re-appoint", "ratify"]

    /// "Purpose of report" over an item's agenda wording, as its heading or its opening words.
    static func statesPurpose(_ block: Block) -> Bool {
        (block.text ?? "").lowercased().hasPrefix("purpose")
    }

    /// Agenda wording that describes an item rather than minuting it ("To consider the report of ...").
    static func isAgendaWording(_ block: Block) -> Bool {
        if block.kind == .heading, statesPurpose(block) { return true }
        guard block.kind == .paragraph || block.kind == .list, let text = block.text ?? block.children?.first?.text else { return false }
        // Only the opening is compared: the longest wording is 22 characters.
        let lower = String(text.prefix(40)).lowercased()
        // Agenda wording is an infinitive ("To consider", "To be reported by ..."); minutes report what happened.
        return ["to ", "report of",
                "report by", "report from", "the committee is asked", "members are asked", "the panel is asked",
                "the board is asked", "purpose", "this report", "the report", "a report", "to follow"].contains { lower.hasPrefix($0) }
    }

    /// The blocks of the segments bound for the destinations `include` accepts, each segment's
    /// heading first.
    static func blocks(of segments: [Segment], where include: (Destination) -> Bool) -> [Block] {
        var blocks: [Block] = []
        for segment in segments where include(segment.destination) {
            if let heading = segment.heading {
                blocks.append(Block(.heading, text: heading, level: 2, line: segment.headingLine))
            }
            blocks.append(contentsOf: BlockBuilder(lines: segment.lines, leadingResolutionMarker: segment.wrapsDecision ? "Decision" : nil).build())
        }
        return blocks
    }
}
