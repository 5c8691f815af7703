import EvidenceModel
import Foundation

/// Writes and checks BagIt 1.0 bags (RFC 8493): `bagit.txt`, `bag-info.txt`, `manifest-sha256.txt`,
/// `tagmanifest-sha256.txt` and the payload under `data/`. Any BagIt validator (e.g. bagit-python)
/// accepts what `seal` writes.
public enum BagIt {
    /// The fields written to bag-info.txt, in this order.
    public struct Info: Sendable {
        /// Bagging-Date: the pack's reference date (not the wall clock, so reruns are byte-identical).
        public var baggingDate: CalendarDate
        /// External-Identifier: the pack id.
        public var externalIdentifier: String
        /// External-Description: the pack title.
        public var externalDescription: String
        /// Further `Label: value` lines, in order.
        public var extra: [(String, String)]

        public init(baggingDate: CalendarDate, externalIdentifier: String, externalDescription: String, extra: [(String, String)] = []) {
            self.baggingDate = baggingDate
            self.externalIdentifier = externalIdentifier
            self.externalDescription = externalDescription
            self.extra = extra
        }
    }

    /// The SHA-256 of each file, in order, hashed on every core (a large pack's payload is hundreds
    /// of megabytes; one core hashed it while the other waited). A file that cannot be read throws.
    /// Files whose digest `known` holds (recorded as they were written, the file unchanged since)
    /// are not read again.
    static func sha256(of files: [URL], known: PayloadDigests? = nil) throws -> [String] {
        try files.concurrentMap { file in
            Result { try known?.sha256(ofFileAt: file.path) ?? FileHashing.sha256(ofNoFollow: file.path) }
        }.map { try $0.get() }
    }

