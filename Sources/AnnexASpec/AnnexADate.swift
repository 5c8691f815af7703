import EvidenceModel

/// Reads the dates Annex A files hold: the template's `dd/mm/yyyy` (also `d/m/yyyy` and `dd-mm-yyyy`), ISO `yyyy-mm-dd`, either with a time after it, and Excel serial day numbers
/// (what a date cell becomes when a workbook is saved as CSV without formatting).
public enum AnnexADate {
    /// How a date was written.
    public enum Form: String, Sendable {
        case template, iso, excelSerial
    }

    /// Parses trimmed cell bytes; nil when they are not a real day.
    public static func parse<C: Collection>(_ bytes: C) -> (date: CalendarDate, form: Form)? where C.Element == UInt8 {
        parseGeneric(bytes)
    }

    private static func parseGeneric<C: Collection>(_ bytes: C) -> (date: CalendarDate, form: Form)? where C.Element == UInt8 {
        var parts = (0, 0, 0), digitCounts = (0, 0, 0)
        var partIndex = 0, current = -1, currentDigits = 0
        var separator: UInt8 = 0
        var inFraction = false
        func store() {
            switch partIndex {
            case 0: parts.0 = current; digitCounts.0 = currentDigits
            case 1: parts.1 = current; digitCounts.1 = currentDigits
            default: parts.2 = current; digitCounts.2 = currentDigits
            }
        }
        for byte in bytes {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if inFraction { continue }
                current = (current < 0 ? 0 : current) * 10 + Int(byte - UInt8(ascii: "0"))
                currentDigits += 1
                if currentDigits > 8 { return nil }
            } else if inFraction {
                return nil
            } else if byte == UInt8(ascii: "."), partIndex == 0, current >= 0 {
                inFraction = true // `45123.5`: an Excel serial with a time of day
            } else if partIndex == 2, current >= 0, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "T") {
                break // a time follows the date
            } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-"), current >= 0, partIndex < 2 {
                if separator == 0 { separator = byte } else if separator != byte { return nil }
                store()
                partIndex += 1
                current = -1
                currentDigits = 0
            } else {
                return nil
            }
        }
        guard current >= 0 else { return nil }
        if partIndex == 0 { return serial(current) }
        guard partIndex == 2 else { return nil }
        store()
        if digitCounts.0 == 4, digitCounts.1 <= 2, digitCounts.2 <= 2 {
            return CalendarDate(year: parts.0, month: parts.1, day: parts.2).map { ($0, .iso) }
        }
        guard digitCounts.2 == 4, digitCounts.0 <= 2, digitCounts.1 <= 2 else { return nil }
        return CalendarDate(year: parts.2, month: parts.1, day: parts.0).map { ($0, .template) }
    }

    /// Parses trimmed cell bytes as the CSV reader hands them over: a concrete entry point, so a
    /// caller in another module gets the specialised byte loop, not the generic one.
    public static func parse(_ bytes: ArraySlice<UInt8>) -> (date: CalendarDate, form: Form)? {
        parseGeneric(bytes)
    }

    /// Parses trimmed cell bytes in a buffer (the CSV reader's hot path). The template's own
    /// `dd/mm/yyyy` is read straight off the ten bytes; anything else goes the general way.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (date: CalendarDate, form: Form)? {
        if bytes.count == 10, bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/") {
            let zero = UInt8(ascii: "0")
            func digit(_ offset: Int) -> Int { Int(bytes[offset] &- zero) }
            let allDigits = digit(0) <= 9 && digit(1) <= 9 && digit(3) <= 9 && digit(4) <= 9
                && digit(6) <= 9 && digit(7) <= 9 && digit(8) <= 9 && digit(9) <= 9
            if allDigits {
                let day = digit(0) * 10 + digit(1), month = digit(3) * 10 + digit(4)
                let year = digit(6) * 1000 + digit(7) * 100 + digit(8) * 10 + digit(9)
                return CalendarDate(year: year, month: month, day: day).map { ($0, .template) }
            }
        }
        return parseGeneric(bytes)
    }

    /// Parses a string (convenience).
    public static func parse(_ text: String) -> (date: CalendarDate, form: Form)? {
        parse(Array(text.trimmingSpaces.utf8)[...])
    }

    /// Excel's 1900 date system: serial 1 is 1900-01-01 and 60 the phantom 29 February 1900. Only
    /// serials of years 1900-2099 count as dates; other whole numbers are not.
    static func serial(_ value: Int) -> (date: CalendarDate, form: Form)? {
        guard value >= 61, value <= 73050 else { return nil }
        let excelEpoch = CalendarDate(year: 1899, month: 12, day: 30)?.daysSinceEpoch ?? -25569
        return (CalendarDate(daysSinceEpoch: excelEpoch + value), .excelSerial)
    }
}
