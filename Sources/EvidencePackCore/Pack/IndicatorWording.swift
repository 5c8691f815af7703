import Synchronization

/// An indicator name or pattern in the two forms the comparison reads (`EvidenceAssembler.indicator`),
/// each worked out once per run and compared as UTF-8 bytes: a wide KPI file has thousands of
/// indicators, and every KPI rule, the benchmark and the consistency check ask about each of them
/// (20,000 columns once took minutes through Foundation's string search).
struct IndicatorWording: Sendable {
    /// Lower case, as written.
    let literal: [UInt8]
    /// Loosely worded (`EvidenceAssembler.looseWording`).
    let loose: [UInt8]
    /// `literal` split at `*` (one piece for a name or a pattern without a wildcard).
    let literalPieces: [[UInt8]]
    /// `loose` split at `*`.
    let loosePieces: [[UInt8]]

    init(_ text: String) {
        literal = Array(text.lowercased().utf8)
        loose = Array(EvidenceAssembler.looseWording(text).utf8)
        literalPieces = Self.pieces(literal)
        loosePieces = Self.pieces(loose)
    }

    /// Whether this name matches `wanted` (a pattern's forms): as written, or loosely worded.
    func matches(_ wanted: IndicatorWording) -> Bool {
        Self.name(literal, matches: wanted.literalPieces) || Self.name(loose, matches: wanted.loosePieces)
    }

    /// `*` the only wildcard: the first piece starts the name, the last ends it, those between appear
    /// in order.
    static func name(_ name: [UInt8], matches pieces: [[UInt8]]) -> Bool {
        guard pieces.count > 1 else { return name == pieces[0] }
        guard let first = pieces.first, name.starts(with: first) else { return false }
        var position = first.count
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = firstIndex(of: piece, in: name, from: position) else { return false }
            position = found + piece.count
        }
        let last = pieces[pieces.count - 1]
        return last.isEmpty || (name.count - position >= last.count && name.suffix(last.count).elementsEqual(last))
    }

    private static func firstIndex(of piece: [UInt8], in name: [UInt8], from start: Int) -> Int? {
        guard name.count - start >= piece.count else { return nil }
        for index in start...(name.count - piece.count) where name[index] == piece[0] {
            if name[index..<(index + piece.count)].elementsEqual(piece) { return index }
        }
        return nil
    }

    private static func pieces(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: false).map(Array.init)
    }

    private static let known = Mutex<[String: IndicatorWording]>([:])

    /// The forms of a name or pattern, from the run's memory when asked before.
    static func forms(of text: String) -> IndicatorWording {
        if let found = known.withLock({ $0[text] }) { return found }
        let forms = IndicatorWording(text)
        known.withLock { $0[text] = forms }
        return forms
    }
}
