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
        return LinePatterns.trimTrailingPunctuation(venue)
    }

    /// A short line without a colon that names a kind of place.
    static func looksLikeVenue(_ text: String) -> Bool {
        guard text.count <= 150, !text.contains(":") else { return false }
        let lower = text.lowercased()
        return venueWords.contains { lower.contains($0) }
    }
}
