import EvidenceModel
import EvidencePackCore
import Foundation
import LibXML

/// Reads the replies of a ModernGov site's XML web service (`mgWebService.asmx`): `GetMeeting` into one
/// meeting document (committee, date, time, status, venue, agenda items with their printed numbers,
/// agenda text, minutes and resolutions, linked documents with publication date and restricted flag,
/// attendees), `GetMeetings` and `GetCommittees` into list documents. What `evidence-pack fetch
/// moderngov` saves is read by this importer.
///
/// The XML is parsed by libxml2 through `LibXML` (network off, entities never expanded); the escaped
/// Word HTML inside it with libxml2's HTML parser. A reply that is not the service's XML (an HTML
/// redirect or error page, malformed XML, an empty list) yields no record and a clear diagnostic.
///
/// Options: `committee` names the committee of a `GetMeeting` reply (else it is taken from a
/// `meetings.xml` GetMeetings reply in the same folder, else from the linked documents);
/// `maxFileBytes` bounds what is read (default 64 MiB).
public struct ModernGovXMLImporter: Importer {
    /// Makes the importer (it keeps no state).
    public init() {}

    /// Id `moderngov-xml`, for `.xml` replies.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "moderngov-xml", version: "1.2.3", role: .importer,
                         summary: "ModernGov web-service replies (GetMeeting, GetMeetings, GetCommittees) as XML",
                         mediaTypes: ["application/xml", "text/xml"], fileExtensions: ["xml"], readsReferenceDate: false)
    }

    /// Elements only the web service's replies carry.
    static let markers = ["<meetingid>", "<committeeid>", "<getmeetings>", "<committeescount>", "<agendaitems>", "<meetingstatus>"]

    /// High for XML carrying the service's elements; just above the HTML reader for an HTML page saved
    /// as `.xml` (so the reply that is not XML gets this importer's clear diagnostic); 0 otherwise.
    public func confidence(for probe: SourceProbe) -> Double {
        if Self.markers.contains(where: probe.headContains),
           ["<meeting>", "<getmeetings>", "<committees>"].contains(where: probe.headContains) {
            return 0.97
        }
        if probe.fileExtension == "xml", WebServiceReply.htmlReason(probe.head) != nil { return 0.45 }
        return 0
    }

    /// One document for a `GetMeeting`, `GetMeetings` or `GetCommittees` reply (and for `GetMeetings`, one
    /// more for each dated meeting it lists); none, with an error or warning, for anything else.
    public func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        let contents = try BoundedFileContents.read(relativePath: source.path, root: context.inputsRoot,
                                                    limit: BoundedFileContents.limit(from: context.options))
        var diagnostics: [Diagnostic] = []
        if contents.isTruncated {
            diagnostics.append(Diagnostic(.error, code: "moderngov.too-large", message: contents.tooLargeMessage,
                                          location: SourceLocation(path: source.path)))
            return ImportResult(diagnostics: diagnostics)
        }
        let committee = context.options["committee"] ?? Self.siblingCommittee(of: source.path, root: context.inputsRoot, bytes: contents.bytes)
        let document = Self.read(bytes: contents.bytes, path: source.path, committee: committee, diagnostics: &diagnostics)
        let lines = 1 + contents.bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        // A GetMeetings list's dated meetings are records of their own, marked as known only from the list.
        let documents = document.map { [$0] + ListReader.listedMeetings(of: $0) } ?? []
        return ImportResult(records: documents.map { .document($0) }, lineRanges: documents.map { _ in 1...lines },
                            diagnostics: diagnostics)
    }

    /// Reads one reply's bytes. `path` names it in diagnostics; `committee` is the committee of a
    /// `GetMeeting` reply when known.
    public static func read(bytes: [UInt8], path: String, committee: String? = nil, diagnostics: inout [Diagnostic]) -> Document? {
        let location = SourceLocation(path: path)
        if let reason = WebServiceReply.htmlReason(bytes) {
            diagnostics.append(Diagnostic(.error, code: "moderngov.not-xml", message: "not a ModernGov web-service reply: \(reason)", location: location))
            return nil
        }
        let parsed: XMLDocument
        do {
            parsed = try XMLDocument(bytes: bytes)
        } catch {
            diagnostics.append(Diagnostic(.error, code: "moderngov.malformed", message: "not well-formed XML: \(error)", location: location))
            return nil
        }
        for warning in parsed.warnings {
            diagnostics.append(Diagnostic(.warning, code: "moderngov.entities", message: warning, location: location))
        }
        guard let root = parsed.root, let method = WebServiceReply.Method(rawValue: root.name) else {
            let name = parsed.root.map { "<\($0.name.prefix(40))>" } ?? "none"
            diagnostics.append(Diagnostic(.error, code: "moderngov.unexpected-reply",
                message: "root element \(name) is not that of a GetMeeting, GetMeetings or GetCommittees reply", location: location))
            return nil
        }
        switch method {
        case .getMeeting: return MeetingReader(path: path, knownCommittee: committee).read(root, diagnostics: &diagnostics)
        case .getMeetings: return ListReader(path: path).meetings(root, diagnostics: &diagnostics)
        case .getCommittees: return ListReader(path: path).committees(root, diagnostics: &diagnostics)
        }
    }

    /// The name of the `GetMeetings` reply a fetch saves beside the meetings it lists.
    public static let meetingsFileName = "meetings.xml"

    /// The committee of a `GetMeeting` reply as the `GetMeetings` reply beside it names it (read through
    /// the guarded path, so no link out of the inputs is followed), or nil.
    static func siblingCommittee(of path: String, root: URL, bytes: [UInt8]) -> String? {
        guard (path as NSString).lastPathComponent != meetingsFileName, let id = meetingId(bytes) else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        let sibling = folder.isEmpty ? meetingsFileName : folder + "/" + meetingsFileName
        guard let list = try? BoundedFileContents.read(relativePath: sibling, root: root, limit: 16 << 20),
              !list.isTruncated, let contents = try? WebServiceContents.parse(list.bytes),
              let listed = contents.meetings.first(where: { $0.id == id }) else { return nil }
        return contents.committees.first { $0.id == listed.committeeId }?.title
    }

    /// A `GetMeeting` reply's `meetingid`.
    static func meetingId(_ bytes: [UInt8]) -> String? {
        guard WebServiceReply.htmlReason(bytes) == nil, let parsed = try? XMLDocument(bytes: bytes), let root = parsed.root,
              root.name == WebServiceReply.Method.getMeeting.rawValue else { return nil }
        return ElementValues.text(root, "meetingid")
    }
}
