import EvidenceFixtures
import Foundation
import Testing

extension LoopbackFetchTests {
    /// Every failure case ends with a clear message: a slow answer, a 500, an HTML error page served as
    /// XML, a response over the size limit; a site that answers HTML, redirects off the site, does not
    /// answer, or is plain http without `--allow-http`.
    @Suite struct FetchFailureTests {
        @Test func failuresOfSomeMeetingsAndDocuments() throws {
            guard let server = try LoopbackServer() else { return }
            defer { server.stop() }
            let mirror = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: mirror) }
            let result = try FetchTestSupport.fetch(server.site("good"), committees: ["troubled*"], into: mirror,
                                                    extra: ["--timeout", "1", "--retries", "1", "--max-response-bytes", "1000000"])
            #expect(result.status == 1, "\(result.printed)")
            let summary = try FetchTestSupport.summary(result)
            #expect(summary["failed"] as? Int == 4)
            let messages = (summary["failures"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }.joined(separator: "\n")
            #expect(messages.contains("no answer within 1 s (after 2 attempts)"))
            #expect(messages.contains("HTTP 500"))
            #expect(messages.contains("an HTML error page from the web server"))
            #expect(messages.contains("larger than the limit of 1000000 bytes"))
            // What succeeded is saved; what failed is not, and no half file is left.
            #expect(FileManager.default.fileExists(atPath: mirror.appendingPathComponent("committee-60/meeting-7204.xml").path))
            for name in ["meeting-7201.xml", "meeting-7202.xml", "meeting-7203.xml", "meeting-7204"] {
                #expect(!FileManager.default.fileExists(atPath: mirror.appendingPathComponent("committee-60/\(name)").path), "\(name)")
            }
            #expect(try FetchTestSupport.fileStates(mirror).keys.allSatisfy { !$0.contains(".partial-") })
            let requests = try server.takeRequests()
            #expect(requests.filter { $0.query["lMeetingId"] == "7202" }.count == 2)   // retried once
            #expect(requests.filter { $0.query["lMeetingId"] == "7203" }.count == 1)   // an answer, not retried
        }

        @Test func aSiteThatAnswersHTMLLeavesTheMirrorAsItWas() throws {
            guard let server = try LoopbackServer() else { return }
            defer { server.stop() }
            let mirror = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: mirror) }
            _ = try FetchTestSupport.fetch(server.site("good"), committees: ["Audit*"], into: mirror)
            let before = try FetchTestSupport.fileStates(mirror)
            _ = try server.takeRequests()
            let cases = [("broken", "GetCommittees: an HTML error page from the web server"),
                         ("login", "GetCommittees: an HTML page that redirects"),
                         ("offsite", "GetCommittees: redirected off the site, to elsewhere.example.com")]
            for (site, words) in cases {
                let result = try FetchTestSupport.fetch(server.site(site), committees: ["Audit*"], into: mirror)
                #expect(result.status == 2, "\(site): \(result.printed)")
                let error = try FetchTestSupport.summary(result)["error"] as? String ?? ""
                #expect(error.contains(server.site(site)) && error.contains(words), "\(error)")
                #expect(try FetchTestSupport.fileStates(mirror) == before, "\(site) changed the mirror")
                #expect(try server.takeRequests().allSatisfy { !$0.isConditional }, "another site's validators were sent")
            }
            let unmatched = try FetchTestSupport.fetch(server.site("good"), committees: ["Nothing like it"], into: mirror)
            #expect(unmatched.status == 2)
            #expect((try FetchTestSupport.summary(unmatched)["error"] as? String)?.contains("none matching 'Nothing like it'") == true)
        }

        @Test func aSiteThatDoesNotAnswer() throws {
            let mirror = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: mirror) }
            // Port 9 (discard) on loopback: nothing listens there in the test environment.
            let result = try FetchTestSupport.fetch("http://127.0.0.1:9/site", committees: ["*"], into: mirror, extra: ["--retries", "0"])
            #expect(result.status == 2, "\(result.printed)")
            let error = try FetchTestSupport.summary(result)["error"] as? String ?? ""
            #expect(error.contains("http://127.0.0.1:9/site: GetCommittees:"), "\(error)")
        }

        @Test func plainHTTPNeedsItsFlag() throws {
            let mirror = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: mirror) }
            let result = try CLIRunner.run(["fetch", "moderngov", "--site", "http://127.0.0.1:9", "--committee", "*",
                                            "--since", "2026-01-01", "--into", mirror.path])
            #expect(result.status == 2)
            #expect(result.stderr.contains("pass --allow-http"), "\(result.printed)")
            let credentials = try CLIRunner.run(["fetch", "moderngov", "--site", "https://user:secret@democracy.example.gov.uk", "--committee", "*",
                                                 "--since", "2026-01-01", "--into", mirror.path])
            #expect(credentials.status == 2 && credentials.stderr.contains("must not carry credentials"))
            #expect(!credentials.printed.contains("secret"))
            let usage = try CLIRunner.run(["fetch", "moderngov", "--site", "https://x.example", "--since", "2026-01-01", "--into", mirror.path])
            #expect(usage.status == 64)
        }

        /// A negative or not-a-number retry delay is a usage error, not a trap when the first retry waits.
        @Test(arguments: ["-1", "nan", "1e20"]) func aRetryDelayOutOfRangeIsAUsageError(delay: String) throws {
            let mirror = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: mirror) }
            let result = try CLIRunner.run(["fetch", "moderngov", "--site", "http://127.0.0.1:9", "--allow-http", "--committee", "*",
                                            "--since", "2026-01-01", "--into", mirror.path, "--retry-delay=\(delay)"])
            #expect(result.status == 64, "\(result.printed)")
            #expect(result.stderr.contains("--retry-delay must be 0 to 60 seconds"), "\(result.printed)")
        }
    }
}
