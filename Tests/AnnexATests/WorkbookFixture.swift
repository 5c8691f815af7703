import Foundation
import ZIPFoundation

/// Writes small .xlsx files by hand (the zip and its XML), so a test controls every detail: shared
/// strings, inline strings, numbers, blank rows, sheet and header spellings.
struct WorkbookFixture {
    /// A cell: shared string, inline string, number (as stored), or a formula's cached string.
    enum Cell {
        case shared(String)
        case inline(String)
        case number(String)
        case none
    }

    struct Sheet {
        var name: String
        /// Rows by 1-based row number; cells by 0-based column.
        var rows: [(number: Int, cells: [Cell])]
    }

    var sheets: [Sheet]

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func letters(_ index: Int) -> String {
        var index = index, letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    func write(to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        var shared: [String] = []
        var sharedIndex: [String: Int] = [:]
        func index(_ text: String) -> Int {
            if let found = sharedIndex[text] { return found }
            shared.append(text)
            sharedIndex[text] = shared.count - 1
            return shared.count - 1
        }
        var sheetXML: [String] = []
        for sheet in sheets {
            var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>"#
            for row in sheet.rows {
                xml += #"<row r="\#(row.number)">"#
                for (column, cell) in row.cells.enumerated() {
                    let reference = Self.letters(column) + String(row.number)
                    switch cell {
                    case .shared(let text): xml += #"<c r="\#(reference)" t="s"><v>\#(index(text))</v></c>"#
                    case .inline(let text): xml += #"<c r="\#(reference)" t="inlineStr"><is><t xml:space="preserve">\#(Self.escape(text))</t></is></c>"#
                    case .number(let text): xml += #"<c r="\#(reference)" s="1"><v>\#(text)</v></c>"#
                    case .none: xml += #"<c r="\#(reference)" s="1"/>"#
                    }
                }
                xml += "</row>"
            }
            xml += "</sheetData></worksheet>"
            sheetXML.append(xml)
        }
        var workbook = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        var relations = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (offset, sheet) in sheets.enumerated() {
            workbook += #"<sheet name="\#(Self.escape(sheet.name))" sheetId="\#(offset + 1)" r:id="rId\#(offset + 1)"/>"#
            relations += #"<Relationship Id="rId\#(offset + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(offset + 1).xml"/>"#
        }
        relations += #"<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
        workbook += "</sheets></workbook>"
        var strings = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(shared.count)" uniqueCount="\#(shared.count)">"#
        for text in shared { strings += #"<si><t xml:space="preserve">\#(Self.escape(text))</t></si>"# }
        strings += "</sst>"
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        try add("xl/workbook.xml", workbook)
        try add("xl/_rels/workbook.xml.rels", relations)
        try add("xl/sharedStrings.xml", strings)
        for (offset, xml) in sheetXML.enumerated() { try add("xl/worksheets/sheet\(offset + 1).xml", xml) }
    }

    /// The same rows as CSV text (blank lines for missing rows, so line numbers are row numbers).
    static func csv(rows: [(number: Int, cells: [String])]) -> String {
        var text = ""
        var line = 1
        for row in rows {
            while line < row.number { text += "\n"; line += 1 }
            text += row.cells.map { cell in
                cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",") + "\n"
            line += 1
        }
        return text
    }
}
