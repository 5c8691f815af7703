import EvidenceFixtures
import Foundation
import Testing

/// The fetch tests, one at a time: each starts its own server and runs the CLI, and a server started
/// while another test's CLI run has its pipes open could hold them open.
@Suite(.serialized) enum LoopbackFetchTests {}

/// The test double of a ModernGov site (server.py), a real HTTP server on 127.0.0.1 started by the
/// tests themselves: no mock of the client. It logs each request it gets as a JSON line.
final class LoopbackServer: @unchecked Sendable {
    /// One request the server received.
    struct Request: Decodable {
        var path: String
        var query: [String: String]
        var ifNoneMatch: String?
        var ifModifiedSince: String?
        var cookie: String?
        var authorization: String?
        /// Whether it carried a validator.
        var isConditional: Bool { ifNoneMatch != nil || ifModifiedSince != nil }
    }

    let process = Process()
    let port: Int
    let log: URL

    /// Starts the server; nil, recorded as a failure of the calling test, when python3 is missing.
    init?() throws {
        guard let python = CLIRunner.python(with: "http.server") else {
            Issue.record("needs python3 to serve the fixtures on 127.0.0.1")
            return nil
        }
        log = FileManager.default.temporaryDirectory.appendingPathComponent("mgws-log-\(UUID().uuidString).jsonl")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let script = CLIRunner.packageRoot.appendingPathComponent("Tests/ModernGovFetchTests/server.py")
        process.executableURL = python
        process.arguments = [script.path, log.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is the port it listens on.
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 0x0A {
            line.append(first)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        self.port = port
    }

    deinit { stop() }

    /// Stops the server (this process only, by its own handle).
    func stop() {
        if process.isRunning {
            // SIGKILL to this server's own pid: it cannot be ignored, whatever the test process's signal set-up.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: log)
        try? FileManager.default.removeItem(at: withdrawnFlag)
    }

    /// While this file exists the site has withdrawn meeting 7002 and the report of meeting 7003.
    var withdrawnFlag: URL { URL(fileURLWithPath: log.path + ".withdrawn") }

    /// From now on the site no longer lists meeting 7002 nor links the report of meeting 7003.
    func withdrawMeetingAndDocument() {
        _ = FileManager.default.createFile(atPath: withdrawnFlag.path, contents: Data())
    }

    /// The address of one of the server's sites (`good`, `broken`, `login`, `offsite`).
    func site(_ name: String) -> String { "http://127.0.0.1:\(port)/\(name)" }

    /// The requests received so far, and forgets them.
    func takeRequests() throws -> [Request] {
        let text = try String(contentsOf: log, encoding: .utf8)
        try Data().write(to: log)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }
}

/// Helpers shared by the fetch tests.
enum FetchTestSupport {
    /// Runs `evidence-pack fetch moderngov` against a site of the server.
    static func fetch(_ site: String, committees: [String], into folder: URL, extra: [String] = []) throws -> CLIRunner.Result {
        var arguments = ["fetch", "moderngov", "--site", site, "--since", "2025-07-01", "--until", "2026-06-30",
                         "--into", folder.path, "--allow-http", "--json", "--retry-delay", "0.05"]
        for committee in committees { arguments += ["--committee", committee] }
        return try CLIRunner.run(arguments + extra)
    }

    /// The `--json` summary printed.
    static func summary(_ result: CLIRunner.Result) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// Every file under a folder (hidden ones included) with its size, modification time and inode: a
    /// file rewritten, even with the same bytes, shows up as changed.
    static func fileStates(_ folder: URL) throws -> [String: String] {
        var states: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            states[String(url.path.dropFirst(folder.path.count))] =
                "\(attributes[.size] ?? 0) \(modified) \(attributes[.systemFileNumber] ?? 0)"
        }
        return states
    }
}
