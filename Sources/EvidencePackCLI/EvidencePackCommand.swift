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

    /// The exit codes of `build`: every code applies to it.
    static let help = """
    EXIT CODES:
      0   the pack is built and complete
      1   built, but a required item is missing, stale, invalid or needs review
          (--fail-on new-problems: something got worse than the pack replaced)
      2   could not build: invalid pack, unreadable inputs, unwritable output
      64  usage error
      75  another build is writing the same output (--wait waits instead)
      130/143  interrupted by SIGINT/SIGTERM: the previous pack is left intact
    """

    /// The exit codes of `check`, which writes nothing (no lock, no previous pack).
    static let checkHelp = """
    EXIT CODES:
      0   every required item is present
      1   a required item is missing, stale, invalid or needs review
      2   could not check: invalid or unknown pack, unreadable inputs
      64  usage error
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
        discussion: """
        EXAMPLES:
          evidence-pack build ilacs --inputs /data/ilacs --out /packs/ilacs
          evidence-pack check ilacs --inputs /data/ilacs --reference-date 20/11/2026
          evidence-pack verify /packs/ilacs
          evidence-pack packs

        PACKS:
          The built-in packs (ilacs, monitoring-visit) and the Annex A templates
          are part of the program. A packs folder holds DIR/NAME/pack.yaml (and
          Annex A templates in DIR/annex-a/); one given with --packs-dir DIR, or
          listed in $EVIDENCE_PACK_PACKS (folders separated by ':'), adds packs
          and replaces a built-in pack or template of the same name.
          `evidence-pack packs` shows what each name resolves to.

        Each subcommand's --help gives examples and the exit codes it uses.
        """,
        version: EvidencePackVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, FetchCommand.self, ExplainCommand.self, InitCommand.self, ImportCommand.self,
                      VerifyCommand.self, PacksCommand.self, ListModulesCommand.self, SampleDataCommand.self, AnnexACommand.self,
                      NewImporterCommand.self]
    )

    public init() {}

    /// Parses the arguments and runs the chosen subcommand with the given modules; never returns.
    public static func main(registry: ModuleRegistry, arguments: [String]? = nil) async -> Never {
        let given = arguments ?? Array(CommandLine.arguments.dropFirst())
        if let message = unknownSubcommandMessage(given) ?? unknownOptionMessage(given) {
            Console.error(message)
            Foundation.exit(ExitStatus.usage)
        }
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

/// The help of a PACK argument, and its shell completion (the pack names `packs` lists, and files).
enum PackHelp {
    static let argument = ArgumentHelp(
        "The pack: a name (see `evidence-pack packs`: built in, or in --packs-dir / $EVIDENCE_PACK_PACKS), a folder holding pack.yaml, or a pack.yaml path.",
        valueName: "pack")

    static let completion = CompletionKind.custom { _, _, prefix in
        PackCatalog.current().entries().map(\.name).filter { $0.hasPrefix(prefix) } + paths(matching: prefix)
    }

    /// Folders (with a trailing '/') and `.yaml` files whose path starts with `prefix`.
    static func paths(matching prefix: String) -> [String] {
        let folder = prefix.contains("/") ? String(prefix[...(prefix.lastIndex(of: "/") ?? prefix.startIndex)]) : ""
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.sorted().compactMap { name -> String? in
            let path = folder + name
            guard path.hasPrefix(prefix), !name.hasPrefix(".") || prefix.hasSuffix("/.") else { return nil }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
            return isFolder.boolValue ? path + "/" : (name.hasSuffix(".yaml") ? path : nil)
        }
    }
}

extension EvidencePackCommand {
    /// The subcommand names, as typed.
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// For a first word that is no subcommand: `error: unknown subcommand 'X'`, with the nearest name
    /// ("Did you mean 'build'?") and the list; nil when the first word is a subcommand or an option.
    public static func unknownSubcommandMessage(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first) else { return nil }
        var message = "error: unknown subcommand '\(first)'."
        if let suggestion = Suggestions.closest(to: first, among: subcommandNames) { message += " Did you mean '\(suggestion)'?" }
        return message + " Subcommands: \(subcommandNames.filter { $0 != "help" }.joined(separator: ", ")) (see evidence-pack --help)."
    }

    /// For a `--name` the chosen subcommand does not have: `error: unknown option '--input'` with the
    /// nearest option ("Did you mean '--inputs'?"); nil when every option is known. Checked before
    /// parsing, so the mistyped option is named rather than the required one it failed to give.
    public static func unknownOptionMessage(_ arguments: [String]) -> String? {
        guard let first = arguments.first,
              var subcommand = configuration.subcommands.first(where: { $0.configuration.commandName == first }) else { return nil }
        // Nested subcommands (`annex-a rules`): the options are those of the innermost one named.
        var rest = arguments.dropFirst()
        while let next = rest.first, !next.hasPrefix("-"),
              let nested = subcommand.configuration.subcommands.first(where: { $0.configuration.commandName == next }) {
            subcommand = nested
            rest = rest.dropFirst()
        }
        let known = longOptions(of: subcommand)
        for argument in rest {
            if argument == "--" { break }
            guard argument.hasPrefix("--") else { continue }
            let name = String(argument.prefix { $0 != "=" })
            guard !known.contains(name) else { continue }
            var message = "error: unknown option '\(name)' for '\(first)'."
            if let suggestion = Suggestions.closest(to: name, among: known.sorted()) { message += " Did you mean '\(suggestion)'?" }
            return message + " See 'evidence-pack \(first) --help'."
        }
        return nil
    }

    /// The long option names (`--inputs`) a subcommand's help lists, and the ones every command has.
    static func longOptions(of subcommand: ParsableCommand.Type) -> Set<String> {
        let help = helpMessage(for: subcommand, includeHidden: true, columns: 10_000)
        var names: Set<String> = ["--help", "--version", "--generate-completion-script", "--experimental-dump-help"]
        var scanner = help[...]
        while let start = scanner.range(of: "--") {
            let rest = scanner[start.upperBound...]
            let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            if let head = word.first, head.isLetter || head.isNumber { names.insert("--" + word) }
            scanner = rest.dropFirst(word.count)
        }
        return names
    }
}

/// Options every pack-running command shares.
struct PackOptions: ParsableArguments {
    @Argument(help: PackHelp.argument, completion: PackHelp.completion)
    var pack: String

    @OptionGroup var packsDir: PacksDirOption

    @Option(name: .long, help: "The inputs folder (walked recursively; hidden files are skipped).")
    var inputs: String

    @Option(name: .long, help: ReferenceDate.help(default: "$SOURCE_DATE_EPOCH's day, else today"))
    var referenceDate: String?

    @Flag(name: .long, help: "Print a JSON summary on stdout (schema: Schemas/build-summary.schema.json).")
    var json = false

    @Flag(name: .long, help: "Print errors only.")
    var quiet = false

    @Flag(name: .long, help: "Print notes as well as errors and warnings, and info-level logs.")
    var verbose = false

    func validate() throws {
        try ReferenceDate.validate(referenceDate)
    }

    /// The reference date: the option, else SOURCE_DATE_EPOCH's UTC day, else today's local day.
    func resolvedReferenceDate() -> CalendarDate {
        if let referenceDate, let date = ReferenceDate.parse(referenceDate) { return date }
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
        packsDir.apply()
        let file = try PackLookup.file(for: pack)
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
        if let builtIn = PackCatalog.builtInDisplayPath(url) { return builtIn }
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
