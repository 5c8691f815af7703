import Foundation

/// What a reader should get from one real council page, written by hand from the original
/// (`Tests/Fidelity/LABELS.md`). A key absent from the JSON is not scored; a `null` value means the page
/// does not state it, so the reader must give nothing.
struct FidelityLabel: Decodable {
    /// An agenda item as printed: number (nil where none is printed) and title.
    struct Item: Decodable, Equatable {
        var number: String?
        var title: String
    }
    /// An action by its opening words, with its owner where stated.
    struct Action: Decodable {
        var text: String
        var owner: String?
    }
    /// A linked document with its size as printed.
    struct LinkedDocument: Decodable {
        var title: String
        var size: String?
    }
    /// One row of a meeting or decision list.
    struct ListedMeeting: Decodable {
        var date: String
        var committee: String?
    }
    /// A number in the prose with what it counts.
    struct Fact: Decodable {
        var value: Double
        var kind: String
        var subject: String
    }

    var file: String
    var importer: String
    var kind: Scored<String>
    var title: Scored<String?>
    var committee: Scored<String?>
    var meetingDate: Scored<String?>
    var venue: Scored<String?>
    var items: [Item]?
    var decisions: [String]?
    var actions: [Action]?
    var attendance: [String]?
    var apologies: [String]?
    var documents: [LinkedDocument]?
    var meetings: [ListedMeeting]?
    var facts: [Fact]?
    var truncated: Bool?

    private enum CodingKeys: String, CodingKey {
        case file, importer, kind, title, committee, meetingDate, venue, items, decisions, actions, attendance,
             apologies, documents, meetings, facts, truncated
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        importer = try c.decode(String.self, forKey: .importer)
        kind = c.contains(.kind) ? .expected(try c.decode(String.self, forKey: .kind)) : .notScored
        title = try Self.optionalScalar(c, .title)
        committee = try Self.optionalScalar(c, .committee)
        meetingDate = try Self.optionalScalar(c, .meetingDate)
        venue = try Self.optionalScalar(c, .venue)
        items = try c.decodeIfPresent([Item].self, forKey: .items)
        decisions = try c.decodeIfPresent([String].self, forKey: .decisions)
        actions = try c.decodeIfPresent([Action].self, forKey: .actions)
        attendance = try c.decodeIfPresent([String].self, forKey: .attendance)
        apologies = try c.decodeIfPresent([String].self, forKey: .apologies)
        documents = try c.decodeIfPresent([LinkedDocument].self, forKey: .documents)
        meetings = try c.decodeIfPresent([ListedMeeting].self, forKey: .meetings)
        facts = try c.decodeIfPresent([Fact].self, forKey: .facts)
        truncated = try c.decodeIfPresent(Bool.self, forKey: .truncated)
    }

    /// A scalar key: absent (not scored), or present with a value or `null`.
    private static func optionalScalar(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Scored<String?> {
        guard c.contains(key) else { return .notScored }
        return .expected(try c.decodeNil(forKey: key) ? nil : c.decode(String.self, forKey: key))
    }
}

/// A label value that is either scored (with the expected value) or left out of the label.
enum Scored<Value> {
    case notScored
    case expected(Value)
}
