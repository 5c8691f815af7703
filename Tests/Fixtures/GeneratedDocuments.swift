import AnnexASampleGenerator
import EvidenceModel
import Foundation

/// Documents of every shape, drawn from a seeded generator: optional fields set or not, nested blocks,
/// tables, facts of all magnitudes, texts with escapes and characters outside ASCII.
public enum GeneratedDocuments {
    static let pieces = ["Children looked after", "\"quoted\"", "back\\slash", "a/b", "tab\there", "line\nbreak", "\u{1}\u{1F}",
                         "£4.2m", "café", "cafe\u{301}", "’ “ ” –", "😀", "\u{2028}", "", " ", "RESOLVED that:", "38.1"]

    static func text(_ random: inout SeededRandom) -> String {
        (0..<random.int(1...4)).map { _ in pieces[random.int(0...(pieces.count - 1))] }.joined(separator: " ")
    }

    static func maybe<T>(_ random: inout SeededRandom, _ make: (inout SeededRandom) -> T) -> T? {
        random.chance(0.5) ? make(&random) : nil
    }

    static func date(_ random: inout SeededRandom) -> CalendarDate {
        CalendarDate(year: random.int(1990...2030), month: random.int(1...12), day: random.int(1...28))!
    }

    static func number(_ random: inout SeededRandom) -> Double {
        switch random.int(0...4) {
        case 0: Double(random.int(-5...100_000))
        case 1: Double(random.int(0...100_000)) / 100
        case 2: Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF)
        case 3: Double(random.int(1...9)) * pow(10, Double(random.int(-12...25)))
        default: -Double(random.int(0...1_000)) / 8
        }
    }

    static func block(_ random: inout SeededRandom, depth: Int) -> Block {
        Block(Block.Kind.allCases[random.int(0...(Block.Kind.allCases.count - 1))],
              text: maybe(&random, text), number: maybe(&random, text), level: maybe(&random) { $0.int(0...6) },
              marker: maybe(&random, text), owner: maybe(&random, text),
              children: depth < 2 ? maybe(&random) { r in (0..<r.int(0...3)).map { _ in block(&r, depth: depth + 1) } } : nil,
              rows: maybe(&random) { r in (0..<r.int(0...3)).map { _ in (0..<r.int(0...3)).map { _ in text(&r) } } },
              hasHeader: maybe(&random) { $0.chance(0.5) }, line: maybe(&random) { $0.int(1...9_999) },
              rowCount: maybe(&random) { $0.int(0...1_000_000) })
    }

    static func link(_ random: inout SeededRandom) -> DocumentLink {
        DocumentLink(title: text(&random), href: maybe(&random, text), format: maybe(&random, text), sizeText: maybe(&random, text),
                     sizeBytes: maybe(&random) { $0.int(0...90_000_000) }, itemNumber: maybe(&random, text),
                     line: maybe(&random) { $0.int(1...500) }, date: maybe(&random, date), restricted: maybe(&random) { $0.chance(0.5) })
    }

    /// `count` records from a generator seeded with `seed`.
    public static func records(_ count: Int, seed: UInt64) -> [Record] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { record($0, &random) }
    }

    /// The record numbered `index` (its source path and id say so), drawn from `random`.
    public static func record(_ index: Int, _ random: inout SeededRandom) -> Record {
        func blocks(_ r: inout SeededRandom) -> [Block] { (0..<r.int(0...4)).map { _ in block(&r, depth: 0) } }
        func links(_ r: inout SeededRandom) -> [DocumentLink] { (0..<r.int(0...3)).map { _ in link(&r) } }
        let items = (0..<random.int(0...3)).map { _ in
            AgendaItem(number: maybe(&random, text), title: text(&random), description: blocks(&random), minutes: blocks(&random),
                       decisions: blocks(&random), links: links(&random), line: maybe(&random) { $0.int(1...900) })
        }
        let facts = (0..<random.int(0...4)).map { _ in
            Fact(kind: Fact.Kind.allCases[random.int(0...(Fact.Kind.allCases.count - 1))], value: number(&random),
                 unit: maybe(&random, text), subject: text(&random), text: text(&random), sentence: text(&random),
                 line: maybe(&random) { $0.int(1...900) })
        }
        var properties: [String: String] = [:]
        for _ in 0..<random.int(0...4) {
            properties[["decisionMaker", "decisionStatus", "isKeyDecision", "publicationDate", "a", "B", "z_9"][random.int(0...6)]] = text(&random)
        }
        let document = Document(kind: [.meeting, .agendaItem, .report, "decision"][random.int(0...3)], title: maybe(&random, text),
                                committee: maybe(&random, text), meetingDate: maybe(&random, date), date: maybe(&random, date),
                                dateBasis: maybe(&random, text), venue: maybe(&random, text),
                                attendance: (0..<random.int(0...3)).map { _ in text(&random) },
                                apologies: (0..<random.int(0...2)).map { _ in text(&random) }, itemNumber: maybe(&random, text),
                                author: maybe(&random, text), properties: properties, items: items, blocks: blocks(&random),
                                links: links(&random), facts: facts)
        let provenance = Provenance(source: "pages/page-\(index).html", sha256: String(repeating: "ab", count: 32), importer: "html-agenda",
                                    importerVersion: "2.1.0", firstLine: maybe(&random) { $0.int(1...10) }, lastLine: maybe(&random) { $0.int(10...900) })
        return Record(id: "pages/page-\(index).html#1", provenance: provenance, content: .document(document))
    }
}
