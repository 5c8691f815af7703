import EvidenceModel
import EvidencePackCore
import Foundation

/// Document links: the list under "Supporting documents:", sizes on lines of their own, and where links go.
extension MinutesReader {
    /// A line under "Supporting documents:": a link with a size, a bulleted title, or a title whose
    /// size is on the next line. Returns nil when the line is not a document (the list has ended).
    mutating func readDocumentLine(at index: Int) -> Int? {
        let line = lines[index]
        if let links = LinkLine.parse(line.text, line: line.number) {
            links.forEach { addLink($0) }
            return index + 1
        }
        if let size = LinkLine.sizeOnly(line.text), attachSize(size) { return index + 1 }
        if let next = PageLayout.nextNonBlank(lines, after: index), let size = LinkLine.sizeOnly(lines[next].text) {
            // ("- Appendix 2 strategic-review" / "PDF 414 KB": the list's dash is no part of the title.)
            let title = LinePatterns.bullet(line.text)?.rest ?? line.text
            addLink(DocumentLink(title: LinePatterns.trimTrailingPunctuationKeepingDots(title), format: size.format,
                                 sizeText: "\(size.amount) \(size.unit)", sizeBytes: size.bytes,
                                 itemNumber: LinkLine.itemNumber(inTitle: title), line: line.number))
            return next + 1
        }
        if let bullet = LinePatterns.bullet(line.text), LinePatterns.wordCount(bullet.rest) <= 20 {
            addLink(DocumentLink(title: bullet.rest, itemNumber: LinkLine.itemNumber(inTitle: bullet.rest), line: line.number))
            return index + 1
        }
        return nil
    }

    /// Gives the last link without a size the size on this line.
    mutating func attachSize(_ size: LinkLine.Size) -> Bool {
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

    /// A size on its own line after a title that was read as text ("- Agenda frontsheet" / "PDF 138 KB"):
    /// the title line names the document.
    mutating func attachSizeToTitleAbove(_ size: LinkLine.Size, at index: Int) -> Bool {
        guard let above = PageLayout.previousNonBlank(lines, before: index) else { return false }
        var title = lines[above].text
        let bulleted = LinePatterns.bullet(title) != nil
        if let bullet = LinePatterns.bullet(title) { title = bullet.rest }
        title = LinePatterns.trimTrailingPunctuationKeepingDots(title)
        guard !title.isEmpty, LinePatterns.wordCount(title) <= 30, Labels.parse(title) == nil,
              LinkLine.sizeOnly(title) == nil else { return false }
        // "6 Corporate Parenting Governance Arrangements" / "PDF 155 KB": item 6's report. (In a bulleted
        // list of documents, "- 1. Supplement - …", the number is part of the document's name.)
        var itemNumber = LinkLine.itemNumber(inTitle: title)
        if !bulleted, let lead = LinePatterns.leadingNumber(title, requireDot: false), LinePatterns.isTitleLike(lead.rest, maxLength: 200) {
            title = lead.rest
            itemNumber = itemNumber ?? lead.number
        }
        if bulleted { addUnsizedBulletedDocument(before: above) }
        addLink(DocumentLink(title: title, format: size.format, sizeText: "\(size.amount) \(size.unit)", sizeBytes: size.bytes,
                             itemNumber: itemNumber, line: lines[above].number))
        return true
    }

    /// "- Agenda frontsheet" / "PDF 138 KB" / "- Agenda reports pack" / "- 1. Supplement …" / "PDF 420 KB": a
    /// bulleted title between two sized documents of the list is a document too, its size not printed.
    private mutating func addUnsizedBulletedDocument(before titleIndex: Int) {
        guard let previous = PageLayout.previousNonBlank(lines, before: titleIndex), let bullet = LinePatterns.bullet(lines[previous].text),
              LinkLine.sizeOnly(lines[previous].text) == nil, LinePatterns.wordCount(bullet.rest) <= 30,
              Labels.parse(bullet.rest) == nil,
              let sizeAbove = PageLayout.previousNonBlank(lines, before: previous), LinkLine.sizeOnly(lines[sizeAbove].text) != nil else { return }
        addLink(DocumentLink(title: LinePatterns.trimTrailingPunctuationKeepingDots(bullet.rest),
                             itemNumber: LinkLine.itemNumber(inTitle: bullet.rest), line: lines[previous].number))
    }


    /// Adds a link to the current item, or to the page before the first item.
    mutating func addLink(_ link: DocumentLink) {
        if items.isEmpty { bodyLinks.append(link) } else { items[items.count - 1].links.append(link) }
    }
}
