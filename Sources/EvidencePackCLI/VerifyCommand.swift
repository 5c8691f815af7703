import ArgumentParser
import EvidencePackCore
import Foundation

/// The `--json` output of `verify` (Schemas/verify-result.schema.json, schemaVersion 1).
struct VerifyOutput: Codable {
    var schemaVersion = 1
    var bag: String
    var valid: Bool
    var problems: [String]
}

/// `evidence-pack verify BAG`: checks a pack as any BagIt validator would.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a built pack: the BagIt declaration, every payload file's SHA-256, Payload-Oxum and the tag manifest.",
        discussion: """
        EXAMPLES:
          evidence-pack verify /packs/ilacs
          evidence-pack verify /packs/ilacs --json

        EXIT CODES:
          0   the bag is valid
          1   the bag is invalid (each problem is printed)
          2   the folder does not exist
          64  usage error
        """)

    @Argument(help: "The pack folder (a BagIt bag).")
    var bag: String

    @Flag(name: .long, help: "Print JSON (schema: Schemas/verify-result.schema.json).")
    var json = false

    func run() throws {
        let url = URL(fileURLWithPath: bag).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            Console.error("error: \(bag): no such folder")
            throw ExitCode(ExitStatus.failed)
        }
        let problems = BagIt.verify(folder: url)
        if json {
            FileHandle.standardOutput.write(try EvidenceJSON.encode(VerifyOutput(bag: url.path, valid: problems.isEmpty, problems: problems)))
        } else if problems.isEmpty {
            Console.out("\(bag) is a valid BagIt 1.0 bag")
        } else {
            for problem in problems { Console.error("\(bag): \(problem)") }
            Console.error("\(bag) is invalid: \(problems.count) problem(s)")
        }
        if !problems.isEmpty { throw ExitCode(ExitStatus.incomplete) }
    }
}
