import EvidenceModel
import EvidencePackCore
import Foundation
import ModernGovXMLImporter

/// One run of a fetch: the three web-service steps, then the documents.
struct FetchSession: Sendable {
    let options: FetchOptions
    let scope: SiteScope
    let client: HTTPClient
    let state: MirrorState

    /// GetCommittees, GetMeetings per matching committee, GetMeeting per meeting, then documents.
    func mirror() async throws {
        let committees = try await fetchCommittees()
        await state.update { $0.committees = committees.count }
        let meetings = await forEach(committees) { committee in await fetchMeetings(of: committee) }.flatMap { $0 }
        await state.update { $0.meetings = meetings.count }
        let documents = await forEach(meetings) { meeting in await fetchMeeting(meeting) }.flatMap { $0 }
        await state.update { $0.documents = documents.count }
        _ = await forEach(documents) { document in await fetchDocument(document) }
    }

    /// The committees whose titles match a pattern; throws when the site does not answer with them.
    func fetchCommittees() async throws -> [WebServiceContents.Committee] {
        let url = scope.method("GetCommittees", [])
        let contents: WebServiceContents
        switch await fetchReply(url, method: "GetCommittees", path: "committees.xml") {
        case .success(let reply): contents = reply
        case .failure(let message): throw FetchError("\(scope.name): GetCommittees: \(message); the mirror is left as it was")
        }
        let patterns = options.committees.map(CommitteePattern.init)
        let matching = contents.committees.filter { committee in patterns.contains { $0.matches(committee.title) } }
        guard !matching.isEmpty else {
            throw FetchError("\(scope.name): GetCommittees lists \(contents.committees.count) committees, none matching "
                + options.committees.map { "'\($0)'" }.joined(separator: ", "))
        }
        return matching
    }

    /// A committee's meetings in the window (saved as `<id>/meetings.xml`).
    func fetchMeetings(of committee: WebServiceContents.Committee) async -> [WebServiceContents.Meeting] {
        let url = scope.method("GetMeetings", [("lCommitteeId", committee.id), ("sFromDate", options.since.ukFormat),
                                               ("sToDate", options.until.ukFormat)])
        guard case .success(let contents) = await fetchReply(url, method: "GetMeetings",
                                                             path: "\(Self.folder(committee.id))/\(ModernGovXMLImporter.meetingsFileName)") else { return [] }
        return contents.meetings.filter { meeting in
            meeting.committeeId == committee.id && meeting.date.map { $0 >= options.since && $0 <= options.until } ?? true
        }
    }

    /// One meeting (saved as `<committee id>/meeting-<id>.xml`); its documents to fetch.
    func fetchMeeting(_ meeting: WebServiceContents.Meeting) async -> [DocumentRequest] {
        let folder = Self.folder(meeting.committeeId)
        let meetingId = Self.safeName(meeting.id)
        let url = scope.method("GetMeeting", [("lMeetingId", meeting.id)])
        guard case .success(let contents) = await fetchReply(url, method: "GetMeeting", path: "\(folder)/meeting-\(meetingId).xml") else {
            return []
        }
        var requests: [DocumentRequest] = []
        for document in contents.documents {
            if document.restricted {
                await state.update { $0.skippedRestricted += 1 }
                continue
            }
            guard let address = URL(string: document.url, relativeTo: scope.root)?.absoluteURL, scope.contains(address) else {
                await state.update { $0.skippedOffSite += 1 }
                continue
            }
            requests.append(DocumentRequest(url: address, folder: "\(folder)/meeting-\(meetingId)",
                                            stem: Self.documentStem(document)))
        }
        return requests
    }

    /// A linked document to download beside its meeting.
    struct DocumentRequest: Sendable {
        var url: URL
        var folder: String
        var stem: String
    }

    /// Downloads one document (any content but an HTML page in its place).
    func fetchDocument(_ request: DocumentRequest) async {
        let known = await state.path(forURL: request.url.absoluteString)
        let outcome = await fetchFile(request.url, what: "document", path: known) { answer in
            if let type = answer.headers["content-type"]?.lowercased(), type.hasPrefix("text/html"),
               !["htm", "html"].contains(request.url.pathExtension.lowercased()) {
                return "an HTML page came back instead of the document"
            }
            return nil
        } name: { answer in
            let ext = Self.fileExtension(contentType: answer.headers["content-type"], url: request.url)
            return await state.claim("\(request.folder)/\(request.stem).\(ext)", for: request.url.absoluteString)
        }
        _ = outcome
    }

    /// Runs `body` over `values` with at most `maxConcurrent` at once; results in input order.
    func forEach<Value: Sendable, Result: Sendable>(_ values: [Value], _ body: @escaping @Sendable (Value) async -> Result) async -> [Result] {
        let limit = max(1, options.maxConcurrent)
        return await withTaskGroup(of: (Int, Result).self) { group in
            var results: [Result?] = Array(repeating: nil, count: values.count)
            var next = 0
            while next < min(limit, values.count) {
                let index = next, value = values[index]
                group.addTask { (index, await body(value)) }
                next += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                if next < values.count {
                    let index = next, value = values[index]
                    group.addTask { (index, await body(value)) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }

    /// The folder of a committee's files.
    static func folder(_ committeeId: String) -> String {
        "committee-\(safeName(committeeId))"
    }

    /// Letters, digits, `-` and `_` only (ids come from the site).
    static func safeName(_ text: String) -> String {
        let kept: [Character] = text.unicodeScalars.map { scalar in isNameScalar(scalar) ? Character(scalar) : "-" }
        let name = String(kept.prefix(40))
        return name.isEmpty ? "unnamed" : name
    }

    /// ASCII letters and digits, `-` and `_`.
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
    }

    /// `<attachment id>-<title words>` for a document, ASCII, at most ~70 characters.
    static func documentStem(_ document: WebServiceContents.LinkedDocument) -> String {
        let words: [Character] = document.title.lowercased().unicodeScalars.map { scalar in
            scalar.isASCII && CharacterSet.alphanumerics.contains(scalar) ? Character(scalar) : " "
        }
        let slug = String(words).split(separator: " ").joined(separator: "-").prefix(60)
        let id = document.attachmentId.map(safeName) ?? String(FileHashing.sha256(of: Data(document.url.utf8)).prefix(12))
        return slug.isEmpty ? id : "\(id)-\(slug)"
    }

    /// The extension for a document: from its content type, else its address, else `bin`.
    static func fileExtension(contentType: String?, url: URL) -> String {
        let type = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        let known = ["application/pdf": "pdf", "application/msword": "doc", "application/vnd.ms-excel": "xls",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
                     "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
                     "application/rtf": "rtf", "text/plain": "txt", "text/csv": "csv", "text/html": "html"]
        if let ext = known[type] { return ext }
        let fromURL = url.pathExtension.lowercased()
        return !fromURL.isEmpty && fromURL.count <= 5 && fromURL != "aspx" ? safeName(fromURL) : "bin"
    }
}
