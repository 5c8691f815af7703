import CouncilText

/// How a meeting page writes its venue: "Venue: Council Chamber, County Hall View directions", or a
/// line of its own under the date and time.
enum VenueText {
    /// Words that make a short line after the date and time a venue.
    static let venueWords = ["room", "hall", "chamber", "centre", "center", "house", "offices", "building", "library", "online",
                             "virtual", "microsoft teams", "zoom", "civic", "suite", "town hall", "county hall"]

    /// The venue without ModernGov's "View directions" link text, or a site's "Map" link after the postcode ("… Telford
    /// TF1 1NY Map").
    static func clean(_ value: String) -> String {
        var venue = Substring(VenueLinks.droppingDirections(Substring(value).trimmingSpaces()))
        if venue.hasSuffix(" Map"), venue.dropLast(4).split(separator: " ").suffix(2).joined(separator: " ").wholeMatch(of: Self.fullPostcode) != nil {
            venue = venue.dropLast(4)
        }
        return droppingUploader(LinePatterns.trimTrailingPunctuation(venue))
    }

    /// "Committee Room 3 Victoria by pNhn2l4" → "Committee Room 3 Victoria": a document site's title for the file, cut,
    /// ends with its uploader's name after "by" (one word with a digit in it).
    static func droppingUploader(_ venue: String) -> String {
        guard let by = venue.range(of: " by ", options: .backwards), venue[by.upperBound...].split(separator: " ").count == 1,
              venue[by.upperBound...].contains(where: \.isNumber) else { return venue }
        return String(venue[..<by.lowerBound])
    }

    /// "Due to Scottish Government guidance relating to COVID-19, this meeting will be held remotely": a notice's reason for
    /// holding the meeting as it is, no place. (ModernGov's "Venue: This meeting will be held virtually" is the venue the
    /// page gives, and kept.)
    static func isNoticeSentence(_ venue: String) -> Bool {
        venue.lowercased().hasPrefix("due to ") && venue.contains(",")
    }

    /// "Dave and Margo’s House 8pm 0.0 Attendance and apologies" → "Dave and Margo’s House": a flattened heading's place
    /// runs on past the meeting's time into the minutes; it ends before the time (two words of place at least before it).
    static func endingBeforeTime(_ venue: String) -> String {
        let words = venue.split(separator: " ")
        guard words.count >= 3 else { return venue }
        for index in 2..<words.count where isClockTime(words[index]) {
            return words[..<index].joined(separator: " ")
        }
        return venue
    }

    /// "8pm", "7.30pm", "10am", "6.00p.m.": a time of day as one word.
    static func isClockTime(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        guard let suffix = ["pm", "am", "p.m.", "a.m.", "p.m", "a.m"].first(where: { lower.hasSuffix($0) }) else { return false }
        let digits = lower.dropLast(suffix.count)
        guard let first = digits.first, first.isNumber, digits.count <= 5 else { return false }
        return digits.allSatisfy { $0.isNumber || $0 == "." || $0 == ":" }
    }

    /// A short line without a colon that names a kind of place.
    static func looksLikeVenue(_ text: String) -> Bool {
        guard text.count <= 150, !text.contains(":") else { return false }
        let lower = text.lowercased()
        return venueWords.contains { lower.contains($0) }
    }
}

// Regex literals are parsed again each time they are evaluated: this is built once.
extension VenueText {
    /// A full UK postcode ("TF1 1NY", "B1 1BB", "SW1A 2AA").
    nonisolated(unsafe) static let fullPostcode = /[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}/
}
