import EvidenceModel

/// Escaping and formatting for the page: every piece of text from the bundle goes through here.
enum HTMLText {
    /// Text safe inside an element or a double- or single-quoted attribute.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and newlines are not allowed in HTML text.
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" { continue }
                if scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A relative link to a payload path (`evidence/minutes/a b.txt` → `evidence/minutes/a%20b.txt`):
    /// every byte outside unreserved characters is percent-encoded, so a path can never turn into
    /// a scheme (`http:`), a query or a fragment.
    static func href(forPayloadPath path: String, prefix: String) -> String {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).map { component -> String in
            var encoded = ""
            for byte in component.utf8 {
                let isUnreserved = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                    || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
                if isUnreserved {
                    encoded.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    let hex = Array("0123456789ABCDEF")
                    encoded += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0x0F)])"
                }
            }
            return encoded
        }
        return prefix + components.joined(separator: "/")
    }

    /// A fragment-safe id from any text: letters, digits and `-`, lower case.
    static func anchor(_ prefix: String, _ text: String) -> String {
        var result = prefix + "-"
        for scalar in text.lowercased().unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if keep {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-"), result.count > prefix.count + 1 { result.removeLast() }
        return result
    }

    /// `20 November 2026`.
    static func longDate(_ date: CalendarDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let month = (1...12).contains(date.month) ? months[date.month - 1] : String(date.month)
        return "\(date.day) \(month) \(date.year)"
    }

    /// A number for people, without locale: thousands separated by commas, integers without
    /// decimals, other values as Swift's shortest round-tripping form (`22.6`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "not a number" : (value < 0 ? "−∞" : "∞") }
        if value == value.rounded(), abs(value) < 1e15 { return grouped(String(Int64(value))) }
        let text = "\(value)"
        guard !text.contains("e"), let dot = text.firstIndex(of: ".") else { return text }
        return grouped(String(text[..<dot])) + String(text[dot...])
    }

    /// A number rounded to a fixed count of decimals (axis ticks), without locale.
    static func fixed(_ value: Double, decimals: Int, grouping: Bool = true) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard value.isFinite, abs(scaled) < 9e15 else { return number(value) }
        let units = Int64(abs(scaled))
        let whole = units / Int64(scale), fraction = units % Int64(scale)
        var fractionText = String(fraction)
        fractionText = String(repeating: "0", count: max(0, decimals - fractionText.count)) + fractionText
        let wholeText = grouping ? grouped(String(whole)) : String(whole)
        return (scaled < 0 ? "-" : "") + wholeText + (decimals > 0 ? "." + fractionText : "")
    }

    /// A count of children or rows for people: `1,234`, "fewer than 5" for 1 to 4 (`SmallCount`).
    static func count(_ value: Int) -> String {
        SmallCount.isSuppressed(value) ? SmallCount.words(value) : number(Double(value))
    }

    /// `1234567` → `1,234,567` (keeps a leading minus).
    static func grouped(_ digits: String) -> String {
        var body = Substring(digits)
        var sign = ""
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        var groups: [Substring] = []
        while body.count > 3 {
            groups.insert(body.suffix(3), at: 0)
            body = body.dropLast(3)
        }
        groups.insert(body, at: 0)
        return sign + groups.joined(separator: ",")
    }

    /// A value with its unit, for labels: `22.6%`, `67 per 10,000`, `£4,200,000`.
    static func value(_ value: Double, unit: MeasureUnit) -> String {
        switch unit {
        case .percent: return number(value) + "%"
        case .ratePer10000: return number(value) + " per 10,000"
        case .money: return (value < 0 ? "-£" : "£") + number(abs(value))
        case .days: return number(value) + " days"
        case .months: return number(value) + " months"
        case .count, .ratio, .other: return number(value)
        }
    }

    /// The unit in words, for captions.
    static func unitName(_ unit: MeasureUnit) -> String {
        switch unit {
        case .count: "count"
        case .percent: "per cent"
        case .ratePer10000: "rate per 10,000 children"
        case .money: "pounds"
        case .days: "days"
        case .months: "months"
        case .ratio: "ratio"
        case .other: "value"
        }
    }

    /// The status as people read it.
    static func statusLabel(_ status: EvidenceStatus) -> String {
        switch status {
        case .present: "Present"
        case .missing: "Missing"
        case .stale: "Stale"
        case .invalid: "Invalid"
        case .needsReview: "Needs review"
        case .notApplicable: "Not applicable"
        case .providedSeparately: "Provided separately"
        }
    }
}
