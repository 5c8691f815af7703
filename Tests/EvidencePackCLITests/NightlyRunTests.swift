import EvidenceFixtures
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Nightly runs from cron: incremental, atomic, locked, quiet, deterministic.
@Suite(.serialized) struct NightlyRunTests {
    let examples = CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs")

    func summary(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
    }

    func build(_ inputs: URL, _ out: URL, _ extra: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", out.path, "--reference-date", "2026-11-20", "--json"] + extra)
    }

    /// Many minutes files, so that a build takes long enough to be interrupted.
    func largeInputs(in folder: URL, count: Int) throws -> URL {
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.copyItem(at: examples, to: inputs)
        let paragraph = String(repeating: "The Board considered the quarterly report and noted that 88% of reviews were on time. ", count: 20)
        for index in 0..<count {
            let text = "Agenda item\nItem \(index)\n- Meeting of Corporate Parenting Board, Monday, 14th September, 2026 5.00pm (Item \(index).)\nMinutes:\n"
                + (1...20).map { "\(index).\($0) \(paragraph)" }.joined(separator: "\n") + "\nRESOLVED that the report be noted.\n"
            let file = inputs.appendingPathComponent("bulk/\(index / 100)/minutes-\(index).txt")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return inputs
    }

    @Test func aSecondBuildWithNoChangeReimportsNothingAndChangesNoByte() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        let first = try summary(build(examples, out))
        let before = try CLIRunner.snapshot(out)
        let second = try summary(build(examples, out))
        let sources = try #require(second["sources"] as? [String: Int])
        #expect((first["sources"] as? [String: Int])?["imported"] ?? 0 > 0)
        #expect(sources["imported"] == 0)
        #expect(sources["reused"] == sources["total"])
        #expect(second["upToDate"] as? Bool == true)
        // Read from the cache without importing, the up-to-date summary still reports the same pack.
        for key in ["items", "diagnostics", "counts", "complete", "exitCode"] {
            let canonical = { (value: Any?) in
                try JSONSerialization.data(withJSONObject: [value ?? NSNull()], options: [.sortedKeys])
            }
            #expect(try canonical(second[key]) == canonical(first[key]), "\(key)")
        }
        #expect(try CLIRunner.snapshot(out) == before)
    }

