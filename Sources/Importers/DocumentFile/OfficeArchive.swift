import Foundation
import Deflate

/// The zip container of an OOXML or OpenDocument file, read part by part with a size limit so that a
/// zip bomb (a few KB that inflate to gigabytes) costs no more than the limit.
struct OfficeArchive {
    /// Why a part could not be read.
    enum Failure: Error, CustomStringConvertible {
        case notAZip(String)
        case partTooLarge(String, limit: Int)
        case archiveTooLarge(limit: Int)
        case damagedPart(String, String)

        var description: String {
            switch self {
            case .notAZip(let reason): "not a readable zip archive (\(reason))"
            case .partTooLarge(let path, let limit): "\(path) inflates to more than \(limit / (1 << 20)) MiB"
            case .archiveTooLarge(let limit): "its parts inflate to more than \(limit / (1 << 20)) MiB in all"
            case .damagedPart(let path, let reason): "\(path) is damaged (\(reason))"
            }
        }
    }

    /// The most one part may inflate to.
    static let partLimit = 64 << 20

    private let archive: ZipArchive
    private let inflated = InflatedBytes()

    /// The most all the parts read from one archive may inflate to: a presentation of a million
    /// slides, each of a few bytes that inflate to 64 KiB, stops here rather than after gigabytes.
    static let archiveLimit = 256 << 20

    /// Bytes inflated from the archive so far.
    private final class InflatedBytes {
        var count = 0
    }

    /// The archive in a file's bytes (read through the guarded path; never reopened by name).
    init(bytes: [UInt8]) throws {
        do {
            archive = try ZipArchive(bytes: bytes)
        } catch let failure as ZipArchive.Failure {
            throw Failure.notAZip(Self.reason(failure))
        }
    }

    /// Whether the archive has a part.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The paths of every part, in archive order.
    var paths: [String] { archive.entries.map(\.path) }

    /// A part's bytes, or nil when the archive has no such part.
    func read(_ path: String) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        let room = Self.archiveLimit - inflated.count
        guard room > 0 else { throw Failure.archiveTooLarge(limit: Self.archiveLimit) }
        do {
            let bytes = try archive.contents(of: entry, limit: min(Self.partLimit, room))
            inflated.count += bytes.count
            return bytes
        } catch ZipArchive.Failure.tooLarge where room < Self.partLimit {
            throw Failure.archiveTooLarge(limit: Self.archiveLimit)
        } catch ZipArchive.Failure.tooLarge {
            throw Failure.partTooLarge(path, limit: Self.partLimit)
        } catch let failure as ZipArchive.Failure {
            throw Failure.damagedPart(path, Self.reason(failure))
        }
    }

    /// The zip reader's reason, without the words this type's own messages add.
    static func reason(_ failure: ZipArchive.Failure) -> String {
        switch failure {
        case .notAZip(let reason), .damagedEntry(_, let reason): reason
        case .tooLarge: failure.description
        }
    }
}
