import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation
import ZIPFoundation

/// Builds the files the tests read: zip packages written with ZIPFoundation, PDFs written by hand.
enum Fixtures {
    /// Writes a zip with the given parts, in order; `stored` parts are not compressed (ODF's `mimetype`).
    static func zip(_ parts: [(String, String)], stored: Set<String> = [], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: stored.contains(path) ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A Word document: a heading in a style named in another language (found through styles.xml), a
    /// paragraph with a tracked deletion and a tab, a bulleted list and a table with a header row.
    static func docx(title: String? = "Children's Services Self-Evaluation 2023", modified: String = "2023-10-12T22:30:00Z",
                     creator: String = "Head of Quality Assurance", to url: URL) throws {
        let core = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        \(title.map { "<dc:title>\($0.replacingOccurrences(of: "'", with: "&apos;"))</dc:title>" } ?? "")
        <dc:creator>\(creator)</dc:creator><cp:lastModifiedBy>Someone Else</cp:lastModifiedBy>
        <dcterms:created xsi:type="dcterms:W3CDTF">2023-09-01T09:00:00Z</dcterms:created>
        <dcterms:modified xsi:type="dcterms:W3CDTF">\(modified)</dcterms:modified>
        </cp:coreProperties>
        """
        let app = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>7</Pages></Properties>
        """
        let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <w:styles xmlns:w="\(wordNamespace)">
          <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Aufzhlung"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
        </w:styles>
        """
        let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(wordNamespace)"><w:body>
        <w:p><w:pPr><w:pStyle w:val="berschrift1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>What we know about practice</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Help and protection</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Audits show </w:t></w:r><w:del><w:r><w:delText>poor </w:delText></w:r></w:del><w:r><w:t>improving</w:t></w:r><w:r><w:tab/><w:t>practice in 2023.</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Aufzhlung"/></w:pPr><w:r><w:t>Caseloads are down</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>to 18 per worker</w:t></w:r></w:p>
        <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>See the plan.</w:t></w:r></w:p>
        <w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Measure</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2023</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>Re-referrals</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>22%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        <w:sectPr/></w:body></w:document>
        """
        try zip([
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("docProps/core.xml", core), ("docProps/app.xml", app), ("word/styles.xml", styles), ("word/document.xml", document),
        ], to: url)
    }

    /// An OpenDocument text: meta.xml with title, author, dates and page count; content.xml with a
    /// heading, a paragraph with `text:s` and a footnote, a nested list and a table with a header row.
    static func odt(to url: URL) throws {
        let meta = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
        <office:meta><dc:title>Quality Assurance Framework</dc:title><meta:initial-creator>Principal Social Worker</meta:initial-creator>
        <dc:creator>Editor</dc:creator><meta:creation-date>2024-01-05T10:00:00</meta:creation-date><dc:date>2024-02-29T16:45:12.123456789</dc:date>
        <meta:document-statistic meta:page-count="4" meta:paragraph-count="6"/></office:meta></office:document-meta>
        """
        let content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3">
        <office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/></office:automatic-styles>
        <office:body><office:text>
        <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
        <text:p text:style-name="P1">QA framework</text:p>
        <text:h text:outline-level="2">Audit programme</text:h>
        <text:p>Twelve<text:s/>audits<text:s text:c="3"/>a month<text:note text:note-class="footnote"><text:note-body><text:p>Footnote text</text:p></text:note-body></text:note>.</text:p>
        <text:list><text:list-item><text:p>Case audits</text:p><text:list><text:list-item><text:p>moderated by managers</text:p></text:list-item></text:list></text:list-item></text:list>
        <table:table table:name="Table1"><table:table-header-rows><table:table-row><table:table-cell><text:p>Theme</text:p></table:table-cell><table:table-cell><text:p>Lead</text:p></table:table-cell></table:table-row></table:table-header-rows>
        <table:table-row><table:table-cell><text:p>Supervision</text:p></table:table-cell><table:table-cell table:number-columns-repeated="3"/></table:table-row></table:table>
        </office:text></office:body></office:document-content>
        """
        try zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"),
            ("meta.xml", meta), ("content.xml", content),
        ], stored: ["mimetype"], to: url)
    }

    /// A minimal valid PDF (objects, cross-reference table with real offsets, trailer) whose page draws
    /// `pageText` in Helvetica, with the given Info dictionary entries and extra trailer entries.
    static func pdf(info: String?, pageText: String = "Improvement plan progress", pages: Int = 1, trailerExtra: String = "",
                    extraObjects: [String] = []) -> [UInt8] {
        var objects: [String] = []
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        let kids = (0..<pages).map { "\(5 + $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        let stream = "BT /F1 12 Tf 72 720 Td (\(pageText)) Tj ET"
        objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        for _ in 0..<pages {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
        }
        objects += extraObjects
        if let info { objects.append(info) }
        var bytes = Array("%PDF-1.4\n%\u{E2}\u{E3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        let infoEntry = info == nil ? "" : " /Info \(objects.count) 0 R"
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(infoEntry)\(trailerExtra) >>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Array(table.utf8)
    }
}

/// A legacy Office file built by hand: an OLE compound file (512-byte sectors) whose
/// `\u{5}SummaryInformation` property set lives in the mini stream, as Word 97–2003 writes it.
enum LegacyOfficeFixture {
    static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
    static func le64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(value >> (8 * UInt64($0)) & 0xFF) } }

    /// The summary property set: code page 1252, title, author, creation time (FILETIME), page count.
    static func summaryStream(title: String, author: String, createdUnixSeconds: UInt64, pages: UInt32) -> [UInt8] {
        func lpstr(_ text: String) -> [UInt8] {
            var value = Array(text.utf8) + [0]
            let length = value.count
            while value.count % 4 != 0 { value.append(0) }
            return le32(30) + le32(UInt32(length)) + value
        }
        let properties: [(UInt32, [UInt8])] = [
            (1, le32(2) + le16(1252) + [0, 0]),
            (2, lpstr(title)),
            (4, lpstr(author)),
            (12, le32(64) + le64((createdUnixSeconds + 11_644_473_600) * 10_000_000)),
            (14, le32(3) + le32(pages)),
        ]
        var offsets: [UInt32] = []
        var values: [UInt8] = []
        let firstValue = 8 + properties.count * 8
        for (_, value) in properties {
            offsets.append(UInt32(firstValue + values.count))
            values += value
        }
        var section = le32(UInt32(firstValue + values.count)) + le32(UInt32(properties.count))
        for (index, property) in properties.enumerated() { section += le32(property.0) + le32(offsets[index]) }
        section += values
        let fmtid: [UInt8] = [0xE0, 0x85, 0x9F, 0xF2, 0xF9, 0x4F, 0x68, 0x10, 0xAB, 0x91, 0x08, 0x00, 0x2B, 0x27, 0xB3, 0xD9]
        return le16(0xFFFE) + le16(0) + le32(0x0002_0A00) + Array(repeating: 0, count: 16) + le32(1) + fmtid + le32(48) + section
    }

    static func file(summary: [UInt8]) -> [UInt8] {
        let sector = 512, endOfChain: UInt32 = 0xFFFF_FFFE, free: UInt32 = 0xFFFF_FFFF
        let miniSectors = (summary.count + 63) / 64
        var miniStream = summary + Array(repeating: 0, count: miniSectors * 64 - summary.count)
        let streamSectors = (miniStream.count + sector - 1) / sector
        miniStream += Array(repeating: 0, count: streamSectors * sector - miniStream.count)

        var header = [UInt8](repeating: 0, count: sector)
        func put(_ bytes: [UInt8], at offset: Int) { header.replaceSubrange(offset..<(offset + bytes.count), with: bytes) }
        put([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], at: 0)
        put(le16(0x3E), at: 0x18); put(le16(3), at: 0x1A); put(le16(0xFFFE), at: 0x1C); put(le16(9), at: 0x1E); put(le16(6), at: 0x20)
        put(le32(1), at: 0x2C); put(le32(1), at: 0x30); put(le32(4096), at: 0x38); put(le32(2), at: 0x3C); put(le32(1), at: 0x40)
        put(le32(endOfChain), at: 0x44); put(le32(0), at: 0x48); put(le32(0), at: 0x4C)
        for index in 1..<109 { put(le32(free), at: 0x4C + index * 4) }

        var fat: [UInt32] = [0xFFFF_FFFD, endOfChain, endOfChain]
        for index in 0..<streamSectors { fat.append(index == streamSectors - 1 ? endOfChain : UInt32(4 + index)) }
        while fat.count < sector / 4 { fat.append(free) }

        // Directory entries form a red-black tree: the root's child is the summary stream, no siblings.
        func entry(_ name: String, type: UInt8, start: UInt32, size: UInt32, child: UInt32 = 0xFFFF_FFFF) -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: 128)
            bytes.replaceSubrange(0x44..<0x50, with: le32(free) + le32(free) + le32(child))
            bytes[0x43] = 1  // black
            let units = Array(name.utf16) + [0]
            for (index, unit) in units.enumerated() { bytes[index * 2] = UInt8(unit & 0xFF); bytes[index * 2 + 1] = UInt8(unit >> 8) }
            bytes.replaceSubrange(0x40..<0x42, with: le16(units.count * 2))
            bytes[0x42] = type
            bytes.replaceSubrange(0x74..<0x78, with: le32(start))
            bytes.replaceSubrange(0x78..<0x7C, with: le32(size))
            return bytes
        }
        let directory = entry("Root Entry", type: 5, start: 3, size: UInt32(miniSectors * 64), child: 1)
            + entry("\u{5}SummaryInformation", type: 2, start: 0, size: UInt32(summary.count))
            + Array(repeating: 0, count: 256).enumerated().map { index, zero in (index % 128) >= 0x44 && (index % 128) < 0x50 ? 0xFF : zero }
        var miniFAT: [UInt32] = (0..<miniSectors).map { $0 == miniSectors - 1 ? endOfChain : UInt32($0 + 1) }
        while miniFAT.count < sector / 4 { miniFAT.append(free) }
        return header + fat.flatMap(le32) + directory + miniFAT.flatMap(le32) + miniStream
    }
}
