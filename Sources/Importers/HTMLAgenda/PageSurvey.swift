import CouncilText
import EvidenceModel
import LibXML

/// One walk over the page that notes the anchors the readers need: ModernGov's `div#modgov` and
/// `mg*` elements, CMIS's DotNetNuke classes, and the `<body>`. The site template around them is
/// ignored, whatever it is.
struct PageSurvey {
    var body: XMLNode?
    /// `div#modgov`, the container every ModernGov page has.
    var modernGovRoot: XMLNode?
    /// The first `h1.mgMainTitleTxt` (page type: "Agenda item", "Decision details"...).
    var mainTitle: XMLNode?
    /// The first `h2.mgSubTitleTxt` (the object's title).
    var subTitle: XMLNode?
    /// `div.mgContent`.
    var content: XMLNode?
    /// `div.mgLinks` (related links: the meeting an item belongs to, its issue history).
    var linksBox: XMLNode?
    /// `table.mgTabTable` lists (decisions, meetings).
    var tabTables: [XMLNode] = []
    /// Rows of a meeting's item table (`tr` holding `td.mgItemNumberCell` or `.mgAiTitleTxt`).
    var itemRowCount = 0
    /// How many elements carry an `mg*` class.
    var modernGovClassCount = 0
    /// The CMIS module container (`.ModCMISMeetingsC`) or, failing that, a CMIS document list.
    var cmisRoot: XMLNode?
    /// CMIS `div.holder` label/value pairs, Telerik grid rows, document list items.
    var cmisHolders: [XMLNode] = []
    var cmisGridRows: [XMLNode] = []
    var cmisDocumentItems: [XMLNode] = []

    init(document: HTMLDocument) {
        guard let root = document.root else { return }
        root.walk { node in
            guard node.isElement else { return false }
            if HTMLText.isSkipped(node) { return false }
            if body == nil, node.isElement("body") { body = node }
            if modernGovRoot == nil, node.attribute("id", is: "modgov") { modernGovRoot = node }
            // Every element's classes are read: as bytes in place, Strings only for non-ASCII values.
            let read = node.forEachASCIIClassName { name in note(node, className: name) }
            if read == false, let classes = node.attribute("class") { note(node, classes: classes) }
            return true
        }
    }

    /// `note(_:classes:)` for one ASCII class name.
    private mutating func note(_ node: XMLNode, className name: UnsafeBufferPointer<UInt8>) {
        func isName(_ wanted: StaticString) -> Bool {
            name.count == wanted.utf8CodeUnitCount
                && name.elementsEqual(UnsafeBufferPointer(start: wanted.utf8Start, count: wanted.utf8CodeUnitCount))
        }
        if name.count >= 2, name[0] == UInt8(ascii: "m"), name[1] == UInt8(ascii: "g") {
            modernGovClassCount += 1
            if mainTitle == nil, isName("mgMainTitleTxt") {
                mainTitle = node
            } else if subTitle == nil, isName("mgSubTitleTxt") {
                if node.headingLevel != nil { subTitle = node }
            } else if content == nil, isName("mgContent") {
                content = node
            } else if linksBox == nil, isName("mgLinks") {
                linksBox = node
            } else if isName("mgTabTable") {
                tabTables.append(node)
            } else if isName("mgItemNumberCell") {
                itemRowCount += 1
            }
        } else if cmisRoot == nil, isName("ModCMISMeetingsC") {
            cmisRoot = node
        } else if isName("holder") {
            cmisHolders.append(node)
        } else if isName("rgRow") || isName("rgAltRow") {
            cmisGridRows.append(node)
        } else if isName("DocumentListItem") {
            cmisDocumentItems.append(node)
        }
    }

    private mutating func note(_ node: XMLNode, classes: String) {
        for name in classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            if name.hasPrefix("mg") {
                modernGovClassCount += 1
                switch name {
                case "mgMainTitleTxt" where mainTitle == nil: mainTitle = node
                case "mgSubTitleTxt" where subTitle == nil && node.headingLevel != nil: subTitle = node
                case "mgContent" where content == nil: content = node
                case "mgLinks" where linksBox == nil: linksBox = node
                case "mgTabTable": tabTables.append(node)
                case "mgItemNumberCell": itemRowCount += 1
                default: break
                }
            } else {
                switch name {
                case "ModCMISMeetingsC" where cmisRoot == nil: cmisRoot = node
                case "holder": cmisHolders.append(node)
                case "rgRow", "rgAltRow": cmisGridRows.append(node)
                case "DocumentListItem": cmisDocumentItems.append(node)
                default: break
                }
            }
        }
    }

    /// Whether the page is ModernGov output.
    var isModernGov: Bool { modernGovRoot != nil || modernGovClassCount >= 2 || !tabTables.isEmpty }

    /// Whether the page is CMIS output.
    var isCMIS: Bool { cmisRoot != nil || !cmisHolders.isEmpty || !cmisGridRows.isEmpty || !cmisDocumentItems.isEmpty }

    /// The page type ModernGov prints in its `h1`, lower case.
    var pageType: String? {
        mainTitle.map { HTMLText.inlineText(of: $0).lowercased() }
    }
}

