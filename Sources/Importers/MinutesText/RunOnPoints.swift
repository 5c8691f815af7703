import Foundation

/// A decision's points run on in one sentence, as a table cell or a flattened copy prints them: "AGREED (i) to note the
/// update provided; (ii)to congratulate both services …; (iii) that Members visit …; and (iv) that …". Each point is one
/// decision, as it would be had the page set them on lines of their own.
enum RunOnPoints {
    /// The points after the first, parted where the next marker in order ("(ii)", "(b)", "(2)") follows a semicolon (with
    /// "and" or "or" after it, at most): the first point's own text, then each later point's marker and text. Nil when no
    /// later marker follows so.
    static func parted(_ text: String, firstMarker: String) -> (first: String, rest: [(marker: String, text: String)])? {
        var expected = firstMarker
        var parts: [(marker: String, text: String)] = []
        var remaining = Substring(text)
        var firstText: Substring?
        while let next = following(expected), let cut = separator(before: next, in: remaining) {
            let point = remaining[..<cut.lowerBound]
            if firstText == nil { firstText = point } else { parts[parts.count - 1].text = String(cleaned(point)) }
            parts.append((next, ""))
            remaining = remaining[cut.upperBound...]
            expected = next
        }
        guard let firstText, !parts.isEmpty else { return nil }
        parts[parts.count - 1].text = String(cleaned(remaining))
        guard !cleaned(firstText).isEmpty, parts.allSatisfy({ !$0.text.isEmpty }) else { return nil }
        return (String(cleaned(firstText)), parts)
    }

    /// Where the separator and marker before the next point stand ("; (ii)", "; and (iv) "), the range running to the
    /// point's first word.
    private static func separator(before marker: String, in text: Substring) -> Range<String.Index>? {
        var searchFrom = text.startIndex
        while let found = text[searchFrom...].range(of: marker) {
            searchFrom = found.upperBound
            var before = text[..<found.lowerBound]
            while before.last == " " { before = before.dropLast() }
            for joining in [" and", " or"] where before.hasSuffix(joining) { before = before.dropLast(joining.count) }
            while before.last == " " { before = before.dropLast() }
            guard before.last == ";" else { continue }
            var end = found.upperBound
            while end < text.endIndex, text[end] == " " { end = text.index(after: end) }
            return before.index(before: before.endIndex)..<end
        }
        return nil
    }

    /// The marker after one: "(i)" → "(ii)", "(a)" → "(b)", "(1)" → "(2)", "a)" → "b)".
    static func following(_ marker: String) -> String? {
        let open = marker.hasPrefix("(")
        guard let close = marker.last, close == ")" else { return nil }
        let token = marker.dropFirst(open ? 1 : 0).dropLast()
        let next: String
        if let number = Int(token) {
            next = String(number + 1)
        } else if let value = ItemHeader.romanValues[token.uppercased()],
                  let numeral = ItemHeader.romanValues.first(where: { $0.value == value + 1 })?.key {
            next = token.first?.isUppercase == true ? numeral : numeral.lowercased()
        } else if token.count == 1, let letter = token.unicodeScalars.first, letter.isASCII,
                  let successor = Unicode.Scalar(letter.value + 1), CharacterSet.letters.contains(successor) {
            next = String(Character(successor))
        } else {
            return nil
        }
        return (open ? "(" : "") + next + ")"
    }

    /// A point's text without the separator's leftovers.
    private static func cleaned(_ text: Substring) -> Substring {
        var result = text.trimmingSpaces()
        while let last = result.last, last == ";" || last == " " { result = result.dropLast() }
        return result
    }
}
