import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import EvidenceFixtures
import Foundation
import Testing

/// The bundled packs are data: they load, they are the size and shape the issue asks for, and the
/// example inputs give a plausible mix of statuses.
@Suite struct PackContentTests {
    static let packs = CLIRunner.packageRoot.appendingPathComponent("Packs")
    let registry = BuiltinModules.registry

    func load(_ name: String) throws -> PackDefinition {
        try PackDefinitionLoader(knownImporters: Set(registry.importers.map(\.descriptor.id)),
                                 knownExporters: Set(registry.exporters.map(\.descriptor.id)))
            .load(from: Self.packs.appendingPathComponent("\(name)/pack.yaml"))
    }

    @Test func theILACSPackHasAboutAHundredItemsInSections() throws {
        let pack = try load("ilacs")
        #expect((90...120).contains(pack.items.count))
        let lists = pack.items.compactMap(\.match.annexAList)
        #expect(Set(lists) == Set(1...11))
        #expect(pack.items.filter { $0.match.annexAList != nil }.allSatisfy { $0.basis == "framework" })
        #expect(pack.items.allSatisfy { $0.why?.isEmpty == false && $0.basis != nil })
        let used = Set(pack.items.map(\.section))
        #expect(pack.sections.allSatisfy { used.contains($0.id) })
        #expect(pack.items.first { $0.id == "corporate-parenting-board-minutes" }?.minimumCount == 3)
        #expect(pack.items.filter { !$0.match.kpi.isEmpty }.count >= 15)
    }

    @Test func theMonitoringVisitPackIsJustData() throws {
        let pack = try load("monitoring-visit")
        #expect(pack.identity.id == "monitoring-visit")
        #expect(pack.items.count >= 5)
    }

    func check(_ inputs: URL) async throws -> EvidenceBundle {
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        let request = BuildRequest(pack: try load("ilacs"), inputs: inputs, referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
        return try await pipeline.check(request).bundle
    }

    @Test func theExampleInputsGiveAPlausibleMix() async throws {
        let bundle = try await check(Self.packs.appendingPathComponent("ilacs/examples/inputs"))
        let counts = bundle.statusCounts
        #expect((counts[.present] ?? 0) >= 8)
        #expect((counts[.missing] ?? 0) >= 10)
        #expect((counts[.stale] ?? 0) >= 1)
    }

    @Test func removingAnInputTurnsExactlyItsItemsToMissing() async throws {
        let examples = Self.packs.appendingPathComponent("ilacs/examples/inputs")
        let copy = try CLIRunner.temporaryFolder().appendingPathComponent("inputs")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: examples, to: copy)
        let before = try await check(copy)
        let removed = "documents/iro-annual-report-2025-26.txt"
        // The items that file alone satisfies.
        let expected = Set(before.items.filter { item in
            item.status != .missing && !item.recordIDs.isEmpty && item.recordIDs.allSatisfy { $0.hasPrefix(removed + "#") }
        }.map(\.id))
        #expect(!expected.isEmpty)
        try FileManager.default.removeItem(at: copy.appendingPathComponent(removed))
        let after = try await check(copy)
        let changed = Set(zip(before.items, after.items).filter { $0.status != $1.status }.map(\.0.id))
        #expect(changed == expected)
        #expect(after.items.filter { expected.contains($0.id) }.allSatisfy { $0.status == .missing })
    }
}
