import CouncilText
import EvidenceModel

/// Turns an item read line by line (its segments and links) into the `AgendaItem` of the document.
enum AgendaItemAssembly {
    /// The item's description, minutes and decisions as blocks. `splitUnlabelledMinutes` is for sites
    /// that print no "Minutes:" label: the minutes then follow the agenda description directly.
    static func item(from draft: ItemDraft, splitUnlabelledMinutes: Bool) -> AgendaItem {
        var description = blocks(of: draft.segments) { $0 == .description }
        var minutes = blocks(of: draft.segments) { $0 == .minutes }
        let decided = blocks(of: draft.segments) { $0 == .decision }
        if splitUnlabelledMinutes, minutes.isEmpty, !draft.sawMinutesLabel {
            let agendaPart = description.prefix { isAgendaWording($0) }
            minutes = Array(description.dropFirst(agendaPart.count))
            description = Array(agendaPart)
        }
        minutes = ActionSentence.withActions(minutes.map(UnlabelledResolution.promote))
        var links = draft.links
        for i in links.indices where links[i].itemNumber == nil { links[i].itemNumber = draft.number }
        let decisions = decided + minutes.filter { $0.kind == .resolution }
        return AgendaItem(number: draft.number, title: draft.title, description: description, minutes: minutes,
                          decisions: decisions, links: links, line: draft.line)
    }

    /// Agenda wording that describes an item rather than minuting it ("To consider the report of ...").
    static func isAgendaWording(_ block: Block) -> Bool {
        guard block.kind == .paragraph || block.kind == .list, let text = block.text ?? block.children?.first?.text else { return false }
        let lower = text.lowercased()
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
