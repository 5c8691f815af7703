import AnnexASpec
import EvidenceModel

/// The source files that hold each Annex A list, found from the bundle's table records.
struct AnnexAListSources {
    private let byList: [Int: [Source]]

    init(bundle: EvidenceBundle, template: AnnexATemplate) {
        let sourcesByPath = Dictionary(bundle.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var byList: [Int: [Source]] = [:]
        for record in bundle.records {
            guard let table = record.table, table.kind == .annexAList, let list = table.annexAList,
                  let source = sourcesByPath[record.provenance.source] else { continue }
            byList[list, default: []].append(source)
        }
        // A list split over several files is written in path order, once per file.
        self.byList = byList.mapValues { sources in
            var seen = Set<String>()
            return sources.sorted { $0.path < $1.path }.filter { seen.insert($0.path).inserted }
        }
    }

    /// The sources of list `number`, in path order.
    func sources(of number: Int) -> [Source] { byList[number] ?? [] }
}

/// What was written for one list, for the validation report.
struct AnnexAListOutcome {
    let spec: AnnexAListSpec
    let sources: [Source]
    var rows = 0
    var rowsBeyondWorkbook = 0
    var truncatedCells = 0
    var unreadableSources: [String] = []
}
