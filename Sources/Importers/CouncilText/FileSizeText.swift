import Foundation

/// File sizes as councils print them: "PDF 119 KB", "(PDF, 132 KB)", "(156Kb)", "2Mb", "51 KB".
public enum FileSizeText {
    /// A parsed size statement.
    public struct Size: Equatable, Sendable {
        /// The stated format (`PDF`), when printed before the size.
        public var format: String?
        /// The size as printed, e.g. `119 KB`.
        public var text: String
        /// The size in bytes (1 KB = 1024 bytes, as ModernGov counts).
        public var bytes: Int?
    }

    /// File formats councils print before a size.
    public static let formats: Set<String> = ["PDF", "DOC", "DOCX", "XLS", "XLSX", "XLSM", "PPT", "PPTX", "RTF", "ODT", "ODS",
                                       "CSV", "TXT", "HTML", "HTM", "ZIP", "MSG", "JPG", "JPEG", "PNG", "MP3", "MP4",
                                       // Word templates and macro files, slide shows, images ("Chair and Membership DOTX 24 KB").
                                       "DOT", "DOTX", "DOCM", "XLT", "XLTX", "PPS", "PPSX", "ODP", "GIF", "XML"]

    /// Parses text that is only a size statement (icons already dropped).
    public static func parse(_ text: String) -> Size? {
        mayEndWithUnit(text) ? parseWithoutPrecheck(text) : nil
    }

    /// `parse(_:)` without the cheap look at the text's end (for tests that hold the two to agree).
    static func parseWithoutPrecheck(_ text: String) -> Size? {
        var words = tokens(text)
        guard !words.isEmpty else { return nil }
        let size = parseTail(&words)
        return words.isEmpty ? size : nil
    }

    /// Splits "title PDF 119 KB" into ("title", size).
    public static func splitTrailing(_ text: String) -> (String, Size)? {
        mayEndWithUnit(text) ? splitTrailingWithoutPrecheck(text) : nil
    }

    /// `splitTrailing(_:)` without the cheap look at the text's end.
    static func splitTrailingWithoutPrecheck(_ text: String) -> (String, Size)? {
        var words = tokens(text)
        guard words.count >= 2, let size = parseTail(&words), !words.isEmpty else { return nil }
        // The icon's alt text when a page was saved as text: "Report pdf icon PDF 119 KB".
        if words.count >= 3, words[words.count - 1].lowercased() == "icon", formatName(words[words.count - 2]) != nil {
            words.removeLast(2)
        }
        var title = words.joined(separator: " ")
        while let last = title.last, last == " " || last == "," || last == "-" || last == "(" { title.removeLast() }
        return title.isEmpty ? nil : (title, size)
    }

    /// The text without a trailing size statement.
    public static func stripTrailing(_ text: String) -> String {
        splitTrailing(text)?.0 ?? text
    }

