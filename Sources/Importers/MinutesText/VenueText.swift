/// How a meeting page writes its venue: "Venue: Council Chamber, County Hall View directions", or a
/// line of its own under the date and time.
enum VenueText {
    /// Words that make a short line after the date and time a venue.
    static let venueWords = ["room", "hall", "chamber", "centre", "center", "house", "offices", "building", "library", "online",
                             "virtual", "microsoft teams", "zoom", "civic", "suite", "town hall", "county hall"]

    /// The venue without ModernGov's "View directions" link text.
    static func clean(_ value: String) -> String {
        var venue = Substring(value).trimmingSpaces()
        for suffix in ["View directions", "view directions", "View Directions"] where venue.hasSuffix(suffix) {
            venue = venue.dropLast(suffix.count)
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

    /// A short line without a colon that names a kind of place.
    static func looksLikeVenue(_ text: String) -> Bool {
        guard text.count <= 150, !text.contains(":") else { return false }
        let lower = text.lowercased()
        return venueWords.contains { lower.contains($0) }
    }
}
