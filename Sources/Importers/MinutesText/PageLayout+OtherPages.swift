import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Pages that are no meeting's minutes, read from their first lines: a committee's own page, AKS's record of a
/// decision, a transcript's description, a report.
extension PageLayout {
    /// AKS's record of a decision: "View Cabinet Decision Record" / "Cabinet Decision: 15th February 2018" / "Title of
    /// Item/Report" / the title / "Record of the Decision" / …: the body that decided (from the heading), the day it did
    /// (from the line that repeats the body), and the title (the line after its label). Nil unless the heading names a body.
    static func aksDecisionRecord(_ heading: String, at index: Int, in lines: [SourceLine]) -> PageLayout? {
        let body = String(heading.dropFirst("View ".count).dropLast(" Decision Record".count)).trimmingCharacters(in: .whitespaces)
        guard CouncilText.namesMeetingBody(body) else { return nil }
        var layout = PageLayout(kind: .decision, system: .aks, bodyStart: index + 1)
        layout.committee = body
        var line = index + 1
        while line < min(lines.count, index + 8) {
            let text = lines[line].text
            if layout.meetingDate == nil, text.hasPrefix(body + " Decision:") {
                layout.meetingDate = DateText.parse(String(text.dropFirst((body + " Decision:").count)).trimmingCharacters(in: .whitespaces))
                layout.bodyStart = line + 1
            } else if text.lowercased() == "title of item/report" || text.lowercased() == "title of item", let next = nextNonBlank(lines, after: line) {
                layout.title = lines[next].text
                layout.bodyStart = next + 1
                break
            }
            line += 1
        }
        return layout
    }

    /// "Committee details" / "Browse meetings" then the committee's name; or "This page lists the meetings
    /// for X." The page dates no meeting.
    static func committeePage(_ lines: [SourceLine], markerIndex: Int) -> PageLayout {
        var layout = PageLayout(kind: .committee, system: .modernGov, bodyStart: markerIndex + 1)
        let lead = "this page lists the meetings for "
        func committee(inListsLine text: String) -> String? {
            guard text.lowercased().hasPrefix(lead) else { return nil }
            let name = LinePatterns.trimTrailingPunctuation(text.dropFirst(lead.count))
            return name.isEmpty ? nil : name
        }
        if let name = committee(inListsLine: lines[markerIndex].text) {
            layout.committee = name
            return layout
        }
        // ("Browse meetings" printed twice, the page's heading and its breadcrumb: the second is no committee.)
        var afterMarker = markerIndex
        while let next = nextNonBlank(lines, after: afterMarker), next - markerIndex <= 4,
              lines[next].text.lowercased() == lines[markerIndex].text.lowercased() {
            afterMarker = next
        }
        if let next = nextNonBlank(lines, after: afterMarker), Labels.parse(lines[next].text) == nil,
           LinePatterns.isTitleLike(lines[next].text, maxLength: 120), LinePatterns.wordCount(lines[next].text) <= 14 {
            layout.committee = committee(inListsLine: lines[next].text) ?? LinePatterns.trimTrailingPunctuation(lines[next].text)
            layout.bodyStart = next + 1
        }
        return layout
    }

    /// "Committee meetings and agendas" / "Education and Children's Services Select Committee" / "Purpose of committee": a
    /// committee's own page, its name over the heading of its remit within the first lines.
    static func committeeRemitPage(_ lines: [SourceLine]) -> PageLayout? {
        let opening = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(8)
        guard let heading = opening.first(where: { ["purpose of committee", "purpose of the committee"].contains(lines[$0].text.lowercased()) }),
              let above = previousNonBlank(lines, before: heading), case let name = lines[above].text,
              Labels.parse(name) == nil, LinePatterns.isTitleLike(name, maxLength: 120), LinePatterns.wordCount(name) <= 14,
              DateText.firstDate(in: name) == nil, CouncilText.namesMeetingBody(name) else { return nil }
        var layout = PageLayout(kind: .committee, system: .modernGov, bodyStart: heading + 1)
        layout.committee = LinePatterns.trimTrailingPunctuation(name)
        return layout
    }

    /// "From YouTube: Decision Session - Executive Member …, 29 September 2020": the meeting a transcript records.
    mutating func readTranscriptDescription(_ lines: [SourceLine]) {
        for line in lines.lazy.filter({ !$0.isBlank }).prefix(8) where line.text.contains(" ") {
            var text = Substring(line.text)
            if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 20 {
                text = text[text.index(after: colon)...]
            }
            guard let reference = MeetingReference.parse(String(text)), let date = reference.date,
                  let name = reference.committee, name.contains(" "), name.first?.isUppercase == true else { continue }
            committee = name
            meetingDate = date
            title = LinePatterns.trimTrailingPunctuation(text)
            return
        }
    }

    /// Captions saved one word a line (third-party transcripts of meeting recordings).
    static func looksLikeWordPerLineTranscript(_ lines: [SourceLine]) -> Bool {
        let nonBlank = lines.lazy.filter { !$0.isBlank }
        var total = 0
        var single = 0
        for line in nonBlank.prefix(400) {
            total += 1
            if !line.text.contains(" ") { single += 1 }
        }
        return total >= 60 && single * 10 >= total * 8
    }

    /// A committee report: its header names the report's author, lead member or classification.
    static func looksLikeReport(_ lines: [SourceLine]) -> Bool {
        var seen = 0
        for line in lines where !line.isBlank {
            seen += 1
            if seen > 60 { break }
            let lower = line.text.lowercased()
            let cells = lower.hasPrefix("|") ? BlockBuilder.cells(of: lower) : [lower]
            for cell in cells {
                for label in reportLabels where cell.hasPrefix(label) {
                    let after = cell.dropFirst(label.count)
                    if after.isEmpty || after.hasPrefix(":") || after.hasPrefix("(s)") || lower.hasPrefix("|") { return true }
                }
            }
        }
        return false
    }
}
