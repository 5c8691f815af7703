import EvidenceModel
import Foundation
import LibXML

/// Reads a `GetMeeting` reply (root `meeting`) into one meeting document: committee, date, time,
/// status, venue, agenda items in printed order with their text, minutes, resolutions and documents,
/// and the attendees with their role and attendance.
struct MeetingReader {
    /// The file's path, for diagnostics.
    let path: String
    /// The committee's title when the caller knows it (an option, or the `GetMeetings` reply beside it).
    let knownCommittee: String?

    /// The document, or nil (with an error) when the reply holds no meeting.
    func read(_ root: XMLNode, diagnostics: inout [Diagnostic]) -> Document? {
        let id = ElementValues.text(root, "meetingid")
        guard id != nil, let date = ElementValues.date(root, "meetingdate") else {
            diagnostics.append(Diagnostic(.error, code: "moderngov.meeting.incomplete",
                message: "GetMeeting reply without a meeting id or a dd/mm/yyyy meeting date: no meeting is read from it",
                location: SourceLocation(path: path, line: root.line)))
            return nil
        }
        let items = ElementValues.children(ElementValues.child(root, "agendaitems") ?? root, "agendaitem")
        let agenda = orderedItems(items).map(readItem)
        let committee = knownCommittee ?? committeeFromDocuments(items)
        var document = Document(kind: .meeting, title: committee.map { "\($0) meeting" } ?? "Meeting",
                                committee: committee, meetingDate: date, venue: venue(root), items: agenda)
        document.properties = properties(root)
        let people = Attendees.read(root)
        document.attendance = people.attendance
        document.apologies = people.apologies
        document.links = agenda.flatMap(\.links)
        diagnostics.append(contentsOf: remarks(document, committee: committee, line: root.line))
        return document
    }

    /// Agenda items in printed order: by `agendaitemnumber` and sub-number (the site's own order),
    /// document order breaking ties and placing items with no number last.
    func orderedItems(_ items: [XMLNode]) -> [XMLNode] {
        items.enumerated().sorted { left, right in
            let l = (ElementValues.count(left.element, "agendaitemnumber") ?? Int.max,
                     ElementValues.count(left.element, "agendaitemsubnumber") ?? 0, left.offset)
            let r = (ElementValues.count(right.element, "agendaitemnumber") ?? Int.max,
                     ElementValues.count(right.element, "agendaitemsubnumber") ?? 0, right.offset)
            return l < r
        }.map(\.element)
    }

    /// One agenda item: printed number, title, agenda text (with any comment pairs), minutes,
    /// resolutions and linked documents.
    func readItem(_ node: XMLNode) -> AgendaItem {
        let number = ElementValues.printedNumber(ElementValues.text(node, "fulldisplaynumberformat"))
            ?? ElementValues.text(node, "minutesitemnumber")
        var description = ElementValues.rawText(node, "agendatext")
            .map { EscapedHTMLBlocks.blocks(html: $0, line: ElementValues.child(node, "agendatext")?.line) } ?? []
        for pair in [("commentlabel1", "commenttext1"), ("commentlabel2", "commenttext2")] {
            if let text = ElementValues.text(node, pair.1) {
                let label = ElementValues.text(node, pair.0).map { "\($0): " } ?? ""
                description.append(Block(.paragraph, text: label + text, line: ElementValues.child(node, pair.1)?.line))
            }
        }
        let minutes = ElementValues.rawText(node, "minutesnonemptyhtmlbody")
            .map { EscapedHTMLBlocks.blocks(html: $0, line: ElementValues.child(node, "minutesnonemptyhtmlbody")?.line) } ?? []
        let documents = ElementValues.children(ElementValues.child(node, "linkeddocuments") ?? node, "linkeddoc")
        return AgendaItem(number: number, title: ElementValues.text(node, "agendaitemtitle") ?? "(untitled item)",
                          description: description, minutes: minutes,
                          decisions: minutes.filter { $0.kind == .resolution },
                          links: documents.map { link($0, itemNumber: number) }, line: node.line)
    }

    /// A linked document: title, address, publication date, restricted flag.
    func link(_ node: XMLNode, itemNumber: String?) -> DocumentLink {
        DocumentLink(title: ElementValues.text(node, "title") ?? "(untitled document)",
                     href: ElementValues.text(node, "url"), itemNumber: itemNumber, line: node.line,
                     date: ElementValues.date(node, "publicationdate"),
                     restricted: ElementValues.bool(node, "isrestricted"))
    }

    /// The committee named by the meeting's documents (`committeetitle`, the most frequent), when any.
    func committeeFromDocuments(_ items: [XMLNode]) -> String? {
        let titles = items.flatMap { ElementValues.children(ElementValues.child($0, "linkeddocuments") ?? $0, "linkeddoc") }
            .compactMap { ElementValues.text($0, "committeetitle") }
        let counts = Dictionary(titles.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
    }

    /// Location and room, as one venue.
    func venue(_ root: XMLNode) -> String? {
        let parts = [ElementValues.text(root, "meetinglocation"), ElementValues.text(root, "meetingroom")].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The meeting's other fields, under stable camel-case keys.
    func properties(_ root: XMLNode) -> [String: String] {
        var properties: [String: String] = ["source": "ModernGov web service GetMeeting"]
        let texts = [("meetingId", "meetingid"), ("meetingStatus", "meetingstatus"), ("agendaId", "agendaid")]
        for (key, element) in texts { properties[key] = ElementValues.text(root, element) }
        let times = [("meetingTime", "meetingtime"), ("actualStartTime", "meetingactualstarttime"),
                     ("plannedFinishTime", "meetingplannedfinishtime"), ("actualFinishTime", "meetingactualfinishtime")]
        for (key, element) in times { properties[key] = ElementValues.time(root, element) }
        let flags = [("agendaPublished", "agendapublished"), ("decisionsPublished", "decisionpublished"),
                     ("minutesPublished", "minutepublished"), ("isWebcast", "iswebcast")]
        for (key, element) in flags { properties[key] = ElementValues.bool(root, element).map { $0 ? "true" : "false" } }
        return properties
    }

    /// Warnings that keep a meeting from passing as real minutes when it is not: cancelled, or no
    /// minutes published; and a meeting whose committee is unknown.
    func remarks(_ document: Document, committee: String?, line: Int) -> [Diagnostic] {
        let location = SourceLocation(path: path, line: line)
        var remarks: [Diagnostic] = []
        let date = document.meetingDate?.iso8601 ?? "?"
        if document.properties["meetingStatus"]?.lowercased() == "cancelled" {
            remarks.append(Diagnostic(.warning, code: "meeting.cancelled",
                message: "the meeting of \(date) was cancelled: it is listed, but it is not minutes of a meeting held", location: location))
        } else if !document.items.contains(where: { !$0.minutes.isEmpty }) {
            remarks.append(Diagnostic(.warning, code: "meeting.no-minutes",
                message: "no minutes are published for the meeting of \(date) (\(document.items.count) agenda items)", location: location))
        }
        if committee == nil {
            remarks.append(Diagnostic(.warning, code: "moderngov.meeting.no-committee",
                message: "the reply does not name the committee (no linked document names it, and no GetMeetings reply beside it lists this meeting)",
                location: location))
        }
        return remarks
    }
}
