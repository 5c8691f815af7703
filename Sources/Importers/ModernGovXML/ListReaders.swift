import EvidenceModel
import LibXML

/// Reads `GetMeetings` (root `getmeetings`) and `GetCommittees` (root `committees`) replies into list
/// documents: a table each. A list names committees in a table only, never in `committee`, so that a
/// list of meetings never counts as the minutes of one.
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
