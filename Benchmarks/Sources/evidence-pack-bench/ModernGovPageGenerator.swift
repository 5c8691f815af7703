import Foundation

/// Writes seeded ModernGov-like pages (meeting "Agenda and minutes" pages, agenda item pages, decision
/// pages and issue histories) wrapped in a council site template, with the quirks council-pages.md
/// lists: padded attributes, entity-encoded slashes and colons, `&nbsp;` paragraphs, Word-pasted
/// `p.MsoNormal` spans, unclosed `<p>`/`<li>`/`<td>` tags, and about a third of the pages in
/// Windows-1252 (curly quotes, en dashes, £) with a matching meta charset.
struct ModernGovPageGenerator {
    /// The kinds of page, with how often each occurs in a crawl of one council's democracy site.
    enum PageKind: CaseIterable {
        case meeting, agendaItem, decision, issueHistory
    }

    var referenceDay: Int
    var seed: UInt64

    /// Writes `count` pages under `folder/<committee>/`; returns their paths.
    func writeAll(count: Int, into folder: String) throws -> [String] {
        var paths: [String] = []
        paths.reserveCapacity(count)
        for index in 0..<count {
            var random = SeededRandom(seed: seed).fork(index)
            let committeeIndex = random.int(0...(Self.committees.count - 1))
            let committee = Self.committees[committeeIndex]
            let kind = Self.kind(for: &random)
            let subfolder = (folder as NSString).appendingPathComponent(Self.slug(committee))
            try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
            let name: String
            switch kind {
            case .meeting: name = "ieListDocuments-CId\(200 + committeeIndex)-MId\(4000 + index).html"
            case .agendaItem: name = "mgAi-ID\(30000 + index).html"
            case .decision: name = "ieDecisionDetails-ID\(8000 + index).html"
            case .issueHistory: name = "ieIssueDetails-IId\(12000 + index).html"
            }
            let path = (subfolder as NSString).appendingPathComponent(name)
            var sink = try ByteSink(path: path)
            sink.windows1252 = random.chance(0.35)
            writePage(kind: kind, committee: committee, index: index, random: &random, to: &sink)
            sink.close()
            paths.append(path)
        }
        return paths
    }

    private static func kind(for random: inout SeededRandom) -> PageKind {
        let roll = random.int(0...99)
        return roll < 22 ? .meeting : roll < 80 ? .agendaItem : roll < 92 ? .decision : .issueHistory
    }

    private func writePage(kind: PageKind, committee: String, index: Int, random: inout SeededRandom, to sink: inout ByteSink) {
        let meetingDay = referenceDay - random.int(0...900)
        let heading: String
        switch kind {
        case .meeting: heading = random.chance(0.8) ? "Agenda and minutes" : "Agenda"
        case .agendaItem: heading = "Agenda item"
        case .decision: heading = "Decision details"
        case .issueHistory: heading = "Issue - meetings"
        }
        let subtitle = kind == .meeting
            ? "\(committee) - \(DayArithmetic.long(meetingDay)) \(random.pick(["2.00 pm", "6.00 pm", "10.00 am", "5.30 pm"]))"
            : random.pick(Self.itemTitles)
        header(title: "\(heading) - \(subtitle)", windows1252: sink.windows1252, random: &random, to: &sink)
        sink.text("<div id=\"modgov\"><div class=\"mgHeader\"><h1  class=\"mgMainTitleTxt\" >\(heading)</h1></div>\n")
        sink.text("<div class=\"mgSubTitle\" ><h2  class=\"mgSubTitleTxt\" >\(escaped(subtitle))</h2></div>\n")
        sink.text("<div class=\"mgLinks\" ><ul  class=\"mgActionList\" >\n")
        sink.text("<li><a  href=\"ieListMeetings.aspx?CommitteeId=\(200 + index % 40)\" >Browse meetings</a>\n")
        sink.text("<li><a  href=\"mgIssueHistoryHome.aspx?IId=\(12000 + index % 900)\" >Issue history</a></li>\n</ul></div>\n")
        sink.text("<div class=\"mgContent\" >\n")
        switch kind {
        case .meeting: meetingBody(committee: committee, day: meetingDay, index: index, random: &random, to: &sink)
        case .agendaItem: agendaItemBody(committee: committee, day: meetingDay, index: index, random: &random, to: &sink)
        case .decision: decisionBody(committee: committee, day: meetingDay, index: index, random: &random, to: &sink)
        case .issueHistory: issueHistoryBody(committee: committee, day: meetingDay, random: &random, to: &sink)
        }
        sink.text("</div>\n<div class=\"mgFooter\" ><p>&nbsp;</p></div></div>\n")
        footer(random: &random, to: &sink)
    }