/// The ModernGov page kinds this importer reads, by the page-type heading, the page's address, or
/// failing both, its structure.
enum ModernGovLayout {
    static func kind(survey: PageSurvey, address: String?, root: XMLNode) -> DocumentKind? {
        if let type = survey.pageType, let kind = kind(pageType: type) { return kind }
        if let address, let kind = kind(address: address) { return kind }
        return kind(structure: survey, root: root)
    }

    /// From the `h1.mgMainTitleTxt` text.
    static func kind(pageType: String) -> DocumentKind? {
        let type = HTMLText.labelName(pageType).lowercased()
        if type.hasPrefix("agenda item") { return .agendaItem }
        if type.hasPrefix("decision details") || type == "decision" || type.hasPrefix("officer decision") { return .decision }
        if type.hasPrefix("issue") { return .issueHistory }
        // ("Meeting": a meeting's page with no agenda or minutes published, a cancelled one's.)
        if type.contains("agenda") || type.contains("minutes") || type == "meeting details" || type == "meeting" { return .meeting }
        if type.contains("decisions") || type.contains("forward plan") { return .decisionList }
        if committeePageTypes.contains(where: { type.hasPrefix($0) }) { return .committee }
        return nil
    }

    /// A committee's own pages: its details (remit, membership) and its list of meetings.
    static let committeePageTypes = ["committee details", "committee information", "browse meetings"]

    /// From the ModernGov script name in the page address.
    static func kind(address: String) -> DocumentKind? {
        let lower = address.lowercased()
        if lower.contains("mgai.aspx") { return .agendaItem }
        if lower.contains("ielistdocuments.aspx") { return .meeting }
        if lower.contains("ieissuedetails.aspx") || lower.contains("mgissuehistory") { return .issueHistory }
        if lower.contains("iedecisiondetails.aspx") { return .decision }
        if lower.contains("mgdelegateddecisions.aspx") || lower.contains("ecsddisplay") || lower.contains("mgdecisions") { return .decisionList }
        if lower.contains("ielistmeetings.aspx") || lower.contains("mgcommitteedetails.aspx") { return .committee }
        return nil
    }

    /// From what the page holds, when it has no recognisable title.
    static func kind(structure survey: PageSurvey, root: XMLNode) -> DocumentKind? {
        if survey.itemRowCount > 0 { return .meeting }
        var labels: Set<String> = []
        var meetingRows = 0
        var decisionLinks = 0
        var itemTitles = 0
        root.walk { node in
            guard node.isElement, !HTMLText.isSkipped(node) else { return false }
            if node.isElement("span"), node.hasClass("mgLabel") {
                labels.insert(HTMLText.propertyKey(HTMLText.inlineText(of: node)))
                return false
            }
            if node.hasClass("mgAiTitleTxt") { itemTitles += 1 }
            if node.isElement("a"), let href = node.attribute("href")?.lowercased(),
               href.contains("iedecisiondetails") || href.contains("mgissuehistoryhome") { decisionLinks += 1 }
            if node.isElement("p") || node.headingLevel != nil {
                // "<p><span class="mgLabel">Decision status: </span>…</p>": the labels sit inside paragraphs.
                for label in node.descendants(where: { $0.isElement("span") && $0.hasClass("mgLabel") }) {
                    labels.insert(HTMLText.propertyKey(HTMLText.inlineText(of: label)))
                }
                let text = HTMLText.inlineText(of: node)
                if LineClassifier.mayStart(text, with: "m"), text.lowercased().hasPrefix("meeting:"), MeetingReference.parse(text)?.date != nil { meetingRows += 1 }
                return false
            }
            return true
        }
        if meetingRows > 0 { return .issueHistory }
        if !labels.isDisjoint(with: ["decisionMaker", "decisionStatus", "decidedAtMeeting", "dateOfDecision"]) { return .decision }
        if !survey.tabTables.isEmpty || decisionLinks >= 3 { return .decisionList }
        if itemTitles > 1 { return .meeting }
        return nil
    }
}
