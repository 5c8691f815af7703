import AnnexASampleGenerator
import AnnexASpec
import AnnexA
import CSVTableImporter
import EvidenceModel
import Foundation
import Testing

/// The byte-level reader copies runs of ordinary bytes in one go and validates cells on their
/// bytes: whatever the chunk size, the records, values and findings must be those of reading the
/// whole file at once.
@Suite struct ChunkBoundaryTests {
    func records(_ bytes: [UInt8], chunkSize: Int) throws -> (rows: [[String]], lines: [Int], summary: CSVFileReader.Summary) {
        var rows: [[String]] = []
        var lines: [Int] = []
        let summary = try CSVFileReader(chunkSize: chunkSize).read(bytes: bytes) { row in
            rows.append(row.strings)
            lines.append(row.line)
        }
        return (rows, lines, summary)
    }

    /// Quoted fields with doubled quotes and CR, LF and CRLF inside them, CRLF and bare CR line
    /// ends, text after a closing quote and a Windows-1252 byte: the same records and issues at
    /// every chunk size from 1 byte up, so every edge falls inside every construct.
    @Test func everyChunkSizeGivesTheSameRecordsAndIssues() throws {
        let text = "id,note,more\r\n1,\"a \"\"quoted\"\" word\",x\r\n2,\"two\r\nlines\",\"cr\ronly\"\n3,\"ab\"cd,\"\"\r4,plain,\"\"\"\"\r\n\r\n5,,\n"
        let bytes = Array(text.utf8) + [0x36, 0x2C, 0xE9, 0x2C, 0x7A, 0x0D, 0x0A]
        let whole = try records(bytes, chunkSize: 1 << 20)
        #expect(whole.rows.count == 7)
        #expect(whole.rows[1] == ["1", "a \"quoted\" word", "x"])
        #expect(whole.rows[2] == ["2", "two\r\nlines", "cr\ronly"])
        #expect(whole.rows[3] == ["3", "abcd", ""])
        #expect(whole.rows[4] == ["4", "plain", "\""])
        #expect(whole.rows[6] == ["6", "é", "z"])
        #expect(whole.summary.issues.map(\.kind) == [.textAfterQuote, .invalidUTF8])
        for size in 1...bytes.count {
            let cut = try records(bytes, chunkSize: size)
            #expect(cut.rows == whole.rows, "chunk size \(size)")
            #expect(cut.lines == whole.lines, "chunk size \(size)")
            #expect(cut.summary.issues == whole.summary.issues, "chunk size \(size)")
            #expect(cut.summary.lastLine == whole.summary.lastLine, "chunk size \(size)")
        }
    }

    /// A quote that never closes is read again as text: the replay gives the same rows whether the
    /// quote, the line ends after it, or the point where it gives up fall in one chunk or many.
    @Test func aStrayQuoteRecoversTheSameAcrossChunks() throws {
        var text = "a,b\n1,\"stray\n"
        for index in 0..<8 { text += "\(index),\"\"x\"\"\r\n" }
        let bytes = Array(text.utf8)
        var parserRows: [[String]] = []
        var parser = CSVParser(maximumLinesInQuotedField: 3)
        parser.feed(bytes) { parserRows.append($0.strings) }
        parser.finish { parserRows.append($0.strings) }
        for size in [1, 2, 3, 5, 7, 11] {
            var rows: [[String]] = []
            var chunked = CSVParser(maximumLinesInQuotedField: 3)
            var offset = 0
            while offset < bytes.count {
                chunked.feed(bytes[offset..<min(bytes.count, offset + size)]) { rows.append($0.strings) }
                offset += size
            }
            chunked.finish { rows.append($0.strings) }
            #expect(rows == parserRows, "chunk size \(size)")
            #expect(chunked.issues == parser.issues, "chunk size \(size)")
        }
        #expect(parser.issues.first?.kind == .unterminatedQuote)
        #expect(parserRows.count == 10)
    }

    /// A generated list with every kind of planted error, read by the Annex A reader in small
    /// chunks: the same values, dates and diagnostics as in one chunk.
    @Test(arguments: [1, 3, 10])
    func annexAListsReadTheSameInSmallChunks(list: Int) throws {
        let template = try Fixture.template()
        let generator = AnnexASampleGenerator(template: template, seed: 9, size: .tiny, referenceDate: Fixture.referenceDate,
                                              errors: AnnexASampleGenerator.ErrorKind.allCases)
        let bytes = Array(generator.csv(list: list).text.utf8)
        func read(chunkSize: Int) throws -> (values: [[String]], dates: [[CalendarDate?]], result: AnnexAReadResult) {
            var values: [[String]] = []
            var dates: [[CalendarDate?]] = []
            let reader = AnnexAListReader(template: template, referenceDate: Fixture.referenceDate,
                                          displayPath: AnnexASampleGenerator.fileName(for: list), chunkSize: chunkSize)
            let result = try reader.read(bytes: bytes) { row in
                values.append(row.values)
                dates.append(row.values.indices.map(row.date))
            }
            return (values, dates, result)
        }
        let whole = try read(chunkSize: 1 << 20)
        #expect(!whole.values.isEmpty)
        #expect(whole.result.diagnostics.contains { $0.severity == .error })
        for size in [1, 2, 7, 64, 1000] {
            let cut = try read(chunkSize: size)
            #expect(cut.values == whole.values, "chunk size \(size)")
            #expect(cut.dates == whole.dates, "chunk size \(size)")
            #expect(cut.result.diagnostics == whole.result.diagnostics, "chunk size \(size)")
            #expect(cut.result.rowCount == whole.result.rowCount, "chunk size \(size)")
        }
    }