    // MARK: Site template

    private func header(title: String, windows1252: Bool, random: inout SeededRandom, to sink: inout ByteSink) {
        sink.text("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n")
        sink.text("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>\n")
        sink.text("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(windows1252 ? "windows-1252" : "utf-8")\" />\n")
        sink.text("<title>\(escaped(title)) | Exampleshire Council</title>\n")
        sink.text("<link rel=\"stylesheet\" type=\"text/css\" href=\"SiteSpecific/ssMgStyles.css\" />\n")
        sink.text("<script type=\"text/javascript\">if (window.mgJsEnabled && 1 < 2) { document.write('<div class=\"js\">'); }</script>\n")
        sink.text("</head>\n<body class=\"mgBody\">\n<div id=\"site-header\"><a class=\"skip\" href=\"#modgov\">Skip to content</a>\n")
        sink.text("<ul class=\"nav\"><li><a href=\"/\">Home</a><li><a href=\"/council\">Council &amp; democracy</a><li><a href=\"/children\">Children&#39;s services</a></ul>\n")
        sink.text("<div class=\"breadcrumb\">You are here: <a href=\"/\">Home</a> &gt; <a href=\"mgListCommittees.aspx\">Committees</a> &gt; Meeting</div></div>\n")
        if random.chance(0.4) {
            sink.text("<div class=\"cookie-banner\"><p>We use cookies &ndash; <a href=\"/cookies\">find out more</a><p>Accept</div>\n")
        }
    }

    private func footer(random: inout SeededRandom, to sink: inout ByteSink) {
        sink.text("<div id=\"site-footer\"><ul><li><a href=\"/accessibility\">Accessibility</a><li><a href=\"/privacy\">Privacy</a></ul>\n")
        sink.text("<p>&copy; Exampleshire Council \(2020 + random.int(0...6))</p></div>\n")
        if random.chance(0.5) { sink.text("</div>") }  // a stray close tag from the template
        sink.text("</body></html>\n")
    }

    // MARK: Page bodies

    private func meetingBody(committee: String, day: Int, index: Int, random: inout SeededRandom, to sink: inout ByteSink) {
        sink.text("<p><span  class=\"mgLabel\" >Venue: </span>\(random.pick(Self.venues))</p>\n")
        sink.text("<p><span  class=\"mgLabel\" >Contact: </span>Democratic Services&#44; 01234 567\(random.int(100...999))</p>\n")
        if random.chance(0.3) {
            sink.text("<p><span  class=\"mgLabel\" >Note&#58; </span>This meeting will be webcast live&#46;</p>\n")
        }
        sink.text("<p class=\"mgLabel\">Media</p>\n<ul  class=\"mgBulletList\" >\n")
        for document in ["Agenda frontsheet", "Printed minutes", "Agenda reports pack"] where random.chance(0.8) {
            sink.text("<li><a  href=\"documents/g\(4000 + index)/\(document) \(DayArithmetic.slashed(day).replacingOccurrences(of: "/", with: "-")) \(escaped(committee)).pdf\" >\(document) \(entityDate(day)) \(escaped(committee))<img  alt=\"pdf icon\" src=\"mgimages/pdf.png\" /><span  class=\"mgFileSize\" >PDF \(random.int(40...900)) KB</span></a></li>\n")
        }
        sink.text("</ul>\n<p class=\"mgLabel\">Items</p>\n")
        let itemTableClass = random.chance(0.5) ? "id=\"mgItemTable\"" : "class=\"mgItemTable\""
        sink.text("<table \(itemTableClass) summary=\"Items to be considered\"><tr><th>No.</th><th>Item</th></tr>\n")
        var number = random.int(1...180)
        let numbered = random.chance(0.85)
        for _ in 0..<random.int(6...14) {
            sink.text("<tr><td class=\"mgItemNumberCell\" >")
            if numbered { sink.text("<p class=\"mgAiTitleTxt\" >\(number).</p>") }
            sink.text("</td><td>\n")
            let title = random.pick(Self.itemTitles)
            if random.chance(0.6) {
                sink.text("<p class=\"mgAiTitleTxt\" ><a  class=\"mgAiTitleLnk\" href=\"documents/s\(7000 + random.int(0...9000))/\(escaped(title)).pdf\" >\(escaped(title))<img alt=\"pdf icon\" src=\"mgimages/pdf.png\"><span  class=\"mgFileSize\" >PDF \(random.int(50...2000)) KB</span></a>\n")
            } else {
                sink.text("<p class=\"mgAiTitleTxt\" >\(escaped(title))\n")
            }
            wordParagraphs(random.int(1...2), random: &random, to: &sink)
            if random.chance(0.5) { supportingDocuments(label: "Additional documents:", random: &random, to: &sink) }
            if heading(random: &random) { sink.text("<p class=\"mgSubItemTitleTxt\" >Minutes:</p>\n") }
            minutes(number: number, random: &random, to: &sink)
            sink.text("</td></tr>\n")
            number += 1
        }
        sink.text("</table>\n")
    }

