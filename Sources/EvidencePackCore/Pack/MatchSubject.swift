import EvidenceModel

/// One record with what the item rules read of it, worked out once per build and shared by every
/// item: its own file name, path, titles, committee, kind and date. A large pack checks ~100 rules
/// against ~10,000 records; reading these from the record each time copied the record's document
/// and split its path for every pair. A class, so handing one to a rule is a single retain.
final class MatchSubject: Sendable {
    /// A text as written and, when it holds `_`, with each `_` read as a space: file names join
    /// words with `_` (`SEF_2026_v4.docx`), which regular expressions count as a word character.
    struct Text: Sendable {
        /// The text as written, prepared for matching.
        let prepared: MatchText
        /// The text with each `_` as a space, when it holds one.
        let spaced: MatchText?

        init(_ written: String) {
            prepared = MatchText(written)
            spaced = written.utf8.contains(UInt8(ascii: "_"))
                ? MatchText(String(decoding: written.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self))
                : nil
        }

        /// The text as written.
        var written: String { prepared.string }
    }

    /// The record itself (for the costly criteria: body text, KPI figures).
    let record: Record
    /// The path relative to the inputs, folders included.
    let path: Text
    /// The file's own name: the last component of the path.
    let fileName: Text
    /// The document's or table's title.
    let title: Text?
    /// The title (blank when none) followed by the titles of a document's agenda items.
    let titles: [MatchText]
    /// A document's committee.
    let committee: MatchText?
    /// A document's kind; nil for a table.
    let kind: DocumentKind?
    /// A document's date (meeting date, else its own date).
    let effectiveDate: CalendarDate?
    /// A table's Annex A list number, when it is an Annex A list.
    let annexAList: Int?
    /// A table's KPI indicators and geographies, distinct, when it has observations.
    let kpiIndex: KPIIndicatorIndex?

    init(_ record: Record) {
        self.record = record
        path = Text(record.provenance.source)
        fileName = Text(EvidenceAssembler.fileName(of: record.provenance.source))
        switch record.content {
        case .document(let document):
            title = document.title.map(Text.init)
            titles = ([document.title ?? ""] + document.items.map(\.title)).map(MatchText.init)
            committee = document.committee.map(MatchText.init)
            kind = document.kind
            effectiveDate = document.effectiveDate
            annexAList = nil
            kpiIndex = nil
        case .table(let table):
            title = table.title.map(Text.init)
            titles = [MatchText(table.title ?? "")]
            committee = nil
            kind = nil
            effectiveDate = nil
            annexAList = table.kind == .annexAList ? table.annexAList : nil
            kpiIndex = table.observations.isEmpty ? nil : KPIIndicatorIndex(table.observations)
        }
    }

    /// True for a document, false for a table.
    var isDocument: Bool { kind != nil }
}
