import EvidenceModel
import EvidencePackCore
import Foundation
import ModernGovXMLImporter
import Testing

/// The importer on the small replies in `Fixtures`: quirks, one-or-many elements, resolutions,
/// apologies, restricted documents, and replies that are not the service's XML.
@Suite struct FixtureTests {
    @Test func meetingQuirksAndResolutions() async throws {
        let result = try await TestSupport.importText(Fixtures.meeting)
        #expect(!result.diagnostics.contains { $0.severity >= .warning }, "\(result.diagnostics)")
        let meeting = try #require(TestSupport.document(of: result))
        #expect(meeting.committee == "Corporate Parenting Board")
        #expect(meeting.meetingDate?.iso8601 == "2026-03-05")
        #expect(meeting.properties["meetingTime"] == "14:00")
        #expect(meeting.properties["actualStartTime"] == "14:05")
        #expect(meeting.properties["plannedFinishTime"] == nil)
        #expect(meeting.venue == "Committee Room 1, Town Hall")
        let item = try #require(meeting.items.first)
        #expect(meeting.items.count == 1)
        #expect(item.number == "4" && item.title == "Children in care performance")
        #expect(item.description.map(\.text) == ["Report of the Director.", "Presented By: Head of Service"])
        #expect(item.minutes.first?.text == "The Board considered the report.")
        let resolution = try #require(item.decisions.first)
        #expect(item.decisions.count == 1)
        #expect(resolution.kind == .resolution && resolution.marker == "RESOLVED")
        #expect(resolution.children?.map(\.text) == ["That the report be noted.", "That a further report be brought in June."])
        #expect(item.links.map(\.restricted) == [false, true])
        #expect(item.links.map { $0.date?.iso8601 } == ["2026-02-25", "2026-02-25"])
        #expect(meeting.attendance == ["Councillor A Chair (Chair, Present)"])
        #expect(meeting.apologies == ["Councillor B Member (Committee Member)"])
    }

    @Test func committeeFromTheMeetingsListBeside() async throws {
        // No linked documents name it: the GetMeetings reply a fetch saves beside the meeting does.
        let bare = Fixtures.meeting.replacingOccurrences(of: "<committeetitle>Corporate Parenting Board</committeetitle>", with: "")
        let folder = try TestSupport.folder(["55/meeting-7001.xml": bare, "55/meetings.xml": Fixtures.meetings])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await TestSupport.importFile("55/meeting-7001.xml", in: folder)
        #expect(TestSupport.document(of: result)?.committee == "Corporate Parenting Board")
        let named = try await TestSupport.importText(bare, options: ["committee": "Named Board"])
        #expect(TestSupport.document(of: named)?.committee == "Named Board")
    }

    @Test func meetingsListCountMismatch() async throws {
        let result = try await TestSupport.importText(Fixtures.meetings)
        #expect(result.diagnostics.map(\.code) == ["moderngov.count-mismatch"])
        #expect(TestSupport.document(of: result)?.blocks.first?.rows?.count == 2)
    }

    /// A meetings list gives the list, then each dated meeting as a record known only from it.
    @Test func meetingsListListsEachMeeting() async throws {
        let result = try await TestSupport.importText(Fixtures.meetings)
        let documents = result.records.compactMap { content -> Document? in
            if case .document(let document) = content { return document }
            return nil
        }
        #expect(documents.map(\.kind) == [.meetingList, .meeting])
        let meeting = try #require(documents.last)
        #expect(meeting.committee == "Corporate Parenting Board")
        #expect(meeting.meetingDate?.iso8601 == "2026-03-05")
        #expect(meeting.properties == [Document.listedInProperty: "meetingList", "status": "confirmed", "meetingId": "7001"])
        #expect(result.lineRanges.count == 2)
    }

    /// A reply that is not the expected XML, the error code it must give and words its message must hold.
    struct Unexpected: Sendable, CustomTestStringConvertible {
        var text: String
        var code: String
        var words: String
        var testDescription: String { code + ": " + words }
    }

    @Test(arguments: [Unexpected(text: Fixtures.iisError, code: "moderngov.not-xml", words: "error page"),
                      Unexpected(text: Fixtures.redirect, code: "moderngov.not-xml", words: "redirects"),
                      Unexpected(text: "<?xml version=\"1.0\"?><string>Service disabled</string>", code: "moderngov.unexpected-reply", words: "<string>"),
                      Unexpected(text: "<meeting><meetingid>1</meetingid>", code: "moderngov.malformed", words: "not well-formed"),
                      Unexpected(text: "<meeting>\r\n  <meetingid>\r\n  </meetingid>\r\n</meeting>", code: "moderngov.meeting.incomplete",
                                 words: "no meeting is read")])
    func notTheExpectedXML(_ unexpected: Unexpected) async throws {
        let result = try await TestSupport.importText(unexpected.text)
        #expect(result.records.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error && diagnostic.code == unexpected.code)
        #expect(diagnostic.message.contains(unexpected.words), "\(diagnostic.message)")
    }

    @Test func emptyListIsNoRecord() async throws {
        let result = try await TestSupport.importText(Fixtures.emptyMeetings)
        #expect(result.records.isEmpty)
        #expect(result.diagnostics.map(\.code) == ["moderngov.empty-list"])
    }

    @Test func meetingWithoutMinutesIsFlagged() async throws {
        let agendaOnly = Fixtures.meeting.replacingOccurrences(of: #"<minutesnonemptyhtmlbody>[^<]*</minutesnonemptyhtmlbody>"#,
                                                               with: "", options: .regularExpression)
        let result = try await TestSupport.importText(agendaOnly)
        #expect(result.diagnostics.map(\.code) == ["meeting.no-minutes"])
        #expect(TestSupport.document(of: result)?.items.first?.minutes.isEmpty == true)
    }

    @Test func sniffing() {
        let importer = ModernGovXMLImporter()
        let meeting = SourceProbe(path: "a/meeting-1.xml", head: Array(Fixtures.meeting.utf8.prefix(8192)), size: 100)
        let page = SourceProbe(path: "a/meeting-1.xml", head: Array(Fixtures.iisError.utf8), size: 100)
        let other = SourceProbe(path: "a/other.xml", head: Array("<?xml version=\"1.0\"?><feed/>".utf8), size: 30)
        #expect(importer.confidence(for: meeting) > 0.9)
        #expect(importer.confidence(for: page) == 0.45)
        #expect(importer.confidence(for: other) == 0)
    }

    @Test func clockTimes() async throws {
        for (time, expected) in [("10.00 am", "10:00"), ("12.30 pm", "12:30"), ("12 noon", "12:00"), ("6.15 pm", "18:15"), ("14:30", "14:30")] {
            let text = Fixtures.meeting.replacingOccurrences(of: "<meetingtime>2.00 pm</meetingtime>", with: "<meetingtime>\(time)</meetingtime>")
            let result = try await TestSupport.importText(text)
            #expect(TestSupport.document(of: result)?.properties["meetingTime"] == expected, "\(time)")
        }
    }
}