    private func agendaItemBody(committee: String, day: Int, index: Int, random: inout SeededRandom, to sink: inout ByteSink) {
        sink.text("<p class=\"mgBreadcrumb\"><a href=\"ieListDocuments.aspx?CId=\(200 + index % 40)&amp;\(random.pick(["MId", "MID", "MeetingId"]))=\(4000 + index % 700)\">Meeting of \(escaped(committee)), \(DayArithmetic.long(day)) \(random.pick(["2.00 pm", "6.00 pm", "10.00 am"])) (Item \(random.int(1...99)).)</a></p>\n")
        wordParagraphs(random.int(1...3), random: &random, to: &sink)
        if heading(random: &random) { sink.text("<p class=\"mgSubItemTitleTxt\" >Minutes:</p>\n") }
        minutes(number: random.int(1...200), random: &random, to: &sink)
        if random.chance(0.2) {
            sink.text("<p class=\"mgSubItemTitleTxt\" >Reason for Decision:</p>\n")
            wordParagraphs(1, random: &random, to: &sink)
        }
        supportingDocuments(label: "Supporting documents:", random: &random, to: &sink)
    }

    private func decisionBody(committee: String, day: Int, index: Int, random: inout SeededRandom, to sink: inout ByteSink) {
        let labels: [(String, String)] = [
            ("Decision Maker", escaped(random.pick(["Cabinet", "Cabinet Member for Children and Families", "Director of Children's Services"]))),
            ("Decision status", "<span class=\"mgPlanItemInForce\" >\(random.pick(["Recommendations Approved", "For Determination", "Approved"]))</span>"),
            ("Is Key decision?", random.pick(["Yes", "No"])),
            ("Is subject to call in?", random.pick(["Yes", "No"])),
        ]
        for (label, value) in labels {
            sink.text("<p><span  class=\"mgLabel\" >\(label):&nbsp;</span>\(value)</p>\n")
        }
        sink.text("<h3 class=\"mgSubSubTitleTxt\" >Purpose:</h3>\n")
        wordParagraphs(1, random: &random, to: &sink)
        sink.text("<h3 class=\"mgSubSubTitleTxt\" >Decision:</h3>\n")
        resolution(random: &random, to: &sink)
        sink.text("<p><span  class=\"mgLabel\" >Publication date:&nbsp;</span>\(entityDate(day + 3))</p>\n")
        sink.text("<p><span  class=\"mgLabel\" >Date of decision:&nbsp;</span>\(entityDate(day))</p>\n")
        sink.text("<p><span  class=\"mgLabel\" >Decided at meeting:&nbsp;</span><a  href=\"ieListDocuments.aspx?CId=\(200 + index % 40)&amp;MId=\(4000 + index % 700)\" >\(entityDate(day)) - \(escaped(committee))</a></p>\n")
        supportingDocuments(label: "Accompanying Documents:", random: &random, to: &sink)
    }

