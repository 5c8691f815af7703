import AnnexASpec
import Testing

/// The UK postcode shape: full postcodes in every outward pattern, sectors and districts, and what
/// is not a postcode at all.
@Suite struct AnnexAPostcodeTests {
    @Test(arguments: ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "sw1a 1aa", "SW1A1AA", "GIR 0AA",
                      "C25 1YT", "P13 2TR", "T28 2WB"])
    func readsAFullPostcode(_ text: String) {
        #expect(AnnexAPostcode.form(of: text) == .full)
    }

    @Test func readsASectorAndADistrict() {
        #expect(AnnexAPostcode.form(of: "SW1A 1") == .sector)
        #expect(AnnexAPostcode.form(of: "M1 1") == .sector)
        #expect(AnnexAPostcode.form(of: "SW1A") == .district)
        #expect(AnnexAPostcode.form(of: "DN55") == .district)
        #expect(AnnexAPostcode.form(of: "m1") == .district)
    }

    @Test(arguments: ["nope", "", "12345", "SW1A 1AAA", "SW1A  1AA", "SW1A-1AA", "S 1AA", "SWA1 1AA", "SW1A 1A", "SW1A1", "1AA",
                      "SW1AB 1AA", "SW1A 11A", "ZZ99 3VZZ", "Home Town"])
    func rejectsWhatIsNotAPostcode(_ text: String) {
        #expect(AnnexAPostcode.form(of: text) == nil)
    }
}
