import AnnexASampleGenerator
import AnnexASpec
import ArgumentParser
import EvidenceModel
import Foundation

/// `evidence-pack sample-data OUT`: writes a synthetic Annex A set (lists 1-11) for a fictional
/// authority, for examples, tests and benchmarks. Same seed and options, same bytes.
struct SampleDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample-data",
        abstract: "Write synthetic Annex A lists (list-1.csv … list-11.csv) for a fictional authority.",
        discussion: """
        No real child is in these files.

        EXAMPLES:
          evidence-pack sample-data --seed 1 --size large out/annex-a
          evidence-pack sample-data --list 1 --rows 1000000 out/big          (the benchmark list)
          evidence-pack sample-data --errors all out/with-errors             (one of each error per list)

        EXIT CODES:
          0   written
          2   the template spec was not found or the folder cannot be written
          64  usage error
        """)

    @Argument(help: "The folder to write into (created when missing).")
    var output: String

    @Option(name: .long, help: "The random seed (same seed, same files).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "The authority's size: tiny, small, medium or large.")
    var size: String = "medium"

    @Option(name: .long, help: "The inspection (reference) date the windows end on: YYYY-MM-DD or DD/MM/YYYY.")
    var referenceDate: String = "2026-11-20"

    @Option(name: .long, parsing: .upToNextOption, help: "Only these lists (1-11).")
    var list: [Int] = []

    @Option(name: .long, help: "Exact number of rows for each list written (overrides --size).")
    var rows: Int?

    @Option(name: .long, help: "Errors to plant, comma-separated, or 'all': \(AnnexASampleGenerator.ErrorKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var errors: String?

    @Option(name: .long, help: "The Annex A template version (default: the one in force on the reference date).")
    var template: String?

    func validate() throws {
        try ReferenceDate.validate(referenceDate)
        guard AnnexASampleGenerator.Size(rawValue: size) != nil else {
            throw ValidationError("--size must be one of: \(AnnexASampleGenerator.Size.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let bad = list.first(where: { !(1...11).contains($0) }) { throw ValidationError("--list \(bad): lists are numbered 1 to 11") }
        if let rows, rows < 0 { throw ValidationError("--rows must not be negative") }
        _ = try errorKinds()
    }

    func errorKinds() throws -> [AnnexASampleGenerator.ErrorKind] {
        guard let errors else { return [] }
        if errors == "all" { return AnnexASampleGenerator.ErrorKind.allCases }
        return try errors.split(separator: ",").map { name in
            guard let kind = AnnexASampleGenerator.ErrorKind(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown error kind '\(name)'")
            }
            return kind
        }
    }

    func run() throws {
        let date = ReferenceDate.parse(referenceDate) ?? CalendarDate(daysSinceEpoch: 0)
        let spec: AnnexATemplate
        do {
            spec = try AnnexATemplateLoader.template(for: date, version: template)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitStatus.failed)
        }
        let lists = list.isEmpty ? spec.lists.map(\.number) : list
        let counts = rows.map { count in Dictionary(uniqueKeysWithValues: lists.map { ($0, count) }) } ?? [:]
        let generator = AnnexASampleGenerator(template: spec, seed: seed, size: AnnexASampleGenerator.Size(rawValue: size) ?? .medium,
                                              referenceDate: date, rowCounts: counts, errors: try errorKinds())
        let folder = URL(fileURLWithPath: output)
        let injected: [AnnexASampleGenerator.InjectedError]
        do {
            injected = try generator.writeAll(to: folder, lists: lists)
        } catch {
            Console.error("error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(ExitStatus.failed)
        }
        for number in lists {
            Console.out("\(output)/\(AnnexASampleGenerator.fileName(for: number)): \(generator.rowCount(for: number)) rows")
        }
        for error in injected { Console.out("planted: \(error)") }
    }
}
