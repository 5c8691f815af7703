import Foundation

/// The fetch's shared, mutable state — the index and the counts — behind an actor, so that
/// concurrent requests update it safely.
actor MirrorState {
    /// The index as loaded, then as updated.
    private(set) var index: MirrorIndex
    /// The index as loaded (to tell whether it needs writing).
    let loadedIndex: MirrorIndex
    /// The counts so far.
    private(set) var summary: FetchSummary

    init(index: MirrorIndex, summary: FetchSummary) {
        self.index = index
        self.loadedIndex = index
        self.summary = summary
    }

    /// Counts one request sent (and whether it was conditional).
    func countRequest(conditional: Bool) {
        summary.requests += 1
        if conditional { summary.conditionalRequests += 1 }
    }

    /// Applies a change to the counts.
    func update(_ change: @Sendable (inout FetchSummary) -> Void) {
        change(&summary)
    }

    /// Records a failure.
    func fail(_ what: String, url: URL, _ message: String) {
        summary.failed += 1
        summary.failures.append(FetchSummary.Failure(what: what, url: url.absoluteString, message: message))
    }

    /// The entry for a saved path.
    func entry(_ path: String) -> MirrorIndex.Entry? { index.files[path] }

    /// The saved path for a document address.
    func path(forURL url: String) -> String? { index.path(forURL: url) }

    /// Sets the entry for a saved path.
    func setEntry(_ entry: MirrorIndex.Entry, for path: String) {
        index.files[path] = entry
    }

    /// Paths this run fetched, or found not modified: what the site still publishes.
    private(set) var confirmed: Set<String> = []

    /// Records that the site still publishes the file at `path`.
    func confirm(_ path: String) { confirmed.insert(path) }

    /// Forgets a file the mirror removed.
    func removeEntry(_ path: String) {
        index.files[path] = nil
        summary.removed += 1
        summary.removedPaths.append(path)
    }

    /// Paths given to document addresses during this run.
    private var claimed: [String: String] = [:]

    /// Claims a path for a document address (another address may hold it: then a suffix is added).
    func claim(_ path: String, for url: String) -> String {
        var candidate = path
        var number = 2
        while let holder = index.files[candidate]?.url ?? claimed[candidate], holder != url {
            let ext = (path as NSString).pathExtension
            let stem = (path as NSString).deletingPathExtension
            candidate = "\(stem)-\(number)" + (ext.isEmpty ? "" : ".\(ext)")
            number += 1
        }
        claimed[candidate] = url
        return candidate
    }
}
