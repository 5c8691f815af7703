import EvidenceModel
import EvidenceFixtures
import Foundation
import Testing

/// A build over a generated Annex A-style set (child ids, names, dates of birth, with deliberate
/// errors): nothing the run prints, no diagnostic, neither pack.json nor the gap report may hold any
/// of those values. Until a CSV importer is registered the files are unclaimed; the test holds then too.
@Suite(.serialized) struct PrivacyTests {
    struct Child {
        var id: String
        var firstName: String
        var lastName: String
        var birth: (day: Int, month: Int, year: Int)
        var fullName: String { "\(firstName) \(lastName)" }
        var birthUK: String { String(format: "%02d/%02d/%04d", birth.day, birth.month, birth.year) }
        var birthISO: String { String(format: "%04d-%02d-%02d", birth.year, birth.month, birth.day) }
    }

    static let firstNames = ["Zephyrine", "Oluwaseun", "Tamsin", "Bartholomew", "Ione", "Caspian", "Marisol", "Thaddeus"]
    static let lastNames = ["Quillfeather", "Abernethy-Okafor", "Vantongeren", "Przybylski", "Ravenscroft", "Nakashima"]

    /// Deterministic children: no random numbers, so a failure can be replayed.
    static let children: [Child] = (0..<40).map { index in
        Child(id: "ZQ\(String(format: "%06d", 104_729 &* (index + 3) % 1_000_000))X",
              firstName: firstNames[index % firstNames.count], lastName: lastNames[(index * 5 + 1) % lastNames.count],
              birth: (day: 1 + (index * 7) % 28, month: 1 + (index * 5) % 12, year: 2009 + index % 11))
    }

    /// The values that must never appear: ids, names, dates of birth in both spellings, plus the
    /// deliberately wrong ones the CSVs carry (an impossible date, a future date).
    static var secrets: [String] {
        children.flatMap { [$0.id, $0.fullName, $0.lastName, $0.birthUK, $0.birthISO] } + ["31/02/2014", "2031-04-03", "03/04/2031", "ZQ 555 000X"]
    }

    static func csv(_ header: String, _ rows: [String]) -> String {
        ([header] + rows).joined(separator: "\r\n") + "\r\n"
    }