    /// Writes the tag files of a bag whose payload is already under `folder/data`. `digests`: the
    /// payload files' SHA-256 as they were written (see `PayloadDigests`); any other file is hashed.
    public static func seal(folder: URL, info: Info, digests: PayloadDigests? = nil) throws {
        let payload = try payloadFiles(in: folder)
        let hashes = try sha256(of: payload.map { folder.appendingPathComponent($0) }, known: digests)
        var manifest = ""
        var totalBytes: Int64 = 0
        for (relative, hash) in zip(payload, hashes) {
            manifest += "\(hash)  \(encodePath(relative))\n"
            totalBytes += try fileSize(folder.appendingPathComponent(relative))
        }
        try SecureFileSystem.write("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", to: folder.appendingPathComponent("bagit.txt"))
        var bagInfo = ""
        bagInfo += "Bagging-Date: \(info.baggingDate.iso8601)\n"
        bagInfo += "External-Identifier: \(oneLine(info.externalIdentifier))\n"
        bagInfo += "External-Description: \(oneLine(info.externalDescription))\n"
        for (label, value) in info.extra { bagInfo += "\(label): \(oneLine(value))\n" }
        bagInfo += "Payload-Oxum: \(totalBytes).\(payload.count)\n"
        try SecureFileSystem.write(bagInfo, to: folder.appendingPathComponent("bag-info.txt"))
        try SecureFileSystem.write(manifest, to: folder.appendingPathComponent("manifest-sha256.txt"))
        var tagManifest = ""
        for tag in ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"] {
            tagManifest += "\(try FileHashing.sha256(of: folder.appendingPathComponent(tag)))  \(tag)\n"
        }
        try SecureFileSystem.write(tagManifest, to: folder.appendingPathComponent("tagmanifest-sha256.txt"))
    }

    /// Checks a bag completely: declaration, every manifest entry present with the right hash, no
    /// payload file outside the manifest, Payload-Oxum, and the tag manifest. Returns the problems
    /// found (empty = valid).
    ///
    /// `proof`: payload files a build stamp proves untouched (see `PreviousPackProof`); one whose
    /// proven digest is the manifest's is not hashed again.
    public static func verify(folder: URL, proof: PreviousPackProof? = nil) -> [String] {
        var problems: [String] = []
        let fm = FileManager.default
        guard let declaration = try? String(contentsOf: folder.appendingPathComponent("bagit.txt"), encoding: .utf8) else {
            return ["bagit.txt is missing or unreadable: not a bag"]
        }
        let declared = parseTagFile(declaration)
        if declared.first(where: { $0.0 == "BagIt-Version" })?.1 != "1.0" {
            problems.append("bagit.txt does not declare BagIt-Version: 1.0")
        }
        if declared.first(where: { $0.0 == "Tag-File-Character-Encoding" })?.1.uppercased() != "UTF-8" {
            problems.append("bagit.txt does not declare Tag-File-Character-Encoding: UTF-8")
        }
        let manifestURL = folder.appendingPathComponent("manifest-sha256.txt")
        guard let manifestText = try? String(contentsOf: manifestURL, encoding: .utf8) else {
            return problems + ["manifest-sha256.txt is missing or unreadable"]
        }
        var listed = Set<String>()
        var totalBytes: Int64 = 0
        for (number, line) in manifestText.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            guard let (hash, path) = splitManifestLine(String(line)) else {
                problems.append("manifest-sha256.txt:\(number + 1): malformed line")
                continue
            }
            guard path.hasPrefix("data/"), !path.split(separator: "/").contains("..") else {
                problems.append("manifest-sha256.txt:\(number + 1): path \(path) is outside data/")
                continue
            }
            listed.insert(path)
            let url = folder.appendingPathComponent(path)
            guard fm.fileExists(atPath: url.path) else {
                problems.append("\(path) is listed in the manifest but missing")
                continue
            }
            totalBytes += (try? fileSize(url)) ?? 0
            if let proven = proof?.proven(String(path.dropFirst(5))), proven.sha256 == hash.lowercased() { continue }
            guard let actual = try? FileHashing.sha256(of: url) else {
                problems.append("\(path) cannot be read")
                continue
            }
            if actual != hash.lowercased() { problems.append("\(path) has changed: its SHA-256 does not match the manifest") }
        }
        let listedPayload = Result { try payloadFiles(in: folder) }
        if case .failure(let error as BagContentError) = listedPayload {
            problems.append(error.description)
        } else if case .success(let payload) = listedPayload {
            for path in payload where !listed.contains(path) {
                problems.append("\(path) is in the payload but not in the manifest")
            }
            if let infoText = try? String(contentsOf: folder.appendingPathComponent("bag-info.txt"), encoding: .utf8),
               let oxum = parseTagFile(infoText).first(where: { $0.0 == "Payload-Oxum" })?.1 {
                var actualBytes: Int64 = 0
                for path in payload { actualBytes += (try? fileSize(folder.appendingPathComponent(path))) ?? 0 }
                if oxum != "\(actualBytes).\(payload.count)" {
                    problems.append("Payload-Oxum \(oxum) does not match the payload (\(actualBytes).\(payload.count))")
                }
            }
        } else {
            problems.append("the data/ folder is missing")
        }
        _ = totalBytes
        if let tagText = try? String(contentsOf: folder.appendingPathComponent("tagmanifest-sha256.txt"), encoding: .utf8) {
            for (number, line) in tagText.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
                guard let (hash, path) = splitManifestLine(String(line)), !path.contains("..") else {
                    problems.append("tagmanifest-sha256.txt:\(number + 1): malformed line")
                    continue
                }
                let actual = try? FileHashing.sha256(of: folder.appendingPathComponent(path))
                if actual != hash.lowercased() { problems.append("tag file \(path) has changed or is missing") }
            }
        }
        return problems
    }

    /// A quick check without hashing: the payload's total size and file count match `Payload-Oxum`.
    public static func payloadOxumMatches(folder: URL) -> Bool {
        guard let infoText = try? String(contentsOf: folder.appendingPathComponent("bag-info.txt"), encoding: .utf8),
              let oxum = parseTagFile(infoText).first(where: { $0.0 == "Payload-Oxum" })?.1,
              let payload = try? payloadFiles(in: folder) else { return false }
        var bytes: Int64 = 0
        for path in payload { bytes += (try? fileSize(folder.appendingPathComponent(path))) ?? 0 }
        return oxum == "\(bytes).\(payload.count)"
    }

    /// Relative paths (`data/...`) of every payload file, sorted by bytes.
    public static func payloadFiles(in folder: URL) throws -> [String] {
        let data = folder.appendingPathComponent("data")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw DiscoveryError.notAFolder(data.path)
        }
        var results: [String] = []
        let root = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        func walk(_ relative: String) throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: root + relative) {
                let path = relative + "/" + name
                let info = status(ofItemAt: root + path)
                // A link would make seal, verify and zip read whatever it points at (`/etc/shadow`, a loop).
                if let info, info.st_mode & S_IFMT == S_IFLNK { throw BagContentError.symbolicLink(path) }
                if let info, info.st_mode & S_IFMT == S_IFDIR { try walk(path) } else { results.append(path) }
            }
        }
        try walk("data")
        return results.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// RFC 8493 §2.1.3: CR, LF and `%` in manifest paths are percent-encoded.
    static func encodePath(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: "\r", with: "%0D")
    }

    static func decodePath(_ path: String) -> String {
        path.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0a", with: "\n")
            .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0d", with: "\r")
            .replacingOccurrences(of: "%25", with: "%")
    }

    static func splitManifestLine(_ line: String) -> (String, String)? {
        let trimmed = line.hasSuffix("\r") ? String(line.dropLast()) : line
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let hash = String(trimmed[..<space])
        let path = trimmed[space...].drop(while: { $0 == " " || $0 == "\t" })
        guard hash.count == 64, !path.isEmpty else { return nil }
        return (hash, decodePath(String(path)))
    }

    static func parseTagFile(_ text: String) -> [(String, String)] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].trimmingCharacters(in: .whitespaces), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func fileSize(_ url: URL) throws -> Int64 {
        guard let info = status(ofItemAt: url.path) else { throw POSIXFailure(operation: "lstat", path: url.path, code: errno) }
        return Int64(info.st_size)
    }

    /// The item's status, links not followed, or nil when it cannot be read. One `lstat`, where
    /// `FileManager.attributesOfItem` also looks up the owner's and group's names (two trips through
    /// the name service for each of a large pack's thousands of files).
    static func status(ofItemAt path: String) -> stat? {
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }
}

/// A bag whose payload cannot be trusted as plain files.
public enum BagContentError: Error, CustomStringConvertible {
    /// The payload holds a symbolic link (refused: it could point anywhere).
    case symbolicLink(String)

    public var description: String {
        switch self {
        case .symbolicLink(let path): "\(path) is a symbolic link: a bag's payload must hold plain files only"
        }
    }
}
