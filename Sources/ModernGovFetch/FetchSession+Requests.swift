import EvidencePackCore
import Foundation
import ModernGovXMLImporter

extension FetchSession {
    /// A web-service reply: parsed, or why not.
    enum Reply: Sendable {
        case success(WebServiceContents)
        case failure(String)
    }

    /// Fetches a web-service method into `path`. The answer is saved only when it is the method's XML
    /// (an HTML page, an error page or malformed XML never replaces a good earlier reply); on 304 the
    /// saved reply is read instead.
    func fetchReply(_ url: URL, method: String, path: String) async -> Reply {
        let outcome = await fetchFile(url, what: method, path: path) { answer in
            do {
                let contents = try WebServiceContents.parse([UInt8](answer.body))
                return contents.method == method ? nil : "a \(contents.method) reply came back instead of \(method)"
            } catch {
                return "\(error)"
            }
        } name: { _ in path }
        guard let savedPath = outcome else { return .failure(await lastFailure(for: url)) }
        guard let data = try? Data(contentsOf: options.into.appendingPathComponent(savedPath)),
              let contents = try? WebServiceContents.parse([UInt8](data)) else {
            return .failure("the saved reply \(savedPath) cannot be read")
        }
        return .success(contents)
    }

    /// The message of the failure recorded for an address.
    func lastFailure(for url: URL) async -> String {
        await state.summary.failures.last { $0.url == url.absoluteString }?.message ?? "failed"
    }

    /// Fetches `url` into the mirror: conditionally when the file is known and intact; an answer whose
    /// bytes are those already saved is not rewritten. `check` refuses an answer (a reason) before it is
    /// saved; `name` gives the path for a new file. Returns the saved path, or nil after recording a failure.
    func fetchFile(_ url: URL, what: String, path knownPath: String?, check: @Sendable (HTTPAnswer) -> String?,
                   name: @Sendable (HTTPAnswer) async -> String) async -> String? {
        let entry = await knownPath.asyncMap { await state.entry($0) } ?? nil
        let intact = knownPath.map { path in entry.map { isIntact(path, sha256: $0.sha256) } ?? false } ?? false
        var headers: [String: String] = [:]
        if intact, let entry, Self.sameResource(entry.url, url) {
            if let etag = entry.etag { headers["If-None-Match"] = etag }
            if let lastModified = entry.lastModified { headers["If-Modified-Since"] = lastModified }
        }
        let answer: HTTPAnswer
        switch await send(url, headers: headers) {
        case .failure(let message):
            await state.fail(what, url: url, message)
            return nil
        case .success(let value):
            answer = value
        }
        if answer.status == 304, intact, let knownPath {
            await state.update { $0.notModified += 1 }
            await state.confirm(knownPath)
            return knownPath
        }
        guard (200..<300).contains(answer.status) else {
            await state.fail(what, url: url, "HTTP \(answer.status)\(answer.status == 304 ? " for a request that was not conditional" : "")")
            return nil
        }
        if let reason = check(answer) {
            await state.fail(what, url: url, reason)
            return nil
        }
        let path: String
        if let knownPath { path = knownPath } else { path = await name(answer) }
        return await save(answer, url: url, path: path, what: what)
    }

    /// Saves an answer unless the same bytes are already there; updates the index.
    func save(_ answer: HTTPAnswer, url: URL, path: String, what: String) async -> String? {
        let sha = FileHashing.sha256(of: answer.body)
        let previous = await state.entry(path)
        let entry = MirrorIndex.Entry(url: url.absoluteString, etag: answer.headers["etag"],
                                      lastModified: answer.headers["last-modified"], sha256: sha)
        if isIntact(path, sha256: sha) {
            await state.update { $0.unchanged += 1 }
        } else {
            do {
                try SecureFileSystem.createDirectory(at: options.into.appendingPathComponent(path).deletingLastPathComponent())
                try AtomicFile.write(answer.body, to: options.into.appendingPathComponent(path))
            } catch {
                await state.fail(what, url: url, "cannot write \(path): \(error)")
                return nil
            }
            await state.update { $0.downloaded += 1 }
        }
        if previous != entry { await state.setEntry(entry, for: path) }
        await state.confirm(path)
        return path
    }

    /// Whether a recorded address names the same resource as `url` (scheme, host, port and path; the
    /// query may differ, e.g. GetMeetings' window), so that its validators may be sent: another site's
    /// ETag is never sent.
    static func sameResource(_ recorded: String, _ url: URL) -> Bool {
        guard let old = URLComponents(string: recorded), let new = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return false }
        return old.scheme == new.scheme && old.host == new.host && old.port == new.port && old.path == new.path
    }

    /// Whether the saved file is there with the recorded SHA-256.
    func isIntact(_ path: String, sha256: String) -> Bool {
        let url = options.into.appendingPathComponent(path)
        return (try? FileHashing.sha256(of: url)) == sha256
    }

    /// What sending a request came to: an answer, or why none.
    enum Sent: Sendable {
        case success(HTTPAnswer)
        case failure(String)
    }

    /// Sends a GET with bounded retries and back-off (timeouts, transport failures, 5xx and 429 are
    /// retried), following redirects only while they stay on the site (at most 5).
    func send(_ url: URL, headers: [String: String]) async -> Sent {
        var address = url
        var redirects = 0
        var attempt = 0
        while true {
            guard scope.contains(address) else { return .failure("redirected off the site, to \(address.host ?? "another host"): not followed") }
            await state.countRequest(conditional: !headers.isEmpty)
            do {
                let answer = try await client.get(address, headers: headers)
                if let answered = answer.url, !scope.contains(answered) {
                    return .failure("redirected off the site, to \(answered.host ?? "another host"): not followed")
                }
                if [301, 302, 303, 307, 308].contains(answer.status), let location = answer.headers["location"],
                   let next = URL(string: location, relativeTo: address)?.absoluteURL {
                    redirects += 1
                    if redirects > 5 { return .failure("more than 5 redirects") }
                    address = next
                    continue
                }
                if (answer.status >= 500 || answer.status == 429), attempt < options.retries {
                    attempt += 1
                    await backOff(attempt)
                    continue
                }
                return .success(answer)
            } catch let failure as HTTPFailure {
                if case .tooLarge = failure { return .failure(failure.description) }
                if attempt < options.retries {
                    attempt += 1
                    await backOff(attempt)
                    continue
                }
                return .failure(failure.description + (attempt > 0 ? " (after \(attempt + 1) attempts)" : ""))
            } catch {
                return .failure("\(error)")
            }
        }
    }

    /// Waits before retry `attempt` (1, 2, ...): the retry delay doubled each time, at most 8 s.
    func backOff(_ attempt: Int) async {
        let seconds = min(8, options.retryDelay * pow(2, Double(attempt - 1)))
        try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}

extension Optional {
    /// `map` with an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async -> T) async -> T? {
        guard let value = self else { return nil }
        return await transform(value)
    }
}

/// A committee title pattern: `*` any run of characters, `?` one; case and surrounding spaces ignored.
struct CommitteePattern: Sendable {
    let pattern: String

    init(_ pattern: String) {
        self.pattern = pattern.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Whether a title matches the whole pattern.
    func matches(_ title: String) -> Bool {
        Self.match(Array(pattern), Array(title.lowercased().trimmingCharacters(in: .whitespaces)))
    }

    /// Wildcard matching with backtracking over `*` (linear in practice for titles).
    static func match(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0, star = -1, mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1; t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p; mark = t; p += 1
            } else if star >= 0 {
                p = star + 1; mark += 1; t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