    /// The ten-byte `dd/mm/yyyy` shortcut agrees with the general date reader on every kind of
    /// ten-byte cell: real days, 29 February in leap and other years, day or month 0, 13th months.
    @Test func theTemplateDateShortcutAgreesWithTheGeneralReader() {
        var checked = 0
        for year in [0, 1, 1900, 2000, 2023, 2024, 2100, 9999] {
            for month in 0...13 {
                for day in [0, 1, 28, 29, 30, 31, 32] {
                    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
                    let yearText = String(repeating: "0", count: 4 - String(year).count) + String(year)
                    let text = "\(two(day))/\(two(month))/\(yearText)"
                    let bytes = Array(text.utf8)
                    let fast = bytes.withUnsafeBufferPointer { AnnexADate.parse($0) }
                    let general = AnnexADate.parse(bytes[...])
                    #expect(fast?.date == general?.date && fast?.form == general?.form, "\(text)")
                    checked += 1
                }
            }
        }
        for text in ["1a/02/2024", "01-02-2024", "01/02/202x", "2024/02/01", "01/02/2024 ", " 1/02/2024"] {
            let bytes = Array(text.utf8)
            let fast = bytes.withUnsafeBufferPointer { AnnexADate.parse($0) }
            let general = AnnexADate.parse(bytes[...])
            #expect(fast?.date == general?.date && fast?.form == general?.form, "\(text)")
        }
        #expect(checked > 700)
    }

    /// Code lookup on a buffer (the reader's path) resolves every spelling as the string path does:
    /// template values, their loose spellings, aliases and unknown text.
    @Test func codeLookupOnBytesAgreesWithTheStringLookup() throws {
        let template = try Fixture.template()
        var checked = 0
        for set in template.valueSets.values {
            var spellings = ["", "x", "zz top", "a)", "N99"]
            for value in set.values {
                spellings += [value, value.lowercased(), value.uppercased(), value.replacingOccurrences(of: " ", with: ""),
                              String(value.dropFirst(3)), String(value.prefix(5))]
            }
            for text in spellings {
                let bytes = Array(text.utf8)
                let fromBuffer = bytes.withUnsafeBufferPointer { set.resolve($0) }
                #expect(fromBuffer == set.resolve(bytes[...]), "\(set.name): \(text)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The duplicate check answers as a plain map would, over enough rows to fill its batches and
    /// its filter: each repeat names the first line its key was on, and past the cap on
    /// remembered keys, only keys remembered before the cap are still found.
    @Test(arguments: [Int.max, 1500])
    func theDuplicateCheckAnswersAsAPlainMapWould(cap: Int) throws {
        let template = try Fixture.template()
        var generator = SplitMix64(seed: 42)
        var lines = ["Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source"]
        var keys: [String] = []
        for _ in 0..<4000 {
            // Mostly new children; now and then one seen before (near or far back).
            let id = keys.isEmpty || Int.random(in: 0..<10, using: &generator) > 0
                ? "C\(Int.random(in: 0..<1_000_000_000, using: &generator))" : keys[Int.random(in: 0..<keys.count, using: &generator)]
            keys.append(id)
            lines.append("\(id),a) Male,a) WBRI,01/01/2015,11,01/10/2026,a) 1A: Individual")
        }
        // What a plain map says, line numbers starting at 2 (after the header).
        var firstLine: [String: Int] = [:]
        var expected: [(line: Int, first: Int)] = []
        var stoppedAt: Int?
        for (offset, id) in keys.enumerated() {
            let line = offset + 2
            if let first = firstLine[id] {
                expected.append((line, first))
            } else if firstLine.count < cap {
                firstLine[id] = line
            } else if stoppedAt == nil {
                stoppedAt = line
            }
        }
        let reader = AnnexAListReader(template: template, referenceDate: Fixture.referenceDate, displayPath: "list-1.csv",
                                      diagnosticsPerKind: 100_000, duplicateCheckRows: cap)
        let result = try reader.read(bytes: Array((lines.joined(separator: "\n") + "\n").utf8))
        let found = result.diagnostics.filter { $0.code == "annexa.duplicate" }
        #expect(found.map { $0.location?.line } == expected.map(\.line))
        #expect(found.count == expected.count)
        for (diagnostic, pair) in zip(found, expected) {
            #expect(diagnostic.message.hasSuffix("as line \(pair.first)"), "line \(pair.line)")
        }
        #expect(result.diagnostics.filter { $0.code == "annexa.duplicate.unchecked" }.map { $0.location?.line } == (stoppedAt.map { [$0] } ?? []))
        #expect(expected.count > 100)
    }
}

/// A small seeded generator, so the generated rows are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
