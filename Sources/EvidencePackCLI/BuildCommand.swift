import ArgumentParser
import EvidenceModel
import EvidencePackCore
import Foundation

/// `evidence-pack build PACK --inputs DIR --out DIR`: imports, assembles and writes a sealed BagIt pack.
struct BuildCommand: RegistryCommand, AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the pack from an inputs folder into a sealed BagIt folder.",
        discussion: """
        The pack is built in a staging folder beside --out and renamed into place; the previous pack is kept as <out>.previous.

        EXAMPLES:
          evidence-pack build ilacs --inputs /data --out /packs/ilacs
          evidence-pack build ilacs --inputs /data --out /packs/ilacs \\
              --reference-date 20/11/2026 --zip
          evidence-pack build ilacs --inputs /data --out /packs/ilacs \\
              --quiet --json > summary.json        (nightly, from cron)
          evidence-pack build my-council --packs-dir /etc/evidence-pack/packs \\
              --inputs /data --out /packs/ilacs


        """ + ExitStatus.help)

    @OptionGroup var options: PackOptions

    @Option(name: .long, help: "The output folder (a BagIt 1.0 bag).")
    var out: String

    @Option(name: .long, help: "The import cache folder (default: .<out>.cache beside --out). It holds children's data: keep it private.")
    var cache: String?

    @Flag(name: .long, help: "Import everything again and keep no cache.")
    var noCache = false

    @Flag(name: .long, help: "If another build is writing the same output, wait for it instead of exiting with code 75.")
    var wait = false

    @Flag(name: .long, help: "Also write a reproducible zip of the bag as <out>.zip (only replacing a zip this tool wrote).")
    var zip = false

    @Option(name: .long, help: "When to exit 1 once the pack is built: 'incomplete' (default: a required item is not present) or 'new-problems' (only when something got worse than the pack it replaces: an item's status worsened, or an error is new; with no previous pack, as 'incomplete').")
    var failOn: FailOn = .incomplete

    func run() async throws {
        throw ValidationError("internal: build needs the module registry")
    }

    func run(registry: ModuleRegistry) async throws {
        let (pack, registry) = try await options.loadPackAndModules(registry: registry)
        let inputs = try options.inputsURL()
        let output = URL(fileURLWithPath: out).standardizedFileURL
        let pipeline = Pipeline(registry: registry, progress: options.quiet || options.json ? ProgressReporter(enabled: false) : .automatic,
                                logger: options.logger())
        let cacheFolder = noCache ? nil : cache.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? BuildRequest.defaultCacheDirectory(for: output)
        let request = BuildRequest(pack: pack, inputs: inputs, output: output, referenceDate: options.resolvedReferenceDate(),
                                   cacheDirectory: cacheFolder, waitForLock: wait, writeZip: zip)
        if !options.quiet { for note in request.overlapNotes { Console.error("note: \(note)") } }
        SignalCleanup.install(output: output)
        let outcome: BuildOutcome
        do {
            // With --zip, OUT.zip is written inside the build, while it holds the lock.
            outcome = try await pipeline.build(request)
        } catch let error as BuildLockError {
            Console.error("error: \(error)")
            if options.json { try? Summaries.printBuildFailure(command: "build", error: "\(error)", exitCode: ExitStatus.locked) }
            throw ExitCode(ExitStatus.locked)
        } catch {
            Console.error("error: \(error)")
            if options.json { try? Summaries.printBuildFailure(command: "build", error: "\(error)") }
            throw ExitCode(ExitStatus.failed)
        }
        KeptUntilExit.keep(outcome)
        if outcome.upToDate, !options.quiet, !options.json {
            Console.error("\(output.path) is up to date: no input, option or module changed since it was built")
        }
        try Summaries.report(outcome, command: "build", options: options, failOn: failOn)
    }
}

/// `evidence-pack check PACK --inputs DIR`: the gap report, writing nothing.
struct CheckCommand: RegistryCommand, AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Print the gap report for an inputs folder: each item present, needs review, missing, stale or invalid. Writes nothing.",
        discussion: """
        EXAMPLES:
          evidence-pack check ilacs --inputs /data/ilacs
          evidence-pack check ilacs --inputs /data/ilacs --reference-date 2026-11-20 --json


        """ + ExitStatus.checkHelp)

    @OptionGroup var options: PackOptions

    func run() async throws {
        throw ValidationError("internal: check needs the module registry")
    }

    func run(registry: ModuleRegistry) async throws {
        let (pack, registry) = try await options.loadPackAndModules(registry: registry)
        let inputs = try options.inputsURL()
        let pipeline = Pipeline(registry: registry, progress: options.quiet || options.json ? ProgressReporter(enabled: false) : .automatic,
                                logger: options.logger())
        let outcome: BuildOutcome
        do {
            outcome = try await pipeline.check(BuildRequest(pack: pack, inputs: inputs, referenceDate: options.resolvedReferenceDate()))
        } catch {
            Console.error("error: \(error)")
            if options.json { try? Summaries.printBuildFailure(command: "check", error: "\(error)") }
            throw ExitCode(ExitStatus.failed)
        }
        KeptUntilExit.keep(outcome)
        try Summaries.report(outcome, command: "check", options: options)
    }
}
