/// What sort of document a record is. An open set: importers may add kinds; these are the shared ones,
/// with the same meaning whichever importer (text, HTML, file) produced them.
public struct DocumentKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(_ value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// One agenda item of a meeting, with its minutes (ModernGov `mgAi.aspx`).
    public static let agendaItem: DocumentKind = "agendaItem"
    /// A whole meeting: agenda and minutes (ModernGov `ieListDocuments.aspx`, CMIS meeting page).
    public static let meeting: DocumentKind = "meeting"
    /// The history of one issue across meetings (ModernGov `ieIssueDetails.aspx`).
    public static let issueHistory: DocumentKind = "issueHistory"
    /// A decision record (ModernGov `ieDecisionDetails.aspx`).
    public static let decision: DocumentKind = "decision"
    /// A list of decisions (ModernGov decision lists): each decision it lists with a date is a record of its own.
    public static let decisionList: DocumentKind = "decisionList"
    /// A list or calendar of meetings (ModernGov "Browse meetings", CMIS list views): each meeting it lists
    /// with a full date is a record of its own.
    public static let meetingList: DocumentKind = "meetingList"
    /// A committee or cabinet report.
    public static let report: DocumentKind = "report"
    /// Notes of an informal session (e.g. a member development session).
    public static let notes: DocumentKind = "notes"
    /// An evidence document carried as a file (PDF, Word, spreadsheet...).
    public static let file: DocumentKind = "file"
    /// A committee's own page (ModernGov "Committee details", "Browse meetings"): its remit, no meeting of its own.
    public static let committee: DocumentKind = "committee"
    /// A transcript of a meeting's recording.
    public static let transcript: DocumentKind = "transcript"
    /// A web page with no recognised layout.
    public static let page: DocumentKind = "page"
}

/// A link from a document to another document: an agenda pack, a report PDF, a decision page.
public struct DocumentLink: Hashable, Sendable, Codable {
    /// The link text, cleaned of file-size and icon text.
    public var title: String
    /// The target as written, or resolved against the page address when one was known.
    public var href: String?
    /// File format as stated, e.g. `PDF`.
    public var format: String?
    /// Size as stated, e.g. `268 KB`.
    public var sizeText: String?
    /// Size in bytes, when stated (`268 KB` = 268 × 1024).
    public var sizeBytes: Int?
    /// The agenda item number the link belongs to, when known.
    public var itemNumber: String?
    /// 1-based source line, when known.
    public var line: Int?
    /// The linked document's publication date, when the source states it (ModernGov web service).
    public var date: CalendarDate?
    /// Whether the source marks the linked document restricted (exempt from publication); nil when
    /// it does not say. A restricted document is listed but never fetched.
    public var restricted: Bool?

    public init(title: String, href: String? = nil, format: String? = nil, sizeText: String? = nil,
                sizeBytes: Int? = nil, itemNumber: String? = nil, line: Int? = nil,
                date: CalendarDate? = nil, restricted: Bool? = nil) {
        self.date = date
        self.restricted = restricted
        self.title = title
        self.href = href
        self.format = format
        self.sizeText = sizeText
        self.sizeBytes = sizeBytes
        self.itemNumber = itemNumber
        self.line = line
    }
}

/// A number stated in prose, with what it counts and the sentence it came from:
/// "513 Children Looked After", "96% of assessments ... within 45 working days", "£4.2m".
public struct Fact: Hashable, Sendable, Codable {
    /// What sort of number.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case count, percent, money, duration, rate
    }

    /// What sort of number.
    public var kind: Kind
    /// The value: a count, a percentage (96 for 96%), an amount in pounds (4200000 for £4.2m),
    /// a duration in `unit`s, a rate per `unit`.
    public var value: Double
    /// The unit: `GBP`, `hours`, `days`, `working days`, `weeks`, `months`, `per 10,000`.
    public var unit: String?
    /// What it counts or measures, in the source's words ("Children Looked After").
    public var subject: String
    /// The number as written ("£4.2m", "96%").
    public var text: String
    /// The whole sentence it came from.
    public var sentence: String
    /// 1-based source line, when known.
    public var line: Int?

    public init(kind: Kind, value: Double, unit: String? = nil, subject: String, text: String, sentence: String, line: Int? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.subject = subject
        self.text = text
        self.sentence = sentence
        self.line = line
    }
}

