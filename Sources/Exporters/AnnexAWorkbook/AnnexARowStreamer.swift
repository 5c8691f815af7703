import AnnexA
import EvidenceModel
import EvidencePackCore
import Foundation

/// Reads a list's rows again from its source file (a CSV list, or the list's sheets of a workbook)
/// with the Annex A layer, normalised to the template but not validated (the importer already did
/// that and its findings are in the bundle). Every read is opened by Core (`ExportContext.openInput`)
/// through the same guard as import.
struct AnnexARowStreamer {
    let template: AnnexATemplate
    let referenceDate: CalendarDate
    let context: ExportContext

    struct Counts {
        var rows = 0
        var unreadable = false
    }

    /// Whether a source is a workbook rather than a CSV list.
    static func isWorkbook(_ source: Source) -> Bool {
        ["xlsx", "xlsm"].contains((source.path as NSString).pathExtension.lowercased())
    }

    /// Streams one source's rows of `list` through the guarded path: a source that became a link out
    /// of the inputs, or whose bytes are no longer the ones discovery hashed, throws (the pack is not
    /// sealed); one that vanished or turned unreadable is counted as unreadable.
    func stream(source: Source, list: AnnexAListSpec, onRow: (AnnexARow) throws -> Void) throws -> Counts {
        let input: GuardedInput
        do {
            input = try context.openInput(source)
        } catch let error as GuardedInputError {
            throw error
        } catch {
            return Counts(unreadable: true)
        }
        defer { input.close() }
        var counts = Counts()
        do {
            // The readers take optional (so escaping) callbacks but call them only while reading.
            try withoutActuallyEscaping(onRow) { onRow in
                if Self.isWorkbook(source) {
                    let reader = AnnexAWorkbookReader(template: template, referenceDate: referenceDate, displayPath: source.path, validate: false)
                    _ = try reader.read(input: input, only: list.number, onSheet: { _ in }, onRow: { _, _, row in
                        counts.rows += 1
                        try onRow(row)
                    })
                } else {
                    let reader = AnnexAListReader(template: template, referenceDate: referenceDate, displayPath: source.path,
                                                  list: list.number, validate: false)
                    _ = try reader.read(input: input) { row in
                        counts.rows += 1
                        try onRow(row)
                    }
                    try input.finish()
                }
            }
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