    private func issueHistoryBody(committee: String, day: Int, random: inout SeededRandom, to sink: inout ByteSink) {
        var meetingDay = day
        for _ in 0..<random.int(1...4) {
            sink.text("<p class=\"mgSectionTitle\">Meeting&#58; \(entityDate(meetingDay)) - \(escaped(committee)) (Item \(random.int(1...90)))</p>\n")
            let title = random.pick(Self.itemTitles)
            sink.text("<p class=\"mgAiTitleTxt\">\(random.int(1...90)) \(escaped(title))<img alt=\"pdf icon\"><span class=\"mgFileSize\">PDF \(random.int(60...600)) KB</span>\n")
            wordParagraphs(1, random: &random, to: &sink)
            if heading(random: &random) { sink.text("<p class=\"mgSubItemTitleTxt\" >Minutes:</p>\n") }
            minutes(number: random.int(1...200), random: &random, to: &sink)
            meetingDay -= random.int(30...120)
        }
    }

    // MARK: Pieces

    /// Most councils print the "Minutes:" label; some (Dorset, Southwark) do not.
    private func heading(random: inout SeededRandom) -> Bool { random.chance(0.75) }

    private func wordParagraphs(_ count: Int, random: inout SeededRandom, to sink: inout ByteSink) {
        sink.text("<div class=\"mgWordPara\" ><div class=WordSection1>\n")
        for _ in 0..<count {
            sink.text("<p class=MsoNormal><span style=''>\(escaped(Self.sentence(&random)))\n\(escaped(Self.sentence(&random)))</span></p>\n")
            if random.chance(0.4) { sink.text("<p class=MsoNormal><span style=''>&nbsp;</span></p>\n") }
        }
        sink.text("</div></div>\n")
    }

    private func minutes(number: Int, random: inout SeededRandom, to sink: inout ByteSink) {
        sink.text("<div class=\"mgWordPara\" ><div class=WordSection1>\n")
        for paragraph in 1...random.int(2...5) {
            sink.text("<p class=MsoNormal>\(number).\(paragraph) \(escaped(Self.sentence(&random))) \(escaped(Self.figureSentence(&random)))\n")
            if random.chance(0.3) {
                sink.text("<p class=MsoNormal style='margin-left:36pt'>\(number).\(paragraph).1 \(escaped(Self.sentence(&random)))\n")
            }
        }
        if random.chance(0.35) { dataTable(random: &random, to: &sink) }
        if random.chance(0.4) {
            sink.text("<ul>\n")
            for _ in 0..<random.int(2...4) { sink.text("<li>\(escaped(Self.sentence(&random)))\n") }
            sink.text("</ul>\n")
        }
        resolution(random: &random, to: &sink)
        sink.text("<p class=MsoNormal><span style=''>&nbsp;</span></p>\n</div></div>\n")
    }

    private func resolution(random: inout SeededRandom, to sink: inout ByteSink) {
        let style = random.int(0...2)
        let opener = ["RESOLVED &ndash;", "RESOLVED that:", "<b>RESOLVED:</b>"][style]
        sink.text("<p class=MsoNormal><span style=''>\(opener)</span></p>\n")
        let markers = random.chance(0.5) ? ["i)", "ii)", "iii)", "iv)"] : ["a)", "b)", "c)", "d)"]
        for marker in markers.prefix(random.int(1...4)) {
            sink.text("<p class=MsoNormal style='margin-left:36pt;text-indent:-18pt'>\(marker)&nbsp;&nbsp;\(escaped(random.pick(Self.resolutions)))</p>\n")
        }
    }

    private func dataTable(random: inout SeededRandom, to sink: inout ByteSink) {
        sink.text("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n<tr><td><b>Measure</b><td><b>2024/25</b><td><b>2025/26</b><td><b>Target</b>\n")
        for measure in ["Re-referrals within 12 months (%)", "Assessments within 45 working days (%)", "Children looked after", "Repeat CP plans (%)", "Care leavers in EET (%)"].prefix(random.int(2...5)) {
            let last = Double(random.int(100...900)) / 10
            sink.text("<tr><td>\(measure)<td>\(last)<td>\(Double(random.int(100...900)) / 10)<td>\(random.pick(["&lt; 20", "90", "&ndash;", "n/a"]))\n")
        }
        sink.text("</table>\n")
    }

