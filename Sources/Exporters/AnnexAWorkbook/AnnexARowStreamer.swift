import AnnexASpec
import CSVTableImporter
import EvidenceModel
import EvidencePackCore
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

    /// Streams one source's rows through the guarded path: a source that became a link out of the
    /// inputs, or whose bytes are no longer the ones discovery hashed, throws (the pack is not sealed);
    /// one that vanished or turned unreadable is counted as unreadable.
    func stream(source: Source, list: AnnexAListSpec, onRow: (AnnexARow) throws -> Void) throws -> Counts {
        let input: GuardedInput
        do {
            input = try GuardedInput.open(relativePath: source.path, root: inputsRoot, expectedSHA256: source.sha256)
        } catch let error as GuardedInputError {
            throw error
        } catch {
            return Counts(unreadable: true)
        }
        defer { input.close() }
        let reader = AnnexAListReader(template: template, referenceDate: referenceDate, displayPath: source.path,
                                      list: list.number, validate: false)
        var counts = Counts()
        do {
            // The reader takes an optional (so escaping) callback but calls it only during `read`.
            try withoutActuallyEscaping(onRow) { onRow in
                _ = try reader.read(input: input) { row in
                    counts.rows += 1
                    try onRow(row)
                }
            }
            try input.finish()
        } catch let error as AnnexAWriteError {
            throw error
        } catch let error as GuardedInputError {
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