    @Test func aNextDayBuildReimportsNothingUnchangedAndEqualsAFullBuild() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Two contacts the day decides: one dated the day after the first reference date (a date after
        // it on the 20th, not on the 21st), one on the first day of the 20th's six-month window (outside
        // the 21st's).
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.copyItem(at: examples, to: inputs)
        let list1 = inputs.appendingPathComponent("annex-a/list-1.csv")
        try (try String(contentsOf: list1, encoding: .utf8)
             + "C7000001,a) Male,a) WBRI,11/08/2023,3,21/11/2026,k) 3E: Health services\n"
             + "C7000002,a) Male,a) WBRI,11/08/2023,2,20/05/2026,k) 3E: Health services\n").write(to: list1, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("pack")
        _ = try build(inputs, out)
        let nextDay = try summary(CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", out.path,
                                                 "--reference-date", "2026-11-21", "--json"]))
        let counts = try #require(nextDay["sources"] as? [String: Int])
        // Nothing is read again: the Annex A lists' checks against the date run on their cached reading.
        #expect(counts["imported"] == 0)
        #expect(counts["reused"] == counts["total"])
        // The same two days built from scratch: the same bytes (the reports compare with the same replaced pack).
        let full = folder.appendingPathComponent("full")
        _ = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", full.path, "--reference-date", "2026-11-20", "--no-cache"])
        let firstDay = try String(contentsOf: full.appendingPathComponent("data/pack.json"), encoding: .utf8)
        _ = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", full.path, "--reference-date", "2026-11-21", "--no-cache"])
        #expect(try CLIRunner.snapshot(out) == CLIRunner.snapshot(full))
        // And the day did decide: the date after the 20th, then the row outside the 21st's window.
        let secondDay = try String(contentsOf: out.appendingPathComponent("data/pack.json"), encoding: .utf8)
        #expect(firstDay.contains("is after the reference date 2026-11-20") && !secondDay.contains("is after the reference date"))
        #expect(!firstDay.contains("2026-05-20 to 2026-11-20") && secondDay.contains("(2026-05-21 to 2026-11-21) and the row is not open"))
    }

    @Test func anIncrementalBuildEqualsAFullBuild() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.copyItem(at: examples, to: inputs)
        let out = folder.appendingPathComponent("pack")
        _ = try build(inputs, out)
        // Both rebuilds replace the same previous pack (the changes section compares with it).
        let full = folder.appendingPathComponent("full")
        try FileManager.default.copyItem(at: out, to: full)
        // Change one input, then rebuild with the cache and from scratch: same bytes.
        let changed = inputs.appendingPathComponent("documents/self-evaluation-2026.txt")
        try (try String(contentsOf: changed, encoding: .utf8) + "\n4.1 A late addition.\n").write(to: changed, atomically: true, encoding: .utf8)
        let incremental = try summary(build(inputs, out))
        let counts = try #require(incremental["sources"] as? [String: Int])
        #expect(counts["imported"] == 1)
        #expect(counts["reused"] == (counts["total"] ?? 0) - 1)
        _ = try build(inputs, full, ["--no-cache"])
        #expect(try CLIRunner.snapshot(out) == CLIRunner.snapshot(full))
    }

    @Test func theZipIsReproducible() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try build(examples, folder.appendingPathComponent("a"), ["--zip", "--no-cache"])
        let a = try Data(contentsOf: folder.appendingPathComponent("a.zip"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a"))
        _ = try build(examples, folder.appendingPathComponent("a"), ["--zip", "--no-cache"])
        let b = try Data(contentsOf: folder.appendingPathComponent("a.zip"))
        #expect(a.count > 1000)
        #expect(a == b)
        let unzip = try CLIRunner.runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c",
            "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); print('\\n'.join(z.namelist())); assert z.testzip() is None", folder.appendingPathComponent("a.zip").path])
        #expect(unzip.status == 0, "\(unzip.stderr)")
        #expect(unzip.stdout.contains("a/bagit.txt"))
        #expect(unzip.stdout.contains("a/data/pack.json"))
    }

    @Test func aBuildKilledMidwayLeavesThePreviousPackValid() async throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try largeInputs(in: folder, count: 800)
        let out = folder.appendingPathComponent("pack")
        _ = try build(inputs, out)
        #expect(try CLIRunner.run(["verify", out.path]).status == 0)
        let previous = try Data(contentsOf: out.appendingPathComponent("data/pack.json"))
        // Change an input so that the next build must write a new pack, then kill it as it writes.
        try Data("Agenda item\nLate\n- Meeting of Corporate Parenting Board, Monday, 5th October, 2026 5.00pm (Item 9.)\n".utf8)
            .write(to: inputs.appendingPathComponent("bulk/late.txt"))
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["build", "ilacs", "--inputs", inputs.path, "--out", out.path, "--reference-date", "2026-11-20", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var killedWhileStaging = false
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".pack.staging-") }) {
                kill(process.processIdentifier, SIGKILL)
                killedWhileStaging = true
                break
            }
            try await Task.sleep(nanoseconds: 2_000_000)
        }
        process.waitUntilExit()
        #expect(try CLIRunner.run(["verify", out.path]).status == 0)
        if killedWhileStaging {
            #expect(try Data(contentsOf: out.appendingPathComponent("data/pack.json")) == previous)
        }
        // The next run cleans the leftovers and succeeds.
        _ = try build(inputs, out)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.contains(".staging-") })
        #expect(try CLIRunner.run(["verify", out.path]).status == 0)
    }

    @Test func twoConcurrentBuildsDoNotCorruptEachOther() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try largeInputs(in: folder, count: 300)
        let out = folder.appendingPathComponent("pack")
        func start(_ extra: [String]) throws -> Process {
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["build", "ilacs", "--inputs", inputs.path, "--out", out.path, "--reference-date", "2026-11-20", "--quiet", "--no-cache"] + extra
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        // Without --wait, one of two simultaneous builds may be refused with code 75; the pack stays valid.
        let a = try start([]), b = try start([])
        a.waitUntilExit()
        b.waitUntilExit()
        let statuses = [a.terminationStatus, b.terminationStatus]
        #expect(statuses.allSatisfy { [0, 1, 75].contains($0) }, "\(statuses)")
        #expect(statuses.contains { $0 != 75 })
        #expect(try CLIRunner.run(["verify", out.path]).status == 0)
        // With --wait, both finish and the pack is valid.
        let c = try start(["--wait"]), d = try start(["--wait"])
        c.waitUntilExit()
        d.waitUntilExit()
        #expect([c.terminationStatus, d.terminationStatus].allSatisfy { [0, 1].contains($0) })
        #expect(try CLIRunner.run(["verify", out.path]).status == 0)
    }

    @Test func aLockedOutputGivesAClearMessageAndCode75() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        // Hold the lock as another build would.
        let lockPath = folder.appendingPathComponent(".pack.lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o600)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", examples.path, "--out", out.path, "--reference-date", "2026-11-20"])
        #expect(result.status == 75)
        #expect(result.stderr.contains("another build is writing"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func quietPrintsNothingOnSuccessAndOutputsAreOwnerOnly() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", examples.path, "--out", out.path, "--reference-date", "2026-11-20", "--quiet"])
        #expect([0, 1].contains(result.status))
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.contains("warning"))
        for path in [out.path, out.path + "/data", folder.appendingPathComponent(".pack.cache").path] {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700, "\(path)")
        }
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(relative).path)
            if attributes[.type] as? FileAttributeType == .typeRegular {
                #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(relative)")
            }
        }
    }

    @Test func sourceDateEpochSetsTheReferenceDate() throws {
        let result = try CLIRunner.run(["check", "ilacs", "--inputs", examples.path, "--json"], environment: ["SOURCE_DATE_EPOCH": "1795132800"])
        #expect(try summary(result)["referenceDate"] as? String == "2026-11-20")
    }
}