    private func supportingDocuments(label: String, random: inout SeededRandom, to sink: inout ByteSink) {
        sink.text("<p class=\"mgLabel\" >\(label)</p>\n<ul  class=\"mgBulletList\" >\n")
        for _ in 0..<random.int(0...4) {
            let title = random.pick(Self.documentTitles)
            sink.text("<li><a  href=\"documents/s\(7000 + random.int(0...9000))/\(escaped(title)).pdf\" >\(escaped(title))<span class=\"mgHide\"> ref: \(random.int(10000...99999))</span> <img  alt=\"pdf icon\" src=\"mgimages/pdf.png\" /><span  class=\"mgFileSize\" >PDF \(random.int(20...3000)) KB</span></a></li>\n")
        }
        sink.text("</ul>\n")
    }

    /// `22&#47;10&#47;2025`: ModernGov encodes the slashes in dates.
    private func entityDate(_ day: Int) -> String {
        DayArithmetic.slashed(day).replacingOccurrences(of: "/", with: "&#47;")
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }).split(separator: "-").joined(separator: "-")
    }

    static func sentence(_ random: inout SeededRandom) -> String {
        "\(random.pick(subjects)) \(random.pick(verbs)) \(random.pick(objects))."
    }

    static func figureSentence(_ random: inout SeededRandom) -> String {
        switch random.int(0...3) {
        case 0: return "There were \(random.int(250...900)) children looked after at the end of the quarter, compared with \(random.int(250...900)) a year earlier."
        case 1: return "Re-referrals stood at \(Double(random.int(120...300)) / 10)% against a target of 20%."
        case 2: return "The forecast overspend on placements is £\(Double(random.int(5...95)) / 10)m, driven by \(random.int(3...40)) residential placements."
        default: return "\(Double(random.int(700...990)) / 10)% of assessments were completed within 45 working days."
        }
    }

    static let committees = [
        "Children and Young People Scrutiny Panel", "Corporate Parenting Board", "Cabinet", "Children's Services Overview and Scrutiny Committee",
        "Health and Wellbeing Board", "Safeguarding Children Partnership Executive", "Schools Forum", "Full Council",
        "Audit and Governance Committee", "Fostering Panel (public items)", "Adoption Panel (public items)", "Youth Justice Management Board",
    ]
    static let venues = ["Council Chamber, County Hall", "Committee Room 1, Civic Centre", "Remote meeting via Microsoft Teams", "The Guildhall, Exampleton"]
    static let itemTitles = [
        "Apologies for absence", "Declarations of interest", "Minutes of the previous meeting", "Ofsted inspection of local authority children’s services (ILACS)",
        "Children’s Services Performance Report – Quarter 2", "Placement Sufficiency Strategy 2025–2028", "Annual Report of the Independent Reviewing Officer service",
        "Corporate Parenting Annual Report", "Care Leavers’ Local Offer refresh", "Social Work Workforce Strategy", "Fostering Service Annual Report",
        "Safeguarding Children Partnership Annual Report", "Budget monitoring: children’s services", "Work programme", "Exclusion of the press and public",
        "Early Help Strategy update", "Elective Home Education annual update", "Youth Justice Plan 2026/27", "Private Fostering Annual Report",
        "Missing children and exploitation update", "Virtual School Head’s Annual Report", "LADO Annual Report 2025/26",
    ]
    static let documentTitles = [
        "Appendix A - Performance scorecard", "Report of the Director of Children’s Services", "Appendix 1 – Action plan", "Equality impact assessment",
        "Ofsted letter", "Presentation", "Appendix B – Sufficiency data", "Minutes of the previous meeting",
    ]
    static let subjects = ["The Director of Children’s Services", "The Cabinet Member", "The Head of Service for Children in Care", "Members",
                           "The Chair", "The Principal Social Worker", "The panel", "Officers", "The Independent Reviewing Officer"]
    static let verbs = ["reported on", "welcomed", "asked about", "raised concerns about", "noted progress with", "requested an update on", "explained"]
    static let objects = ["the timeliness of initial health assessments", "caseloads in the assessment teams", "the number of children placed more than 20 miles from home",
                          "the recruitment of foster carers", "agency social worker rates", "the quality of pathway plans", "the findings of the recent monitoring visit",
                          "the outcome of the audit programme", "the rise in contacts to the front door", "the use of unregistered children’s homes"]
    static let resolutions = ["That the report be noted.", "That the Panel receive a further update in six months’ time.",
                              "That the Cabinet approve the strategy as set out in Appendix A.", "That the action plan be endorsed.",
                              "That officers circulate the performance data to Members.", "That the work programme be agreed subject to the changes discussed."]
}
