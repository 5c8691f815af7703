import Foundation

/// A document site's frame around the text it shows: Docstoc printed its title for the file, "Document Sample", the title
/// again with "Powered By Docstoc", then the document itself, whose own heading (another meeting's day, at times) is the
/// one that counts.
enum DocumentSiteWrapper {
    static let poweredBy = "Powered By Docstoc"

    /// Yumpu's frame, above the PDF's text: "07.01.2014 Views", the file's title three times, "SHOW MORE", "SHOW LESS",
    /// "Create successful ePaper yourself", then "Turn your PDF publications into a flip-book …". The index of that last
    /// line, among the first sixteen, when the frame is there (a byte search settles nearly every text).
    static func yumpuFrameEnd(in lines: [SourceLine]) -> Int? {
        let top = lines.prefix(16)
        guard let end = top.firstIndex(where: { TextScan.contains($0.text, ascii: "Turn your PDF publications into a flip-book") }),
              top[..<end].contains(where: { $0.text.trimmingCharacters(in: .whitespaces) == "Create successful ePaper yourself" }) else { return nil }
        return end
    }

    /// A document host's frame of another kind (fdocuments and its like): the file's title run into a snippet of its text
    /// ("MINUTES OF COUNTY COUNCIL MEETING Present Membership 29062016 County...been a librarian and had..."), its page
    /// count alone on the next line ("22"), then the text; after it, "Transcript of " the title and the first page again
    /// ("Page 1: …"). The text without the title, the count and the transcript's heading, or nil when the first two lines
    /// are not such a title and count.
    static func withoutSnippetFrame(_ lines: [SourceLine]) -> [SourceLine]? {
        guard let first = lines.firstIndex(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }),
              case let title = lines[first].text.trimmingCharacters(in: .whitespaces),
              title.utf8.count <= 300, title.hasSuffix("..."), title.dropLast(3).contains("..."),
              let count = lines[(first + 1)...].firstIndex(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }),
              case let pages = lines[count].text.trimmingCharacters(in: .whitespaces),
              (1...4).contains(pages.count), pages.allSatisfy(\.isNumber) else { return nil }
        // (The transcript after the text is kept: where the store cut the copy, it is what shows the cut.)
        return lines[(count + 1)...].filter { $0.text.trimmingCharacters(in: .whitespaces) != "Transcript of " + title }
    }

    /// The lines without the frame: what stands above the "Powered By Docstoc" line (among the first eight lines, under
    /// a "Document Sample" line) is dropped, and what follows the words on that line opens the text.
    static func unwrapped(_ lines: [SourceLine]) -> [SourceLine] {
        if let end = yumpuFrameEnd(in: lines) { return Array(lines[(end + 1)...]) }
        if let framed = withoutSnippetFrame(lines) { return framed }
        let top = lines.prefix(8)
        // (Settled on a byte search of the first lines for nearly every text.)
        guard let frame = top.firstIndex(where: { TextScan.contains($0.text, ascii: "Powered By Docstoc") }),
              top[..<frame].contains(where: { $0.text == "Document Sample" }),
              let end = lines[frame].text.range(of: poweredBy) else { return lines }
        let rest = lines[frame].text[end.upperBound...].trimmingCharacters(in: .whitespaces)
        var result: [SourceLine] = []
        if !rest.isEmpty { result.append(SourceLine(number: lines[frame].number, text: rest, isBold: false)) }
        result.append(contentsOf: lines[(frame + 1)...])
        return result
    }
}
