import EvidenceModel
import EvidencePackCore
import Foundation

/// Reads a committee report: the header table, then numbered sections and paragraphs.
struct ReportReader {
    let lines: [SourceLine]

    func read() -> Document {
        var document = Document(kind: .report)
        document.blocks = BlockBuilder(lines: lines, mode: .report).build()
        return document
    }
}