/// One item of a meeting's agenda: its number, title, description, minutes and decisions.
public struct AgendaItem: Hashable, Sendable, Codable {
    /// The number as printed, without its trailing dot (`19`, `187`, `38`); nil when the site prints none.
    public var number: String?
    /// The item's title.
    public var title: String
    /// The description (often the report's summary).
    public var description: [Block]
    /// The minutes of the discussion.
    public var minutes: [Block]
    /// Decisions and resolutions (also present inside `minutes` where they were minuted inline).
    public var decisions: [Block]
    /// Reports and additional documents.
    public var links: [DocumentLink]
    /// 1-based source line of the item's heading, when known.
    public var line: Int?

    public init(number: String? = nil, title: String, description: [Block] = [], minutes: [Block] = [],
                decisions: [Block] = [], links: [DocumentLink] = [], line: Int? = nil) {
        self.number = number
        self.title = title
        self.description = description
        self.minutes = minutes
        self.decisions = decisions
        self.links = links
        self.line = line
    }
}

/// A document record: minutes, an agenda item, a decision, a report, an evidence file.
///
/// The same fields mean the same thing whichever importer produced them, so one pack rule matches
/// minutes whether they arrived as text, as HTML or as a file.
public struct Document: Hashable, Sendable, Codable {
    /// What sort of document.
    public var kind: DocumentKind
    /// The document's own title (the agenda item's or report's title, the page's subtitle).
    public var title: String?
    /// The committee, board or panel (e.g. "Corporate Parenting Board").
    public var committee: String?
    /// The meeting's date.
    public var meetingDate: CalendarDate?
    /// The document's own date when it is not a meeting (report date, publication, file metadata).
    public var date: CalendarDate?
    /// Where `date` came from: `metadata`, `content`, `file name`, `modified time`.
    public var dateBasis: String?
    /// The meeting's venue.
    public var venue: String?
    /// Members and officers present, as listed.
    public var attendance: [String]
    /// Apologies for absence, as listed.
    public var apologies: [String]
    /// The agenda item number when the document is one item (`38`).
    public var itemNumber: String?
    /// Author, where given.
    public var author: String?
    /// Other labelled fields, keyed by their label in camel case: `decisionMaker`, `decisionStatus`,
    /// `isKeyDecision`, `publicationDate`, `pageCount`, `textExtraction` ...
    public var properties: [String: String]
    /// The agenda items of a meeting (or the single item of an agenda-item page).
    public var items: [AgendaItem]
    /// Body content not inside an agenda item.
    public var blocks: [Block]
    /// Supporting documents and other links.
    public var links: [DocumentLink]
    /// Numbers stated in the prose.
    public var facts: [Fact]

    /// The property that marks a meeting known only from a list of meetings (value: the list's kind,
    /// `meetingList`): it says the meeting is on the calendar, not what it decided, so it is never minutes.
    public static let listedInProperty = "listedIn"

    /// A meeting as a list of meetings names it: its day, its committee, the status the row states.
    public static func listedMeeting(committee: String?, meetingDate: CalendarDate, status: String?, venue: String? = nil,
                                     links: [DocumentLink] = []) -> Document {
        var properties = [listedInProperty: DocumentKind.meetingList.rawValue]
        if let status { properties["status"] = status }
        return Document(kind: .meeting, committee: committee, meetingDate: meetingDate, venue: venue, properties: properties, links: links)
    }

    public init(kind: DocumentKind, title: String? = nil, committee: String? = nil, meetingDate: CalendarDate? = nil,
                date: CalendarDate? = nil, dateBasis: String? = nil, venue: String? = nil, attendance: [String] = [],
                apologies: [String] = [], itemNumber: String? = nil, author: String? = nil,
                properties: [String: String] = [:], items: [AgendaItem] = [], blocks: [Block] = [],
                links: [DocumentLink] = [], facts: [Fact] = []) {
        self.kind = kind
        self.title = title
        self.committee = committee
        self.meetingDate = meetingDate
        self.date = date
        self.dateBasis = dateBasis
        self.venue = venue
        self.attendance = attendance
        self.apologies = apologies
        self.itemNumber = itemNumber
        self.author = author
        self.properties = properties
        self.items = items
        self.blocks = blocks
        self.links = links
        self.facts = facts
    }

    /// The date that dates this document for freshness: the meeting date, else its own date.
    public var effectiveDate: CalendarDate? { meetingDate ?? date }

    /// All body text (blocks, items), for text matching.
    public var plainText: String {
        var parts = blocks.map(\.plainText)
        for item in items {
            parts.append(item.title)
            parts.append(contentsOf: (item.description + item.minutes + item.decisions).map(\.plainText))
        }
        return parts.joined(separator: "\n")
    }
}
