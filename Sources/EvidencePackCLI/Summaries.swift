import ArgumentParser
import EvidenceModel
import EvidencePackCore
import Foundation

/// The `--json` summary of `build` and `check` (Schemas/build-summary.schema.json, schemaVersion 4:
/// 4 added the statuses and items' `decision` of council overlays, 3 added `changes`; KPI items'
/// optional `kpi`, the latest-value table, came later within version 4).
struct BuildSummary: Codable {
    struct Pack: Codable {
        var id: String
        var title: String
        var version: String
    }
    struct ItemSummary: Codable {
        var id: String
        var section: String
        var required: Bool
        var status: EvidenceStatus
        var reason: String
        var decision: ItemDecision?
        /// For a KPI item with data: its row of the index's latest-value table.
        var kpi: KPIBenchmark?
    }
    struct SourceCounts: Codable {
        var total: Int
        var imported: Int
        var reused: Int
        var unclaimed: Int
    }
    struct DiagnosticCounts: Codable {
        var errors: Int
        var warnings: Int
        var notes: Int
    }

    var schemaVersion = 4
    var command: String
    var ok: Bool
    var error: String?
    var pack: Pack?
    var referenceDate: CalendarDate?
    var complete: Bool
    var counts: [String: Int]
    var items: [ItemSummary]
    var sources: SourceCounts?
    var diagnosticCounts: DiagnosticCounts?
    var diagnostics: [Diagnostic]
    var output: String?
    var upToDate: Bool?
    /// build only: what changed since the pack this build replaced.
    var changes: PackChanges?
    var durationSeconds: Double?
    var exitCode: Int32
}

enum Summaries {
    /// Prints the outcome (gap report or JSON summary) and throws the right exit code.
    static func report(_ outcome: BuildOutcome, command: String, options: PackOptions, failOn: FailOn = .incomplete) throws {
        let bundle = outcome.bundle
        let exitCode = exitCode(for: bundle, failOn: failOn)
        if options.json {
            let counts = bundle.statusCounts
            let summary = BuildSummary(
                command: command, ok: true, error: nil,
                pack: .init(id: bundle.pack.id, title: bundle.pack.title, version: bundle.pack.version),
                referenceDate: bundle.referenceDate, complete: bundle.isComplete,
                counts: Dictionary(uniqueKeysWithValues: EvidenceStatus.allCases.map { ($0.rawValue, counts[$0] ?? 0) }),
                items: bundle.items.map { .init(id: $0.id, section: $0.section, required: $0.required, status: $0.status, reason: $0.reason, decision: $0.decision, kpi: $0.kpi) },
                sources: .init(total: bundle.sources.count, imported: outcome.importedSources, reused: outcome.reusedSources, unclaimed: outcome.unclaimedSources),
                diagnosticCounts: .init(errors: bundle.diagnostics.filter { $0.severity == .error }.count,
                                        warnings: bundle.diagnostics.filter { $0.severity == .warning }.count,
                                        notes: bundle.diagnostics.filter { $0.severity == .note }.count),
                diagnostics: bundle.diagnostics, output: outcome.outputPath,
                upToDate: command == "build" ? outcome.upToDate : nil, changes: bundle.changes,
                durationSeconds: (outcome.durationSeconds * 1000).rounded() / 1000, exitCode: exitCode)
            FileHandle.standardOutput.write(try EvidenceJSON.encode(summary))
        } else {
            Console.print(bundle.diagnostics, quiet: options.quiet, verbose: options.verbose)
            if !options.quiet {
                Console.out(GapReport.text(for: bundle), terminator: "")
                if let path = outcome.outputPath { Console.out("Pack written to \(path)") }
            }
        }
        if exitCode != ExitStatus.success { throw ExitCode(exitCode) }
    }

    /// 0 or 1: with `--fail-on new-problems` and a previous pack, 1 only when something got worse than
    /// it; otherwise 1 when a required item is not present.
    static func exitCode(for bundle: EvidenceBundle, failOn: FailOn) -> Int32 {
        if failOn == .newProblems, let changes = bundle.changes, changes.previousPackFound {
            return changes.hasNewProblems ? ExitStatus.incomplete : ExitStatus.success
        }
        return bundle.isComplete ? ExitStatus.success : ExitStatus.incomplete
    }

    static func printBuildFailure(command: String, error: String, exitCode: Int32 = ExitStatus.failed) throws {
        let summary = BuildSummary(command: command, ok: false, error: error, pack: nil, referenceDate: nil, complete: false,
                                   counts: [:], items: [], sources: nil, diagnosticCounts: nil, diagnostics: [], output: nil,
                                   upToDate: nil, changes: nil, durationSeconds: nil, exitCode: exitCode)
        FileHandle.standardOutput.write(try EvidenceJSON.encode(summary))
    }
}

/// When `build` exits 1 once the pack is built.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    /// When a required item is missing, stale, invalid or needs review (the default).
    case incomplete
    /// Only when something got worse than the pack this build replaces: an item's status worsened,
    /// or an error is new. With no previous pack to compare with, as `incomplete`.
    case newProblems = "new-problems"
}

extension Console {
    static func out(_ text: String, terminator: String) {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }
}
