import Foundation

/// How the evaluation compares text: folded case, quotes, dashes and whitespace, trailing punctuation trimmed.
enum FidelityText {
    static func fold(_ text: String) -> String {
        var folded = text.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
            .replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{2014}", with: "-")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        folded = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = folded.last, ".,;:-–".contains(last) || last == " " { folded.removeLast() }
        return folded
    }

    /// A document title folded, without ModernGov's ", item 4.1" suffix (the item is carried apart).
    static func documentTitle(_ text: String) -> String {
        fold(text.replacing(/,\s*item\s+[0-9][0-9a-z.]*\s*$/.ignoresCase(), with: ""))
    }

    /// Words of folded text, punctuation dropped.
    static func words(_ text: String) -> [String] {
        fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map(String.init)
    }

    /// A decision's text without its `RESOLVED`/`AGREED`/`Decision:` label or list marker.
    static func strippingDecisionLabel(_ text: String) -> String {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        // ("it was AGREED" over its points "(i) …", "(ii) …": the label alone, in a sentence's words.)
        if ["it was agreed", "it was resolved", "it was decided"].contains(words(text).joined(separator: " ")) { return "" }
        let labels = ["resolved", "agreed", "decisions", "decision", "resolution", "recommendation"]
        var changed = true
        while changed {
            changed = false
            let lower = rest.lowercased()
            for label in labels where lower.hasPrefix(label) {
                rest = rest.dropFirst(label.count)
                changed = true
                break
            }
            if let marker = rest.firstMatch(of: /^\s*(\(?[0-9]{1,2}[.)]|\(?[ivx]{1,4}\)|\(?[a-h]\)|[·•\-–:])\s*/) {
                rest = rest[marker.range.upperBound...]
                changed = changed || !marker.output.0.isEmpty
            }
        }
        return String(rest).trimmingCharacters(in: .whitespaces)
    }

    /// A venue without a leading "the" (some labels keep it, some readers drop it).
    static func venue(_ text: String) -> String {
        text.lowercased().hasPrefix("the ") ? String(text.dropFirst(4)) : text
    }

    /// A person's name without titles and bracketed roles, for comparing attendance lists.
    static func person(_ text: String) -> String {
        var name = text.replacing(/\([^)]*\)/, with: "")
        name = name.replacing(/(?i)\bcounty\s+(councillors?|cllrs?)\b/, with: "councillor")
        // ("Cllr Norma Stephenson O.B.E": an honour printed with its stops.)
        name = name.replacing(/\b(O\.B\.E|M\.B\.E|C\.B\.E|B\.E\.M|J\.P)\.?/, with: "")
        name = name.replacing(/(?i)\b(in the chair|chair(man|person)?|vice[- ]chair)\b/, with: "")
        // (Honours after a name, "J Gray MBE", are titles too.)
        let titles: Set<String> = ["councillor", "councillors", "cllr", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "cllrs",
                                   "mbe", "obe", "cbe", "bem", "kbe", "dbe", "jp", "qpm", "dl",
                                   // (A civic title before the name: "Provost Mrs Frances Duncan".)
                                   "provost", "bailie"]
        return words(name).filter { !titles.contains($0) }.joined(separator: " ")
    }

    /// A size as printed ("420 KB", "2Mb") in bytes, 1024-based as the readers count.
    static func sizeBytes(_ text: String) -> Int? {
        guard let match = text.firstMatch(of: /(?i)([0-9]+(?:\.[0-9]+)?)\s*(kb|mb|gb|k|m|bytes?)/),
              let number = Double(match.output.1) else { return nil }
        let unit = match.output.2.lowercased()
        let scale: Double = unit.hasPrefix("g") ? 1024 * 1024 * 1024 : unit.hasPrefix("m") ? 1024 * 1024 : unit.hasPrefix("k") ? 1024 : 1
        return Int((number * scale).rounded())
    }
}
