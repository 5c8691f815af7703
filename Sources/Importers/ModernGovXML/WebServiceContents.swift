import EvidenceModel
import Foundation
import LibXML

/// What a fetch needs from a web-service reply: the committees, the meetings and the linked
/// documents it names. Parsed with the same rules as the importer, so the fetch and the import agree.
public struct WebServiceContents: Sendable, Equatable {
    /// A committee named by `GetCommittees` or `GetMeetings`.
    public struct Committee: Sendable, Equatable {
        /// `committeeid`.
        public var id: String
        /// `committeetitle`.
        public var title: String
    }

    /// A meeting listed by `GetMeetings`.
    public struct Meeting: Sendable, Equatable {
        /// `meetingid`.
        public var id: String
        /// The committee's id.
        public var committeeId: String
        /// `meetingdate`.
        public var date: CalendarDate?
    }

    /// A document linked from a `GetMeeting` reply.
    public struct LinkedDocument: Sendable, Equatable {
        /// `attachmentid`, when given.
        public var attachmentId: String?
        /// `title`.
        public var title: String
        /// `url`.
        public var url: String
        /// `isrestricted` (true when the reply says so).
        public var restricted: Bool

        /// A linked document as a reply names it.
        public init(attachmentId: String?, title: String, url: String, restricted: Bool) {
            self.attachmentId = attachmentId
            self.title = title
            self.url = url
            self.restricted = restricted
        }
    }

    /// The method whose reply this is (`GetCommittees`, `GetMeetings`, `GetMeeting`).
    public var method: String
    /// Committees named.
    public var committees: [Committee] = []
    /// Meetings listed.
    public var meetings: [Meeting] = []
    /// Documents linked (GetMeeting).
    public var documents: [LinkedDocument] = []

    /// Why bytes are not a web-service reply this package reads (an HTML page, malformed XML, another
    /// root element), in words that quote nothing of the reply.
    public struct NotAReply: Error, CustomStringConvertible, Sendable {
        /// The reason.
        public var description: String
    }

    /// Parses a reply; throws `NotAReply` when it is not one of the three methods' XML.
    public static func parse(_ bytes: [UInt8]) throws -> WebServiceContents {
        if let reason = WebServiceReply.htmlReason(bytes) { throw NotAReply(description: reason) }
        guard let document = try? XMLDocument(bytes: bytes), let root = document.root else {
            throw NotAReply(description: bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
                            ? "an empty reply" : "not well-formed XML")
        }
        guard let method = WebServiceReply.Method(rawValue: root.name) else {
            throw NotAReply(description: "XML with root element <\(root.name.prefix(40))>, not a GetCommittees, GetMeetings or GetMeeting reply")
        }
        var contents = WebServiceContents(method: method.methodName)
        switch method {
        case .getCommittees:
            contents.committees = ElementValues.children(root, "committee").compactMap(Self.committee)
        case .getMeetings:
            for node in ElementValues.children(root, "committee") {
                guard let committee = Self.committee(node) else { continue }
                contents.committees.append(committee)
                let meetings = ElementValues.children(ElementValues.child(node, "committeemeetings") ?? node, "meeting")
                contents.meetings += meetings.compactMap { meeting in
                    ElementValues.text(meeting, "meetingid").map {
                        Meeting(id: $0, committeeId: committee.id, date: ElementValues.date(meeting, "meetingdate"))
                    }
                }
            }
        case .getMeeting:
            // The meeting itself, so that a saved reply says which day it is of.
            if let id = ElementValues.text(root, "meetingid") {
                contents.meetings = [Meeting(id: id, committeeId: ElementValues.text(root, "committeeid") ?? "",
                                             date: ElementValues.date(root, "meetingdate"))]
            }
            let items = ElementValues.children(ElementValues.child(root, "agendaitems") ?? root, "agendaitem")
            contents.documents = items.flatMap { ElementValues.children(ElementValues.child($0, "linkeddocuments") ?? $0, "linkeddoc") }
                .compactMap(Self.linkedDocument)
        }
        return contents
    }

    static func committee(_ node: XMLNode) -> Committee? {
        guard let id = ElementValues.text(node, "committeeid") else { return nil }
        return Committee(id: id, title: ElementValues.text(node, "committeetitle") ?? "")
    }

    static func linkedDocument(_ node: XMLNode) -> LinkedDocument? {
        guard let url = ElementValues.text(node, "url") else { return nil }
        return LinkedDocument(attachmentId: ElementValues.text(node, "attachmentid"), title: ElementValues.text(node, "title") ?? "",
                              url: url, restricted: ElementValues.bool(node, "isrestricted") ?? false)
    }
}
