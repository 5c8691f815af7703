import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation

/// An importer for tests: claims `.note` files and yields one document whose title and date are the
/// file's first two lines; a line "FAIL" makes it throw, a line "ERROR" adds an error diagnostic.
struct NoteImporter: Importer {
    var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "note", version: "1.0.0", role: .importer, summary: "test notes", fileExtensions: ["note"])
    }

    func confidence(for probe: SourceProbe) -> Double { probe.fileExtension == "note" ? 0.9 : 0 }

    func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        let text = try String(contentsOf: context.url(of: source), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        if lines.contains("FAIL") { throw NoteError() }
        var document = Document(kind: DocumentKind(lines.count > 2 ? lines[2] : "report"), title: lines.first)
        document.committee = lines.count > 3 ? lines[3] : nil
        document.date = lines.count > 1 ? CalendarDate(iso8601: lines[1]) : nil
        let diagnostics = lines.contains("ERROR") ? [Diagnostic(.error, code: "note.error", message: "bad note", location: SourceLocation(path: source.path, line: 5))] : []
        return ImportResult(records: [.document(document)], diagnostics: diagnostics)
    }

    struct NoteError: Error, CustomStringConvertible { var description: String { "unreadable note" } }
}

/// A pack of one item in one section, for the assembler's tests: `satisfiedBy` is the item's rule as
/// YAML flow text, `itemLines` any further lines of the item (`maxAgeMonths: 12`).
enum OneItemPack {
    static func assembler(satisfiedBy: String, itemLines: [String] = [], referenceDate: CalendarDate) throws -> EvidenceAssembler {
        let yaml = """
        formatVersion: 1
        id: t
        title: T
        sections: [{id: s, title: S}]
        items:
          - id: item
            title: Item
            section: s
            why: Inspectors read it first.
            satisfiedBy: \(satisfiedBy)

        """ + itemLines.map { "    \($0)\n" }.joined()
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/p/pack.yaml"), displayPath: "pack.yaml")
        return EvidenceAssembler(pack: pack, referenceDate: referenceDate)
    }
}
