import ArgumentParser
import EvidenceModel
import EvidencePackCore
import Foundation

/// The `--json` output of `import` (Schemas/import-result.schema.json, schemaVersion 2: records as in pack formatVersion 5).
struct ImportOutput: Codable {
    var schemaVersion = 2
    var source: Source
    var importer: ModuleDescriptor?
    var records: [Record]
    var diagnostics: [Diagnostic]
}

/// `evidence-pack import FILE`: what one file yields, for trying an importer on a file.
struct ImportCommand: RegistryCommand, AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Show what one file yields: its records and diagnostics (dates in ISO 8601).",
        discussion: """
        EXAMPLES:
          evidence-pack import minutes/2026-10-01-cabinet.txt
          evidence-pack import annex-a/list-3.csv --importer csv-table --json

        EXIT CODES:
          0   the file was read (diagnostics may still be printed)
          1   the file was read but has errors, or no importer recognises it
          2   the file cannot be read
          64  usage error
        """)

    @Argument(help: "The file to import.")
    var file: String

    @Option(name: .long, help: "Use this importer instead of sniffing (see list-modules).")
    var importer: String?

    @Option(name: .long, help: ReferenceDate.help(default: "today"))
    var referenceDate: String?

    @Flag(name: .long, help: "Print JSON (schema: Schemas/import-result.schema.json).")
    var json = false

    func validate() throws {
        try ReferenceDate.validate(referenceDate)
    }

    func run() async throws {
        throw ValidationError("internal: import needs the module registry")
    }

    func run(registry builtins: ModuleRegistry) async throws {
        let registry = await ExternalModules.registry(extending: builtins, pack: nil)
        let importer = self.importer.map(ExternalImporterProtocol.bareID)
        // The file itself, links resolved: importers read it through the guarded path, under its folder.
        let url = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            Console.error("error: \(file): no such file")
            throw ExitCode(ExitStatus.failed)
        }
        if let importer, registry.importer(id: importer) == nil {
            throw ValidationError("unknown importer '\(importer)' (known: \(registry.importers.map(\.descriptor.id).joined(separator: ", ")))")
        }
        let pins = importer.map { [ImporterPin(glob: Glob("**") ?? Glob("*")!, importerID: $0)] } ?? []
        let discovery = SourceDiscovery(registry: registry, pins: pins)
        let discovered: DiscoveredSource
        do {
            discovered = try discovery.discoverOne(path: url.lastPathComponent, url: url)
        } catch {
            Console.error("error: \(file): cannot read: \(error.localizedDescription)")
            throw ExitCode(ExitStatus.failed)
        }
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        let date = referenceDate.flatMap(ReferenceDate.parse) ?? PackOptionsDefaults.today()
        let (records, diagnostics) = await pipeline.importOne(discovered, inputs: url.deletingLastPathComponent(), referenceDate: date)
        let descriptor = discovered.importerID.flatMap { registry.importer(id: $0)?.descriptor }
        if json {
            FileHandle.standardOutput.write(try EvidenceJSON.encode(ImportOutput(source: discovered.source, importer: descriptor, records: records, diagnostics: diagnostics)))
        } else {
            Console.print(diagnostics, quiet: false, verbose: true)
            Console.out("\(discovered.source.path): \(discovered.source.mediaType), \(discovered.source.size) bytes, sha256 \(discovered.source.sha256)")
            Console.out("importer: \(descriptor.map { "\($0.id) \($0.version)" } ?? "none")")
            for record in records {
                // One line at a time: each is escaped on its own, so the summary keeps its shape.
                for line in RecordSummary.describe(record).split(separator: "\n", omittingEmptySubsequences: false) {
                    Console.out(String(line))
                }
            }
        }
        if descriptor == nil || diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.incomplete) }
    }
}

enum PackOptionsDefaults {
    static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(daysSinceEpoch: 0)
    }
}

/// A few lines describing a record, for people.
enum RecordSummary {
    static func describe(_ record: Record) -> String {
        var lines: [String] = ["record \(record.id)"]
        switch record.content {
        case .document(let document):
            lines.append("  document: \(document.kind)")
            if let title = document.title { lines.append("  title: \(title)") }
            if let committee = document.committee { lines.append("  committee: \(committee)") }
            if let date = document.meetingDate { lines.append("  meeting date: \(date.iso8601)") }
            if let date = document.date { lines.append("  date: \(date.iso8601)\(document.dateBasis.map { " (from \($0))" } ?? "")") }
            if let venue = document.venue { lines.append("  venue: \(venue)") }
            if let number = document.itemNumber { lines.append("  item: \(number)") }
            for (key, value) in document.properties.sorted(by: { $0.key < $1.key }) { lines.append("  \(key): \(value)") }
            if !document.items.isEmpty { lines.append("  agenda items: \(document.items.count)") }
            for item in document.items.prefix(50) { lines.append("    \(item.number.map { "\($0). " } ?? "")\(item.title)") }
            lines.append("  blocks: \(document.blocks.count), links: \(document.links.count), facts: \(document.facts.count)")
            for fact in document.facts.prefix(20) { lines.append("    fact: \(fact.text) — \(fact.subject)") }
            for link in document.links.prefix(20) { lines.append("    link: \(link.title)\(link.sizeText.map { " (\($0))" } ?? "")") }
        case .table(let table):
            lines.append("  table: \(table.kind)\(table.annexAList.map { " (Annex A list \($0))" } ?? "")")
            if let title = table.title { lines.append("  title: \(title)") }
            lines.append("  columns: \(table.columns.count), rows: \(table.rowCount), observations: \(table.observations.count)")
        }
        return lines.joined(separator: "\n")
    }
}
