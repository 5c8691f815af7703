import CouncilText
import Testing

@Suite struct VenueLinksTests {
    @Test func theDirectionsLinkAndTheStopsBeforeItAreDropped() {
        #expect(VenueLinks.droppingDirections("Guildhall, Kingston upon Thames. View directions") == "Guildhall, Kingston upon Thames")
        #expect(VenueLinks.droppingDirections("Council Chamber, County Hall View Directions ") == "Council Chamber, County Hall")
        #expect(VenueLinks.droppingDirections("Directions Room, Town Hall") == "Directions Room, Town Hall")
    }
}