    /// False when the text certainly ends in no size unit (`b`, `bytes`, `k`, `kb`, `mb`, `gb`, any
    /// case), looking past brackets, commas and spaces: most link text and titles are not sizes.
    /// The unit is the run of letters the text ends in ("Minutes" ends in `s`, but not in `bytes`);
    /// a letter other than ASCII in that run is left to the full parse.
    public static func mayEndWithUnit(_ text: String) -> Bool {
        var letters: [UInt8] = []
        for byte in text.utf8.reversed() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D, UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","):
                // Brackets, even empty ones ("3k ()" reads as 3k), commas and spaces are looked past.
                if letters.isEmpty { continue }
                return isUnit(letters)
            case 0x80...: return true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                // No unit is longer than `bytes`.
                guard letters.count < 5 else { return false }
                letters.append(byte | 0x20)
            default:
                return letters.isEmpty ? byte == UInt8(ascii: ">") : isUnit(letters)
            }
        }
        return isUnit(letters)
    }

    /// Whether lower-cased letters, last first, spell a size unit.
    private static func isUnit(_ reversedLetters: [UInt8]) -> Bool {
        multiplier(String(decoding: reversedLetters.reversed(), as: UTF8.self)) != nil
    }

    /// `format(ofPath:)` over the bytes of an ASCII path (where each byte is a Character): the
    /// format, or `.some(nil)` for none; nil when the path is not ASCII.
    private static func asciiFormat(ofPath path: String) -> String?? {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let core = utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        guard let dot = core.lastIndex(of: UInt8(ascii: ".")),
              !core[dot...].contains(UInt8(ascii: "/")) else { return .some(nil) }
        let ext = String(decoding: core[core.index(after: dot)...].map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
        return .some(ext == "HTML" || ext == "HTM" || ext == "ASPX" ? nil : (formats.contains(ext) ? ext : nil))
    }

    /// Words, with brackets and commas split off so "(PDF, 132 KB)" reads as PDF 132 KB.
    private static func tokens(_ text: String) -> [String] {
        var text = CouncilText.collapsingSpaces(text)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            text = String(text[..<open]) + " " + inner.replacingOccurrences(of: ",", with: " ")
        }
        // ASCII text (nearly all): split the bytes, where each is a Character; else by Characters.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").map(String.init) }
        return text.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Consumes "[FORMAT] NUMBER UNIT" or "[FORMAT] NUMBERUNIT" from the end of `words`.
    private static func parseTail(_ words: inout [String]) -> Size? {
        guard let last = words.last else { return nil }
        var number: String
        var unit: String
        var consumed = 1
        if let multiplier = multiplier(last), words.count >= 2, isNumber(words[words.count - 2]) {
            number = words[words.count - 2]
            unit = last
            consumed = 2
            _ = multiplier
        } else if let split = last.firstIndex(where: { $0.isLetter }), isNumber(String(last[..<split])),
                  multiplier(String(last[split...])) != nil {
            number = String(last[..<split])
            unit = String(last[split...])
        } else {
            return nil
        }
        var format: String?
        if words.count > consumed, let name = formatName(words[words.count - consumed - 1]) {
            format = name
            consumed += 1
        }
        words.removeLast(consumed)
        if number.contains(",") { number.removeAll { $0 == "," } }
        let bytes = Double(number).flatMap { value in multiplier(unit).flatMap { byteCount(value * Double($0)) } }
        let text = consumed >= 2 && last == unit ? "\(number) \(unit)" : "\(number)\(unit)"
        return Size(format: format, text: text, bytes: bytes)
    }

    /// A size in bytes as a whole number (rounded); nil for one no file has ("99999999999999999999 GB"),
    /// which `Int(_:)` would trap on: a link's text is the council's, not ours.
    public static func byteCount(_ bytes: Double) -> Int? {
        bytes.isFinite && abs(bytes) < 0x1p53 ? Int(bytes.rounded()) : nil
    }

    /// Names councils print for Office formats ("(Word, 2 MB)"), as the format they stand for.
    public static let formatAliases: [String: String] = ["WORD": "DOCX", "EXCEL": "XLSX", "POWERPOINT": "PPTX"]

    /// A stated format word ("PDF", "pdf,", "Word") as a format name, else nil.
    public static func formatName(_ word: String) -> String? {
        // Commas trimmed from both ends ("pdf," in "(pdf, 119 KB)"), without Foundation: asked of every
        // link's words.
        var candidate = Substring(word.uppercased())
        while candidate.first == "," { candidate.removeFirst() }
        while candidate.last == "," { candidate.removeLast() }
        if formats.contains(String(candidate)) { return String(candidate) }
        return formatAliases[String(candidate)]
    }

    private static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.first?.isNumber == true && text.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }

    /// Bytes per unit (`KB` = 1024), any case; nil for a word that is no size unit.
    public static func multiplier(_ unit: some StringProtocol) -> Int? {
        switch unit.lowercased() {
        case "b", "bytes": 1
        case "kb", "k": 1024
        case "mb": 1024 * 1024
        case "gb": 1024 * 1024 * 1024
        default: nil
        }
    }

    /// `PDF` for `…/report.pdf`, when the path names a document format.
    public static func format(ofPath path: String) -> String? {
        if let format = asciiFormat(ofPath: path) { return format }
        var core = Substring(path)
        if let cut = core.firstIndex(where: { $0 == "?" || $0 == "#" }) { core = core[..<cut] }
        guard let dot = core.lastIndex(of: "."), !core[dot...].contains(where: { $0 == "/" }) else { return nil }
        let ext = core[core.index(after: dot)...].uppercased()
        return ext == "HTML" || ext == "HTM" || ext == "ASPX" ? nil : (formats.contains(ext) ? ext : nil)
    }
}

