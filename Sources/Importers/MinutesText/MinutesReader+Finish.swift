import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// After the last line: the document's items, links and page-level fields from what was read.
extension MinutesReader {
    /// The document: body blocks, assembled items and every link, plus the notes worth a diagnostic.
    mutating func finish() -> Document {
        stopCollecting()
        document.blocks = ActionSentence.withActions(AgendaItemAssembly.blocks(of: bodySegments, where: { _ in true }).map(UnlabelledResolution.promote))
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
            only.number = only.number ?? document.itemNumber
            for i in only.links.indices where only.links[i].itemNumber == nil { only.links[i].itemNumber = only.number }
            agendaItems[0] = only
        }
        if layout.kind == .issueHistory {
            adoptLatestIssueMeeting()
        }
        for item in agendaItems { allLinks.append(contentsOf: item.links) }
        if layout.kind == .meeting, agendaItems.isEmpty, layout.system == .modernGov {
            let line = lines[layout.bodyStart...].first { !$0.isBlank }?.number
            issues.append(ReadingIssue(severity: .note, code: "minutes.no-items",
                message: "no numbered or titled agenda items were found; the minutes are kept as body text", line: line))
        }
        document.items = agendaItems
        document.links = allLinks
        fillApologiesFromItems()
        addWelcomedPeople()
        return document
    }

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

    /// Guests and witnesses the minutes welcome to the meeting in a sentence attended it.
    private mutating func addWelcomedPeople() {
        var blocks = document.blocks
        for item in document.items { blocks.append(contentsOf: item.description + item.minutes) }
        for block in blocks where block.kind == .paragraph || block.kind == .numberedParagraph {
            guard let text = block.text, text.contains("welcome") else { continue }
            for sentence in FactExtractor.sentences(in: text) where sentence.contains("welcome") {
                for person in NameList.welcomed(in: sentence) where !document.attendance.contains(person) {
                    document.attendance.append(person)
                }
            }
        }
    }

    /// "Apologies for absence were received from Councillors A and B." in an apologies item or the preamble.
    private mutating func fillApologiesFromItems() {
        guard document.apologies.isEmpty else { return }
        var candidates: [Block] = document.blocks
        // "Apologies for absence", "Introduction and apologies", "Welcome, introductions and apologies".
        for item in document.items where item.title.lowercased().contains("apolog") {
            candidates.append(contentsOf: item.description + item.minutes)
        }
        for block in candidates {
            guard let text = block.text, text.lowercased().contains("apolog") else { continue }
            for sentence in FactExtractor.sentences(in: text) where sentence.lowercased().contains("apolog") {
                if let names = NameList.namesAfterFrom(in: sentence) {
                    document.apologies = names
                    return
                }
            }
        }
    }
}
