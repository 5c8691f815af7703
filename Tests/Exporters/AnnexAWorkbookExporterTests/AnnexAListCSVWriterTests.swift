import AnnexASampleGenerator
@testable import AnnexAWorkbookExporter
import Foundation
import Testing

/// The list CSV writer copies plain cells in one pass and sends the rest through neutralising and
/// quoting: every cell must come out as that slower path writes it.
@Suite struct AnnexAListCSVWriterTests {
    @Test func everyCellIsWrittenAsNeutralisingAndQuotingWriteIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("list-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pieces = ["", "a", "Z9", " ", ",", "\"", "=", "+", "-", "@", "\n", "\r", "\t", "é", "’", "1", "-3", "=SUM(A1)", "x y", "\u{7F}"]
        var generator = SeededRandom(seed: 20261205)
        var rows: [[String]] = []
        for _ in 0..<2_000 {
            rows.append((0..<6).map { _ in (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() })
        }
        let url = folder.appendingPathComponent("list-01.csv")
        let writer = try AnnexAListCSVWriter(url: url, headers: ["A", "B", "C", "D", "E", "F"])
        for row in rows { try writer.append(row) }
        try writer.close()
        var expected: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("A,B,C,D,E,F\r\n".utf8)
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { expected.append(UInt8(ascii: ",")) }
                AnnexAListCSVWriter.encode(AnnexAListCSVWriter.neutralised(field), into: &expected)
            }
            expected += [13, 10]
        }
        let written = try [UInt8](Data(contentsOf: url))
        #expect(written == expected)
        // The generated cells include both kinds.
        #expect(rows.joined().contains { field in var field = field; return field.withUTF8(AnnexAListCSVWriter.isPlain) && !field.isEmpty })
        #expect(rows.joined().contains { field in var field = field; return !field.withUTF8(AnnexAListCSVWriter.isPlain) })
    }
}

