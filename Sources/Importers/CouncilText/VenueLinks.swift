/// The link text a meeting page prints after its venue: ModernGov's "View directions" ("Guildhall, Kingston upon Thames.
/// View directions"). Shared by the text and HTML readers, so both give the same venue.
public enum VenueLinks {
    /// The venue without a trailing "View directions" link and the full stops or spaces before it.
    public static func droppingDirections(_ value: some StringProtocol) -> String {
        var venue = Substring(value)
        while venue.last == " " { venue = venue.dropLast() }
        for suffix in ["View directions", "view directions", "View Directions"] where venue.hasSuffix(suffix) {
            venue = venue.dropLast(suffix.count)
            while let last = venue.last, last == " " || last == "." { venue = venue.dropLast() }
            break
        }
        return String(venue)
    }
}
