import EvidenceFixtures
import Foundation
import Testing

extension LoopbackFetchTests {
    /// `fetch moderngov` against the loopback server: a mirror of two committees, then a second run that
    /// sends only conditional requests and writes nothing.
    @Suite struct FetchMirrorTests {
        @Test func mirrorsThenMakesOnlyConditionalRequests() throws {
            guard let server = try LoopbackServer() else { return }
            defer { server.stop() }
            let root = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: root) }
            let mirror = root.appendingPathComponent("moderngov")

            let first = try FetchTestSupport.fetch(server.site("good"), committees: ["Corporate Parenting*", "*scrutiny*"], into: mirror)
            #expect(first.status == 0, "\(first.printed)")
            let summary = try FetchTestSupport.summary(first)
            #expect(summary["committees"] as? Int == 2)
            #expect(summary["meetings"] as? Int == 6)          // 7000 (2024) is outside the window
            #expect(summary["documents"] as? Int == 5)
            #expect(summary["skippedRestricted"] as? Int == 1)
            #expect(summary["skippedOffSite"] as? Int == 1)
            #expect(summary["requests"] as? Int == 14)
            #expect(summary["downloaded"] as? Int == 14)
            #expect(summary["failed"] as? Int == 0 && summary["ok"] as? Bool == true)
            for path in ["committees.xml", "committee-55/meetings.xml", "committee-55/meeting-7001.xml", "committee-56/meeting-7102.xml",
                         "committee-55/meeting-7001/97001-performance-report.pdf", ".moderngov-fetch.json"] {
                #expect(FileManager.default.fileExists(atPath: mirror.appendingPathComponent(path).path), "\(path)")
            }
            #expect(!FileManager.default.fileExists(atPath: mirror.appendingPathComponent("committee-55/meeting-7000.xml").path))
            let requests = try server.takeRequests()
            #expect(!requests.contains { $0.path.hasSuffix("secret.pdf") }, "a restricted document was requested")
            #expect(requests.allSatisfy { $0.cookie == nil && $0.authorization == nil })
            // The committees' GetMeetings run concurrently: find committee 55's, whichever came first.
            #expect(requests.first { $0.path.hasSuffix("GetMeetings") && $0.query["lCommitteeId"] == "55" }?.query
                    == ["lCommitteeId": "55", "sFromDate": "01/07/2025", "sToDate": "30/06/2026"])
            let before = try FetchTestSupport.fileStates(mirror)

            let second = try FetchTestSupport.fetch(server.site("good"), committees: ["Corporate Parenting*", "*scrutiny*"], into: mirror)
            #expect(second.status == 0, "\(second.printed)")
            let again = try FetchTestSupport.summary(second)
            #expect(again["requests"] as? Int == 14)
            #expect(again["conditionalRequests"] as? Int == 14)
            #expect(again["notModified"] as? Int == 14)
            #expect(again["downloaded"] as? Int == 0)
            let conditional = try server.takeRequests()
            #expect(conditional.count == 14 && conditional.allSatisfy(\.isConditional))
            #expect(try FetchTestSupport.fileStates(mirror) == before, "the second run wrote something")
            try expectValidSummary(first.stdout)
            try expectValidSummary(second.stdout)
        }

        @Test func whatTheSiteWithdrawsLeavesTheMirrorAndNothingElseDoes() throws {
            guard let server = try LoopbackServer() else { return }
            defer { server.stop() }
            let mirror = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: mirror) }
            let committees = ["Corporate Parenting*"]
            #expect(try FetchTestSupport.fetch(server.site("good"), committees: committees, into: mirror).status == 0)
            let withdrawnMeeting = "committee-55/meeting-7002.xml"
            let withdrawnMeetingReport = "committee-55/meeting-7002/97002-performance-report.pdf"
            let withdrawnReport = "committee-55/meeting-7003/97003-performance-report.pdf"
            let kept = "committee-55/meeting-7001/97001-performance-report.pdf"
            for path in [withdrawnMeeting, withdrawnMeetingReport, withdrawnReport, kept] {
                #expect(FileManager.default.fileExists(atPath: mirror.appendingPathComponent(path).path), "\(path)")
            }
            // Someone's own note in a withdrawn meeting's folder, and a meeting outside the next run's window.
            let note = mirror.appendingPathComponent("committee-55/meeting-7002/my-notes.txt")
            try Data("notes\n".utf8).write(to: note)

            server.withdrawMeetingAndDocument()
            let later = try FetchTestSupport.fetch(server.site("good"), committees: committees, into: mirror)
            #expect(later.status == 0, "\(later.printed)")
            let summary = try FetchTestSupport.summary(later)
            #expect(summary["removed"] as? Int == 3)
            #expect((summary["removedPaths"] as? [String])?.sorted() == [withdrawnMeeting, withdrawnMeetingReport, withdrawnReport].sorted())
            for path in [withdrawnMeeting, withdrawnMeetingReport, withdrawnReport] {
                #expect(!FileManager.default.fileExists(atPath: mirror.appendingPathComponent(path).path), "\(path) is still there")
            }
            #expect(FileManager.default.fileExists(atPath: mirror.appendingPathComponent(kept).path))
            #expect(try String(contentsOf: note, encoding: .utf8) == "notes\n")
            try expectValidSummary(later.stdout)

            // A narrower window: meetings that fell out of it were not withdrawn, and stay.
            let narrow = try CLIRunner.run(["fetch", "moderngov", "--site", server.site("good"), "--since", "2026-05-01",
                                            "--until", "2026-06-30", "--into", mirror.path, "--allow-http", "--json",
                                            "--committee", "Corporate Parenting*"])
            #expect(narrow.status == 0, "\(narrow.printed)")
            #expect(try FetchTestSupport.summary(narrow)["removed"] as? Int == 0)
            #expect(FileManager.default.fileExists(atPath: mirror.appendingPathComponent(kept).path))
        }

        @Test func aChangedReplyIsRewrittenAndAnUnchangedOneIsNot() throws {
            guard let server = try LoopbackServer() else { return }
            defer { server.stop() }
            let mirror = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: mirror) }
            _ = try FetchTestSupport.fetch(server.site("good"), committees: ["Audit Committee"], into: mirror)
            // A lost index: every answer comes back whole, but the bytes are those saved, so nothing is rewritten.
            try FileManager.default.removeItem(at: mirror.appendingPathComponent(".moderngov-fetch.json"))
            let saved = mirror.appendingPathComponent("committee-144/meeting-7301.xml")
            try Data("edited by hand".utf8).write(to: saved)
            // What a killed fetch leaves (a hidden temporary file) is removed by the next one.
            let leftover = mirror.appendingPathComponent("committee-144/.meeting-7301.xml.partial-1-abcdef12")
            try Data("half".utf8).write(to: leftover)
            let before = try FetchTestSupport.fileStates(mirror).filter {
                $0.key != "/committee-144/meeting-7301.xml" && !$0.key.contains(".partial-")
            }
            let result = try FetchTestSupport.fetch(server.site("good"), committees: ["Audit Committee"], into: mirror)
            #expect(result.status == 0, "\(result.printed)")
            let summary = try FetchTestSupport.summary(result)
            #expect(summary["downloaded"] as? Int == 1)       // the edited reply
            #expect(summary["unchanged"] as? Int == 3)
            #expect(try String(contentsOf: saved, encoding: .utf8).contains("<meetingid>7301</meetingid>"))
            #expect(!FileManager.default.fileExists(atPath: leftover.path))
            let after = try FetchTestSupport.fileStates(mirror)
            for (path, state) in before where path != "/.moderngov-fetch.json" { #expect(after[path] == state, "\(path) was rewritten") }
        }

        /// Validates a summary against Schemas/fetch-summary.schema.json (python3 with jsonschema, which the set-up installs).
        func expectValidSummary(_ json: String) throws {
            guard let python = CLIRunner.python(with: "jsonschema, referencing") else {
                Issue.record("needs python3 with jsonschema (bash scripts/install-dependencies.sh installs it)")
                return
            }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("fetch-\(UUID().uuidString).json")
            defer { try? FileManager.default.removeItem(at: file) }
            try Data(json.utf8).write(to: file)
            let schema = CLIRunner.packageRoot.appendingPathComponent("Schemas/fetch-summary.schema.json")
            let result = try CLIRunner.runProgram(python, [CLIRunner.packageRoot.appendingPathComponent("scripts/validate-json.py").path,
                                                            schema.path, file.path])
            #expect(result.status == 0, "\(result.printed)")
        }
    }
}
