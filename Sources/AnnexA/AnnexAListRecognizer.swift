import AnnexASpec
import Foundation
import Synchronization

/// How a file's header lines up with one Annex A list: which source column feeds each template
/// column, which source columns are not in the template, and which headers were read loosely.
public struct AnnexAHeaderMatch: Sendable {
    /// The list.
    public var list: AnnexAListSpec
    /// For each template column, the 0-based source column feeding it (nil: absent from the file).
    public var sourceIndex: [Int?]
    /// Source columns (0-based) that are not in the template.
    public var unknownSourceColumns: [Int]
    /// Source columns (0-based) that repeat a template column already matched.
    public var duplicateSourceColumns: [Int]
    /// (source column, template column) pairs matched by a variant or pattern rather than the exact text.
    public var looseMatches: [(source: Int, template: Int)]

    /// How many template columns were found.
    public var matchedCount: Int { sourceIndex.compactMap { $0 }.count }
    /// The share of the template's columns found, 0-1.
    public var coverage: Double { list.columns.isEmpty ? 0 : Double(matchedCount) / Double(list.columns.count) }
}

/// Recognises which Annex A list a CSV holds, by file name (`list-3.csv`, `List 3 Referrals.csv`,
/// `referrals.csv`) or by its header, and maps its header to the template's columns.
public enum AnnexAListRecognizer {
    /// The list a file name names, when it names one.
    public static func listNumber(fromFileName path: String, template: AnnexATemplate) -> Int? {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        if let match = name.range(of: #"list[ _\-.]*0*([0-9]{1,2})(?![0-9])"#, options: .regularExpression) {
            let digits = name[match].filter(\.isNumber)
            if let number = Int(digits), template.list(number) != nil { return number }
        }
        let spaced = " " + name.map { $0.isLetter || $0.isNumber ? $0 : " " }.map(String.init).joined() + " "
        let squeezed = spaced.split(separator: " ").joined(separator: " ")
        for list in template.lists.sorted(by: { $0.number > $1.number }) {
            // Longer words first so "adopters" (11) is not taken for "adoption" (10).
            for word in list.fileNameWords.sorted(by: { $0.count > $1.count }) {
                let needle = " " + word.map { $0.isLetter || $0.isNumber ? $0 : " " }.map(String.init).joined() + " "
                if (" " + squeezed + " ").contains(needle) { return list.number }
            }
        }
        return nil
    }

    /// Whether a file name says outright that it is an Annex A list (`annex`, `list 3`), not only
    /// that it is about contacts or referrals.
    public static func namesAnnexA(_ path: String) -> Bool {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        return name.contains("annex") || name.range(of: #"list[ _\-.]*0*[0-9]{1,2}(?![0-9])"#, options: .regularExpression) != nil
    }

    /// Maps a header to one list's columns.
    public static func match(headers: [String], to list: AnnexAListSpec) -> AnnexAHeaderMatch {
        var sourceIndex = [Int?](repeating: nil, count: list.columns.count)
        var unknown: [Int] = [], duplicates: [Int] = []
        var loose: [(Int, Int)] = []
        let exactKeys = list.columns.map { HeaderKey.make($0.header) }
        var unmatched: [Int] = []
        for (source, header) in headers.enumerated() {
            let key = HeaderKey.make(header)
            // A header of no letters or digits names no column: no pattern is tried on it (a line of
            // 65,000 tabs is 65,000 such cells).
            if key.isEmpty { unknown.append(source); continue }
            // The exact header first, then variants, never a column already taken.
            if let target = exactKeys.indices.first(where: { exactKeys[$0] == key }) ?? list.columns.indices.first(where: { list.columns[$0].keys.contains(key) }) {
                if sourceIndex[target] == nil {
                    sourceIndex[target] = source
                    if header.trimmingCharacters(in: .whitespaces) != list.columns[target].header && exactKeys[target] != key {
                        loose.append((source, target))
                    }
                } else {
                    duplicates.append(source)
                }
            } else {
                unmatched.append(source)
            }
        }
        // LIIA's patterns, only where exactly one free template column answers.
        for source in unmatched {
            let header = headers[source]
            // A cell this long is no column name (a file with no line breaks, say); patterns like
            // `.*date.*birth.*` would backtrack over it for minutes.
            guard header.utf8.count <= maximumPatternHeaderLength else {
                unknown.append(source)
                continue
            }
            let candidates = list.columns.indices.filter { target in
                sourceIndex[target] == nil && list.columns[target].patterns.contains { pattern($0, matches: header) }
            }
            if candidates.count == 1, let target = candidates.first {
                sourceIndex[target] = source
                loose.append((source, target))
            } else {
                unknown.append(source)
            }
        }
        return AnnexAHeaderMatch(list: list, sourceIndex: sourceIndex, unknownSourceColumns: unknown.sorted(),
                                 duplicateSourceColumns: duplicates, looseMatches: loose)
    }

    /// The best list for a header (and file name): the list the name gives when its header fits at
    /// least a third, else the list whose columns the header covers best (at least half, three columns).
    public static func recognise(path: String, headers: [String], template: AnnexATemplate, forcedList: Int? = nil) -> AnnexAHeaderMatch? {
        if let forcedList, let list = template.list(forcedList) { return match(headers: headers, to: list) }
        if let named = listNumber(fromFileName: path, template: template), let list = template.list(named) {
            let result = match(headers: headers, to: list)
            if result.coverage >= 1.0 / 3.0 { return result }
        }
        let candidates = template.lists.map { match(headers: headers, to: $0) }
            .filter { $0.coverage >= 0.5 && $0.matchedCount >= 3 }
        return candidates.max { a, b in
            // More template columns found, then fewer unknown source columns, then the lower list number.
            (a.matchedCount - a.unknownSourceColumns.count, a.coverage, -a.list.number)
                < (b.matchedCount - b.unknownSourceColumns.count, b.coverage, -b.list.number)
        }
    }

    /// The longest header text tried against LIIA's patterns (the longest template header is ~120).
    static let maximumPatternHeaderLength = 512

    /// LIIA writes patterns as `/regex/i`.
    static func pattern(_ text: String, matches header: String) -> Bool {
        var body = text
        if body.hasPrefix("/"), let end = body.lastIndex(of: "/"), end != body.startIndex {
            body = String(body[body.index(after: body.startIndex)..<end])
        }
        guard let expression = compiled(body) else { return false }
        return expression.firstMatch(in: header, range: NSRange(header.startIndex..., in: header)) != nil
    }

    /// Each pattern compiled once per run, not once per header and list it is tried on.
    private static let compiledPatterns = Mutex<[String: CompiledPattern]>([:])

    /// A compiled expression, or none for a pattern that does not compile (remembered too).
    private struct CompiledPattern: @unchecked Sendable {
        // NSRegularExpression is immutable once made and safe to use from several threads.
        let expression: NSRegularExpression?
    }

    private static func compiled(_ body: String) -> NSRegularExpression? {
        compiledPatterns.withLock { cache in
            if let known = cache[body] { return known.expression }
            let expression = try? NSRegularExpression(pattern: body, options: [.caseInsensitive])
            cache[body] = CompiledPattern(expression: expression)
            return expression
        }
    }
}
