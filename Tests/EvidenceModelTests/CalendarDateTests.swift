import EvidenceModel
import Foundation
import Testing

@Suite struct CalendarDateTests {
    @Test func parsesAndPrintsISO8601() throws {
        let date = try #require(CalendarDate(iso8601: "2024-02-29"))
        #expect(date.year == 2024 && date.month == 2 && date.day == 29)
        #expect(date.iso8601 == "2024-02-29")
        #expect(date.ukFormat == "29/02/2024")
    }

    @Test func rejectsImpossibleDays() {
        #expect(CalendarDate(iso8601: "2023-02-29") == nil)
        #expect(CalendarDate(iso8601: "2023-13-01") == nil)
        #expect(CalendarDate(iso8601: "2023-1-01") == nil)
        #expect(CalendarDate(year: 2025, month: 4, day: 31) == nil)
    }

    @Test func epochDayArithmeticRoundTrips() throws {
        let date = try #require(CalendarDate(iso8601: "1970-01-01"))
        #expect(date.daysSinceEpoch == 0)
        for offset in stride(from: -40000, through: 40000, by: 997) {
            let moved = date.adding(days: offset)
            #expect(moved.daysSinceEpoch == offset)
        }
        #expect(try #require(CalendarDate(iso8601: "2026-11-20")).adding(days: 11).iso8601 == "2026-12-01")
    }

    @Test func addingMonthsClampsToMonthEnd() throws {
        let date = try #require(CalendarDate(iso8601: "2026-08-31"))
        #expect(date.adding(months: -6).iso8601 == "2026-02-28")
        #expect(date.adding(months: -12).iso8601 == "2025-08-31")
        #expect(try #require(CalendarDate(iso8601: "2024-08-31")).adding(months: -6).iso8601 == "2024-02-29")
        #expect(try #require(CalendarDate(iso8601: "2026-01-15")).adding(months: -1).iso8601 == "2025-12-15")
    }

    @Test func wholeYearsIsAnAge() throws {
        let birth = try #require(CalendarDate(iso8601: "2010-06-15"))
        #expect(birth.wholeYears(until: try #require(CalendarDate(iso8601: "2026-06-14"))) == 15)
        #expect(birth.wholeYears(until: try #require(CalendarDate(iso8601: "2026-06-15"))) == 16)
    }

    @Test func codesAsAnISOString() throws {
        let data = try JSONEncoder().encode([try #require(CalendarDate(iso8601: "2026-11-20"))])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-11-20\"]")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"20/11/2026\"]".utf8)) }
    }
}
