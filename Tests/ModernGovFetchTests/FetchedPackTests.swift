import EvidenceFixtures
import Foundation
import Testing

extension LoopbackFetchTests {
    /// A pack built from a fetched folder: the ILACS pack's governance items are satisfied by the
    /// fetched meetings (the corporate parenting board's last three, the scrutiny committee's last two).
    @Suite struct FetchedPackTests {
        @Test func fetchedMeetingsSatisfyTheGovernanceItems() throws {
            guard let server = try LoopbackServer() else { return }
            defer { server.stop() }
            let root = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: root) }
            let inputs = root.appendingPathComponent("inputs")
            let fetched = try FetchTestSupport.fetch(server.site("good"), committees: ["Corporate Parenting*", "*Scrutiny*"],
                                                     into: inputs.appendingPathComponent("moderngov"))
            #expect(fetched.status == 0, "\(fetched.printed)")
            // The build reads only the folder: the site is gone by now.
            server.stop()
            let build = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", root.appendingPathComponent("pack").path,
                                           "--reference-date", "2026-06-30", "--json", "--no-cache"])
            #expect(build.status == 1, "\(build.printed)")   // the rest of the pack is missing
            let summary = try JSONSerialization.jsonObject(with: Data(build.stdout.utf8)) as? [String: Any] ?? [:]
            let items = summary["items"] as? [[String: Any]] ?? []
            func status(_ id: String) -> String? { items.first { $0["id"] as? String == id }?["status"] as? String }
            #expect(status("corporate-parenting-board-minutes") == "present")
            #expect(status("scrutiny-minutes") == "present")
            // The cancelled meeting is listed as doubtful on its item, never counted as minutes.
            let pack = try Data(contentsOf: root.appendingPathComponent("pack/data/pack.json"))
            let text = String(decoding: pack, as: UTF8.self)
            #expect(text.contains("the meeting was cancelled"))
            // Each committee's list of meetings, saved beside the meetings, adds no warning where the
            // meeting's own record is there.
            let packItems = (try JSONSerialization.jsonObject(with: pack) as? [String: Any])?["items"] as? [[String: Any]] ?? []
            #expect(packItems.contains { $0["id"] as? String == "corporate-parenting-board-minutes" && $0["warnings"] != nil })
            for id in ["corporate-parenting-board-minutes", "scrutiny-minutes"] {
                let warnings = packItems.first { $0["id"] as? String == id }?["warnings"] as? [[String: Any]] ?? []
                let listWarnings = warnings.filter { ($0["reason"] as? String)?.contains("list of meetings") == true }
                #expect(listWarnings.isEmpty, "\(id): \(listWarnings)")
            }
            // Links carry the publication date and the restricted flag, and both outputs still match their schemas.
            #expect(text.contains("\"restricted\":false") && text.contains("\"date\":\"2026-01-01\""))
            try expectValidOutputs(root.appendingPathComponent("pack/data"))
        }

        /// pack.xml against Schemas/pack.xsd (xmllint) and pack.json against Schemas/pack.schema.json
        /// (jsonschema); each skipped with a message when its validator is missing.
        func expectValidOutputs(_ data: URL) throws {
            let schemas = CLIRunner.packageRoot.appendingPathComponent("Schemas")
            let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")
            if FileManager.default.isExecutableFile(atPath: xmllint.path) {
                let result = try CLIRunner.runProgram(xmllint, ["--noout", "--nonet", "--schema", schemas.appendingPathComponent("pack.xsd").path,
                                                                data.appendingPathComponent("pack.xml").path])
                #expect(result.status == 0, "\(result.printed)")
            } else {
                Issue.record("needs xmllint (Debian: apt-get install libxml2-utils; bash scripts/install-dependencies.sh installs it)")
            }
            guard let python = CLIRunner.python(with: "jsonschema, referencing") else {
                Issue.record("needs python3 with jsonschema (bash scripts/install-dependencies.sh installs it)")
                return
            }
            let result = try CLIRunner.runProgram(python, [CLIRunner.packageRoot.appendingPathComponent("scripts/validate-json.py").path,
                                                            schemas.appendingPathComponent("pack.schema.json").path,
                                                            data.appendingPathComponent("pack.json").path])
            #expect(result.status == 0, "\(result.printed)")
        }
    }
}
