import ArgumentParser
import EvidenceModel
import EvidencePackCore
import Foundation
import Logging

/// Exit codes of every subcommand, documented in `--help` and the README.
public enum ExitStatus {
    /// The pack is complete; the bag is valid; the file was imported.
    public static let success: Int32 = 0
    /// The pack was built (or checked) but a required item is not present; `verify`: the bag is invalid.
    public static let incomplete: Int32 = 1
    /// Could not build: an invalid pack definition, a missing inputs folder, an unwritable output.
    public static let failed: Int32 = 2
    /// The command line was wrong (swift-argument-parser's usage error code).
    public static let usage: Int32 = 64
    /// Another build is writing the same output (EX_TEMPFAIL: try again later, or pass --wait).
    public static let locked: Int32 = 75
    /// Interrupted by SIGINT (128 + 2); the previous pack is left intact.
    public static let interrupted: Int32 = 130
    /// Terminated by SIGTERM (128 + 15); the previous pack is left intact.
    public static let terminated: Int32 = 143

    static let help = """
    EXIT CODES:
      0   success: the pack is complete (verify: the bag is valid)
      1   built or checked, but a required item is missing, stale, invalid or needs review (verify: the bag is invalid);
          build --fail-on new-problems: something got worse than the pack it replaced
      2   could not build: invalid pack definition, unreadable inputs, unwritable output
      64  usage error
      75  another build is writing the same output (build --wait waits instead)
      130/143  interrupted by SIGINT/SIGTERM: the previous pack is left intact
    """
}

/// A subcommand that needs the module registry.
protocol RegistryCommand: ParsableCommand {
    func run(registry: ModuleRegistry) async throws
}

/// `evidence-pack`: assembles the evidence pack for an Ofsted ILACS inspection.
public struct EvidencePackCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "evidence-pack",
        abstract: "Assemble the evidence pack an English local authority's children's services send to Ofsted for an ILACS inspection.",
        discussion: ExitStatus.help,
        version: EvidencePackVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, FetchCommand.self, ExplainCommand.self, InitCommand.self, ImportCommand.self, VerifyCommand.self, ListModulesCommand.self, SampleDataCommand.self, NewImporterCommand.self]
    )

    public init() {}

    /// Parses the arguments and runs the chosen subcommand with the given modules; never returns.
    public static func main(registry: ModuleRegistry, arguments: [String]? = nil) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if let withRegistry = command as? any RegistryCommand {
                try await withRegistry.run(registry: registry)
            } else {
                try command.run()
            }
            Foundation.exit(ExitStatus.success)
        } catch {
            exit(withError: error)
        }
    }
}

/// Options every pack-running command shares.
struct PackOptions: ParsableArguments {
    @Argument(help: "The pack: a name under Packs/ (e.g. ilacs), a folder holding pack.yaml, or a pack.yaml path.")
    var pack: String

    @Option(name: .long, help: "The inputs folder (walked recursively; hidden files are skipped).")
    var inputs: String

    @Option(name: .long, help: "The day the pack is for, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH's day, else today).")
    var referenceDate: String?

    @Flag(name: .long, help: "Print a JSON summary on stdout (schema: Schemas/build-summary.schema.json).")
    var json = false

    @Flag(name: .long, help: "Print errors only.")
    var quiet = false

    @Flag(name: .long, help: "Print notes as well as errors and warnings, and info-level logs.")
    var verbose = false

    func validate() throws {
        if let referenceDate, CalendarDate(iso8601: referenceDate) == nil {
            throw ValidationError("--reference-date must be a real day written YYYY-MM-DD, not '\(referenceDate)'")
        }
    }

    /// The reference date: the option, else SOURCE_DATE_EPOCH's UTC day, else today's local day.
    func resolvedReferenceDate() -> CalendarDate {
        if let referenceDate, let date = CalendarDate(iso8601: referenceDate) { return date }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(epoch) {
            return CalendarDate(daysSinceEpoch: Int((Double(seconds) / 86400).rounded(.down)))
        }
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(daysSinceEpoch: 0)
    }

    func logger() -> Logger {
        var logger = Logger(label: "evidence-pack")
        logger.logLevel = quiet ? .error : verbose ? .info : .warning
        return logger
    }

    /// Loads the pack definition, printing its problems and exiting 2 when it is invalid. Without a
    /// registry, importer and exporter ids are not checked.
    func loadPack(registry: ModuleRegistry?) throws -> PackDefinition {
        guard let file = PackDefinitionLoader.locate(pack) else {
            Console.error("error: pack '\(pack)' not found (looked for a pack.yaml path, a folder holding one, and Packs/\(pack)/pack.yaml)")
            throw ExitCode(ExitStatus.failed)
        }
        let loader = PackDefinitionLoader(knownImporters: registry.map { Set($0.importers.map(\.descriptor.id)) },
                                          knownExporters: registry.map { Set($0.exporters.map(\.descriptor.id)) })
        do {
            return try loader.load(from: file, displayPath: Console.displayPath(file))
        } catch let error as PackDefinitionError {
            for problem in error.problems { Console.error(problem.description) }
            throw ExitCode(ExitStatus.failed)
        }
    }

    func inputsURL() throws -> URL {
        let url = URL(fileURLWithPath: inputs).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            Console.error("error: the inputs folder does not exist or is not a folder: \(inputs)")
            throw ExitCode(ExitStatus.failed)
        }
        return url
    }
}

/// stdout/stderr helpers. Each call prints one line: control characters in it (from a file name, a
/// path given on the command line, an error) are escaped, so a name cannot forge further lines.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((PrintableText.escape(text) + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((PrintableText.escape(text) + "\n").utf8))
    }

    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    /// Prints diagnostics compiler-style to stderr: errors always, warnings unless quiet, notes when verbose.
    static func print(_ diagnostics: [Diagnostic], quiet: Bool, verbose: Bool) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: error(diagnostic.description)
            case .warning where !quiet: error(diagnostic.description)
            case .note where verbose: error(diagnostic.description)
            default: break
            }
        }
    }
}
