import EvidenceModel
import EvidencePackCore
import Foundation

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

/// A meeting named on an issue page ("Meeting: 23/01/2020 - Panel (Item 25)") or agenda item page.
struct MeetingReference {
    var date: CalendarDate?
    var committee: String?
    var itemNumber: String?
}

/// Reads ModernGov, AKS and plain-CMS minutes text (everything but reports) line by line: header
/// fields, agenda items and their description, minutes, decisions and documents. Linear in the lines.
struct MinutesReader {
    let lines: [SourceLine]
    let layout: PageLayout

    private var document: Document
    private var items: [ItemDraft] = []
    private var bodySegments: [Segment] = []
    private var bodyLinks: [DocumentLink] = []
    private var destination: Destination = .body
    private var inPreamble = true
    private var lastItemValue: Int?
    private var lastItemSuffix = ""
    private var collecting: LabelRole?
    private var collectedNames = false
    private var expectingIssueTitle = false
    private var issueMeetings: [MeetingReference] = []
    private var sawAnyMinutesLabel = false
    private var previousWasDateOrTime = false
    private var unnumberedItems = false
    /// Whether the last non-blank line ended a sentence or was structural (a label, link, header).
    private var previousClosed = true
    /// What could not be read, with its line.
    private(set) var issues: [ReadingIssue] = []

    init(lines: [SourceLine], layout: PageLayout) {
        self.lines = lines
        self.layout = layout
        document = Document(kind: layout.kind, title: layout.title, committee: layout.committee,
                            meetingDate: layout.meetingDate, venue: layout.venue)
    }

    mutating func read() -> Document {
        if layout.kind == .agendaItem {
            items.append(ItemDraft(number: nil, title: layout.title ?? "", line: lines.indices.contains(layout.bodyStart) ? lines[layout.bodyStart].number : 1,
                                   links: layout.titleLinks))
            destination = .description
        } else {
            bodyLinks = layout.titleLinks
        }
        unnumberedItems = layout.kind == .meeting && layout.system == .modernGov && !hasNumberedItems()
        var index = layout.bodyStart
        while index < lines.count {
            index = step(at: index)
        }
        return finish()
    }

    // MARK: The line loop

    /// Reads the line at `index` and returns the next index to read.
    private mutating func step(at index: Int) -> Int {
        let line = lines[index]
        if line.isBlank {
            if collecting != nil, collectedNames { collecting = nil }
            appendToCurrent(line)
            return index + 1
        }
        let text = line.text

        if expectingIssueTitle {
            expectingIssueTitle = false
            if Labels.parse(text) == nil {
                setIssueItemTitle(text, line: line.number)
                return index + 1
            }
        }
        if let label = Labels.parse(text), !(label.value.isEmpty && !text.contains(":") && unnumberedItems && isUnnumberedTitle(at: index)) {
            collecting = nil
            handle(label, line: line)
            previousClosed = true
            return index + 1
        }
        if let role = collecting {
            collectNames(text, role: role)
            return index + 1
        }
        if text.utf8.count <= 32, ["items", "no. item", "no item", "item number item/resolution", "item number item / resolution"].contains(text.lowercased()) {
            previousClosed = true
            return index + 1
        }
        if inPreamble, let meeting = Self.meetingOf(text) {
            adopt(meeting, asItem: true)
            previousClosed = true
            return index + 1
        }
        if LinkLine.isRelatedLink(text) {
            var title = Substring(text)
            if title.hasPrefix("- ") { title = title.dropFirst(2) }
            addLink(DocumentLink(title: String(title), itemNumber: LinkLine.itemNumber(inTitle: String(title).replacingOccurrences(of: " item ", with: ", item ")),
                                 line: line.number))
            previousClosed = true
            return index + 1
        }
        if layout.kind == .meeting, let next = startItemIfHeader(at: index) {
            previousClosed = true
            return next
        }
        if destination == .documents {
            if let next = readDocumentLine(at: index) {
                previousClosed = true
                return next
            }
            destination = items.isEmpty ? .body : .minutes
        }
        if let size = LinkLine.sizeOnly(text), attachSize(size) {
            previousClosed = true
            return index + 1
        }
        if let links = LinkLine.parse(text, line: line.number) {
            links.forEach { addLink($0) }
            previousClosed = true
            return index + 1
        }
        if inPreamble, items.isEmpty, readHeaderLine(line) {
            previousClosed = true
            return index + 1
        }
        previousWasDateOrTime = false
        appendToCurrent(line)
        previousClosed = LinePatterns.endsWithTerminalPunctuation(Substring(text))
        return index + 1
    }

