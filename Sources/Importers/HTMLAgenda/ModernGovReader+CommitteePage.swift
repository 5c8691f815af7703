import CouncilText
import EvidenceModel
import EvidencePackCore
import LibXML

/// A committee's own pages: its details and its list of meetings.
extension ModernGovReader {
    // MARK: A committee's own page (mgCommitteeDetails.aspx, ieListMeetings.aspx)

    /// "Committee details" or "Browse meetings": the committee (the subtitle, the heading's
    /// "Browse meetings - Cabinet", or "This page lists the meetings for Cabinet."), its remit and
    /// links. No title or date of its own: the meetings it lists are records of their own (`meetingRows`).
    func readCommitteePage() -> Document {
        var document = Document(kind: .committee)
        var collector = BlockCollector()
        for node in bodyNodes() { collector.collect(node) }
        document.blocks = collector.finish()
        document.links = actionLinks()
        for node in bodyNodes() where node.isElement { document.links.append(contentsOf: linkReader.links(in: node)) }
        let heading = survey.mainTitle.map { HTMLText.inlineText(of: $0) } ?? ""
        let lead = "this page lists the meetings for "
        let listsLine = document.blocks.lazy.compactMap(\.text).first { $0.lowercased().hasPrefix(lead) }
        if let name = subtitleLines.first, !name.isEmpty {
            document.committee = name
        } else if let dash = heading.range(of: " - "), ModernGovLayout.kind(pageType: String(heading[..<dash.lowerBound])) == .committee {
            document.committee = HTMLText.normalize(String(heading[dash.upperBound...]))
        } else if let listsLine {
            var name = listsLine.dropFirst(lead.count)
            while let last = name.last, last == "." || last == " " { name = name.dropLast() }
            document.committee = String(name)
        }
        if document.committee?.isEmpty == true { document.committee = nil }
        return document
    }

    /// The meetings a committee's list names: each link to a meeting page (`ieListDocuments.aspx`)
    /// whose text is a dated row ("15 Mar 2026 6.30 pm", "… CANCELLED"), of the page's committee
    /// unless the row names another.
    static func meetingRows(of page: Document) -> [Document] {
        page.links.compactMap { link in
            guard link.href?.lowercased().contains("ielistdocuments.aspx") == true, let row = ListedMeeting.parse(link.title) else { return nil }
            return Document.listedMeeting(committee: row.committee ?? page.committee, meetingDate: row.date, status: row.status, links: [link])
        }
    }
}
