import AnnexASampleGenerator
import AnnexASpec
import EvidenceModel
import Foundation
import Testing

@Suite struct AnnexASampleGeneratorTests {
    let referenceDate = CalendarDate(year: 2026, month: 11, day: 20) ?? CalendarDate(daysSinceEpoch: 20_000)

    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        let template = try template2024()
        let one = AnnexASampleGenerator(template: template, seed: 7, size: .tiny, referenceDate: referenceDate)
        let again = AnnexASampleGenerator(template: template, seed: 7, size: .tiny, referenceDate: referenceDate)
        let other = AnnexASampleGenerator(template: template, seed: 8, size: .tiny, referenceDate: referenceDate)
        for list in 1...11 {
            #expect(one.csv(list: list).text == again.csv(list: list).text, "list \(list)")
        }
        #expect(one.csv(list: 1).text != other.csv(list: 1).text)
    }

    @Test func writesTheTemplateHeaderAndTheVolumesOfTheSize() throws {
        let template = try template2024()
        let generator = AnnexASampleGenerator(template: template, seed: 1, size: .small, referenceDate: referenceDate)
        for spec in template.lists {
            let text = generator.csv(list: spec.number).text
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == generator.rowCount(for: spec.number) + 1, "list \(spec.number)")
            #expect(generator.rowCount(for: spec.number) == Int((Double(AnnexASampleGenerator.mediumVolumes[spec.number] ?? 0) * 0.1).rounded()))
        }
        // Contacts outnumber adoptions by orders of magnitude, as in a real authority.
        #expect(generator.rowCount(for: 1) > 50 * generator.rowCount(for: 10))
        let exact = AnnexASampleGenerator(template: template, seed: 1, size: .tiny, referenceDate: referenceDate, rowCounts: [3: 12])
        #expect(exact.rowCount(for: 3) == 12)
    }

    @Test func writesNoRealLookingPersonalData() throws {
        let template = try template2024()
        let text = AnnexASampleGenerator(template: template, seed: 2, size: .tiny, referenceDate: referenceDate).csv(list: 8).text
        let rows = text.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)
        for row in rows {
            let id = row.split(separator: ",", omittingEmptySubsequences: false)[0]
            #expect(id.count == 8 && id.first == "C" && id.dropFirst().allSatisfy(\.isNumber))
        }
    }

    @Test func reportsWhereEachErrorWasPlanted() throws {
        let template = try template2024()
        let generator = AnnexASampleGenerator(template: template, seed: 5, size: .tiny, referenceDate: referenceDate,
                                              errors: AnnexASampleGenerator.ErrorKind.allCases)
        let (text, injected) = generator.csv(list: 3)
        #expect(Set(injected.map(\.kind)) == Set(AnnexASampleGenerator.ErrorKind.allCases))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for error in injected {
            #expect(error.list == 3)
            #expect(error.header == template.list(3)?.columns[error.column - 1].header)
            let cells = lines[error.line - 1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            switch error.kind {
            case .missingRequired: #expect(cells[error.column - 1].isEmpty)
            case .invalidDate: #expect(cells[error.column - 1].hasPrefix("31/02/"))
            case .notWholeNumber: #expect(cells[error.column - 1] == "2.5")
            case .duplicateKey: #expect(lines[error.line - 1] == lines[error.line - 2])
            case .unknownCode: #expect(template.list(3)?.columns[error.column - 1].valueSet?.resolve(cells[error.column - 1]) == .unknown)
            case .outsideWindow, .dateOrder: #expect(AnnexADate.parse(cells[error.column - 1]) != nil)
            }
        }
    }

    @Test func writesFilesToAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annexa-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = AnnexASampleGenerator(template: try template2024(), seed: 1, size: .tiny, referenceDate: referenceDate)
        _ = try generator.writeAll(to: folder, lists: [1, 11])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["list-1.csv", "list-11.csv"])
        let written = try String(contentsOf: folder.appendingPathComponent("list-11.csv"), encoding: .utf8)
        #expect(written == generator.csv(list: 11).text)
    }
}