    /// Meeting-page header lines before the first item: the date, the time, the venue, a repeated title.
    private mutating func readHeaderLine(_ line: SourceLine) -> Bool {
        guard layout.kind == .meeting || layout.kind == .notes else { return false }
        let text = line.text
        if let title = layout.title, text.lowercased() == title.lowercased() { return true }
        if document.meetingDate == nil, text.count <= 80, let date = DateText.parse(text) {
            document.meetingDate = date
            previousWasDateOrTime = true
            return true
        }
        if LinePatterns.isTimeOnly(text) {
            if document.properties["time"] == nil { document.properties["time"] = text }
            previousWasDateOrTime = true
            return true
        }
        if previousWasDateOrTime, document.venue == nil, Self.looksLikeVenue(text) {
            document.venue = LinePatterns.trimTrailingPunctuation(text)
            previousWasDateOrTime = false
            return true
        }
        return false
    }

    /// The venue without ModernGov's "View directions" link text.
    static func cleanVenue(_ value: String) -> String {
        var venue = Substring(value).trimmingSpaces()
        for suffix in ["View directions", "view directions", "View Directions"] where venue.hasSuffix(suffix) {
            venue = venue.dropLast(suffix.count)
        }
        return LinePatterns.trimTrailingPunctuation(venue)
    }

    static let venueWords = ["room", "hall", "chamber", "centre", "center", "house", "offices", "building", "library", "online",
                             "virtual", "microsoft teams", "zoom", "civic", "suite", "town hall", "county hall"]

    static func looksLikeVenue(_ text: String) -> Bool {
        guard text.count <= 150, !text.contains(":") else { return false }
        let lower = text.lowercased()
        return venueWords.contains { lower.contains($0) }
    }

    // MARK: Labels

    private mutating func handle(_ label: LabelledLine, line: SourceLine) {
        let valueLine = SourceLine(number: line.number, text: label.value, isBold: false)
        switch label.role {
        case .minutes:
            inPreamble = false
            destination = .minutes
            startSegment(.minutes)
            sawAnyMinutesLabel = true
            if !items.isEmpty { items[items.count - 1].sawMinutesLabel = true }
            if !label.value.isEmpty { appendToCurrent(valueLine) }
        case .decision:
            inPreamble = false
            destination = .decision
            startSegment(.decision, wrapsDecision: true)
            if !label.value.isEmpty { appendToCurrent(valueLine) }
        case .decisionDetail:
            inPreamble = false
            destination = .decision
            startSegment(.decision, heading: label.label, headingLine: line.number)
            if !label.value.isEmpty { appendToCurrent(valueLine) }
        case .documents:
            inPreamble = false
            destination = .documents
            if !label.value.isEmpty, let links = LinkLine.parse(label.value, line: line.number) { links.forEach { addLink($0) } }
        case .description:
            destination = items.isEmpty ? .body : .description
            startSegment(destination, heading: label.label, headingLine: line.number)
            if !label.value.isEmpty { appendToCurrent(valueLine) }
        case .heading:
            if destination == .documents { destination = items.isEmpty ? .body : .minutes }
            startSegment(destination, heading: label.label, headingLine: line.number)
            if !label.value.isEmpty { appendToCurrent(valueLine) }
        case .venue:
            if document.venue == nil, !label.value.isEmpty { document.venue = Self.cleanVenue(label.value) }
        case .attendance, .apologies:
            collecting = label.role
            collectedNames = false
            if !label.value.isEmpty { collectNames(label.value, role: label.role) }
        case .meetingLine:
            let meeting = Self.meetingReference(label.value)
            if meeting.date == nil { reportUnreadableDate(label, line: line.number) }
            if layout.kind == .issueHistory {
                startIssueItem(meeting, line: line.number)
            } else {
                adopt(meeting, asItem: true)
            }
        case .decidedAtMeeting:
            let meeting = Self.meetingReference(label.value)
            if meeting.date == nil { reportUnreadableDate(label, line: line.number) }
            if let date = meeting.date { document.meetingDate = date }
            if let committee = meeting.committee { document.committee = committee }
            document.properties["decidedAtMeeting"] = label.value
        case .documentDate:
            if let date = DateText.firstDate(in: label.value) {
                document.date = date
                document.dateBasis = "content"
            } else {
                reportUnreadableDate(label, line: line.number)
            }
            setProperty(label)
        case .meetingDate:
            let date = DateText.firstDate(in: label.value)
            if date == nil { reportUnreadableDate(label, line: line.number) }
            if document.meetingDate == nil { document.meetingDate = date }
        case .committee:
            if document.committee == nil, !label.value.isEmpty { document.committee = LinePatterns.trimTrailingPunctuation(label.value) }
        case .property:
            setProperty(label)
            if Labels.camelCase(label.label) == "decisionMaker", document.committee == nil, !label.value.isEmpty {
                document.committee = LinePatterns.trimTrailingPunctuation(label.value)
            }
        }
    }

