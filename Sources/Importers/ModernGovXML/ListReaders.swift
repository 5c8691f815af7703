import EvidenceModel
import LibXML

/// Reads `GetMeetings` (root `getmeetings`) and `GetCommittees` (root `committees`) replies into list
/// documents: a table each. The list itself names committees in its table only, never in `committee`;
/// the meetings it lists are records of their own marked `listedIn`, so none counts as minutes.
struct ListReader {
    /// The file's path, for diagnostics.
    let path: String

    /// The meetings of every committee in a `GetMeetings` reply, one row each; nil (with a warning) for an empty list.
    func meetings(_ root: XMLNode, diagnostics: inout [Diagnostic]) -> Document? {
        var rows: [[String]] = [["Committee id", "Committee", "Meeting id", "Date", "Time", "Status"]]
        for committee in ElementValues.children(root, "committee") {
            let id = ElementValues.text(committee, "committeeid") ?? ""
            let title = ElementValues.text(committee, "committeetitle") ?? ""
            for meeting in ElementValues.children(ElementValues.child(committee, "committeemeetings") ?? committee, "meeting") {
                rows.append([id, title, ElementValues.text(meeting, "meetingid") ?? "",
                             ElementValues.date(meeting, "meetingdate")?.iso8601 ?? "",
                             ElementValues.time(meeting, "meetingtime") ?? "", ElementValues.text(meeting, "meetingstatus") ?? ""])
            }
        }
        checkCount(ElementValues.count(root, "meetingscount"), listed: rows.count - 1, what: "meetings", line: root.line, into: &diagnostics)
        guard rows.count > 1 else {
            diagnostics.append(empty("GetMeetings", what: "meetings", line: root.line))
            return nil
        }
        let dates = rows.dropFirst().compactMap { CalendarDate(iso8601: $0[3]) }
        return Document(kind: .meetingList, title: "Meetings (ModernGov web service)", date: dates.max(),
                        dateBasis: dates.isEmpty ? nil : "content",
                        properties: ["source": "ModernGov web service GetMeetings", "meetingCount": String(rows.count - 1)],
                        blocks: [Block(.table, rows: rows, hasHeader: true, line: root.line)])
    }

    /// The meetings of a `GetMeetings` list document, one each from its table's dated rows: committee,
    /// date and the status the service gives ("cancelled"). They say a meeting is on the calendar, not
    /// what it decided, so `Document.listedMeeting` marks them as never minutes.
    static func listedMeetings(of list: Document) -> [Document] {
        guard list.kind == .meetingList, let rows = list.blocks.first(where: { $0.kind == .table })?.rows, rows.count > 1 else { return [] }
        return rows.dropFirst().compactMap { row -> Document? in
            guard row.count == 6, let date = CalendarDate(iso8601: row[3]) else { return nil }
            let status = row[5].isEmpty ? nil : row[5].lowercased()
            var meeting = Document.listedMeeting(committee: row[1].isEmpty ? nil : row[1], meetingDate: date, status: status)
            if !row[2].isEmpty { meeting.properties["meetingId"] = row[2] }
            return meeting
        }
    }

    /// The committees of a `GetCommittees` reply, one row each; nil (with a warning) for an empty list.
    func committees(_ root: XMLNode, diagnostics: inout [Diagnostic]) -> Document? {
        var rows: [[String]] = [["Committee id", "Committee", "Category", "Deleted", "Expired"]]
        for committee in ElementValues.children(root, "committee") {
            let flags = ["committeedeleted", "committeeexpired"].map { ElementValues.bool(committee, $0).map { $0 ? "yes" : "no" } ?? "" }
            rows.append([ElementValues.text(committee, "committeeid") ?? "", ElementValues.text(committee, "committeetitle") ?? "",
                         ElementValues.text(committee, "committeecategory") ?? ""] + flags)
        }
        checkCount(ElementValues.count(root, "committeescount"), listed: rows.count - 1, what: "committees", line: root.line, into: &diagnostics)
        guard rows.count > 1 else {
            diagnostics.append(empty("GetCommittees", what: "committees", line: root.line))
            return nil
        }
        return Document(kind: .committee, title: "Committees (ModernGov web service)",
                        properties: ["source": "ModernGov web service GetCommittees", "committeeCount": String(rows.count - 1)],
                        blocks: [Block(.table, rows: rows, hasHeader: true, line: root.line)])
    }

    /// A warning when the stated count disagrees with the elements listed.
    func checkCount(_ stated: Int?, listed: Int, what: String, line: Int, into diagnostics: inout [Diagnostic]) {
        guard let stated, stated != listed else { return }
        diagnostics.append(Diagnostic(.warning, code: "moderngov.count-mismatch",
            message: "the reply says \(stated) \(what) but lists \(listed)", location: SourceLocation(path: path, line: line)))
    }

    /// The warning for an empty list (the service answers an empty list for an unknown committee or window).
    func empty(_ method: String, what: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, code: "moderngov.empty-list",
                   message: "the \(method) reply lists no \(what): nothing to read", location: SourceLocation(path: path, line: line))
    }
}
