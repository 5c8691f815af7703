import CouncilText
import EvidenceModel
import Foundation

/// The text side of fact recognition: sentences, words and the numbers they spell ("513", "£4.2m",
/// "twenty-four"), for `FactExtractor` to read facts from. Byte-level fast paths for ASCII text.
extension FactExtractor {
    /// Whether a text spells a number in words ("twenty-four hours", "ten percent").
    static func mentionsNumberWord<Text: StringProtocol>(_ text: Text) -> Bool {
        // Byte by byte over ASCII letter runs: number words are plain ASCII ("twenty", "four").
        var word: [UInt8] = []
        func isNumberWord() -> Bool {
            guard (3...9).contains(word.count), let first = word.first, mayStartNumberWord(first) else { return false }
            return numberWords[String(decoding: word, as: UTF8.self)] != nil
        }
        for byte in text.utf8 {
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") && byte < 0x80 {
                word.append(lower)
            } else {
                if isNumberWord() { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return isNumberWord()
    }

    // MARK: Sentences

    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "no", "cllr", "cllrs", "st", "e.g", "i.e", "etc", "vs",
                                             "approx", "para", "paras", "ref", "fig", "prof", "rev", "nos", "cf", "inc"]

    /// Splits text into sentences at ". ", "? ", "! " before a capital, digit or quote, not after
    /// an abbreviation ("Mr", "No") or an initial ("J.").
    static func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text[$0]) }
    }

    /// Where `sentences(in:)`'s sentences are in the text, trimmed: a reader that needs only some of
    /// them makes Strings of those alone.
    static func sentenceRanges(in text: String) -> [Range<String.Index>] {
        // Looks for ". ", "? " and "! " on UTF-8 bytes (those marks are single bytes that only ever
        // stand for themselves) and reads the scalar after the space only there.
        var sentences: [Range<String.Index>] = []
        let utf8 = text.utf8
        var start = text.startIndex
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var offset = 0
            while offset + 2 < bytes.count {
                let c = bytes[offset]
                guard c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!"), bytes[offset + 1] == UInt8(ascii: " ") else {
                    offset += 1
                    continue
                }
                let afterSpaceOffset = offset + 2
                let afterSpace = utf8.index(utf8.startIndex, offsetBy: afterSpaceOffset)
                let byte = bytes[afterSpaceOffset]
                let following = byte < 0x80 ? Unicode.Scalar(byte) : text.unicodeScalars[afterSpace]
                if following.properties.isUppercase || ("0"..."9").contains(following) || following == "“" || following == "\""
                    || following == "£" {
                    let index = utf8.index(utf8.startIndex, offsetBy: offset)
                    if c != UInt8(ascii: ".") || !endsWithAbbreviation(text[start..<index]) {
                        appendTrimmed(text[start...index], to: &sentences)
                        start = afterSpace
                        offset = afterSpaceOffset
                        continue
                    }
                }
                offset += 1
            }
        }
        appendTrimmed(text[start...], to: &sentences)
        return sentences
    }

    static func appendTrimmed(_ text: Substring, to sentences: inout [Range<String.Index>]) {
        let trimmed = text.trimmingSpaces()
        if !trimmed.isEmpty { sentences.append(trimmed.startIndex..<trimmed.endIndex) }
    }

    static func endsWithAbbreviation(_ text: Substring) -> Bool {
        let lastWord = TextScan.lastASCIIWord(text)?.lowercased() ?? text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if lastWord.count == 1, lastWord.first?.isLetter == true { return true }  // an initial
        return abbreviations.contains(lastWord)
    }

    // MARK: Words

    /// A word of a sentence with its punctuation peeled off.
    struct Word {
        /// The word without surrounding punctuation.
        var core: String
        /// Whether punctuation that ends a clause (`,` `;` `:` `.` `)`) followed it.
        var endsClause: Bool
        /// Whether an opening bracket or quote preceded it.
        var opensBracket: Bool
        /// `core` in lower case when the word was peeled on bytes (ASCII lower-cased byte by byte, as
        /// `lowercased()` would); nil for other words, whose lower case is computed on use.
        var asciiLower: String? = nil
        /// False when the word can start no fact: not a figure, not money, not a number word (settled
        /// when the word is peeled, so the extractor passes most words without a call).
        var mayStartFact = true
        /// `core` in lower case.
        var lower: String { asciiLower ?? core.lowercased() }
        /// Whether the word starts with an ASCII digit.
        var startsWithDigit: Bool { core.utf8.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false }
    }

    static func words(of sentence: String) -> [Word] {
        // Split on space bytes in one pass over the UTF-8 buffer; plain ASCII words are peeled there.
        var result: [Word] = []
        var copy = sentence
        copy.withUTF8 { bytes in
            var start = 0
            func endWord(at end: Int) {
                guard end > start else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                result.append(asciiWord(word) ?? characterWord(sentence, utf8Offsets: start..<end))
            }
            for index in 0..<bytes.count where bytes[index] == UInt8(ascii: " ") {
                endWord(at: index)
                start = index + 1
            }
            endWord(at: bytes.count)
        }
        return result
    }

    /// A word with non-ASCII characters, peeled Character by Character.
    static func characterWord(_ sentence: String, utf8Offsets: Range<Int>) -> Word {
        let utf8 = sentence.utf8
        let raw = sentence[utf8.index(utf8.startIndex, offsetBy: utf8Offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: utf8Offsets.upperBound)]
        var core = Substring(raw)
        var opens = false
        while let first = core.first, "(“\"‘'[".contains(first) { core = core.dropFirst(); opens = true }
        var ends = false
        let bracketed = raw.hasPrefix("(") && raw.hasSuffix(")") && raw.count >= 3 && !raw.dropLast().hasSuffix(")")
        while let last = core.last, ",;:.)”\"’'!?]".contains(last) {
            if ",;:.)!?".contains(last) { ends = true }
            core = core.dropLast()
        }
        if bracketed, raw.dropFirst().dropLast().allSatisfy({ !",;:.!?".contains($0) }) { ends = false }
        let text = String(core)
        var word = Word(core: text, endsClause: ends, opensBracket: opens)
        word.mayStartFact = word.startsWithDigit || TextScan.hasPrefixPound(text) || mayStartNumberWord(text)
        return word
    }

    /// `words(of:)` for a word of plain ASCII, byte by byte: there every byte is a whole Character,
    /// so peeling punctuation bytes gives the same word as peeling Characters, without grapheme breaking.
    /// Nil for any other word (the Character-based peeling handles it).
    static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Word? {
        for byte in bytes where byte >= 0x80 { return nil }
        var start = 0
        var end = bytes.count
        var opens = false
        while start < end, isOpeningASCII(bytes[start]) {
            start += 1
            opens = true
        }
        var ends = false
        let bracketed = start > 0 && bytes[0] == UInt8(ascii: "(") && bytes.count >= 2 && bytes[bytes.count - 1] == UInt8(ascii: ")")
        while start < end, isClosingASCII(bytes[end - 1]) {
            if endsClauseASCII(bytes[end - 1]) { ends = true }
            end -= 1
        }
        // "(CP)" inside "a Child Protection (CP) plan" is an abbreviation, not the end of a clause.
        if bracketed, end - start >= 1, bytes.count - end == 1 { ends = false }
        let core = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text = String(decoding: core, as: UTF8.self)
        // Most words are already lower case: then the lower case is the same string.
        var lower = text
        if core.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
            lower = String(unsafeUninitializedCapacity: core.count) { buffer in
                for (offset, byte) in core.enumerated() {
                    buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                }
                return core.count
            }
        }
        var word = Word(core: text, endsClause: ends, opensBracket: opens, asciiLower: lower)
        word.mayStartFact = mayStartFact(asciiCore: core)
        return word
    }

    /// Whether a plain ASCII word can start a fact, as `FactExtractor` would find: a figure (it starts
    /// with a digit) or a number word, alone ("seven", 3 to 9 letters shaped like one) or joined by a
    /// hyphen ("twenty-four"). Money starts with "£", which is not ASCII.
    static func mayStartFact(asciiCore core: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = core.first else { return false }
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") { return true }
        var hyphens = 0
        for byte in core {
            if byte == UInt8(ascii: "-") {
                hyphens += 1
            } else if !((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")) {
                return false
            }
        }
        if hyphens > 0 { return mayStartNumberWord(first) }
        guard (3...9).contains(core.count) else { return false }
        let shape = numberWordShapes[Int((first | 0x20) - UInt8(ascii: "a")) * 26 + Int((core[1] | 0x20) - UInt8(ascii: "a"))]
        return shape & (1 << core.count) != 0
    }

    /// The ASCII members of the opening marks `words(of:)` peels: `(` `"` `'` `[`.
    static func isOpeningASCII(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "[")
    }

    /// The ASCII members of the closing marks `words(of:)` peels: `,;:.)"'!?]`.
    static func isClosingASCII(_ byte: UInt8) -> Bool {
        endsClauseASCII(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "]")
    }

    /// Marks that end a clause: `,;:.)!?`.
    static func endsClauseASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "?"):
            true
        default:
            false
        }
    }

    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    ]

    /// Whether a word could be a number word: they all start with one of `efhnost`.
    static func mayStartNumberWord(_ word: String) -> Bool {
        word.utf8.first.map(mayStartNumberWord) ?? false
    }

    /// Whether a byte is the ASCII first letter of a number word (either case).
    static func mayStartNumberWord(_ first: UInt8) -> Bool {
        switch first | 0x20 {  // ASCII lower case
        case UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "h"), UInt8(ascii: "n"), UInt8(ascii: "o"), UInt8(ascii: "s"), UInt8(ascii: "t"):
            return true
        default:
            return false
        }
    }

    /// "24", "1,234", "4.5", "twenty-four", "ten".
    static func numericValue(_ word: String, allowWords: Bool) -> Double? {
        if let fast = asciiNumericValue(word, allowWords: allowWords) { return fast }
        if let first = word.first, first.isASCII, first.isNumber {
            guard word.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }), word.last?.isNumber == true else { return nil }
            if word.contains(",") {
                // Thousands separators only: 51,000 and 1,234,567.
                let groups = word.split(separator: ",", omittingEmptySubsequences: false)
                guard groups.dropFirst().allSatisfy({ $0.count == 3 && !$0.contains(".") }) || groups.last?.contains(".") == true else { return nil }
            }
            return Double(word.filter { $0 != "," })
        }
        guard allowWords else { return nil }
        let lower = word.lowercased()
        if let value = numberWords[lower] { return value }
        let parts = lower.split(separator: "-")
        if parts.count == 2, let tens = numberWords[String(parts[0])], tens >= 20, let units = numberWords[String(parts[1])], units < 10 {
            return tens + units
        }
        return nil
    }

    /// `numericValue` for plain ASCII words, on bytes: the outer nil means "not ASCII, ask the
    /// Character-based reading"; the inner value is the answer. Words that cannot be a number word
    /// (wrong length, not letters and one hyphen) are settled without lower-casing or hashing.
    static func asciiNumericValue(_ word: String, allowWords: Bool) -> Double?? {
        let bytes = word.utf8
        guard let first = bytes.first else { return .some(nil) }
        var letters = 0
        var hyphens = 0
        var digits = 0
        var commas = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
            case UInt8(ascii: "-"): hyphens += 1
            case UInt8(ascii: ","): commas += 1
            case UInt8(ascii: "."): break
            case 0x80...: return nil
            default: break
            }
        }
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
            // Only digits, commas and dots, ending in a digit.
            let others = bytes.count - digits - commas - bytes.lazy.filter { $0 == UInt8(ascii: ".") }.count
            guard others == 0, let last = bytes.last, last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9") else { return .some(nil) }
            if commas == 0 { return .some(Double(word)) }
            return nil  // thousands separators: the general reading checks the groups
        }
        guard allowWords else { return .some(nil) }
        // Number words are 3 to 9 letters; "twenty-four" is two of them joined by a hyphen.
        guard letters + hyphens == bytes.count else { return .some(nil) }
        if hyphens == 0 {
            guard (3...9).contains(letters), mayBeNumberWord(bytes) else { return .some(nil) }
        }
        // Lower-casing ASCII byte by byte gives what `lowercased()` gives.
        let lower = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            }
            return bytes.count
        }
        if let value = numberWords[lower] { return .some(value) }
        guard hyphens > 0 else { return .some(nil) }
        let parts = lower.split(separator: "-")
        if parts.count == 2, let tens = numberWords[String(parts[0])], tens >= 20, let units = numberWords[String(parts[1])], units < 10 {
            return .some(tens + units)
        }
        return .some(nil)
    }

    /// The first two letters and lengths of the number words, as bits: `numberWordShapes[first * 26 + second]`
    /// has bit `length` set when some number word has that start and length ("the" and "that" have none).
    static let numberWordShapes: [UInt16] = {
        var shapes = [UInt16](repeating: 0, count: 26 * 26)
        for word in numberWords.keys {
            let bytes = Array(word.utf8)
            shapes[Int(bytes[0] - UInt8(ascii: "a")) * 26 + Int(bytes[1] - UInt8(ascii: "a"))] |= 1 << bytes.count
        }
        return shapes
    }()

    /// Whether an ASCII word of 3 to 9 letters starts like a number word of its length.
    static func mayBeNumberWord(_ bytes: String.UTF8View) -> Bool {
        var iterator = bytes.makeIterator()
        guard let first = iterator.next(), let second = iterator.next() else { return false }
        let shape = numberWordShapes[Int((first | 0x20) - UInt8(ascii: "a")) * 26 + Int((second | 0x20) - UInt8(ascii: "a"))]
        return shape & (1 << bytes.count) != 0
    }
}