    /// A label that should carry a date but holds none in a form we read (e.g. no year).
    private mutating func reportUnreadableDate(_ label: LabelledLine, line: Int) {
        issues.append(ReadingIssue(severity: .warning, code: "minutes.unreadable-date",
            message: "\"\(label.label):\" holds no date in a known format (dd/mm/yyyy or day month year)", line: line))
    }

    /// Stores a labelled field; dates are stored as ISO 8601 when the whole value is one date.
    private mutating func setProperty(_ label: LabelledLine) {
        guard !label.value.isEmpty else { return }
        let key = Labels.camelCase(label.label)
        if let date = DateText.parse(label.value), key.lowercased().contains("date") || key == "effectiveFrom" || key.hasSuffix("Deadline") {
            document.properties[key] = date.iso8601
        } else {
            document.properties[key] = label.value
        }
    }

    private mutating func collectNames(_ text: String, role: LabelRole) {
        // "Apologies were received from Councillors A and B." names people after "from".
        let sentenceNames = text.contains(" from ") ? NameList.namesAfterFrom(in: text) : nil
        let names = sentenceNames ?? NameList.names(in: text)
        if role == .attendance { document.attendance.append(contentsOf: names) } else { document.apologies.append(contentsOf: names) }
        collectedNames = true
    }

    // MARK: Meetings named in the text

    /// "23/01/2020 - Children and Families Scrutiny Panel (Item 25)" or "Cabinet - 19/10/2015".
    static func meetingReference(_ value: String) -> MeetingReference {
        var reference = MeetingReference()
        var text = Substring(value)
        if let open = text.range(of: "(Item ", options: [.caseInsensitive, .backwards]) {
            reference.itemNumber = itemNumber(text[open.upperBound...])
            text = text[..<open.lowerBound]
        }
        guard let match = DateText.allDates(in: String(text)).first else {
            let committee = LinePatterns.trimTrailingPunctuation(text)
            reference.committee = committee.isEmpty ? nil : committee
            return reference
        }
        let string = String(text)
        reference.date = match.date
        var after = Substring(string[match.range.upperBound...])
        // A clock time after the date ("19/10/2015 2.00 pm - Cabinet").
        after = after.trimmingSpaces()
        if let first = after.first, first.isNumber { after = after.drop { $0 != "-" && $0 != "–" } }
        var committee = LinePatterns.trimTrailingPunctuation(after)
        if committee.isEmpty { committee = LinePatterns.trimTrailingPunctuation(string[..<match.range.lowerBound]) }
        reference.committee = committee.isEmpty ? nil : committee
        return reference
    }

