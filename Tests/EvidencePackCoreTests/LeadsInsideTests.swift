@testable import EvidencePackCore
import Foundation
import Testing

/// The check made just before each import that a discovered path still leads inside the inputs.
@Suite struct LeadsInsideTests {
    @Test func followsLinksToWhereTheyLead() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("leads-inside-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let inputs = base.appendingPathComponent("inputs"), outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("minutes"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("a".utf8).write(to: inputs.appendingPathComponent("minutes/cabinet.txt"))
        try Data("b".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        let manager = FileManager.default
        try manager.createSymbolicLink(at: inputs.appendingPathComponent("away.txt"), withDestinationURL: outside.appendingPathComponent("secret.txt"))
        try manager.createSymbolicLink(at: inputs.appendingPathComponent("alias.txt"), withDestinationURL: inputs.appendingPathComponent("minutes/cabinet.txt"))
        try manager.createSymbolicLink(at: inputs.appendingPathComponent("folder-away"), withDestinationURL: outside)
        // The inputs folder reached through a link of its own (a mapped drive, /tmp on macOS).
        let linkedRoot = base.appendingPathComponent("linked-inputs")
        try manager.createSymbolicLink(at: linkedRoot, withDestinationURL: inputs)

        #expect(SourceDiscovery.leadsInside("minutes/cabinet.txt", root: inputs))
        #expect(SourceDiscovery.leadsInside("alias.txt", root: inputs))
        #expect(!SourceDiscovery.leadsInside("away.txt", root: inputs))
        #expect(!SourceDiscovery.leadsInside("folder-away/secret.txt", root: inputs))
        #expect(!SourceDiscovery.leadsInside("../outside/secret.txt", root: inputs))
        #expect(SourceDiscovery.leadsInside("minutes/cabinet.txt", root: linkedRoot))
        #expect(!SourceDiscovery.leadsInside("away.txt", root: linkedRoot))
        // A file gone since discovery is not "outside": its import reports it missing.
        #expect(SourceDiscovery.leadsInside("minutes/deleted.txt", root: inputs))
        // A root written with a trailing slash means the same folder.
        #expect(SourceDiscovery.leadsInside("minutes/cabinet.txt", root: URL(fileURLWithPath: inputs.path + "/")))
    }
}
