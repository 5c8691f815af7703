import Foundation
import CouncilText
import EvidenceModel
import LibXML

/// Reading the web service's element values with its quirks: empty values written as an open tag, a
/// line break and the close tag; counts with a leading space; "True"/"False"; dd/mm/yyyy dates;
/// "10.00 am" times; CRLF line ends.
enum ElementValues {
    /// The first child element with this name.
    static func child(_ node: XMLNode, _ name: String) -> XMLNode? {
        node.childElements.first { $0.name == name }
    }

    /// Every child element with this name (one or many).
    static func children(_ node: XMLNode, _ name: String) -> [XMLNode] {
        node.childElements.filter { $0.name == name }
    }

    /// A child's text, whitespace collapsed; nil when absent or empty (however it was written).
    static func text(_ node: XMLNode, _ name: String) -> String? {
        child(node, name).flatMap { nonEmpty($0.textContent) }
    }

    /// A child's text exactly as written (line breaks kept, CRLF as LF), nil when only whitespace:
    /// for the escaped HTML bodies.
    static func rawText(_ node: XMLNode, _ name: String) -> String? {
        guard let value = child(node, name)?.textContent,
              !value.allSatisfy({ $0.isWhitespace }) else { return nil }
        return value.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Text with runs of whitespace as one space, trimmed; nil when nothing is left.
    static func nonEmpty(_ text: String) -> String? {
        let collapsed = CouncilText.collapsingSpaces(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// "True"/"False" (any case, spaces around) as a Bool; nil otherwise.
    static func bool(_ node: XMLNode, _ name: String) -> Bool? {
        switch text(node, name)?.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// A count such as `> 2<`.
    static func count(_ node: XMLNode, _ name: String) -> Int? {
        text(node, name).flatMap { Int($0) }
    }

    /// A dd/mm/yyyy date (any form the council-text vocabulary reads).
    static func date(_ node: XMLNode, _ name: String) -> CalendarDate? {
        text(node, name).flatMap(DateText.parse)
    }

    /// A time such as "10.00 am", "2.00 pm", "12 noon" or "14:30" as 24-hour `HH:MM`; nil otherwise.
    static func time(_ node: XMLNode, _ name: String) -> String? {
        text(node, name).flatMap(clockTime)
    }

    /// "10.00 am" → "10:00", "2.00 pm" → "14:00", "12.30 pm" → "12:30", "12 noon" → "12:00", "14:30" → "14:30".
    static func clockTime(_ text: String) -> String? {
        let lower = text.lowercased().replacingOccurrences(of: " ", with: "")
        if lower == "noon" || lower == "12noon" { return "12:00" }
        guard let match = lower.wholeMatch(of: Self.clockTime),
              let hour = Int(match.1) else { return nil }
        let minute = match.2.flatMap { Int($0) } ?? 0
        let suffix = match.3.map { String($0).replacingOccurrences(of: ".", with: "") }
        guard minute < 60, hour <= 23, suffix == nil || (1...12).contains(hour) else { return nil }
        if match.2 == nil && suffix == nil { return nil }
        var hours = hour
        if suffix == "pm", hour < 12 { hours += 12 }
        if suffix == "am", hour == 12 { hours = 0 }
        return (hours < 10 ? "0" : "") + "\(hours):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// The printed item number without its trailing dot: "9." → "9", "4a." → "4a".
    static func printedNumber(_ text: String?) -> String? {
        guard var text = text.flatMap(nonEmpty) else { return nil }
        while text.hasSuffix(".") { text.removeLast() }
        return text.isEmpty ? nil : text
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension ElementValues {
    /// "10.30am", "14:00", "2pm".
    nonisolated(unsafe) static let clockTime = /([0-9]{1,2})(?:[.:]([0-9]{2}))?(am|pm|a\.m\.|p\.m\.)?/
}
