import EvidenceModel
import EvidencePackCore
import Foundation
import ModernGovXMLImporter
#if canImport(Glibc)
import Glibc
#endif

/// Removing from the mirror what the site no longer publishes.
extension FetchSession {
    /// After a run in which nothing failed: removes each saved meeting of the window that GetMeetings no
    /// longer lists (with its documents), and each document no longer linked from a meeting fetched in
    /// this run. Meetings outside the window are kept (they fell out of the window, the site did not
    /// withdraw them), and so is any file changed since it was saved, anything the index does not name,
    /// and anything that is not a regular file: the mirror removes only its own, untouched files.
    func pruneWithdrawn() async {
        let index = await state.index
        let confirmed = await state.confirmed
        var withdrawnMeetings: Set<String> = []
        for (path, entry) in index.files.sorted(by: { $0.key < $1.key }) where !confirmed.contains(path) {
            guard let meetingFolder = Self.meetingFolder(ofMeetingFile: path), isInWindow(savedMeeting: path) else { continue }
            if await remove(path, entry) { withdrawnMeetings.insert(meetingFolder) }
        }
        for (path, entry) in index.files.sorted(by: { $0.key < $1.key }) where !confirmed.contains(path) {
            let parts = path.split(separator: "/")
            guard parts.count == 3, parts[1].hasPrefix("meeting-") else { continue }
            let meetingFolder = "\(parts[0])/\(parts[1])"
            guard withdrawnMeetings.contains(meetingFolder) || confirmed.contains(meetingFolder + ".xml") else { continue }
            _ = await remove(path, entry)
        }
        for folder in withdrawnMeetings.sorted() {
            // Only an empty folder goes: rmdir never removes what someone put there.
            _ = rmdir(options.into.appendingPathComponent(folder).path)
        }
    }

    /// `committee-5/meeting-123.xml` → `committee-5/meeting-123`; nil for any other path.
    static func meetingFolder(ofMeetingFile path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 2, parts[1].hasPrefix("meeting-"), parts[1].hasSuffix(".xml") else { return nil }
        return "\(parts[0])/\(parts[1].dropLast(".xml".count))"
    }

    /// Whether the saved GetMeeting reply at `path` is of a meeting dated inside this run's window.
    func isInWindow(savedMeeting path: String) -> Bool {
        guard let data = try? Data(contentsOf: options.into.appendingPathComponent(path)),
              let contents = try? WebServiceContents.parse([UInt8](data)), contents.method == "GetMeeting",
              let date = contents.meetings.first?.date else { return false }
        return date >= options.since && date <= options.until
    }

    /// Removes a saved file when it is still a regular file with the bytes the mirror wrote.
    func remove(_ path: String, _ entry: MirrorIndex.Entry) async -> Bool {
        let url = options.into.appendingPathComponent(path)
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, isIntact(path, sha256: entry.sha256),
              unlink(url.path) == 0 else { return false }
        await state.removeEntry(path)
        return true
    }
}
