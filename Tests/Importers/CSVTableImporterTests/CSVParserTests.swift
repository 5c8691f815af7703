@testable import AnnexA
import CSVTableImporter
import Foundation
import Testing

@Suite struct CSVParserTests {
    /// Every record's fields as text, with its line.
    func rows(_ bytes: [UInt8], chunkSize: Int = 1 << 20) throws -> (rows: [(line: Int, fields: [String])], summary: CSVFileReader.Summary) {
        var rows: [(Int, [String])] = []
        let summary = try CSVFileReader(chunkSize: chunkSize).read(bytes: bytes) { row in rows.append((row.line, row.strings)) }
        return (rows, summary)
    }

    func rows(_ text: String, chunkSize: Int = 1 << 20) throws -> (rows: [(line: Int, fields: [String])], summary: CSVFileReader.Summary) {
        try rows(Array(text.utf8), chunkSize: chunkSize)
    }

    /// A row kept past its callback is detached: it must read the same fields afterwards as the
    /// row did during the callback, for lines copied whole (separators kept), quoted fields (fields
    /// end to end) and a field that is not UTF-8, although the parser has reused its buffer since.
    @Test func aDetachedRowReadsAsTheRowDidInItsCallback() throws {
        let bytes = Array("id,note,code\r\n1,plain, 2 \r\n\"3\",\"a, \"\"b\"\"\",x\n".utf8) + [0x34, 0x2C, 0xE9, 0x2C, 0x7A, 0x0A]
        var during: [[String]] = [], trimmed: [[String]] = [], kept: [CSVRow] = []
        _ = try CSVFileReader(chunkSize: 7).read(bytes: bytes) { row in
            during.append(row.strings)
            trimmed.append((0..<row.count).map(row.trimmedString))
            kept.append(row.detached())
        }
        #expect(during == [["id", "note", "code"], ["1", "plain", " 2 "], ["3", "a, \"b\"", "x"], ["4", "é", "z"]])
        #expect(kept.map(\.strings) == during)
        #expect(kept.map { row in (0..<row.count).map(row.trimmedString) } == trimmed)
        #expect(kept.map(\.line) == [1, 2, 3, 4])
        #expect(kept.map(\.count) == [3, 3, 3, 3])
        // Sized to the record, not the parser's reserved buffer (which a kept row would pin).
        #expect(kept.allSatisfy { $0.storage.capacity < 64 && $0.ends.capacity < 16 })
    }

    @Test func readsQuotesDoubledQuotesAndLineBreaksInFields() throws {
        let (rows, summary) = try rows("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\"\"\r\nlast,row,here")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["", "", ""], ["last", "row", "here"]])
        #expect(rows.map(\.line) == [1, 2, 4, 5])
        #expect(summary.issues.isEmpty)
        #expect(summary.lastLine == 5)
    }

    /// The same bytes cut into chunks of any size give the same records (quotes, CRLF, BOM and
    /// UTF-8 sequences straddling a chunk boundary).
    @Test func chunkBoundariesDoNotChangeTheRecords() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("name,note\r\n\"Zoë, \"\"Jo\"\"\",\"a\r\nb\"\r\nSeán,c\r\n".utf8)
        let whole = try rows(bytes)
        for size in 1...9 {
            let cut = try rows(bytes, chunkSize: size)
            #expect(cut.rows.map(\.fields) == whole.rows.map(\.fields), "chunk size \(size)")
            #expect(cut.rows.map(\.line) == whole.rows.map(\.line), "chunk size \(size)")
        }
        #expect(whole.rows.map(\.fields) == [["name", "note"], ["Zoë, \"Jo\"", "a\r\nb"], ["Seán", "c"]])
        #expect(whole.summary.encoding == "UTF-8 (BOM)")
    }

    @Test func detectsSemicolonsAndTabs() throws {
        let semicolons = try rows("a;b;c\n1,5;2;3\n")
        #expect(semicolons.summary.delimiter == UInt8(ascii: ";"))
        #expect(semicolons.rows.map(\.fields) == [["a", "b", "c"], ["1,5", "2", "3"]])
        let tabs = try rows("a\tb\n1\t2\n")
        #expect(tabs.summary.delimiter == 0x09)
        #expect(tabs.rows.map(\.fields).last == ["1", "2"])
        let commas = try rows("\"a;b\",c\n")
        #expect(commas.summary.delimiter == UInt8(ascii: ","))
    }

    @Test func readsUTF16FromExcel() throws {
        var little: [UInt8] = [0xFF, 0xFE]
        for unit in "id,name\r\n1,Zoë\r\n".utf16 { little += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let read = try rows(little, chunkSize: 3)
        #expect(read.summary.encoding == "UTF-16LE")
        #expect(read.rows.map(\.fields) == [["id", "name"], ["1", "Zoë"]])
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in "a\tb\n😀\tx\n".utf16 { big += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let bigRead = try rows(big, chunkSize: 5)
        #expect(bigRead.summary.encoding == "UTF-16BE")
        #expect(bigRead.rows.map(\.fields) == [["a", "b"], ["😀", "x"]])
    }

    @Test func reportsInvalidUTF8AndReadsTheFieldAsWindows1252() throws {
        let bytes = Array("id,name\n1,".utf8) + [0x5A, 0x6F, 0xEB] + Array("\n2,ok\n".utf8)
        let read = try rows(bytes)
        #expect(read.rows.map(\.fields) == [["id", "name"], ["1", "Zoë"], ["2", "ok"]])
        #expect(read.summary.issues == [CSVIssue(kind: .invalidUTF8, line: 2, column: 2)])
    }

    /// A quote that never closes is reported at its line and column, and the lines after it are
    /// still read as rows.
    @Test func recoversFromAnUnterminatedQuote() throws {
        var text = "a,b\n1,\"broken\n"
        for index in 0..<300 { text += "\(index),x\n" }
        let read = try rows(text)
        #expect(read.summary.issues.first == CSVIssue(kind: .unterminatedQuote, line: 2, column: 2))
        #expect(read.rows.count == 302)
        #expect(read.rows[1].fields == ["1", "\"broken"])
        #expect(read.rows[2].line == 3 && read.rows[2].fields == ["0", "x"])
        #expect(read.rows.last?.fields == ["299", "x"])
        #expect(read.rows.last?.line == 302)
    }

    @Test func anUnterminatedQuoteAtTheEndKeepsTheRowsBefore() throws {
        let read = try rows("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(read.summary.issues.map(\.kind) == [.unterminatedQuote])
        #expect(read.rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "\"open"], ["4", "5"]])
    }

    @Test func keepsTextAfterAClosingQuoteAndReportsIt() throws {
        let read = try rows("a,b\n\"abc\"def,2\n")
        #expect(read.rows.last?.fields == ["abcdef", "2"])
        #expect(read.summary.issues == [CSVIssue(kind: .textAfterQuote, line: 2, column: 1)])
    }

    @Test func passesRaggedRowsOnAndSkipsBlankLines() throws {
        let read = try rows("a,b,c\n1,2\n\n1,2,3,4\r\n")
        #expect(read.rows.map(\.fields) == [["a", "b", "c"], ["1", "2"], ["1", "2", "3", "4"]])
        #expect(read.rows.map(\.line) == [1, 2, 4])
    }

    @Test func givesTrimmedBytesWithoutMakingStrings() throws {
        var seen: [[UInt8]] = []
        _ = try CSVFileReader().read(bytes: Array("h\n  x \t\n".utf8)) { row in seen.append(Array(row.trimmedBytes(0))) }
        #expect(seen == [Array("h".utf8), Array("x".utf8)])
    }
}