    /// "38.)" → "38"; "6a)" → "6a".
    static func itemNumber(_ text: Substring) -> String? {
        let number = text.prefix { $0.isNumber || $0 == "." || ($0.isLetter && $0.isLowercase) }
        var trimmed = number
        while trimmed.last == "." { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// "- Meeting of Children, Young People & Skills Committee, Monday, 13th November, 2017 4.00pm (Item 38.)".
    static func meetingOf(_ text: String) -> MeetingReference? {
        var body = Substring(text)
        if body.hasPrefix("- ") || body.hasPrefix("• ") { body = body.dropFirst(2) }
        guard body.lowercased().hasPrefix("meeting of ") else { return nil }
        body = body.dropFirst("meeting of ".count)
        var reference = MeetingReference()
        if let open = body.range(of: "(Item ", options: [.caseInsensitive, .backwards]) {
            reference.itemNumber = itemNumber(body[open.upperBound...])
            body = body[..<open.lowerBound]
        }
        let string = String(body)
        guard let match = DateText.allDates(in: string).first else { return nil }
        reference.date = match.date
        let committee = LinePatterns.trimTrailingPunctuation(string[..<match.range.lowerBound])
        reference.committee = committee.isEmpty ? nil : committee
        return reference
    }

    /// Takes the meeting's date, committee and item number for the page when it has none yet.
    private mutating func adopt(_ meeting: MeetingReference, asItem: Bool) {
        if document.meetingDate == nil { document.meetingDate = meeting.date }
        if document.committee == nil { document.committee = meeting.committee }
        if asItem, document.itemNumber == nil, layout.kind == .agendaItem || layout.kind == .decision {
            document.itemNumber = meeting.itemNumber
        }
    }

    private mutating func startIssueItem(_ meeting: MeetingReference, line: Int) {
        issueMeetings.append(meeting)
        items.append(ItemDraft(number: meeting.itemNumber, title: "", line: line))
        destination = .description
        inPreamble = false
        expectingIssueTitle = true
    }

    /// "25 Statement from the Chair pdf icon PDF 107 KB" → the title, and the link.
    private mutating func setIssueItemTitle(_ text: String, line: Int) {
        var title = text
        if let links = LinkLine.parse(text, line: line), let first = links.first {
            title = first.title
            links.forEach { addLink($0) }
            // The title link's title is the item title, not "25 Title".
        }
        if let lead = LinePatterns.leadingNumber(title, requireDot: false), !lead.rest.isEmpty,
           items.last?.number == nil || items.last?.number == lead.number {
            if items.last?.number == nil { items[items.count - 1].number = lead.number }
            title = lead.rest
        }
        items[items.count - 1].title = title
        if !items[items.count - 1].links.isEmpty {
            for i in items[items.count - 1].links.indices where items[items.count - 1].links[i].line == line {
                items[items.count - 1].links[i].title = title
            }
        }
    }

    // MARK: Items of a meeting page

    /// Whether any line looks like a numbered item header ("19." then a title, "63. Title", "187  TITLE – text").
    private func hasNumberedItems() -> Bool {
        var probe = self
        probe.lastItemValue = nil
        var index = layout.bodyStart
        while index < lines.count {
            if !lines[index].isBlank, probe.itemHeader(at: index) != nil { return true }
            index += 1
        }
        return false
    }

    /// An item header at a line: its number, title, where the title came from, and any minutes text after it.
    private func itemHeader(at index: Int) -> (number: String?, title: String, next: Int, rest: String?, titleLine: Int)? {
        let text = lines[index].text
        guard let lead = LinePatterns.leadingNumber(text, requireDot: false) else { return nil }
        guard isNextItemNumber(lead.number, value: lead.value) else { return nil }
        if lead.rest.isEmpty {
            guard let titleIndex = PageLayout.nextNonBlank(lines, after: index) else { return nil }
            let title = lines[titleIndex].text
            // A bare heading such as "Apologies for Absence" can be an item's title; "Minutes:" cannot.
            guard Labels.parse(title) == nil || !title.contains(":"), LinePatterns.leadingNumber(title, requireDot: false) == nil,
                  title.first?.isLetter == true || title.first == "“" || title.first == "\"" else { return nil }
            return (lead.number, title, titleIndex + 1, nil, lines[titleIndex].number)
        }
        // Plain CMS: "187  CHILDREN'S SERVICES PERFORMANCE – The Director submitted a report".
        for dash in [" – ", " - ", " — "] {
            if let range = lead.rest.range(of: dash) {
                let head = lead.rest[..<range.lowerBound]
                if LinePatterns.isUpperCase(head) {
                    let rest = String(lead.rest[range.upperBound...]).trimmingCharacters(in: .whitespaces)
                    return (lead.number, String(head), index + 1, rest.isEmpty ? nil : rest, lines[index].number)
                }
            }
        }
        guard LinePatterns.isTitleLike(lead.rest), LinePatterns.resolutionMarker(lead.rest) == nil,
              LinePatterns.wordCount(lead.rest) <= 25 else { return nil }
        return (lead.number, lead.rest, index + 1, nil, lines[index].number)
    }

    private func isNextItemNumber(_ number: String, value: Int) -> Bool {
        let suffix = String(number.drop { $0.isNumber })
        guard let last = lastItemValue else { return value < 2000 }
        if value == last { return suffix > lastItemSuffix }
        return value > last && value - last <= 40
    }

    /// Starts an item when the line is a header; returns the index after it.
    private mutating func startItemIfHeader(at index: Int) -> Int? {
        if let header = itemHeader(at: index) {
            let suffix = String((header.number ?? "").drop { $0.isNumber })
            lastItemValue = Int((header.number ?? "").prefix { $0.isNumber })
            lastItemSuffix = suffix
            startItem(number: header.number, title: header.title, line: header.titleLine)
            if let rest = header.rest {
                destination = .minutes
                appendToCurrent(SourceLine(number: header.titleLine, text: rest, isBold: false))
            }
            return header.next
        }
        if unnumberedItems, isUnnumberedTitle(at: index) {
            startItem(number: nil, title: lines[index].text, line: lines[index].number)
            return index + 1
        }
        return nil
    }

    /// Sites that print no numbers: a short title-like line, alone after a blank line, following a
    /// finished sentence or a structural line.
    private func isUnnumberedTitle(at index: Int) -> Bool {
        let line = lines[index]
        let text = line.text
        guard index == layout.bodyStart || lines[index - 1].isBlank, previousClosed, !line.isBold,
              LinePatterns.isTitleLike(text, maxLength: 120), LinePatterns.wordCount(text) <= 16,
              LinePatterns.bullet(text) == nil, LinePatterns.enumerator(text) == nil, LinePatterns.paragraphNumber(text) == nil,
              LinePatterns.resolutionMarker(text) == nil, DateText.parse(text) == nil,
              PageLayout.nextNonBlank(lines, after: index) != nil else { return false }
        if inPreamble, items.isEmpty, Self.looksLikeVenue(text) && previousWasDateOrTime { return false }
        return true
    }

    private mutating func startItem(number: String?, title: String, line: Int) {
        collecting = nil
        inPreamble = false
        var cleanTitle = title
        var links: [DocumentLink] = []
        if let parsed = LinkLine.parse(title, line: line), let first = parsed.first {
            cleanTitle = first.title
            links = parsed
        }
        items.append(ItemDraft(number: number, title: cleanTitle, line: line, links: links))
        destination = .description
    }

    // MARK: Documents

    /// A line under "Supporting documents:": a link with a size, a bulleted title, or a title whose
    /// size is on the next line. Returns nil when the line is not a document (the list has ended).
    private mutating func readDocumentLine(at index: Int) -> Int? {
        let line = lines[index]
        if let links = LinkLine.parse(line.text, line: line.number) {
            links.forEach { addLink($0) }
            return index + 1
        }
        if let size = LinkLine.sizeOnly(line.text), attachSize(size) { return index + 1 }
        if let next = PageLayout.nextNonBlank(lines, after: index), let size = LinkLine.sizeOnly(lines[next].text) {
            addLink(DocumentLink(title: LinePatterns.trimTrailingPunctuationKeepingDots(line.text), format: size.format,
                                 sizeText: "\(size.amount) \(size.unit)", sizeBytes: size.bytes,
                                 itemNumber: LinkLine.itemNumber(inTitle: line.text), line: line.number))
            return next + 1
        }
        if let bullet = LinePatterns.bullet(line.text), LinePatterns.wordCount(bullet.rest) <= 20 {
            addLink(DocumentLink(title: bullet.rest, itemNumber: LinkLine.itemNumber(inTitle: bullet.rest), line: line.number))
            return index + 1
        }
        return nil
    }

    /// Gives the last link without a size the size on this line.
    private mutating func attachSize(_ size: LinkLine.Size) -> Bool {
        func apply(_ link: inout DocumentLink) {
            link.format = size.format
            link.sizeText = "\(size.amount) \(size.unit)"
            link.sizeBytes = size.bytes
        }
        if !items.isEmpty, let last = items[items.count - 1].links.indices.last, items[items.count - 1].links[last].sizeText == nil {
            apply(&items[items.count - 1].links[last])
            return true
        }
        if items.isEmpty, let last = bodyLinks.indices.last, bodyLinks[last].sizeText == nil {
            apply(&bodyLinks[last])
            return true
        }
        return false
    }

    private mutating func addLink(_ link: DocumentLink) {
        if items.isEmpty { bodyLinks.append(link) } else { items[items.count - 1].links.append(link) }
    }

    // MARK: Segments

    private mutating func startSegment(_ destination: Destination, heading: String? = nil, headingLine: Int? = nil, wrapsDecision: Bool = false) {
        let segment = Segment(destination: destination, heading: heading, headingLine: headingLine, wrapsDecision: wrapsDecision)
        if items.isEmpty { bodySegments.append(segment) } else { items[items.count - 1].segments.append(segment) }
    }

    private mutating func appendToCurrent(_ line: SourceLine) {
        let target = destination == .documents ? (items.isEmpty ? Destination.body : .minutes) : destination
        if items.isEmpty {
            Self.append(line, to: &bodySegments, destination: target)
        } else {
            Self.append(line, to: &items[items.count - 1].segments, destination: target)
        }
    }

    private static func append(_ line: SourceLine, to segments: inout [Segment], destination: Destination) {
        if let last = segments.indices.last, segments[last].destination == destination {
            segments[last].lines.append(line)
        } else if !line.isBlank {
            segments.append(Segment(destination: destination, lines: [line]))
        }
    }

    // MARK: Finishing

    private mutating func finish() -> Document {
        document.blocks = Self.blocks(of: bodySegments, where: { _ in true })
        var allLinks = bodyLinks
        var agendaItems: [AgendaItem] = []
        for draft in items {
            // Issue pages gather meetings whose items may or may not print "Minutes:": decide per item there.
            let split = layout.kind == .issueHistory ? !draft.sawMinutesLabel : !sawAnyMinutesLabel
            agendaItems.append(makeItem(draft, splitUnlabelledMinutes: split))
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

    /// "Apologies for absence were received from Councillors A and B." in an apologies item or the preamble.
    private mutating func fillApologiesFromItems() {
        guard document.apologies.isEmpty else { return }
        var candidates: [Block] = document.blocks
        for item in document.items where item.title.lowercased().hasPrefix("apolog") {
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

    private func makeItem(_ draft: ItemDraft, splitUnlabelledMinutes: Bool) -> AgendaItem {
        var description = Self.blocks(of: draft.segments) { $0 == .description }
        var minutes = Self.blocks(of: draft.segments) { $0 == .minutes }
        let decided = Self.blocks(of: draft.segments) { $0 == .decision }
        if splitUnlabelledMinutes, minutes.isEmpty, !draft.sawMinutesLabel {
            // No "Minutes:" label on this site: the minutes follow the agenda description directly.
            let agendaPart = description.prefix { Self.isAgendaWording($0) }
            minutes = Array(description.dropFirst(agendaPart.count))
            description = Array(agendaPart)
        }
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