    /// Lists 1 and 8 in the template's shape, a list with a name column, and broken rows.
    static func writeInputs(to folder: TemporaryFolder) throws -> URL {
        let contacts = children.prefix(20).enumerated().map { index, child in
            "\(child.id),\(index % 2 == 0 ? "a) Male" : "b) Female"),a) WBRI,\(child.birthUK),\(7 + index % 9),0\(1 + index % 9)/09/2026,a) Police"
        }
        let broken = [
            "ZQ 555 000X,a) Male,a) WBRI,31/02/2014,eleven,01/09/2026,a) Police",           // impossible DOB, bad age, id with spaces
            ",b) Female,a) WBRI,03/04/2031,-2,02/09/2026,b) School",                         // missing id, future DOB
            "\(children[0].id),q) Unknown,zz) ???,\(children[0].birthUK),7,not a date",    // bad codes, ragged row
            "\(children[1].id),\"a) Male,a) WBRI,\(children[1].birthUK),8,01/09/2026,a) Police", // unterminated quote
        ]
        try folder.write(csv("Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source", contacts + broken),
                         to: "inputs/annex-a/List 1 - Contacts.csv")
        let looked = children.suffix(20).map { child in
            "\(child.id),a) Male,a) WBRI,\(child.birthUK),12,01/04/2025,L1,X1,\(child.birthUK)"
        }
        try folder.write(csv("Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date started to be looked after,Legal status,Placement type,Date of Birth",
                             looked + ["\(children[30].id),a) Male,a) WBRI,31/02/2014,,,,,"]),
                         to: "inputs/annex-a/List 8 - Children in care.csv")
        let named = children.prefix(10).map { "\($0.id),\($0.fullName),\($0.birthUK)" }
        try folder.write(csv("Child Unique ID,Child Name,Date of Birth", named), to: "inputs/annex-a/extract with names.csv")
        // The same rows as a Windows-1252 text file with a BOM-less odd byte: a text importer may claim it.
        let text = "Annex A extract\n" + named.joined(separator: "\n") + "\n"
        try folder.write(Array(text.utf8) + [0x96, 0x0A], to: "inputs/annex-a/notes.txt")
        return folder.url.appendingPathComponent("inputs")
    }

    func leaks(in text: String) -> [String] {
        Self.secrets.filter { text.contains($0) }
    }

    @Test func noChildDataInAnythingARunPrintsOrWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let inputs = try Self.writeInputs(to: folder)
        let out = folder.url.appendingPathComponent("pack")
        let common = ["--inputs", inputs.path, "--reference-date", "2026-11-20"]
        var runs: [(String, CLIRunner.Result)] = []
        runs.append(("build --verbose", try CLIRunner.run(["build", "ilacs"] + common + ["--out", out.path, "--verbose", "--no-cache"])))
        runs.append(("build --json", try CLIRunner.run(["build", "ilacs"] + common + ["--out", out.path, "--json", "--no-cache"])))
        runs.append(("check --verbose", try CLIRunner.run(["check", "ilacs"] + common + ["--verbose"])))
        runs.append(("check --json", try CLIRunner.run(["check", "ilacs"] + common + ["--json"])))
        let files = try FileManager.default.contentsOfDirectory(atPath: inputs.appendingPathComponent("annex-a").path).sorted()
        for file in files {
            let path = inputs.appendingPathComponent("annex-a/\(file)").path
            runs.append(("import \(file)", try CLIRunner.run(["import", path, "--reference-date", "2026-11-20"])))
            // `import --json` prints the records themselves (that is its job); its diagnostics must be clean.
            let json = try CLIRunner.run(["import", path, "--reference-date", "2026-11-20", "--json"])
            let diagnostics = (try? JSONDecoder().decode(ImportedDiagnostics.self, from: Data(json.stdout.utf8)))?.diagnostics ?? []
            runs.append(("import --json \(file) (diagnostics and stderr)",
                         CLIRunner.Result(status: json.status, stdout: diagnostics.map { "\($0.description)" }.joined(separator: "\n"), stderr: json.stderr)))
        }
        for (label, result) in runs {
            #expect(![64, 134, 139].contains(result.status), "\(label) exited \(result.status): \(result.stderr)")
            #expect(leaks(in: result.printed).isEmpty, "\(label) printed child data: \(leaks(in: result.printed))")
        }

        let packJSON = try String(contentsOf: out.appendingPathComponent("data/pack.json"), encoding: .utf8)
        let gapReport = try String(contentsOf: out.appendingPathComponent("data/gap-report.txt"), encoding: .utf8)
        #expect(leaks(in: packJSON).isEmpty, "pack.json holds child data: \(leaks(in: packJSON))")
        #expect(leaks(in: gapReport).isEmpty, "gap-report.txt holds child data: \(leaks(in: gapReport))")
        let bundle = try JSONDecoder().decode(PackDiagnostics.self, from: Data(packJSON.utf8))
        let messages = bundle.diagnostics.map(\.description).joined(separator: "\n")
        #expect(leaks(in: messages).isEmpty, "a diagnostic holds child data: \(leaks(in: messages))")
        // The test has teeth: the inputs do hold every secret.
        let inputText = try files.map { try String(decoding: Data(contentsOf: inputs.appendingPathComponent("annex-a/\($0)")), as: UTF8.self) }.joined()
        #expect(Self.children.allSatisfy { inputText.contains($0.id) && inputText.contains($0.birthUK) })
        #expect(Self.children.prefix(10).allSatisfy { inputText.contains($0.fullName) })
    }

    /// The diagnostics part of `import --json`.
    struct ImportedDiagnostics: Decodable {
        var diagnostics: [Diagnostic]
    }

    /// The diagnostics part of pack.json.
    struct PackDiagnostics: Decodable {
        var diagnostics: [Diagnostic]
    }
}
