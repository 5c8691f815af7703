import AnnexASpec
import CSVTableImporter
import EvidenceModel
import Foundation

/// Reads a list's rows again from its source file, normalised to the template but not validated
/// (the importer already did that and its findings are in the bundle).
struct AnnexARowStreamer {
    let template: AnnexATemplate
    let referenceDate: CalendarDate
    let inputsRoot: URL

    struct Counts {
        var rows = 0
        var unreadable = false
    }

    func stream(source: Source, list: AnnexAListSpec, onRow: (AnnexARow) throws -> Void) throws -> Counts {
        let url = inputsRoot.appendingPathComponent(source.path)
        guard FileManager.default.isReadableFile(atPath: url.path) else { return Counts(unreadable: true) }
        let reader = AnnexAListReader(template: template, referenceDate: referenceDate, displayPath: source.path,
                                      list: list.number, validate: false)
        var counts = Counts()
        do {
            // The reader takes an optional (so escaping) callback but calls it only during `read`.
            try withoutActuallyEscaping(onRow) { onRow in
                _ = try reader.read(url: url) { row in
                    counts.rows += 1
                    try onRow(row)
                }
            }
        } catch let error as AnnexAWriteError {
            throw error
        } catch {
            // The file changed or vanished since it was imported: the list is reported short, the
            // rest of the pack is still written.
            counts.unreadable = true
        }
        return counts
    }
}

/// A failure writing the workbook or a CSV (disk full, permissions): it fails the export step.
struct AnnexAWriteError: Error, CustomStringConvertible, LocalizedError {
    let description: String
    var errorDescription: String? { description }
}
